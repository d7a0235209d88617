"""The Training step, driven through its real widgets: the trainer question, trainings
with their attendees, and the completion and share tables that follow from them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.ui.helpers import (
    choose,
    click_check,
    click_navigator,
    press,
    type_new_project,
    type_text,
)
from wizard.model.project import Member, Organisation
from wizard.model.training import SUGGESTED_COURSE
from wizard.ui.pages.training import TrainingPage

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 11, 28)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(TrainingPage, "today", staticmethod(lambda: TODAY))


def open_sample(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    click_navigator(qtbot, window, "training")
    page = window.pages["training"]
    assert isinstance(page, TrainingPage) and window.page_stack.currentWidget() is page
    return window, page


PEOPLE = [
    Member(id="ana", name="Ana Ruiz", sector="law_enforcement", status="member"),
    Member(id="ben", name="Ben Cho", sector="schools", status="member"),
    Member(id="cy", name="Cy Dunn", sector="cps", status="member"),
    Member(id="dee", name="Dee Moss", sector="healthcare", status="invited"),
]


def open_new(qtbot, make_window, dialogs, members=()):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Training TF", ["Clark"])
    window.session.project.organisations.append(Organisation(id="o", name="Org"))
    window.session.project.members.extend(m.model_copy() for m in members)
    click_navigator(qtbot, window, "training")
    return window, window.pages["training"]


def texts(model):
    return [list(row.cells) for row in model.rows]


def tick(qtbot, page, name):
    """Tick (or untick) a person with the keyboard: go to their row, press Space."""
    items = page.attendees_list.findItems(name, Qt.MatchFlag.MatchStartsWith)
    assert len(items) == 1, name
    page.attendees_list.setFocus()
    page.attendees_list.setCurrentItem(items[0])
    qtbot.keyClick(page.attendees_list, Qt.Key.Key_Space)


def test_the_sample_shows_trainings_completion_and_shares(qtbot, make_window, dialogs):
    window, page = open_sample(qtbot, make_window, dialogs)
    assert page.no_radio.isChecked() and not page.trainer_name_edit.isVisible()
    assert "neighboring task force" in page.trainer_note.text()
    assert [row[:3] for row in texts(page.trainings)] == [
        ["Apr 22, 2026", "Basic", "5"],
        ["Sep 10, 2026", "Extra", "2"],
        ["Jan 20, 2027 (planned)", "Basic", "2"],
    ]
    assert page.title_combo.currentText() == SUGGESTED_COURSE  # the first one is selected
    assert texts(page.completion)[:4] == [
        ["Dana Whitfield", "Local law enforcement", "Done, Apr 22, 2026", "Done, Sep 10, 2026"],
        ["Grace Lin", "Public health", "Done, Apr 22, 2026", "Not needed"],
        ["Luis Ortega", "Youth service providers", "Done, Apr 22, 2026", "Needed, not yet"],
        ["Marcus Reed", "Prosecutors", "Planned, Jan 20, 2027", "Needed, not yet"],
    ]
    assert texts(page.shares)[-1] == ["All members", "7", "5 of 7 (71%)", ""]
    assert ["School personnel", "1", "0 of 1 (0%)", "Not needed"] in texts(page.shares)
    assert page.overall.text() == (
        "5 of 7 (71%) of members have completed basic training. 5 members are in a sector "
        "that needs extra training; 2 of 5 (40%) have had it."
    )
    assert not window.isWindowModified()


def test_the_trainer_question(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    plan = window.session.project.training
    assert not page.trainer_name_edit.isVisible()
    assert window.navigator.state_of("training") == "not started"
    click_check(qtbot, page.no_radio)
    assert plan.region_has_trainer is False
    assert page.trainer_note.isVisible() and not page.trainer_name_edit.isVisible()
    click_check(qtbot, page.yes_radio)
    assert plan.region_has_trainer is True
    assert page.trainer_name_edit.isVisible() and page.trainer_name_edit.hasFocus()
    assert "Say who it is" in page.trainer_note.text()
    type_text(qtbot, page.trainer_name_edit, "Jo Park, Harbor Advocacy")
    assert plan.trainer_name == "Jo Park, Harbor Advocacy"
    assert not page.trainer_note.isVisible()
    assert window.isWindowModified()
    assert window.navigator.state_of("training") == "in progress"  # no basic training yet


def test_adding_a_training_and_ticking_who_came(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs, PEOPLE)
    project = window.session.project
    assert page.trainings_empty.isVisible() and not page.details_box.isVisible()
    assert not page.completion_box.isHidden()
    assert texts(page.completion)[0] == [
        "Ana Ruiz",
        "Local law enforcement",
        "Not yet",
        "Needed, not yet",
    ]
    press(qtbot, page.add_button)
    [training] = project.training.trainings
    assert page.details_box.isVisible() and page.title_combo.hasFocus()
    assert page.title_problem.isVisible()  # a title is asked for, inline
    assert training.title == "" and training.held_on is None  # nothing guessed for her
    assert page.title_combo.lineEdit().placeholderText().endswith(SUGGESTED_COURSE)
    choose(qtbot, page.title_combo, SUGGESTED_COURSE)
    assert training.title == SUGGESTED_COURSE and not page.title_problem.isVisible()
    click_check(qtbot, page.date_check)
    assert training.held_on == TODAY
    type_text(qtbot, page.trainer_edit, "Jo Park")
    assert training.trainer == "Jo Park"
    names = [page.attendees_list.item(i).text() for i in range(page.attendees_list.count())]
    assert names == [
        "Ana Ruiz (Local law enforcement)",
        "Ben Cho (School personnel)",
        "Cy Dunn (Child Protective Services (CPS))",
        "Dee Moss (Healthcare providers) · invited",
    ]
    tick(qtbot, page, "Ana Ruiz")
    tick(qtbot, page, "Dee Moss")
    assert training.attendee_member_ids == ["ana", "dee"]
    assert page.attendees_count.text() == "2 people ticked."
    assert texts(page.trainings) == [["Nov 28, 2026", "Basic", "2", SUGGESTED_COURSE, "Jo Park"]]
    assert texts(page.completion)[0][2] == "Done, Nov 28, 2026"
    assert texts(page.shares)[-1][2] == "1 of 3 (33%)"  # Dee is invited, not counted
    assert window.navigator.state_of("training") == "in progress"  # trainer unanswered
    tick(qtbot, page, "Dee Moss")
    assert training.attendee_member_ids == ["ana"]


def test_an_extra_training_still_to_come(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs, PEOPLE)
    press(qtbot, page.add_button)
    training = window.session.project.training.trainings[0]
    type_text(qtbot, page.title_combo.lineEdit(), "Interviewing young people")
    assert training.title == "Interviewing young people"
    choose(qtbot, page.kind_combo, "Extra")
    assert training.kind == "extra"
    click_check(qtbot, page.date_check)
    page.date_edit.setFocus()
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Up)  # a month on
    assert training.held_on == date(2026, 12, 28)
    assert page.date_note.isVisible() and "Still to come" in page.date_note.text()
    tick(qtbot, page, "Ana Ruiz")
    assert texts(page.completion)[0][3] == "Planned, Dec 28, 2026"
    assert texts(page.trainings)[0][0] == "Dec 28, 2026 (planned)"


def test_search_shortens_the_attendee_list(qtbot, make_window, dialogs):
    _window, page = open_new(qtbot, make_window, dialogs, PEOPLE)
    press(qtbot, page.add_button)
    type_text(qtbot, page.search_edit, "cps")
    shown = [
        page.attendees_list.item(i).text()
        for i in range(page.attendees_list.count())
        if not page.attendees_list.item(i).isHidden()
    ]
    assert shown == ["Cy Dunn (Child Protective Services (CPS))"]


def test_remove_and_undo(qtbot, make_window, dialogs):
    window, page = open_sample(qtbot, make_window, dialogs)
    trainings = window.session.project.training.trainings
    first = trainings[0]
    press(qtbot, page.remove_button)
    assert first not in trainings and len(trainings) == 2
    assert page.undo_button.isVisible()
    assert page.action_note.text() == f"Removed {SUGGESTED_COURSE}."
    assert texts(page.shares)[-1][2] == "0 of 7 (0%)"
    assert window.isWindowModified()
    press(qtbot, page.undo_button)
    assert trainings[0] is first
    assert not page.undo_button.isVisible()
    assert texts(page.shares)[-1][2] == "5 of 7 (71%)"
    assert page.trainings_table.currentIndex().row() == 0


def test_an_undo_does_not_cross_into_another_project(qtbot, make_window, dialogs):
    window, page = open_sample(qtbot, make_window, dialogs)
    press(qtbot, page.remove_button)
    assert page.undo_button.isVisible()
    from wizard.model.project import Project
    from wizard.ui.session import ProjectSession

    window.session = None
    window.show_session(ProjectSession(Project(), None))
    click_navigator(qtbot, window, "training")
    assert not page.undo_button.isVisible() and page.action_note.text() == ""


def test_no_members_yet(qtbot, make_window, dialogs):
    _window, page = open_new(qtbot, make_window, dialogs)
    assert page.completion_box.isHidden() and page.share_table.isHidden()
    assert "no one to count" in page.overall.text()
    press(qtbot, page.add_button)
    assert "add people in Recruit members first" in page.attendees_count.text()


def mnemonics(page):
    """Each '&' shortcut letter on the page, with the widget text it belongs to."""
    found = []
    for widget in page.findChildren(QWidget):
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        text = text.replace("&&", "")
        if "&" in text and not text.startswith("<"):
            found.append((text[text.index("&") + 1].lower(), text))
    return found


@pytest.mark.parametrize("step_id", ["training", "mous"])
def test_shortcut_letters_are_unique_and_leave_the_window_its_own(
    qtbot, make_window, dialogs, step_id
):
    window, _page = open_sample(qtbot, make_window, dialogs)
    click_navigator(qtbot, window, step_id)
    page = window.pages[step_id]
    letters = [letter for letter, _text in mnemonics(page)]
    assert len(letters) >= 12
    assert len(letters) == len(set(letters)), mnemonics(page)
    assert not set(letters) & set("bngfvh"), "Back, Next, Guidance and the menus use these"
    for widget in page.findChildren(QLabel):
        if "&" in widget.text().replace("&&", "") and not widget.text().startswith("<"):
            assert widget.buddy() is not None, widget.text()
