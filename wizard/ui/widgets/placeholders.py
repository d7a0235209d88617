"""Boxes that never cut their placeholder.

A placeholder is often the only hint of what goes in a box ("Who reaches out"), or says
what the document will say if the box is left empty (the MOU boxes). Cut to "For example:
school couns…" or to three lines of four, it misleads; so a one-line box is kept at least
as wide as its placeholder, and a text box grows as tall as its placeholder needs at the
width it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

_LINE_EDIT_PADDING = 12
"""QLineEdit's frame and inner margins, both sides, with a pixel or two to spare."""
_SLACK = 4
"""Rounding between the measured and the laid-out text: better a little room below."""


def keep_placeholder_whole(edit: QLineEdit) -> None:
    """Never narrower than its placeholder (the layout gives it more when there is room)."""
    margins = edit.textMargins()
    needed = (
        edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        + margins.left()
        + margins.right()
        + _LINE_EDIT_PADDING
    )
    edit.setMinimumWidth(max(edit.minimumWidth(), needed))


class _TallEnoughForPlaceholder(QObject):
    """Sets the box's height each time its width changes: never below ``base_height``,
    and tall enough for the placeholder wrapped to the box's width while it is empty."""

    def __init__(self, edit: QPlainTextEdit, base_height: int) -> None:
        super().__init__(edit)
        self._base_height = base_height
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and isinstance(watched, QPlainTextEdit):
            self._fit(watched)
        return False

    def _fit(self, edit: QPlainTextEdit) -> None:
        # The box's own size, not its viewport's: this runs before the box lays out its
        # viewport for the new size.
        margin = int(edit.document().documentMargin())
        inside = edit.contentsRect()
        room = QRect(0, 0, max(inside.width() - 2 * margin, 1), 100_000)
        text = edit.fontMetrics().boundingRect(
            room, Qt.TextFlag.TextWordWrap, edit.placeholderText()
        )
        frame = edit.height() - inside.height()
        wanted = max(self._base_height, text.height() + 2 * margin + frame + _SLACK)
        if edit.height() != wanted:
            edit.setFixedHeight(wanted)


def grow_to_placeholder(edit: QPlainTextEdit) -> None:
    """Keep ``edit``'s present height as its least, and let it grow for its placeholder."""
    _TallEnoughForPlaceholder(edit, edit.minimumHeight() or edit.sizeHint().height())
