"""Steps a user takes, done through the real widgets."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

from wizard.ui.main_window import MainWindow


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a person would: plain keys for ASCII, and for other scripts and emoji
    the text an input method commits (QTest cannot press keys it has no code for)."""
    for is_ascii, run in itertools.groupby(text, key=lambda char: char.isascii()):
        chunk = "".join(run)
        if is_ascii:
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def type_new_project(qtbot, window: MainWindow, name: str, counties: list[str]) -> None:  # type: ignore[no-untyped-def]
    welcome = window.welcome
    type_text(qtbot, welcome.name_edit, name)
    for county in counties:
        item = welcome.counties.findItems(county, Qt.MatchFlag.MatchExactly)[0]
        welcome.counties.setCurrentItem(item)
        welcome.counties.setFocus()
        qtbot.keyClick(welcome.counties, Qt.Key.Key_Space)
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)


def click_navigator(qtbot, window: MainWindow, step_id: str) -> None:  # type: ignore[no-untyped-def]
    tree = window.navigator.tree
    item = window.navigator.item_for(step_id)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_check(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    """Click a radio button or check box on its box: a wide one reacts only near its box
    and words, as for a real pointer."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def choose(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry with the keyboard, as a user does: focus, then arrow keys."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def press(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    """Activate a button from the keyboard, as a keyboard-only user would."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
