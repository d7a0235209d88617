from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import type_new_project
from wizard.model.progress import StepProgress, StepState
from wizard.ui.navigator import describe_progress


def test_the_status_line_names_three_missing_items_and_counts_the_rest():
    many = StepProgress("mous", StepState.IN_PROGRESS, tuple(f"item {n}" for n in range(1, 7)))
    assert describe_progress(many) == (
        "In progress. Still needed: item 1 · item 2 · item 3 · and 3 more"
    )
    few = StepProgress("mous", StepState.IN_PROGRESS, ("item 1", "item 2"))
    assert describe_progress(few) == "In progress. Still needed: item 1 · item 2"
    assert describe_progress(StepProgress("x", StepState.DONE, ())) == "Done."
    assert describe_progress(StepProgress("x", StepState.NOT_STARTED, ())) == "Not started yet."


# ----- headings are never a stop ------------------------------------------------------

LEFT = Qt.MouseButton.LeftButton


def click_heading(qtbot, window, title: str) -> None:
    tree = window.navigator.tree
    heading = tree.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    tree.scrollToItem(heading)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(heading).center())


def press_in_tree(qtbot, window, key: Qt.Key) -> None:
    assert window.focusWidget() is window.navigator.tree
    qtbot.keyClick(window.navigator.tree, key)


@pytest.mark.gui
def test_a_click_on_a_heading_opens_its_first_step_and_goes_into_it(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Headings", [])
    click_heading(qtbot, window, "Phase 2: Sustaining")
    assert window.current_step() == "leadership"
    assert window.page_stack.currentWidget() is window.pages["leadership"]
    assert window.pages["leadership"].isAncestorOf(window.focusWidget())
    click_heading(qtbot, window, "Data & reporting")
    assert window.current_step() == "data_collection"
    # ...and Back and Next work from there, by button and by Alt+Left.
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_step() == "phase2_review"


@pytest.mark.gui
def test_the_arrows_pass_over_headings_and_keep_the_focus_in_the_list(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Arrows", [])
    window.go_to_step("phase1_review")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    press_in_tree(qtbot, window, Qt.Key.Key_Down)
    assert window.current_step() == "leadership"
    assert window.navigator.tree.selectedItems() == [window.navigator.item_for("leadership")]
    assert window.page_stack.currentWidget() is window.pages["leadership"]
    press_in_tree(qtbot, window, Qt.Key.Key_Up)
    assert window.current_step() == "phase1_review"
    assert window.navigator.tree.selectedItems() == [window.navigator.item_for("phase1_review")]
    press_in_tree(qtbot, window, Qt.Key.Key_Home)
    assert window.current_step() == "what_is"
    press_in_tree(qtbot, window, Qt.Key.Key_Up)
    assert window.current_step() == "what_is"
    press_in_tree(qtbot, window, Qt.Key.Key_End)
    assert window.current_step() == "export"
    assert not window.next_action.isEnabled()
    assert window.navigator.tree.currentItem() is window.navigator.item_for("export")
    # Enter goes into the page shown.
    press_in_tree(qtbot, window, Qt.Key.Key_Return)
    assert window.pages["export"].isAncestorOf(window.focusWidget())


@pytest.mark.gui
def test_back_and_next_are_enabled_only_when_they_lead_somewhere(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    assert not window.back_action.isEnabled() and not window.next_action.isEnabled()
    type_new_project(qtbot, window, "Ends", [])
    assert window.current_step() == "what_is"
    assert not window.back_action.isEnabled() and not window.back_button.isEnabled()
    assert window.next_action.isEnabled()
    window.next_action.trigger()
    assert window.back_action.isEnabled() and window.next_action.isEnabled()
    window.go_to_step("export")
    assert window.back_action.isEnabled()
    assert not window.next_action.isEnabled() and not window.next_button.isEnabled()
