"""Activities and community advocates, driven through the real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.ui.helpers import (
    choose,
    click_check,
    click_navigator,
    press,
    type_new_project,
    type_text,
)
from wizard.model.progress import StepState, step_progress
from wizard.model.project import Activity, Member, Organisation, Project, Region
from wizard.ui.pages.activities import ID_ROLE, NOTHING_CHOSEN, ActivitiesPage, Column
from wizard.ui.session import ProjectSession

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
PAST = date(2024, 3, 5)
FUTURE = date(2099, 9, 1)


def open_page(qtbot, window) -> ActivitiesPage:  # type: ignore[no-untyped-def]
    click_navigator(qtbot, window, "activities")
    page = window.pages["activities"]
    assert isinstance(page, ActivitiesPage)
    assert window.page_stack.currentWidget() is page
    return page


def new_project_page(qtbot, make_window, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Activities Test", ["Yakima"])
    return window, open_page(qtbot, window)


def shown(page: ActivitiesPage, column: Column = Column.TOPIC) -> list[str]:
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_row(qtbot, page: ActivitiesPage, row: int) -> None:  # type: ignore[no-untyped-def]
    index = page.table.model().index(row, Column.TOPIC)
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())


def set_date(qtbot, page: ActivitiesPage, day: date) -> None:  # type: ignore[no-untyped-def]
    if not page.date_check.isChecked():
        click_check(qtbot, page.date_check)
    page.date_edit.setFocus()
    page.date_edit.setDate(QDate(day.year, day.month, day.day))


def add(qtbot, page: ActivitiesPage, button: QAbstractButton, topic: str, **fields: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, LEFT)
    assert QApplication.focusWidget() is page.topic_edit
    type_text(qtbot, page.topic_edit, topic)
    for name, text in fields.items():
        type_text(qtbot, getattr(page, f"{name}_edit"), text)


def test_an_empty_project_starts_with_nothing_chosen(qtbot, make_window, dialogs):
    _, page = new_project_page(qtbot, make_window, dialogs)
    assert shown(page) == []
    assert page.details_hint.text() == NOTHING_CHOSEN and page.details_hint.isVisible()
    for field in (page.topic_edit, page.kind_combo, page.date_check, page.attendance_edit):
        assert not field.isEnabled()
    assert not page.remove_button.isEnabled()
    assert not page.undo_button.isVisible()
    assert page.totals_label.text() == "No activities yet. Add the first one below."
    assert "No one on your roster" in page.roster_advocates.text()
    assert not page.insert_names_button.isVisible()


def test_adding_and_typing_fills_the_model_list_and_totals(qtbot, make_window, dialogs):
    window, page = new_project_page(qtbot, make_window, dialogs)
    add(
        qtbot,
        page,
        page.add_education_button,
        "Trauma-informed first conversations",
        audience="Clinic & shelter staff",
        led_by="Open Door",
        attendance="24",
    )
    set_date(qtbot, page, PAST)
    [activity] = window.session.project.activities
    assert activity.kind == "provider_education"
    assert activity.topic == "Trauma-informed first conversations"
    assert (activity.audience, activity.led_by) == ("Clinic & shelter staff", "Open Door")
    assert (activity.attendance, activity.held_on) == (24, PAST)
    assert shown(page) == ["Trauma-informed first conversations"]
    assert shown(page, Column.DATE) == ["March 5, 2024"]
    assert shown(page, Column.KIND) == ["Provider education"]
    assert shown(page, Column.CAME) == ["24"]
    assert "Clinic & shelter staff" in page.table.model().index(0, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert page.totals_label.text() == (
        "1 activity held (1 for service providers, 0 community events), reaching 24 people."
    )
    assert window.isWindowModified()

    add(qtbot, page, page.add_event_button, "Parents' evening", attendance="1,200")
    set_date(qtbot, page, PAST.replace(day=20))
    assert window.session.project.activities[1].kind == "community_event"
    assert window.session.project.activities[1].attendance == 1200
    assert "2 activities held (1 for service providers, 1 community event)" in (
        page.totals_label.text()
    )
    assert "1224 people" in page.totals_label.text()


def test_the_list_is_sorted_by_date_and_undated_come_last(qtbot, make_window, dialogs):
    window, page = new_project_page(qtbot, make_window, dialogs)
    add(qtbot, page, page.add_event_button, "Undated")
    add(qtbot, page, page.add_event_button, "Later")
    set_date(qtbot, page, FUTURE)
    add(qtbot, page, page.add_education_button, "Earlier")
    set_date(qtbot, page, PAST)
    assert shown(page) == ["Earlier", "Later", "Undated"]
    # The project keeps the order they were added in: sorting is only how they are shown.
    assert [a.topic for a in window.session.project.activities] == ["Undated", "Later", "Earlier"]
    assert page.chosen().topic == "Earlier"  # still the one being edited after it moved
    assert page.table.currentIndex().data(ID_ROLE) == page.chosen().id
    click_row(qtbot, page, 1)
    assert page.topic_edit.text() == "Later"
    assert page.date_edit.date() == QDate(FUTURE.year, FUTURE.month, FUTURE.day)
    assert page.attendance_note.isVisible()  # planned: fill it in once held
    assert "1 activity held" in page.totals_label.text()
    assert page.totals_label.text().endswith("2 planned.")


def test_the_panel_follows_the_chosen_row_and_the_keyboard(qtbot, make_window, dialogs):
    window, page = new_project_page(qtbot, make_window, dialogs)
    add(qtbot, page, page.add_event_button, "First")
    add(qtbot, page, page.add_event_button, "Second")
    click_row(qtbot, page, 0)
    assert page.topic_edit.text() == "First"
    choose(qtbot, page.kind_combo, "Education for service providers")
    assert window.session.project.activities[0].kind == "provider_education"
    assert shown(page, Column.KIND)[0] == "Provider education"
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.topic_edit.text() == "Second"
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.topic_edit


def test_a_date_can_be_taken_away_again(qtbot, make_window, dialogs):
    window, page = new_project_page(qtbot, make_window, dialogs)
    add(qtbot, page, page.add_event_button, "Fair")
    assert not page.date_edit.isEnabled()
    set_date(qtbot, page, PAST)
    assert page.date_edit.isEnabled()
    click_check(qtbot, page.date_check)
    assert window.session.project.activities[0].held_on is None
    assert not page.date_edit.isEnabled()
    assert shown(page, Column.DATE) == ["No date yet"]


def test_a_count_that_is_not_a_number_is_explained_and_kept(qtbot, make_window, dialogs):
    window, page = new_project_page(qtbot, make_window, dialogs)
    add(qtbot, page, page.add_event_button, "Fair", attendance="40")
    activity = window.session.project.activities[0]
    page.attendance_edit.selectAll()
    type_text(qtbot, page.attendance_edit, "about 50")
    assert page.attendance_edit.text() == "about 50"  # what she typed stays
    assert page.attendance_problem.isVisible()
    assert "whole number" in page.attendance_problem.text()
    assert "stays at 40" in page.attendance_problem.text()
    assert activity.attendance == 40
    page.attendance_edit.selectAll()
    type_text(qtbot, page.attendance_edit, "50")
    assert activity.attendance == 50
    assert not page.attendance_problem.isVisible()
    page.attendance_edit.selectAll()
    qtbot.keyClick(page.attendance_edit, Qt.Key.Key_Delete)
    assert activity.attendance is None  # empty means not counted, never zero


def test_a_missing_topic_is_shown_inline_and_in_the_rule(qtbot, make_window, dialogs):
    window, page = new_project_page(qtbot, make_window, dialogs)
    qtbot.mouseClick(page.add_event_button, LEFT)
    assert page.topic_problem.isVisible()
    assert shown(page) == ["(no topic yet)"]
    missing = step_progress(window.session.project, "activities").missing
    assert "a topic for every activity (1 without one)" in missing
    type_text(qtbot, page.topic_edit, "Fair")
    assert not page.topic_problem.isVisible()


def test_remove_then_undo_puts_it_back_in_its_place(qtbot, make_window, dialogs):
    window, page = new_project_page(qtbot, make_window, dialogs)
    for topic in ("A", "B", "C"):
        add(qtbot, page, page.add_event_button, topic)
    click_row(qtbot, page, 1)
    qtbot.mouseClick(page.remove_button, LEFT)
    project = window.session.project
    assert [a.topic for a in project.activities] == ["A", "C"]
    assert page.removed_label.text() == "Removed “B”."
    assert page.undo_button.isVisible()
    assert page.topic_edit.text() == "C"  # the next one is chosen
    qtbot.mouseClick(page.undo_button, LEFT)
    assert [a.topic for a in project.activities] == ["A", "B", "C"]
    assert page.topic_edit.text() == "B"
    assert not page.undo_button.isVisible()

    click_row(qtbot, page, 2)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # the keyboard way
    assert [a.topic for a in project.activities] == ["A", "B"]
    assert page.topic_edit.text() == "B"  # the last one went: the one before is chosen
    press(qtbot, page.undo_button)
    assert [a.topic for a in project.activities] == ["A", "B", "C"]


def test_removing_the_only_activity_leaves_nothing_chosen(qtbot, make_window, dialogs):
    window, page = new_project_page(qtbot, make_window, dialogs)
    add(qtbot, page, page.add_event_button, "Only")
    qtbot.mouseClick(page.remove_button, LEFT)
    assert window.session.project.activities == []
    assert page.chosen() is None
    assert page.details_hint.isVisible()
    assert not page.remove_button.isEnabled()


def test_advocates_text_and_the_roster_names(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    open_door = Organisation(name="Open Door")
    project = Project(
        region=Region(name="Advocates"),
        organisations=[open_door],
        members=[
            Member(
                name="Sofia Morales",
                sector="community_advocates",
                status="member",
                organisation_id=open_door.id,
            )
        ],
        last_step="activities",
    )
    window.show_session(ProjectSession(project, None))
    page = window.pages["activities"]
    assert window.current_step() == "activities"
    assert "Sofia Morales (Open Door)" in page.roster_advocates.text()
    assert page.insert_names_button.isEnabled()
    type_text(qtbot, page.advocates_edit, "Two advocates & a volunteer <b>")
    assert project.community_advocates == "Two advocates & a volunteer <b>"
    qtbot.mouseClick(page.insert_names_button, LEFT)
    assert project.community_advocates == (
        "Two advocates & a volunteer <b>\nSofia Morales (Open Door)"
    )
    assert not page.insert_names_button.isEnabled()  # they are in already
    assert window.isWindowModified()
    assert "who the community advocates are" not in step_progress(project, "activities").missing


def test_the_step_is_done_once_both_kinds_and_advocates_are_in(qtbot, make_window, dialogs):
    window, page = new_project_page(qtbot, make_window, dialogs)
    add(qtbot, page, page.add_education_button, "Screening")
    assert window.navigator.state_of("activities") == "in progress"
    add(qtbot, page, page.add_event_button, "Open house")
    type_text(qtbot, page.advocates_edit, "Open Door's advocates")
    assert step_progress(window.session.project, "activities").state is StepState.DONE
    assert window.navigator.state_of("activities") == "done"


def test_the_sample_shows_its_activities(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    page = open_page(qtbot, window)
    project = window.session.project
    assert sorted(shown(page)) == sorted(a.topic for a in project.activities)
    assert {a.kind for a in project.activities} == {"provider_education", "community_event"}
    assert page.advocates_edit.toPlainText() == project.community_advocates
    assert "Sofia Morales" in page.roster_advocates.text()
    assert step_progress(project, "activities").state is StepState.DONE
    click_row(qtbot, page, 0)
    assert page.topic_edit.text() == shown(page)[0]
    assert not window.isWindowModified()  # looking and choosing are not editing


def test_another_project_does_not_inherit_the_choice_or_undo(qtbot, make_window, dialogs):
    window, page = new_project_page(qtbot, make_window, dialogs)
    add(qtbot, page, page.add_event_button, "Mine")
    qtbot.mouseClick(page.remove_button, LEFT)
    other = Project(
        region=Region(name="Other"),
        activities=[Activity(topic="Theirs")],
        last_step="activities",
    )
    window.show_session(ProjectSession(other, None))
    assert shown(page) == ["Theirs"]
    assert page.chosen() is None
    assert not page.undo_button.isVisible()


def test_every_field_has_a_label_mnemonic_and_a_name(qtbot, make_window, dialogs):
    _, page = new_project_page(qtbot, make_window, dialogs)
    fields: list[QWidget] = [
        page.table,
        page.topic_edit,
        page.kind_combo,
        page.audience_edit,
        page.led_by_edit,
        page.attendance_edit,
        page.advocates_edit,
    ]
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    for field in fields:
        assert field in buddies, field.objectName()
        assert field.accessibleName(), field.objectName()
    keys = [label.text() for label in page.findChildren(QLabel) if label.buddy()]
    keys += [b.text() for b in page.findChildren(QAbstractButton) if "&" in b.text()]
    letters = [text[text.index("&") + 1].lower() for text in keys]
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & set("bfghnv")  # Back, File, Go, Help, Next, View
