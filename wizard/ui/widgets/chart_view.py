"""One chart on a page: the picture, and the same chart in words.

The picture is the very chart the documents print (wizard.documents.charts), drawn
to a PNG at the screen's pixel density, so it is sharp on a high-density screen and
costs nothing to repaint. Its words are the label's accessible description, so a
screen reader reads the chart, and they can be shown under it for anyone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wizard.documents.charts import Canvas, to_png
from wizard.ui.widgets.problem import NOTE_STYLE


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.picture.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.words.setStyleSheet(NOTE_STYLE)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.picture)
        layout.addWidget(self.words)
        self.description = ""

    def show_canvas(self, canvas: Canvas) -> None:
        """Draw ``canvas`` one logical pixel per point, sharp at the screen's density."""
        ratio = max(1.0, self.devicePixelRatioF())
        pixmap = QPixmap()
        pixmap.loadFromData(to_png(canvas, scale=ratio))
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)
        self.picture.setFixedSize(round(canvas.width), round(canvas.height))
        self.picture.setAccessibleName(canvas.title)
        self.picture.setAccessibleDescription(canvas.description)
        self.description = canvas.description
        self.words.setText(f"In words: {canvas.description}")

    def show_words(self, shown: bool) -> None:
        self.words.setVisible(shown)
