"""One chart on a page: the picture, and the same chart in words.

The picture is the very chart the documents print (wizard.documents.charts), drawn
to a PNG at the screen's pixel density, so it is sharp on a high-density screen and
costs nothing to repaint. Its words are the label's accessible description, so a
screen reader reads the chart, and they can be shown under it for anyone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wizard.documents import figures as figure_docs
from wizard.documents.charts import Canvas, Chart, layout, to_png
from wizard.model.figures import period_figures
from wizard.model.project import DataPeriod, Project
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
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 8)
        column.addWidget(self.picture)
        column.addWidget(self.words)
        self.description = ""

    def show_canvas(self, canvas: Canvas, zoom: float = 1.0) -> None:
        """Draw ``canvas`` ``zoom`` logical pixels per point, sharp at the screen's density
        (the documents' 9-point labels would be 9 pixels tall at a zoom of 1)."""
        ratio = max(1.0, self.devicePixelRatioF())
        pixmap = QPixmap()
        pixmap.loadFromData(to_png(canvas, scale=ratio * zoom))
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)
        self.picture.setFixedSize(round(canvas.width * zoom), round(canvas.height * zoom))
        self.picture.setAccessibleName(canvas.title)
        self.picture.setAccessibleDescription(canvas.description)
        self.description = canvas.description
        self.words.setText(f"In words: {canvas.description}")

    def show_words(self, shown: bool) -> None:
        self.words.setVisible(shown)


CHART_NAMES: tuple[str, ...] = (
    "attendance",
    "counts_youth",
    "counts_buyers",
    "training",
    "tenure",
    "network",
    "densities",
)
"""The step's charts, in the order shown: the same ones the figures document prints."""
CHART_HEIGHT = 220.0
"""In points, like the documents' charts."""
MAX_CHART_WIDTH = 640.0
"""The widest chart, in logical pixels."""
ZOOM = 1.3
"""Screen pixels per point: the charts' small labels stay readable on a laptop."""


def period_charts(
    project: Project, period: DataPeriod, today: date, names: Iterable[str] = CHART_NAMES
) -> dict[str, Chart | None]:
    """The charts named, of one period; None where there is nothing to draw (no survey).
    Only those asked for are worked out: a count's change redraws two charts, not six."""
    makers: dict[str, Callable[[], Chart | None]] = {
        "attendance": lambda: figure_docs.attendance_chart(project, period, today),
        "counts_youth": lambda: figure_docs.counts_chart(project, youth=True),
        "counts_buyers": lambda: figure_docs.counts_chart(project, youth=False),
        "training": lambda: figure_docs.training_chart(period_figures(project, period, today)),
        "tenure": lambda: figure_docs.tenure_chart(project, today),
        "network": lambda: figure_docs.network_chart(project, period),
        "densities": lambda: figure_docs.densities_chart(project),
    }
    wanted = set(names)
    return {name: makers[name]() for name in CHART_NAMES if name in wanted}


class ChartsPanel:
    """The step's charts, one view each, drawn only when asked (the page asks when the
    pictures are in view and something changed)."""

    def __init__(self, layout: QVBoxLayout, host: QWidget) -> None:
        self.views: dict[str, ChartView] = {}
        for name in CHART_NAMES:
            view = ChartView(host)
            layout.addWidget(view)
            self.views[name] = view
        self.words_shown = False

    def draw(
        self,
        project: Project,
        period: DataPeriod | None,
        today: date,
        room: float,
        names: Iterable[str] = CHART_NAMES,
    ) -> None:
        """Draw the charts named, of ``period``, ``room`` logical pixels wide (none
        without a period)."""
        if period is None:
            for view in self.views.values():
                view.setVisible(False)
            return
        width = min(MAX_CHART_WIDTH, max(300.0, room)) / ZOOM
        for name, chart in period_charts(project, period, today, names).items():
            view = self.views[name]
            view.setVisible(chart is not None)
            if chart is not None:
                view.show_canvas(layout(chart, width, CHART_HEIGHT), ZOOM)
            view.show_words(self.words_shown)

    def show_words(self, shown: bool) -> None:
        self.words_shown = shown
        for view in self.views.values():
            view.show_words(shown)
