"""The victim-centered, trauma-informed step, driven through its real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import click_check, click_navigator, type_new_project, type_text
from wizard.model import reference

pytestmark = pytest.mark.gui

SUGGESTIONS = reference.suggested_commitments()
KEYS = [item.key for item in SUGGESTIONS]
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def open_page(qtbot, make_window, dialogs, name="Approach"):
    window = make_window(dialogs)
    type_new_project(qtbot, window, name, ["Clark"])
    click_navigator(qtbot, window, "approach")
    return window, window.pages["approach"]


def replace_text(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def row_for(page, key):
    return next(row for row in page.rows if row.key == key)


def test_suggestions_are_offered_unticked_and_change_nothing(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    assert [row.key for row in page.rows] == KEYS
    assert [row.text_edit.toPlainText() for row in page.rows] == [s.text for s in SUGGESTIONS]
    assert [row.why_edit.toPlainText() for row in page.rows] == [s.why for s in SUGGESTIONS]
    assert not any(row.check.isChecked() for row in page.rows)
    assert all(row.remove_button is None for row in page.rows)
    assert window.session.project.principles == []
    assert window.navigator.state_of("approach") == "not started"
    assert "None chosen yet" in page.summary.text()
    assert not page.summary_problem.isVisible()  # no telling-off before anything is done


def test_rows_are_laid_out_in_full_at_the_first_paint(qtbot, make_window, dialogs):
    """Rows are rebuilt while the page is hidden; they must not show squashed first."""
    window, page = open_page(qtbot, make_window, dialogs)
    for _visit in range(2):
        window.go_to_step("coordinator")
        window.go_to_step("approach")  # as the review page's "edit" links do
        QApplication.processEvents()  # one turn of the event loop, as before the first paint
        for row in page.rows:
            assert row.frame.height() >= row.frame.minimumSizeHint().height()


def test_ticking_chooses_and_unticking_keeps_it_on_offer(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    consent = row_for(page, "consent")
    click_check(qtbot, consent.check)
    principles = window.session.project.principles
    assert len(principles) == 1
    assert (principles[0].builtin, principles[0].chosen) == ("consent", True)
    assert principles[0].text == SUGGESTIONS[0].text
    assert window.navigator.state_of("approach") == "done"
    assert "1 of" in page.summary.text()
    assert window.isWindowModified()
    click_check(qtbot, consent.check)
    assert principles[0].chosen is False
    assert consent.check.isVisible()
    assert page.summary_problem.isVisible()
    assert "at least one" in page.summary_problem.text()
    assert window.navigator.state_of("approach") == "in progress"


def test_the_space_bar_ticks_a_commitment(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    check = row_for(page, "tell_once").check
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    [principle] = window.session.project.principles
    assert principle.builtin == "tell_once" and principle.chosen


def test_rewording_a_suggestion_keeps_the_users_words(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    row = row_for(page, "language_access")
    replace_text(qtbot, row.text_edit, "We offer Spanish & Yakama interpreters at every meeting.")
    replace_text(qtbot, row.why_edit, "Families should understand every word.")
    [principle] = window.session.project.principles
    assert principle.builtin == "language_access"
    assert principle.text == "We offer Spanish & Yakama interpreters at every meeting."
    assert principle.why == "Families should understand every word."
    assert principle.chosen is False  # rewording is not choosing
    click_check(qtbot, row.check)
    assert principle.chosen is True
    assert window.session.project.principles == [principle]


def test_a_chosen_commitment_without_words_is_pointed_out(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    row = row_for(page, "consent")
    click_check(qtbot, row.check)
    replace_text(qtbot, row.text_edit, "")
    assert row.problem.isVisible()
    assert "few words" in row.problem.text()
    assert window.navigator.state_of("approach") == "in progress"
    assert dialogs.asked == []
    type_text(qtbot, row.text_edit, "We ask before we share.")
    assert not row.problem.isVisible()
    assert window.navigator.state_of("approach") == "done"


def test_adding_and_removing_your_own_by_keyboard(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    page.add_button.setFocus()
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    own = page.rows[-1]
    assert own.key is None and own.remove_button is not None
    assert own.check.isChecked()
    assert QApplication.focusWidget() is own.text_edit  # ready to type
    assert own.problem.isVisible()  # chosen, but no words yet
    type_text(qtbot, own.text_edit, "We meet young people where they feel safe.")
    qtbot.keyClick(own.text_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is own.why_edit
    type_text(qtbot, own.why_edit, "A familiar place makes it easier to talk.")
    [principle] = window.session.project.principles
    assert principle.builtin is None and principle.chosen
    assert principle.text == "We meet young people where they feel safe."
    assert principle.why == "A familiar place makes it easier to talk."
    assert not own.problem.isVisible()
    assert window.navigator.state_of("approach") == "done"

    qtbot.keyClick(own.why_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is own.remove_button
    qtbot.keyClick(own.remove_button, Qt.Key.Key_Space)
    assert window.session.project.principles == []
    assert [row.key for row in page.rows] == KEYS
    assert QApplication.focusWidget() is page.add_button
    assert window.navigator.state_of("approach") == "not started"


def test_the_add_button_has_a_mnemonic(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    first = page.rows[0].check
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "presses" the button visibly, which takes a moment.
    qtbot.waitUntil(lambda: len(window.session.project.principles) == 1)
    assert QApplication.focusWidget() is page.rows[-1].text_edit


def test_fields_are_labelled_for_screen_readers(qtbot, make_window, dialogs):
    _window, page = open_page(qtbot, make_window, dialogs)
    click_check(qtbot, page.rows[0].check)
    qtbot.mouseClick(page.add_button, LEFT)
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    names = set()
    for row in page.rows:
        assert row.text_edit in buddies and row.why_edit in buddies
        for widget in (row.check, row.text_edit, row.why_edit):
            assert widget.accessibleName()
            names.add(widget.accessibleName())
    assert len(names) == 3 * len(page.rows)  # each one can be told apart
    assert "&" in page.add_button.text()


def test_choices_come_back_after_saving_and_reopening(qtbot, make_window, tmp_path):
    project_file = tmp_path / "approach.tfproj"
    first = make_window(FakeDialogs(save_paths=[project_file]))
    type_new_project(qtbot, first, "Reopened", ["Clark"])
    click_navigator(qtbot, first, "approach")
    page = first.pages["approach"]
    click_check(qtbot, row_for(page, "survivor_voice").check)
    click_check(qtbot, row_for(page, "consent").check)
    replace_text(qtbot, row_for(page, "basic_needs_first").why_edit, "Needs come first.")
    qtbot.mouseClick(page.add_button, LEFT)
    type_text(qtbot, page.rows[-1].text_edit, "We check in with youth <18> & families.")
    assert first.save()
    saved = first.session.project.principles
    assert [p.builtin for p in saved] == ["consent", "survivor_voice", "basic_needs_first", None]

    second = make_window(FakeDialogs(open_paths=[project_file]))
    qtbot.keyClick(second, Qt.Key.Key_O, CTRL)
    assert second.session is not None and second.current_step() == "approach"
    page = second.pages["approach"]
    assert [row.key for row in page.rows] == [*KEYS, None]
    checked = [row.key for row in page.rows if row.check.isChecked()]
    assert checked == ["consent", "survivor_voice", None]
    assert row_for(page, "basic_needs_first").why_edit.toPlainText() == "Needs come first."
    assert page.rows[-1].text_edit.toPlainText() == "We check in with youth <18> & families."
    assert second.session.project.principles == saved
    assert second.navigator.state_of("approach") == "done"
    assert not second.isWindowModified()
