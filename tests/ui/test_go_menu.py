"""The Go menu: Back, Next, the keys between the window's parts, and every step with its
state, made when the menu opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.helpers import type_new_project
from tests.ui.keyboard import mnemonic
from wizard.model.steps import STEPS
from wizard.ui.go_menu import mnemonic_letter, with_mnemonic


def test_each_title_gets_a_free_letter_a_word_start_first():
    taken = {"b", "n"}
    assert with_mnemonic("Recruit members", taken) == "&Recruit members"
    assert with_mnemonic("Recruit the missing voices", taken) == "Recruit &the missing voices"
    assert with_mnemonic("Data & reporting", {"d"}) == "Data && &reporting"
    assert with_mnemonic("ab", {"a", "b"}) == "ab"
    assert with_mnemonic("Agreements (MOUs)", {"a"}) == "Agreements (&MOUs)"
    assert taken == {"b", "n", "r", "t"}  # the calls with their own sets add nothing here
    assert mnemonic_letter("Data && &reporting") == "r"
    assert mnemonic_letter("Data && reporting") is None


def step_entries(menu: QMenu) -> list[str]:
    titles = tuple(step.title for step in STEPS)
    return [
        action.text()
        for action in menu.actions()
        if action.text().replace("&", "").startswith(titles) and not action.isSeparator()
    ]


@pytest.mark.gui
def test_without_a_project_the_menu_lists_no_steps(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    window.go_menu.aboutToShow.emit()
    assert step_entries(window.go_menu) == []
    actions = [action for action in window.go_menu.actions() if not action.isSeparator()]
    assert actions and not any(action.isEnabled() for action in actions)


@pytest.mark.gui
def test_the_menu_lists_every_step_with_its_state_and_goes_there(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Go County", ["Adams"])
    window.go_menu.aboutToShow.emit()
    entries = step_entries(window.go_menu)
    assert len(entries) == len(STEPS)
    assert entries[0].replace("&", "") == "What is a task force?  (in progress, you are here)"
    assert entries[2].replace("&", "") == "Recruit members  (not started)"
    assert not window.go_menu.actions()[-1].icon().isNull()  # the navigator's state icon
    sections = [a.text() for a in window.go_menu.actions() if a.isSeparator() and a.text()]
    assert sections == ["Phase 1: Starting", "Phase 2: Sustaining", "Data & reporting", "Export"]
    entered = [action for action in window.go_menu.actions() if not action.isSeparator()]
    letters = [mnemonic(action.text()) for action in entered]
    letters = [letter for letter in letters if letter is not None]
    assert len(letters) == len(set(letters)) == len(STEPS) + 4  # Back, Next, list, part
    here = [text for text in entries if "you are here" in text]
    assert here == [entries[0]]


@pytest.mark.gui
def test_the_menu_works_by_keyboard(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Keys County", ["Adams"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.go_menu)
    target = next(a for a in window.go_menu.actions() if "Training" in a.text().replace("&", ""))
    letter = mnemonic(target.text())
    assert letter is not None
    qtbot.keyClick(window.go_menu, getattr(Qt.Key, f"Key_{letter.upper()}"))
    qtbot.waitUntil(lambda: window.current_step() == "training")
    assert window.pages["training"].isAncestorOf(QApplication.focusWidget())
