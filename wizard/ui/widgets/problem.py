"""Inline problem and note labels: shown next to a field, never as a pop-up."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

PROBLEM_STYLE = "color: #a4262c;"
NOTE_STYLE = "color: #41566e;"
HINT_STYLE = "color: #5b6573;"


def set_problem(label: QLabel, text: str) -> None:
    """Show ``text`` as a problem under a field, or hide the label when empty."""
    label.setStyleSheet(PROBLEM_STYLE)
    label.setWordWrap(True)
    label.setText(text)
    label.setAccessibleName(text or "no problem")
    label.setVisible(bool(text))


def set_note(label: QLabel, text: str) -> None:
    """A friendly note (information, not an error); hidden when empty."""
    label.setStyleSheet(NOTE_STYLE)
    label.setWordWrap(True)
    label.setText(text)
    label.setVisible(bool(text))
