"""The mission page, driven through its real widgets.

Typed answers are kept short on purpose: with the installed PySide6 (6.12.0 on
Python 3.11) every call into a Qt method that returns nothing takes one
reference from Python's None, and each key press runs dozens of such calls
(page problems, navigator ticks). Long typing in one test process ends in
"Fatal Python error: none_dealloc".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import click_navigator, press, type_new_project, type_text
from wizard.model import reference
from wizard.model.progress import MAX_GOALS
from wizard.ui.pages.mission import MissionPage

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
ALT = Qt.KeyboardModifier.AltModifier


def open_mission(qtbot, window, counties=("Yakima",)) -> MissionPage:  # type: ignore[no-untyped-def]
    type_new_project(qtbot, window, "Valley Task Force", list(counties))
    click_navigator(qtbot, window, "mission")
    page = window.pages["mission"]
    assert isinstance(page, MissionPage)
    assert window.page_stack.currentWidget() is page
    return page


def test_typing_through_the_page_finishes_the_step(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    page = open_mission(qtbot, window)
    mission = window.session.project.mission
    assert window.navigator.state_of("mission") == "not started"

    # Short answers: each key press costs the test process a little (see the module note).
    type_text(qtbot, page.who_edit, "Youth")
    type_text(qtbot, page.what_edit, "Help them")
    type_text(qtbot, page.how_edit, "With care")
    assert mission.prompts.who == "Youth"
    assert mission.prompts.where == ""
    assert window.navigator.state_of("mission") == "in progress"

    qtbot.mouseClick(page.draft_button, LEFT)
    expected = "We serve youth in Yakima County, and together we help them. We do this with care."
    assert mission.statement == expected
    assert page.statement_edit.toPlainText() == expected
    assert page.undo_button.isVisible()  # an empty statement is filled, with a way back
    assert not page.proposal_box.isVisible()
    assert not page.statement_problem.isVisible()

    type_text(qtbot, page.vision_edit, "Safe youth.")
    assert mission.vision == "Safe youth."

    assert page.goals_problem.isVisible()
    for number, (text, measure) in enumerate(
        [("Train", "9 in 10"), ("MOUs", "Signed"), ("Events", "Two")]
    ):
        page.vision_edit.setFocus()
        qtbot.keyClick(page.vision_edit, Qt.Key.Key_A, ALT)  # '&Add a goal'
        qtbot.waitUntil(lambda n=number: len(page.goal_rows) > n)  # mnemonics click animated
        row = page.goal_rows[number]
        assert QApplication.focusWidget() is row.text_edit
        type_text(qtbot, row.text_edit, text)
        assert row.problem.isVisible()  # no measure yet
        type_text(qtbot, row.measure_edit, measure)
        assert not row.problem.isVisible()

    assert [(g.text, g.measure) for g in mission.goals][1] == ("MOUs", "Signed")
    assert not page.goals_problem.isVisible()
    assert window.navigator.state_of("mission") == "done"
    assert window.step_status.text() == "Done."
    assert window.isWindowModified()
    assert dialogs.asked == []


def test_a_draft_never_replaces_the_users_words_without_asking(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    page = open_mission(qtbot, window)
    mission = window.session.project.mission
    type_text(qtbot, page.statement_edit, "Our own words.")
    type_text(qtbot, page.who_edit, "young people")

    qtbot.mouseClick(page.draft_button, LEFT)
    assert mission.statement == "Our own words."
    assert page.proposal_box.isVisible()
    assert page.proposal_label.text() == "We serve young people in Yakima County."
    assert QApplication.focusWidget() is page.use_button
    press(qtbot, page.keep_button)
    assert not page.proposal_box.isVisible()
    assert mission.statement == "Our own words."

    qtbot.mouseClick(page.draft_button, LEFT)
    press(qtbot, page.use_button)
    assert mission.statement == "We serve young people in Yakima County."
    assert page.statement_edit.toPlainText() == mission.statement
    assert page.undo_button.isVisible()
    assert "replaced" in page.undo_label.text()
    qtbot.keyClick(page.statement_edit, Qt.Key.Key_U, ALT)  # '&Undo'
    qtbot.waitUntil(lambda: not page.undo_button.isVisible())
    assert mission.statement == "Our own words."
    assert page.statement_edit.toPlainText() == "Our own words."
    assert not page.undo_button.isVisible()
    assert dialogs.asked == []


def test_examples_start_an_empty_statement_or_wait_as_a_suggestion(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    page = open_mission(qtbot, window)
    mission = window.session.project.mission
    examples = reference.mission_examples()
    assert len(page.example_buttons) == 3
    assert "rural" in page.example_buttons[0].accessibleName()

    qtbot.mouseClick(page.example_buttons[2], LEFT)
    assert mission.statement == examples[2].statement
    assert window.navigator.state_of("mission") == "in progress"
    press(qtbot, page.undo_button)
    assert mission.statement == ""

    qtbot.mouseClick(page.example_buttons[1], LEFT)
    type_text(qtbot, page.statement_edit, " Made ours.")
    assert mission.statement == examples[1].statement + " Made ours."
    assert not page.undo_button.isVisible()  # an undo now would lose the new typing

    qtbot.mouseClick(page.example_buttons[0], LEFT)
    assert mission.statement == examples[1].statement + " Made ours."
    assert page.proposal_label.text() == examples[0].statement
    assert "example" in page.proposal_intro.text()


def test_drafting_with_nothing_answered_says_so_inline(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    page = open_mission(qtbot, window)
    qtbot.keyClick(page.who_edit, Qt.Key.Key_D, ALT)  # '&Draft a statement...'
    qtbot.waitUntil(page.draft_problem.isVisible)
    assert page.draft_problem.isVisible()
    assert "Answer" in page.draft_problem.text()
    assert window.session.project.mission.statement == ""
    type_text(qtbot, page.who_edit, "y")
    assert not page.draft_problem.isVisible()
    assert dialogs.asked == []


def test_goals_three_to_seven_reorder_and_remove_by_keyboard(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    page = open_mission(qtbot, window)
    goals = window.session.project.mission.goals
    assert "3 more goals" in page.goals_problem.text()
    for number in range(MAX_GOALS):
        press(qtbot, page.add_goal_button)
        type_text(qtbot, page.goal_rows[number].text_edit, f"Goal {number}")
    assert len(goals) == MAX_GOALS
    assert not page.add_goal_button.isEnabled()
    assert page.goals_note.isVisible()
    assert "remove one" in page.goals_note.text()
    assert not page.goals_problem.isVisible()

    first = page.goal_rows[0]
    assert not first.up_button.isEnabled()
    assert not page.goal_rows[-1].down_button.isEnabled()
    press(qtbot, first.down_button)
    assert [g.text for g in goals[:2]] == ["Goal 1", "Goal 0"]
    assert page.goal_rows[1].text_edit.text() == "Goal 0"
    assert QApplication.focusWidget() is page.goal_rows[1].down_button
    press(qtbot, page.goal_rows[1].up_button)
    assert [g.text for g in goals[:2]] == ["Goal 0", "Goal 1"]

    press(qtbot, page.goal_rows[2].remove_button)
    assert [g.text for g in goals] == ["Goal 0", "Goal 1", "Goal 3", "Goal 4", "Goal 5", "Goal 6"]
    assert len(page.goal_rows) == MAX_GOALS - 1
    assert page.add_goal_button.isEnabled()
    assert not page.goals_note.isVisible()
    assert page.restore_goal_button.isVisible()
    qtbot.keyClick(page.goal_rows[0].text_edit, Qt.Key.Key_P, ALT)  # '&Put the removed goal back'
    qtbot.waitUntil(lambda: len(goals) == MAX_GOALS)
    assert [g.text for g in goals][2] == "Goal 2"
    assert not page.restore_goal_button.isVisible()

    while len(goals) > 2:
        press(qtbot, page.goal_rows[-1].remove_button)
    assert "1 more goal" in page.goals_problem.text()
    assert window.navigator.state_of("mission") == "in progress"


def test_tab_goes_from_the_vision_through_each_goal_to_add(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    page = open_mission(qtbot, window)
    press(qtbot, page.add_goal_button)
    press(qtbot, page.add_goal_button)
    page.vision_edit.setFocus()
    order = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    first, second = page.goal_rows
    # The first row's 'Move up' is disabled, so Tab skips it.
    assert order == [
        first.text_edit,
        first.measure_edit,
        first.down_button,
        first.remove_button,
        second.text_edit,
        second.measure_edit,
    ]
    assert first.text_label.buddy() is first.text_edit
    assert first.text_label.text() == "Goal &1"
    assert second.measure_edit.accessibleName() == "How we'll know goal 2 is met"


def test_the_sample_project_is_shown_and_edits_go_into_it(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    click_navigator(qtbot, window, "mission")
    page = window.pages["mission"]
    mission = window.session.project.mission
    assert page.statement_edit.toPlainText() == mission.statement
    assert page.vision_edit.toPlainText() == mission.vision
    assert page.who_edit.text() == mission.prompts.who
    assert [row.text_edit.text() for row in page.goal_rows] == [g.text for g in mission.goals]
    assert not window.isWindowModified()  # showing is not editing
    type_text(qtbot, page.goal_rows[2].measure_edit, " (two a year)")
    assert mission.goals[2].measure == "Events held (two a year)"
    assert window.isWindowModified()
