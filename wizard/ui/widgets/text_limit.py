"""No answer box takes more text than a project file may hold in one answer.

The project file refuses a piece of text over MAX_TEXT_CHARACTERS on opening (a
50 MB answer made the window hang for minutes), so the boxes must not let one in:
a paste that would pass the limit is taken back, with a word in the status bar,
and what was in the box before stays. Line edits already have a maximum length.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QWidget

from wizard.storage.project_file import MAX_TEXT_CHARACTERS

TOO_LONG = (
    "That text is longer than any answer can be ({limit:,} characters), so it was not "
    "added. Your earlier text is kept."
)


def limit_text_boxes(root: QWidget) -> None:
    """Guard every multi-line box under ``root`` (a step page, once it is built)."""
    for box in root.findChildren(QPlainTextEdit):
        if not box.property("textLimited"):
            box.setProperty("textLimited", True)
            box.textChanged.connect(lambda b=box: _take_back_if_too_long(b))


def _take_back_if_too_long(box: QPlainTextEdit) -> None:
    limit = MAX_TEXT_CHARACTERS
    if box.document().characterCount() <= limit:
        return
    box.undo()
    if box.document().characterCount() > limit:  # nothing left to undo
        box.setPlainText(box.toPlainText()[:limit])
    window = box.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(TOO_LONG.format(limit=limit), 10_000)
