"""A new coordinator types her way through all of Phase 1, saves, quits, and a month
later reopens the file to find every answer and Phase 1 complete."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import choose, click_check, press, type_new_project, type_text
from wizard.model import clock, reference
from wizard.model.progress import StepState, step_progress
from wizard.model.steps import steps_in_group

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NAME = "Skagit & Island <Safe Youth> Task Force"
PEOPLE = [
    ("Ana Ruiz", "Mount Vernon Police", "Local law enforcement"),
    ("Ben Cho", "Skagit Youth Shelter", "Youth service providers"),
    ("Cara Ode", "Swinomish Family Services", "Tribal communities"),
]
GOALS = [("Train all", "All trained"), ("Sign MOUs", "Signed"), ("Two events", "Held")]


def next_step(qtbot, window, expected: str) -> None:
    qtbot.mouseClick(window.next_button, LEFT)
    assert window.current_step() == expected


def fill_coordinator(qtbot, page) -> None:
    click_check(qtbot, page.found_radio)
    type_text(qtbot, page.name_edit, "Dee Park")
    type_text(qtbot, page.email_edit, "dee@example.org")
    click_check(qtbot, page.position_radios["paid_full_time"])  # suggests 40 hours
    click_check(qtbot, page.funding_radios["voca"])
    for duty in reference.coordinator_duties():
        click_check(qtbot, page.duty_radios[duty.id]["coordinator"])
    click_check(qtbot, page.duty_radios["align_with_chair"]["shared"])


def add_people(qtbot, page) -> None:
    for name, organisation, sector in PEOPLE:
        qtbot.mouseClick(page.add_button, LEFT)
        type_text(qtbot, page.name_edit, name)
        page.organisation_combo.setFocus()
        type_text(qtbot, page.organisation_combo.lineEdit(), organisation)
        qtbot.keyClick(page.organisation_combo.lineEdit(), Qt.Key.Key_Return)
        choose(qtbot, page.sector_combo, sector)
        choose(qtbot, page.status_combo, "Member")


def fill_mission(qtbot, page) -> None:
    type_text(qtbot, page.who_edit, "Youth")
    type_text(qtbot, page.what_edit, "Help")
    qtbot.mouseClick(page.draft_button, LEFT)
    type_text(qtbot, page.vision_edit, "Safe.")
    for number, (text, measure) in enumerate(GOALS):
        press(qtbot, page.add_goal_button)
        qtbot.waitUntil(lambda n=number: len(page.goal_rows) > n)
        row = page.goal_rows[number]
        type_text(qtbot, row.text_edit, text)
        type_text(qtbot, row.measure_edit, measure)


def choose_commitments(qtbot, page) -> None:
    click_check(qtbot, page.rows[0].check)
    click_check(qtbot, page.rows[1].check)
    press(qtbot, page.add_button)
    own = page.rows[-1]
    assert QApplication.focusWidget() is own.text_edit
    type_text(qtbot, own.text_edit, "We meet youth where they are.")
    type_text(qtbot, own.why_edit, "Trust.")


def test_all_of_phase_1_typed_saved_and_reopened(qtbot, make_window, tmp_path):
    project_file = tmp_path / "skagit.tfproj"
    dialogs = FakeDialogs(save_paths=[project_file])
    window = make_window(dialogs)
    type_new_project(qtbot, window, NAME, ["Skagit", "Island"])
    what_is = window.pages["what_is"]
    click_check(qtbot, what_is.new_radio)

    next_step(qtbot, window, "coordinator")
    fill_coordinator(qtbot, window.pages["coordinator"])
    next_step(qtbot, window, "members")
    add_people(qtbot, window.pages["members"])
    next_step(qtbot, window, "mission")
    fill_mission(qtbot, window.pages["mission"])
    next_step(qtbot, window, "approach")
    choose_commitments(qtbot, window.pages["approach"])
    next_step(qtbot, window, "phase1_review")

    review = window.pages["phase1_review"]
    assert "ready" in review.readiness_label.text().lower()
    for step in steps_in_group("phase1"):
        assert window.navigator.state_of(step.id) == "done", step.id
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.close()
    assert dialogs.kinds() == ["save_as"]

    reopened = make_window(FakeDialogs(open_paths=[project_file]))
    reopened.open_action.trigger()
    project = reopened.session.project
    assert reopened.current_step() == "phase1_review"
    assert (project.region.name, project.region.counties, project.region.kind) == (
        NAME,
        ["Island", "Skagit"],
        "new",
    )
    coordinator = project.coordinator
    assert (coordinator.identified, coordinator.contact.name) == (True, "Dee Park")
    assert (coordinator.position, coordinator.hours_per_week) == ("paid_full_time", Decimal(40))
    assert coordinator.funding == "voca"
    assert coordinator.duties["align_with_chair"] == "shared"
    assert coordinator.duties["events"] == "coordinator"
    names = {m.name: m for m in project.members}
    assert sorted(names) == sorted(name for name, _, _ in PEOPLE)
    assert {project.organisation(m.organisation_id).name for m in project.members} == {
        organisation for _, organisation, _ in PEOPLE
    }
    assert names["Cara Ode"].sector == "tribal" and names["Cara Ode"].status == "member"
    assert names["Ana Ruiz"].joined_on == clock.today()
    assert project.mission.prompts.who == "Youth"
    assert project.mission.statement.startswith("We serve youth")
    assert project.mission.vision == "Safe."
    assert [(g.text, g.measure) for g in project.mission.goals] == GOALS
    chosen = [p for p in project.principles if p.chosen]
    assert len(chosen) == 3
    assert chosen[-1].text == "We meet youth where they are." and chosen[-1].why == "Trust."
    for step in steps_in_group("phase1"):
        assert step_progress(project, step.id).state is StepState.DONE, step.id
        assert reopened.navigator.state_of(step.id) == "done"

    # The widgets show the answers again, not only the model.
    qtbot.mouseClick(reopened.back_button, LEFT)
    approach = reopened.pages["approach"]
    assert approach.rows[-1].text_edit.toPlainText() == "We meet youth where they are."
    reopened.go_to_step("coordinator")
    assert reopened.pages["coordinator"].name_edit.text() == "Dee Park"
    assert reopened.pages["coordinator"].hours_spin.value() == 40
    reopened.go_to_step("mission")
    assert reopened.pages["mission"].vision_edit.toPlainText() == "Safe."
