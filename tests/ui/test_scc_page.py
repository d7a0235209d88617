"""The SCC step, driven through its real widgets: who speaks for the task force, the
SCC contact, this year's dates, the report sent, what we need from the state, and the
two files the page saves (the deadlines calendar and a year's annual report)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit

from tests.ui.helpers import (
    choose,
    click_check,
    click_navigator,
    press,
    type_new_project,
    type_text,
)
from wizard.model import clock
from wizard.model.project import Goal, Member
from wizard.ui.pages.scc import SccPage

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 2)


@pytest.fixture(autouse=True)
def pinned_today():  # type: ignore[no-untyped-def]
    with clock.pinned(TODAY):
        yield


def open_new(qtbot, make_window, dialogs, members=()):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    type_new_project(qtbot, window, "State TF", ["Yakima"])
    window.session.project.members.extend(members)
    click_navigator(qtbot, window, "scc")
    page = window.pages["scc"]
    assert isinstance(page, SccPage) and window.page_stack.currentWidget() is page
    return window, page


def test_filling_the_step_writes_the_model_and_moves_the_navigator(qtbot, make_window, dialogs):
    ana = Member(id="m-ana", name="Ana Ruiz")
    window, page = open_new(qtbot, make_window, dialogs, members=[ana])
    scc = window.session.project.scc
    assert window.navigator.state_of("scc") == "not started"

    type_text(qtbot, page.contact_name_edit, "Dana Lee")
    type_text(qtbot, page.contact_organisation_edit, "Office of the Attorney General")
    type_text(qtbot, page.contact_email_edit, "dana@example.org")
    type_text(qtbot, page.contact_phone_edit, "360-555-0100")
    assert scc.contact.name == "Dana Lee"
    assert scc.contact.organisation == "Office of the Attorney General"
    assert scc.contact.email == "dana@example.org"
    assert scc.contact.phone == "360-555-0100"
    assert window.isWindowModified()
    assert window.navigator.state_of("scc") == "in progress"

    choose(qtbot, page.representative_combo, "Ana Ruiz")
    assert scc.representative_member_id == "m-ana"
    assert "Ana Ruiz speaks" in page.representative_note.text()

    assert page.no_due_check.isChecked() and not page.due_date.isEnabled()
    click_check(qtbot, page.no_due_check)
    assert scc.report_due_on == TODAY
    page.due_date.setFocus()
    page.due_date.setCurrentSection(QDateTimeEdit.Section.MonthSection)
    qtbot.keyClick(page.due_date, Qt.Key.Key_Up)
    assert scc.report_due_on == date(2026, 12, 2)

    click_check(qtbot, page.no_meeting_check)
    assert scc.annual_meeting_on == TODAY

    click_check(qtbot, page.sent_check)
    assert scc.history[0].year == 2026 and scc.history[0].report_sent_on == TODAY
    assert page.history_table.rowCount() == 1
    assert page.history_table.item(0, 1).text() == "November 2, 2026"

    type_text(qtbot, page.needs_edit, "Training for school staff.")
    assert scc.needs_from_state == "Training for school staff."
    assert window.navigator.state_of("scc") == "done"

    titles = [page.deadlines_list.item(n).text() for n in range(page.deadlines_list.count())]
    assert len(titles) <= 5 and any("(today)" in title for title in titles)


def test_a_typed_name_stands_for_someone_not_on_the_roster(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    scc = window.session.project.scc
    choose(qtbot, page.representative_combo, "Someone not on the roster")
    assert page.other_name_edit.hasFocus()
    type_text(qtbot, page.other_name_edit, "Judge Rosa Díaz")
    assert scc.representative_name == "Judge Rosa Díaz" and scc.representative_member_id is None
    assert page.representative_combo.currentText() == "Someone not on the roster"
    choose(qtbot, page.representative_combo, "The chair (no name yet)")
    assert scc.representative_name == "" and page.other_name_edit.text() == ""


def test_the_calendar_is_saved_through_the_dialog(qtbot, make_window, dialogs, tmp_path: Path):
    window, page = open_new(qtbot, make_window, dialogs)
    scc = window.session.project.scc
    scc.report_due_on = TODAY + timedelta(days=30)
    scc.annual_meeting_on = TODAY + timedelta(days=60)
    target = tmp_path / "deadlines.ics"
    dialogs.calendar_paths.append(target)
    press(qtbot, page.calendar_button)
    assert "save_calendar" in dialogs.kinds()
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    days = sorted(event.decoded("dtstart") for event in calendar.walk("VEVENT"))
    assert TODAY + timedelta(days=30) in days and TODAY + timedelta(days=60) in days

    dialogs.calendar_paths.append(None)  # Cancel writes nothing
    target.unlink()
    press(qtbot, page.calendar_button)
    assert not target.exists()


def test_the_annual_report_is_saved_for_the_chosen_year(
    qtbot, make_window, dialogs, tmp_path: Path
):  # type: ignore[no-untyped-def]
    _window, page = open_new(qtbot, make_window, dialogs)
    assert page.year_spin.value() == 2026
    page.year_spin.setFocus()
    qtbot.keyClick(page.year_spin, Qt.Key.Key_Down)
    dialogs.report_folders.append(tmp_path)
    press(qtbot, page.report_button)
    for name in ("Annual report 2025.docx", "Annual report 2025.pdf", "Annual data 2025.json"):
        assert (tmp_path / name).stat().st_size > 0, name

    before = (tmp_path / "Annual report 2025.docx").stat().st_mtime_ns
    dialogs.report_folders.append(tmp_path)
    dialogs.replace_report_answers.append(False)
    press(qtbot, page.report_button)
    assert dialogs.kinds().count("replace_report") == 1
    assert (tmp_path / "Annual report 2025.docx").stat().st_mtime_ns == before


def test_a_year_in_review_is_typed_for_any_year_and_feeds_its_report(
    qtbot, make_window, dialogs, tmp_path: Path
):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    type_new_project(qtbot, window, "State TF", ["Yakima"])
    goals = window.session.project.mission.goals
    goals.extend([Goal(id="g-train", text="Train every school & <clinic>"), Goal(id="g-x")])
    click_navigator(qtbot, window, "scc")
    page = window.pages["scc"]
    history = window.session.project.scc.history
    assert list(page.progress_edits) == ["g-train"]  # a goal with no words has no box

    type_text(qtbot, page.challenges_edit, "Staff turnover at two agencies.")
    type_text(qtbot, page.progress_edits["g-train"], "Half the schools are trained.")
    assert [(e.year, e.challenges) for e in history] == [(2026, "Staff turnover at two agencies.")]
    assert history[0].goal_progress == {"g-train": "Half the schools are trained."}
    assert page.history_table.rowCount() == 1 and window.isWindowModified()

    page.year_spin.setFocus()
    qtbot.keyClick(page.year_spin, Qt.Key.Key_Down)  # a past year, typed in afterwards
    assert page.challenges_edit.toPlainText() == ""
    assert page.progress_edits["g-train"].text() == ""
    assert page.report_button.text() == "Save the 2025 annua&l report…"
    type_text(qtbot, page.challenges_edit, "No coordinator until May.")
    assert [e.year for e in history] == [2025, 2026]

    page.history_table.setFocus()
    page.history_table.setCurrentCell(1, 0)
    qtbot.keyClick(page.history_table, Qt.Key.Key_Return)
    assert page.year_spin.value() == 2026 and page.challenges_edit.hasFocus()
    assert page.challenges_edit.toPlainText() == "Staff turnover at two agencies."

    dialogs.report_folders.append(tmp_path)
    press(qtbot, page.report_button)
    text = "\n".join(p.text for p in Document(tmp_path / "Annual report 2026.docx").paragraphs)
    assert "Staff turnover at two agencies." in text
    tables = Document(tmp_path / "Annual report 2026.docx").tables
    cells = [c.text for t in tables for row in t.rows for c in row.cells]
    assert any("Half the schools are trained." in found for found in [*cells, text])

    page.challenges_edit.selectAll()
    qtbot.keyClick(page.challenges_edit, Qt.Key.Key_Delete)
    page.progress_edits["g-train"].selectAll()
    qtbot.keyClick(page.progress_edits["g-train"], Qt.Key.Key_Delete)
    assert [e.year for e in history] == [2025]  # a year emptied of words is forgotten


def test_goal_boxes_carry_the_goal_in_their_spoken_name(qtbot, make_window, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    type_new_project(qtbot, window, "State TF", ["Yakima"])
    click_navigator(qtbot, window, "scc")
    page = window.pages["scc"]
    assert page.progress_edits == {} and page.goals_label.text().startswith("Add goals")
    window.session.project.mission.goals.append(Goal(id="g-1", text="Map services & gaps"))
    click_navigator(qtbot, window, "mission")
    click_navigator(qtbot, window, "scc")
    edit = page.progress_edits["g-1"]
    assert edit.accessibleName() == "Progress on goal 1: Map services & gaps"
