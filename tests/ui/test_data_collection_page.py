"""The Meetings and figures step, driven through its real widgets: meetings and who came,
a period's counts, the connection survey (grid, CSV out and in) and the charts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui import keyboard
from tests.ui.helpers import (
    choose,
    click_check,
    click_navigator,
    press,
    type_new_project,
    type_text,
)
from wizard.model import clock
from wizard.model import survey as survey_rules
from wizard.model.project import Member, Organisation
from wizard.ui.pages.data_collection import DataCollectionPage

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 28)
LEFT = Qt.MouseButton.LeftButton
MEETINGS, COUNTS, SURVEY, PICTURES = range(4)

ORGANISATIONS = [
    Organisation(id="sheriff", name="Harbor Sheriff"),
    Organisation(id="youth", name="Harbor Youth Haven"),
    Organisation(id="school", name="Harbor Schools"),
]
PEOPLE = [
    Member(id="ana", name="Ana Ruiz", organisation_id="sheriff", status="member"),
    Member(id="ben", name="Ben Cho", organisation_id="sheriff", status="member"),
    Member(id="cy", name="Cy Dunn", organisation_id="youth", status="member"),
    Member(
        id="dee",
        name="Dee Moss",
        organisation_id="school",
        status="member",
        joined_on=date(2026, 12, 1),
    ),
    Member(id="eve", name="Eve Hart", organisation_id="school", status="invited"),
    Member(
        id="hal",
        name="<b>Hal</b> & Co",
        organisation_id="youth",
        status="left",
        left_on=date(2026, 1, 31),
    ),
]


@pytest.fixture(autouse=True)
def fixed_today() -> Iterator[None]:
    with clock.pinned(TODAY):
        yield


def open_new(qtbot, make_window, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Harbor TF", ["Clark"])
    project = window.session.project
    project.organisations.extend(o.model_copy() for o in ORGANISATIONS)
    project.members.extend(m.model_copy() for m in PEOPLE)
    click_navigator(qtbot, window, "data_collection")
    page = window.pages["data_collection"]
    assert isinstance(page, DataCollectionPage)
    return window, page


def open_sample(qtbot, make_window, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    qtbot.waitUntil(lambda: window.session is not None)
    click_navigator(qtbot, window, "data_collection")
    page = window.pages["data_collection"]
    assert isinstance(page, DataCollectionPage)
    return window, page


def show_tab(qtbot, page: DataCollectionPage, number: int) -> None:  # type: ignore[no-untyped-def]
    """Go to a tab with the keyboard: focus its bar, then the arrows."""
    bar = page.tabs.tabBar()
    bar.setFocus()
    while page.tabs.currentIndex() != number:
        key = Qt.Key.Key_Right if page.tabs.currentIndex() < number else Qt.Key.Key_Left
        qtbot.keyClick(bar, key)


def select_all_and_type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def tick_by_search(qtbot, page: DataCollectionPage, words: str) -> None:  # type: ignore[no-untyped-def]
    """Narrow the list by typing, Enter to go into it, and Space on the first shown."""
    select_all_and_type(qtbot, page.search_edit, words)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.attendees.hasFocus()
    qtbot.keyClick(page.attendees, Qt.Key.Key_Space)


def shown_people(page: DataCollectionPage) -> list[str]:
    return [
        page.attendees.item(n).text()
        for n in range(page.attendees.count())
        if not page.attendees.item(n).isHidden()
    ]


# ----- meetings -------------------------------------------------------------------------


def test_recording_a_meeting_by_keyboard(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    project = window.session.project
    assert window.navigator.state_of("data_collection") == "not started"
    assert page.meetings_empty.isVisible() and not page.meeting_box.isVisible()

    press(qtbot, page.add_meeting_button)
    [meeting] = project.meetings
    assert page.meeting_date.hasFocus() and meeting.held_on == TODAY
    qtbot.keyClick(page.meeting_date, Qt.Key.Key_Down)  # the month before
    assert meeting.held_on == date(2026, 10, 28)

    line = page.title_combo.lineEdit()
    select_all_and_type(qtbot, line, "Leadership & planning <b>")
    assert meeting.title == "Leadership & planning <b>"
    assert page.meetings.rows[0].cells[:2] == ("Oct 28, 2026", "Leadership & planning <b>")

    assert shown_people(page) == [
        "Dee Moss, Harbor Schools",
        "Ana Ruiz, Harbor Sheriff",
        "Ben Cho, Harbor Sheriff",
        "Cy Dunn, Harbor Youth Haven",
    ]  # by organization; the invited person is not listed
    tick_by_search(qtbot, page, "cy")
    assert shown_people(page) == ["Cy Dunn, Harbor Youth Haven"]
    tick_by_search(qtbot, page, "ben sheriff")
    assert meeting.attendee_member_ids == ["cy", "ben"]
    qtbot.keyClick(page.attendees, Qt.Key.Key_Space)  # again: unticked
    assert meeting.attendee_member_ids == ["cy"]
    qtbot.keyClick(page.attendees, Qt.Key.Key_Space)

    select_all_and_type(qtbot, page.guests_spin, "2")
    assert meeting.guests == 2
    assert page.attendance_count.text() == "2 of 4 members here, plus 2 guests."
    assert page.meetings.rows[0].cells[2:] == ("2", "2")
    assert window.isWindowModified()
    assert window.navigator.state_of("data_collection") == "in progress"  # no period yet


def test_ticking_a_whole_organization_and_clearing_it(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    press(qtbot, page.add_meeting_button)
    meeting = window.session.project.meetings[0]
    choose(qtbot, page.organisation_combo, "Harbor Sheriff")
    press(qtbot, page.tick_all_button)
    assert sorted(meeting.attendee_member_ids) == ["ana", "ben"]
    checked = [
        page.attendees.item(n).text()
        for n in range(page.attendees.count())
        if page.attendees.item(n).checkState() == Qt.CheckState.Checked
    ]
    assert checked == ["Ana Ruiz, Harbor Sheriff", "Ben Cho, Harbor Sheriff"]
    assert page.attendance_count.text().startswith("2 of 4 members here")
    press(qtbot, page.untick_all_button)
    assert meeting.attendee_member_ids == []


def test_an_attendance_problem_is_said_and_the_tick_kept(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    press(qtbot, page.add_meeting_button)
    meeting = window.session.project.meetings[0]
    tick_by_search(qtbot, page, "dee")
    assert meeting.attendee_member_ids == ["dee"]
    assert page.attendance_problems.isVisible()
    assert "Dee Moss is ticked, but joined after this meeting." in page.attendance_problems.text()
    assert meeting.attendee_member_ids == ["dee"]  # said, never changed


def test_someone_who_left_stays_listed_where_ticked(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    press(qtbot, page.add_meeting_button)
    project = window.session.project
    project.meetings[0].attendee_member_ids.extend(["eve", "hal"])
    page.refresh()
    assert shown_people(page)[-2:] == [
        "Eve Hart, Harbor Schools (invited)",
        "<b>Hal</b> & Co, Harbor Youth Haven (has left)",
    ]
    problem = "<b>Hal</b> & Co is ticked, but left before this meeting."
    assert page.attendance_problems.text() == problem  # shown as typed, never as markup
    assert page.attendance_problems.textFormat() == Qt.TextFormat.PlainText
    assert page.attendance_count.text() == "0 of 4 members here, 2 other people ticked."


def test_removing_a_meeting_asks_first(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    press(qtbot, page.add_meeting_button)
    project = window.session.project
    dialogs.meeting_remove_answers.extend([False, True])
    press(qtbot, page.remove_meeting_button)
    assert len(project.meetings) == 1
    press(qtbot, page.remove_meeting_button)
    assert project.meetings == [] and page.meetings_empty.isVisible()
    assert dialogs.kinds() == ["remove_meeting", "remove_meeting"]


def test_saving_a_sign_in_sheet(qtbot, make_window, dialogs, tmp_path: Path):
    _window, page = open_new(qtbot, make_window, dialogs)
    press(qtbot, page.add_meeting_button)
    select_all_and_type(qtbot, page.title_combo.lineEdit(), "Full & open <meeting>")
    target = tmp_path / "sheet.docx"
    dialogs.word_paths.append(target)
    press(qtbot, page.sign_in_button)
    text = "\n".join(
        cell.text
        for table in docx.Document(str(target)).tables
        for row in table.rows
        for cell in row.cells
    ) + "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    for expected in (
        "Ana Ruiz",
        "Harbor Youth Haven",
        "Full & open <meeting>",
        "November 28, 2026",
    ):
        assert expected in text
    assert "Eve Hart" not in text  # invited, not yet a member


def test_the_sample_shows_attendance_by_organization(qtbot, make_window, dialogs):
    window, page = open_sample(qtbot, make_window, dialogs)
    project = window.session.project
    assert page.meetings.rowCount() == len(project.meetings) > 20
    names = [row.cells[0] for row in page.organisation_rows.rows]
    assert names == sorted(names, key=str.casefold) and names
    stopped = [row.cells[0] for row in page.organisation_rows.rows if row.cells[3]]
    for name in stopped:
        assert name in page.organisations_note.text()


# ----- periods and counts ---------------------------------------------------------------


def test_a_period_with_counts_not_collected_and_sources(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    project = window.session.project
    press(qtbot, page.add_meeting_button)
    tick_by_search(qtbot, page, "ana")
    show_tab(qtbot, page, COUNTS)
    assert page.periods_empty.isVisible()
    press(qtbot, page.add_period_button)
    [period] = project.data_periods
    assert (period.starts_on, period.ends_on) == (date(2026, 1, 1), date(2026, 12, 31))
    assert page.period_name.hasFocus()
    qtbot.keyClicks(page.period_name, "Year one")
    assert period.label == "Year one"
    assert page.survey_period_combo.currentText() == "Year one"

    rows = page.count_rows.rows
    select_all_and_type(qtbot, rows["youth_identified"].spin, "14")
    assert period.counts["youth_identified"].value == 14
    choose(qtbot, rows["youth_identified"].source, "Harbor Youth Haven")
    assert period.counts["youth_identified"].source_organisation_id == "youth"
    click_check(qtbot, rows["youth_charged"].not_collected)
    assert period.counts["youth_charged"].not_collected
    assert not rows["youth_charged"].spin.isEnabled()
    assert not rows["youth_charged"].source.isEnabled()
    assert window.navigator.state_of("data_collection") == "in progress"
    for kind in ("youth_referred", "youth_arrested", "youth_detained", "buyers_arrested"):
        select_all_and_type(qtbot, rows[kind].spin, "0")
    assert window.navigator.state_of("data_collection") == "in progress"  # one left
    select_all_and_type(qtbot, rows["buyers_charged"].spin, "25")
    assert window.navigator.state_of("data_collection") == "done"
    # the period's dates, out of order, are said beside them and kept
    page.ends_edit.setFocus()
    qtbot.keyClick(page.ends_edit, Qt.Key.Key_End)
    for _ in range(2):
        qtbot.keyClick(page.ends_edit, Qt.Key.Key_Down)  # the year section: 2024
    assert period.ends_on == date(2024, 12, 31)
    assert page.period_problem.isVisible() and "ends before it starts" in page.period_problem.text()
    assert window.navigator.state_of("data_collection") == "in progress"


def test_a_small_youth_count_has_a_note_and_the_threshold_is_a_setting(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    project = window.session.project
    show_tab(qtbot, page, COUNTS)
    press(qtbot, page.add_period_button)
    row = page.count_rows.rows["youth_detained"]
    select_all_and_type(qtbot, row.spin, "3")
    assert row.spin.value() == 3  # the true count, always
    assert row.note.isVisible() and "fewer than 10" in row.note.text()
    select_all_and_type(qtbot, page.count_rows.rows["buyers_charged"].spin, "3")
    assert not page.count_rows.rows["buyers_charged"].note.isVisible()  # adults: not hidden
    select_all_and_type(qtbot, page.threshold_spin, "3")
    assert project.small_count_threshold == 3
    assert not row.note.isVisible()  # 3 is no longer below the threshold
    select_all_and_type(qtbot, page.threshold_spin, "5")
    assert row.note.isVisible() and "fewer than 5" in row.note.text()
    select_all_and_type(qtbot, row.spin, "0")
    assert not row.note.isVisible()  # zero points to no one


def test_tab_goes_through_the_counts_in_reading_order(qtbot, make_window, dialogs):
    _window, page = open_new(qtbot, make_window, dialogs)
    show_tab(qtbot, page, COUNTS)
    press(qtbot, page.add_period_button)
    rows = list(page.count_rows.rows.values())
    rows[0].spin.setFocus()
    for expected in (rows[0].not_collected, rows[0].source, rows[1].spin):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert keyboard.focus_owner(QApplication.focusWidget()) is expected
    rows[-1].source.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert keyboard.focus_owner(QApplication.focusWidget()) is page.threshold_spin


def test_removing_a_period_asks_first(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    show_tab(qtbot, page, COUNTS)
    press(qtbot, page.add_period_button)
    dialogs.period_remove_answers.extend([False, True])
    press(qtbot, page.remove_period_button)
    assert len(window.session.project.data_periods) == 1
    press(qtbot, page.remove_period_button)
    assert window.session.project.data_periods == []
    assert page.periods_empty.isVisible()


# ----- the connection survey --------------------------------------------------------------


def set_up_survey(qtbot, page: DataCollectionPage):  # type: ignore[no-untyped-def]
    show_tab(qtbot, page, COUNTS)
    press(qtbot, page.add_period_button)
    show_tab(qtbot, page, SURVEY)
    assert page.survey.set_up_button.isVisible() and not page.survey.grid.isVisible()
    press(qtbot, page.survey.set_up_button)
    survey = page.project.data_periods[0].survey
    assert survey is not None and page.survey.grid.hasFocus()
    return survey


def test_answering_the_survey_in_the_grid_by_keyboard(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    survey = set_up_survey(qtbot, page)
    assert survey.taken_on == TODAY
    assert survey.organisation_ids == ["school", "sheriff", "youth"]  # by name
    grid = page.survey.grid
    assert grid.currentIndex().row() == 0 and grid.currentIndex().column() == 1
    qtbot.keyClick(grid, Qt.Key.Key_Y)
    assert survey_rules.answer(survey, "school", "sheriff", "knows") is True
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_N)
    assert survey_rules.answer(survey, "school", "youth", "knows") is False
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert survey_rules.answer(survey, "school", "youth", "knows") is None
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert survey_rules.answer(survey, "sheriff", "youth", "knows") is True
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # the sheriff about itself
    qtbot.keyClick(grid, Qt.Key.Key_Y)
    assert survey.answers.get("sheriff>sheriff") is None
    assert grid.model().data(grid.currentIndex()) == "—"
    # another question, and a click
    choose(qtbot, page.survey.relation_combo, "Do you refer young people to them?")
    assert grid.model().data(grid.model().index(0, 1)) == ""  # nothing asked yet
    rect = grid.visualRect(grid.model().index(2, 0))
    qtbot.mouseClick(grid.viewport(), LEFT, pos=rect.center())
    assert survey_rules.answer(survey, "youth", "school", "refers") is True
    assert survey_rules.answer(survey, "youth", "school", "knows") is None
    page.refresh_figures()
    figures = page.survey.figures.text()
    assert "Know about each other: 100% of the 2 pairs answered; 4 not answered yet." in figures
    assert "Communicate: no answers yet." in figures
    assert window.isWindowModified()


def test_an_organization_with_no_member_now_keeps_its_answers(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    survey = set_up_survey(qtbot, page)
    survey_rules.set_answer(survey, "school", "youth", "knows", True)
    for member in window.session.project.members:
        if member.organisation_id == "school":
            member.status = "left"
    page.refresh()
    show_tab(qtbot, page, SURVEY)
    assert page.survey.empty.isVisible()
    assert "No one from Harbor Schools is a member now." in page.survey.empty.text()
    assert survey.organisation_ids == ["school", "sheriff", "youth"]
    assert survey_rules.answer(survey, "school", "youth", "knows") is True


def test_exporting_the_survey_and_importing_it_filled_in(
    qtbot, make_window, dialogs, tmp_path: Path
):
    _window, page = open_new(qtbot, make_window, dialogs)
    survey = set_up_survey(qtbot, page)
    saved = tmp_path / "survey.csv"
    dialogs.csv_save_paths.append(saved)
    press(qtbot, page.survey.export_csv_button)
    lines = saved.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Organization answering,About this organization")
    assert len(lines) == 1 + 6  # every ordered pair of three organizations

    filled = tmp_path / "filled.csv"
    rows = [lines[0]] + [line.rstrip(",") + ",Yes,no,x" for line in lines[1:]]
    filled.write_text("\n".join(rows), encoding="utf-8")
    dialogs.csv_open_paths.append(filled)
    dialogs.survey_import_answers.append(False)  # she thinks again
    press(qtbot, page.survey.import_csv_button)
    assert survey.answers == {}
    assert "6 pairs" in dialogs.asked[-1][1]

    dialogs.csv_open_paths.append(filled)
    dialogs.survey_import_answers.append(True)
    press(qtbot, page.survey.import_csv_button)
    assert survey_rules.answer(survey, "youth", "sheriff", "knows") is True
    assert survey_rules.answer(survey, "youth", "sheriff", "communicates") is False
    assert survey_rules.answer(survey, "youth", "sheriff", "refers") is True
    assert page.survey.grid.model().data(page.survey.grid.model().index(2, 0)) == "Yes"
    assert "6 pairs changed" in page.survey.import_problems.text()


def test_an_import_with_bad_rows_lists_them_and_changes_nothing(
    qtbot, make_window, dialogs, tmp_path: Path
):
    _window, page = open_new(qtbot, make_window, dialogs)
    survey = set_up_survey(qtbot, page)
    survey_rules.set_answer(survey, "sheriff", "youth", "knows", True)
    before = dict(survey.answers)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "Organization answering;About this organization;Do you know about them?;"
        "Do you communicate with them?;Do you refer young people to them?\n"
        "Harbor Sheriff;Harbor Schools;Yes;No;\n"
        "Harbor Sheriff;Nowhere Org;Yes;No;No\n"
        "Harbor Schools;Harbor Sheriff;maybe;No;No\n",
        encoding="utf-8",
    )
    dialogs.csv_open_paths.append(bad)
    press(qtbot, page.survey.import_csv_button)
    problems = page.survey.import_problems.text()
    assert page.survey.import_problems.isVisible()
    assert "Row 3" in problems and "Nowhere Org" in problems
    assert "Row 4" in problems and "maybe" in problems
    assert survey.answers == before
    assert "survey_import" not in dialogs.kinds()  # nothing to confirm

    wrong = tmp_path / "wrong.csv"
    wrong.write_text("Name,Email\nAna,a@example.org\n", encoding="utf-8")
    dialogs.csv_open_paths.append(wrong)
    press(qtbot, page.survey.import_csv_button)
    assert "Missing" in page.survey.import_problems.text() and survey.answers == before


# ----- pictures -------------------------------------------------------------------------


def test_the_sample_shows_its_charts_with_their_words(qtbot, make_window, dialogs):
    _window, page = open_sample(qtbot, make_window, dialogs)
    show_tab(qtbot, page, PICTURES)
    qtbot.waitUntil(lambda: page.charts.views["attendance"].picture.pixmap() is not None)
    for name, view in page.charts.views.items():
        assert view.isVisible(), name
        pixmap = view.picture.pixmap()
        assert pixmap is not None and not pixmap.isNull(), name
        assert view.picture.accessibleDescription() == view.description != "", name
        assert not view.words.isVisible()
    assert page.charts.views["attendance"].picture.accessibleName() == "People at each meeting"
    click_check(qtbot, page.words_check)
    assert page.charts.views["network"].words.isVisible()
    assert page.charts.views["network"].words.text().startswith("In words: ")
    # the charts follow the period chosen, and a change waits for the timer
    first = page.charts.views["attendance"].description
    choose(qtbot, page.pictures_period_combo, page.pictures_period_combo.itemText(0))
    assert page.charts.views["attendance"].description != first
    assert page.last_refresh_ms < 1000


def test_a_change_redraws_the_charts_after_a_pause(qtbot, make_window, dialogs):
    _window, page = open_sample(qtbot, make_window, dialogs)
    show_tab(qtbot, page, PICTURES)
    before = page.charts.views["counts_youth"].description
    attendance = page.charts.views["attendance"].picture.pixmap().cacheKey()
    show_tab(qtbot, page, COUNTS)
    select_all_and_type(qtbot, page.count_rows.rows["youth_identified"].spin, "777")
    assert page.refresh_timer.isActive()  # no redrawing on every key
    show_tab(qtbot, page, PICTURES)
    assert page.charts.views["counts_youth"].description != before
    assert "777" in page.charts.views["counts_youth"].description
    assert page.charts.views["attendance"].picture.pixmap().cacheKey() == attendance  # kept


# ----- keyboard, screen reader and width, on every tab ------------------------------------


@pytest.mark.parametrize("start", ["sample", "new"])
def test_every_tab_by_keyboard_and_screen_reader(qtbot, make_window, dialogs, start):
    opener = open_sample if start == "sample" else open_new
    window, page = opener(qtbot, make_window, dialogs)
    if start == "new":
        press(qtbot, page.add_meeting_button)
        show_tab(qtbot, page, COUNTS)
        press(qtbot, page.add_period_button)
        show_tab(qtbot, page, SURVEY)
        press(qtbot, page.survey.set_up_button)
    for number in range(page.tabs.count()):
        show_tab(qtbot, page, number)
        assert keyboard.unnamed_inputs(page, window) == [], number
        assert keyboard.duplicate_names(page, window) == {}, number
        assert keyboard.mnemonic_clashes(window) == {}, number
        inputs = keyboard.visible_inputs(window)
        walk = keyboard.tab_walk(qtbot, window)
        assert walk.trapped_in is None, (number, keyboard.describe(walk.trapped_in))
        assert walk.reached(inputs)[1] == [], number
        assert QApplication.focusWidget() is page.tabs.tabBar()


@pytest.mark.parametrize("size", [(1180, 760), (1024, 700)])
def test_every_tab_fits_without_sideways_scrolling(qtbot, make_window, dialogs, size):
    window, page = open_sample(qtbot, make_window, dialogs)
    window.resize(*size)
    for number in range(page.tabs.count()):
        show_tab(qtbot, page, number)
        qtbot.wait(5)
        area = page.tabs.currentWidget().findChild(QScrollArea)
        needed = area.widget().minimumSizeHint().width()
        assert needed <= area.viewport().width(), (size, number)


def test_typing_in_the_page_is_a_user_edit_but_showing_it_is_not(qtbot, make_window, dialogs):
    window, page = open_sample(qtbot, make_window, dialogs)
    assert not window.isWindowModified()
    for number in range(page.tabs.count()):
        show_tab(qtbot, page, number)
    window.go_to_step("training")
    window.go_to_step("data_collection")
    assert not window.isWindowModified()
    type_text(qtbot, page.search_edit, "ana")
    assert not window.isWindowModified()  # looking is not editing


def test_every_meeting_date_is_shown_whole(qtbot, make_window, dialogs):  # type: ignore[no-untyped-def]
    """The title column stretches, the others fit their longest entry: a stretched last
    column once squeezed the dates to 'Dec 9…'."""
    _window, page = open_sample(qtbot, make_window, dialogs)
    table, model = page.meetings_table, page.meetings
    metrics = table.fontMetrics()
    for column in (0, 2, 3):
        longest = max(
            metrics.horizontalAdvance(str(model.index(row, column).data()))
            for row in range(model.rowCount())
        )
        assert table.columnWidth(column) >= longest, model.headerData(
            column, Qt.Orientation.Horizontal
        )
