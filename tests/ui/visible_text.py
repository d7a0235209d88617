"""The words a user reads on a step page: what the grade test measures.

Only what is on screen when the page is shown counts: labels (notes and hints
included), group box titles, and the texts of buttons, check boxes and radio
buttons, each only while visible. What the user types (line edits, text boxes,
tables, combo boxes) is theirs and is not measured.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from tests.readability import text_blocks


def _plain(label: QLabel) -> str:
    """A label's text as the user reads it: rich text without its tags."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def visible_texts(page: QWidget) -> list[str]:
    """Each visible label, group title and button text on ``page``, in widget order."""
    texts: list[str] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            text = _plain(widget)
            texts.append(_without_mnemonic(text) if widget.buddy() is not None else text)
        elif isinstance(widget, QGroupBox):
            texts.append(_without_mnemonic(widget.title()))
        elif isinstance(widget, QAbstractButton):
            texts.append(_without_mnemonic(widget.text()))
    return [text for text in texts if text.strip()]


def visible_blocks(page: QWidget) -> list[str]:
    """The page's visible text as blocks for :func:`tests.readability.score`."""
    blocks: list[str] = []
    for text in visible_texts(page):
        blocks += text_blocks(text)
    return blocks
