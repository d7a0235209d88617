"""Whatever has the keyboard focus is scrolled into view.

Pages put what an action made in front of the user by focusing it ("Add a
person" focuses the new person's name). Qt scrolls a scroll area to a widget
reached by Tab, but not to one focused by the program, so a new field could sit
below the fold with the caret blinking out of sight. One hook on the
application's focus changes covers every page and every action.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

MARGIN = 24
"""Room left around the focused widget, so its label above it shows too."""


def scroll_to_focus(_old: QWidget | None, now: QWidget | None) -> None:
    """Scroll every scroll area that holds ``now`` until ``now`` is in view."""
    if now is None:
        return
    ancestor = now.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QScrollArea):
            content = ancestor.widget()
            if content is not None and content.isAncestorOf(now):
                ancestor.ensureWidgetVisible(now, MARGIN, MARGIN)
        ancestor = ancestor.parentWidget()


def install(application: QApplication) -> None:
    """Once per application: later calls do nothing."""
    if application.property("scrollsToFocus"):
        return
    application.setProperty("scrollsToFocus", True)
    application.focusChanged.connect(scroll_to_focus)
