"""The window as a keyboard or screen-reader user meets it: what Tab reaches, which
Alt+letter does what, and what each input is called.

Everything here looks at what is really on screen (visible widgets, the menu bar),
never at the forms' source, so a label hidden, a button added at run time or a
title changed in code is judged as the user meets it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from wizard.ui.go_menu import mnemonic_letter

INPUT_TYPES: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QSlider,
)
"""What a user can act on. Labels, frames and scroll bars are not inputs."""

COMPOUNDS: tuple[type[QWidget], ...] = (
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QCalendarWidget,
)
"""Widgets whose inner parts (a combo's line edit, a table's cell editor, a tab bar's
scroll arrows) are theirs, not inputs of their own."""

NAMED_BY_TEXT: tuple[type[QWidget], ...] = (QAbstractButton,)
"""Inputs whose own text names them for a screen reader."""


def is_inner_part(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOUNDS):
            return True
        parent = parent.parentWidget()
    return False


def visible_inputs(root: QWidget) -> list[QWidget]:
    """Every input under ``root`` a user can see and use now."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INPUT_TYPES)
        and widget.isVisible()
        and widget.isEnabled()
        and not is_inner_part(widget)
    ]


def radio_group_of(widget: QWidget) -> tuple[object, ...]:
    """Tab stops once in a set of exclusive radio buttons; the arrows move within it.
    One key per such set, so reaching any of its buttons reaches the set."""
    if not isinstance(widget, QRadioButton):
        return (widget,)
    group: QButtonGroup | None = widget.group()
    if group is not None and group.exclusive():
        return ("group", group)
    if widget.autoExclusive():
        return ("parent", widget.parentWidget())
    return (widget,)


def focus_owner(widget: QWidget | None) -> QWidget | None:
    """The input a focused inner part belongs to (a combo's line edit: the combo)."""
    while widget is not None and is_inner_part(widget):
        widget = widget.parentWidget()
    return widget


STAY_LIMIT = 6
"""Tab may stay in one widget this many times before it counts as a trap: a date box
moves through its day, month and year first, then lets the focus go."""


@dataclass
class TabWalk:
    """Where Tab (or Shift+Tab) took the focus, from where it started until it came back."""

    visited: list[QWidget] = field(default_factory=list)
    trapped_in: QWidget | None = None
    """The widget Tab could not leave, or that the walk came back to without the start."""

    def reached(self, inputs: Iterable[QWidget]) -> tuple[list[QWidget], list[QWidget]]:
        """The inputs this walk reached, and those it missed."""
        seen = {radio_group_of(widget) for widget in self.visited}
        found, missed = [], []
        for widget in inputs:
            (found if radio_group_of(widget) in seen else missed).append(widget)
        return found, missed


def tab_walk(qtbot, window: QWidget, backwards: bool = False, limit: int = 400) -> TabWalk:  # type: ignore[no-untyped-def]
    """Press Tab (or Shift+Tab) on whatever has the focus, as a user does, until the
    focus comes back where it started. Never calls setFocus."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    start = focus_owner(QApplication.focusWidget())
    walk = TabWalk()
    if start is None:
        walk.trapped_in = window
        return walk
    walk.visited.append(start)
    stayed = 0
    for _ in range(limit):
        before = QApplication.focusWidget()
        qtbot.keyClick(before or window, key, modifier)
        now = focus_owner(QApplication.focusWidget())
        stayed = stayed + 1 if now is focus_owner(before) else 0
        if now is start and not stayed:
            return walk
        if now is None or stayed > STAY_LIMIT or (not stayed and now in walk.visited):
            walk.trapped_in = now or window
            return walk
        if not stayed:
            walk.visited.append(now)
    walk.trapped_in = start
    return walk


# ----- Alt+letter ---------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    """The letter ``&`` marks in ``text``: the program's own rule (the Go menu uses it)."""
    return mnemonic_letter(text)


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QAbstractButton, QLabel)):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    return f"{type(widget).__name__} {widget.objectName() or '?'} {text!r}"


def mnemonic_owners(window: QMainWindow) -> dict[str, list[str]]:
    """Every Alt+letter live in the window now, and what claims it: labels with a buddy,
    buttons, group boxes, tabs and the menu bar's titles."""
    owners: dict[str, list[str]] = defaultdict(list)

    def claim(text: str, owner: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            owners[letter].append(owner)

    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if labelled or (isinstance(widget, QAbstractButton) and not is_inner_part(widget)):
            claim(widget.text(), describe(widget))
        elif isinstance(widget, QGroupBox):
            claim(widget.title(), describe(widget))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    claim(widget.tabText(index), f"tab {widget.tabText(index)!r}")
    for action in window.menuBar().actions():
        if action.isVisible():
            claim(action.text(), f"menu {action.text()!r}")
    return dict(owners)


def mnemonic_clashes(window: QMainWindow) -> dict[str, list[str]]:
    return {letter: found for letter, found in mnemonic_owners(window).items() if len(found) > 1}


# ----- names for screen readers -------------------------------------------------------


def buddies(window: QWidget) -> dict[QWidget, QLabel]:
    """Each input that a visible label names (the label's buddy)."""
    found: dict[QWidget, QLabel] = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.isVisible() and label.text().strip():
            found.setdefault(buddy, label)
    return found


def spoken_name(widget: QWidget, labels: dict[QWidget, QLabel]) -> str:
    """What a screen reader calls the input: its accessible name, else its label's text,
    else (buttons) its own text."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if widget in labels:
        return labels[widget].text().replace("&", "").strip()
    if isinstance(widget, NAMED_BY_TEXT):
        return widget.text().replace("&", "").strip()
    return ""


def unnamed_inputs(root: QWidget, window: QWidget) -> list[QWidget]:
    labels = buddies(window)
    return [widget for widget in visible_inputs(root) if not spoken_name(widget, labels)]


def duplicate_names(root: QWidget, window: QWidget) -> dict[str, list[QWidget]]:
    """Inputs a screen reader would announce alike, so the user cannot tell them apart."""
    labels = buddies(window)
    by_name: dict[str, list[QWidget]] = defaultdict(list)
    for widget in visible_inputs(root):
        name = spoken_name(widget, labels)
        if name:
            by_name[name.casefold()].append(widget)
    return {name: found for name, found in by_name.items() if len(found) > 1}
