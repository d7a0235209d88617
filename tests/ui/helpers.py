"""Steps a user takes, done through the real widgets."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

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
