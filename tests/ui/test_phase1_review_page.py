"""The Phase 1 review page: what it shows, its Edit buttons, and the way on to the packet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import click_navigator, type_new_project, type_text
from wizard.ui.pages.phase1_review import Phase1ReviewPage

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
PHASE1 = ["what_is", "coordinator", "members", "mission", "approach"]


def open_review(qtbot, window) -> Phase1ReviewPage:  # type: ignore[no-untyped-def]
    click_navigator(qtbot, window, "phase1_review")
    page = window.pages["phase1_review"]
    assert isinstance(page, Phase1ReviewPage)
    assert window.page_stack.currentWidget() is page
    return page


def value(page: Phase1ReviewPage, step_id: str, label: str) -> str:
    return page.sections[step_id].value_labels[label].text()


def test_the_sample_shows_what_was_entered_for_every_step(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    page = open_review(qtbot, window)
    project = window.session.project
    assert list(page.sections) == PHASE1
    assert value(page, "what_is", "Name") == project.region.name
    assert value(page, "what_is", "Counties") == "Chelan, Douglas"
    assert value(page, "coordinator", "Coordinator") == project.coordinator.contact.name
    assert value(page, "coordinator", "Hours a week") == "20"
    assert value(page, "members", "Sectors covered") == "7 of 13"
    assert "Tribal communities" in value(page, "members", "Sectors still missing")
    assert value(page, "mission", "Mission statement") == project.mission.statement
    assert value(page, "mission", "Goal 1").startswith(project.mission.goals[0].text)
    chosen = [p for p in project.principles if p.chosen]
    assert value(page, "approach", "Commitments chosen") == str(len(chosen))
    assert value(page, "approach", "Commitment 1").startswith(chosen[0].text)
    for step_id in PHASE1:
        box = page.sections[step_id]
        assert box.state_label.text() == "Done"
        assert not box.missing_label.isVisible()
        assert box.isVisible()
    assert "ready" in page.readiness_label.text()
    assert not page.gaps_label.isVisible()
    assert not window.isWindowModified()  # looking is not editing


def test_edit_buttons_go_to_their_step_by_mouse_and_keyboard(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Edit Me", ["Clark"])
    page = open_review(qtbot, window)
    buttons = page.edit_buttons
    assert buttons["mission"].accessibleName() == "Edit Establish a mission"
    assert buttons["what_is"].accessibleName() == "Edit What is a task force?"
    # Five Edit buttons: none takes Alt+E (it would only hop between them); each says
    # which step it opens to a screen reader and in its tooltip.
    assert all("&" not in button.text() for button in buttons.values())
    assert "What is a task force?" in buttons["what_is"].toolTip()

    qtbot.mouseClick(buttons["mission"], LEFT)
    assert window.current_step() == "mission"
    assert window.page_stack.currentWidget() is window.pages["mission"]

    page = open_review(qtbot, window)
    # Moving to the page puts the focus on its first Edit button; Tab goes to the next.
    assert window.focusWidget() is page.edit_buttons["what_is"]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is page.edit_buttons["coordinator"]
    assert window.current_step() == "phase1_review"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    assert window.current_step() == "coordinator"
    assert window.session.project.last_step == "coordinator"


def test_tab_reaches_each_edit_button_then_the_packet(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Tabs", [])
    page = open_review(qtbot, window)
    buttons = list(page.edit_buttons.values())
    buttons[0].setFocus()
    for expected in [*buttons[1:], page.export_button]:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        assert window.focusWidget() is expected


def test_export_button_goes_to_the_starter_packet(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Packet", ["Clark"])
    page = open_review(qtbot, window)
    assert page.export_button.accessibleName() == "Go to the starter packet"
    qtbot.mouseClick(page.export_button, LEFT)
    assert window.current_step() == "export"


def test_missing_items_and_gaps_follow_the_rules_and_refresh(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, 'A & B <b>"TF"</b>', ["Clark"])
    page = open_review(qtbot, window)
    assert value(page, "what_is", "Name") == 'A & B <b>"TF"</b>'  # shown as typed
    what_is = page.sections["what_is"]
    assert what_is.state_label.text() == "In progress"
    assert what_is.missing_label.isVisible()
    assert "new or a restart" in what_is.missing_label.text()
    mission = page.sections["mission"]
    assert mission.state_label.text() == "Not started yet"
    assert value(page, "mission", "Vision") == "Not entered yet"
    assert page.gaps_label.isVisible()
    assert "Establish a mission" in page.gaps_label.text()
    assert "gaps" in page.readiness_label.text()

    qtbot.mouseClick(page.edit_buttons["mission"], LEFT)
    type_text(qtbot, window.pages["mission"].vision_edit, "Safe.")
    page = open_review(qtbot, window)
    assert value(page, "mission", "Vision") == "Safe."
    assert page.sections["mission"].state_label.text() == "In progress"
    assert "a mission statement" in page.sections["mission"].missing_label.text()
