"""The connection survey as a grid: one row per organization answering, one column
per organization asked about, for one question at a time.

Each cell is blank (no answer), Yes or No. Keys change the cell under the cursor
(Y, N, Delete or Backspace to clear, Space to go round the three), and so does a
click. The arrows move; Tab leaves the grid. An organization's answers about
itself are never asked, so the diagonal cannot change. The answers are read and
written only through :mod:`wizard.model.survey`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from wizard.model import survey as survey_rules
from wizard.model.project import Survey

_ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
YES_COLOUR = "#1e5e2a"
NO_COLOUR = "#8a1c1c"
SELF_COLOUR = "#eceff2"
WORDS = {True: "Yes", False: "No", None: ""}


def next_answer(value: bool | None) -> bool | None:
    """Space goes round: no answer, Yes, No, no answer again."""
    return True if value is None else (False if value else None)


class SurveyGridModel(QAbstractTableModel):
    answer_changed = Signal()
    """The user changed one answer in the survey."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.survey: Survey | None = None
        self.names: list[str] = []
        self.relation: survey_rules.Relation = "knows"

    def show(
        self, survey: Survey | None, names: list[str], relation: survey_rules.Relation
    ) -> None:
        """Show ``survey`` (names in the order of its organizations) for one question."""
        self.beginResetModel()
        self.survey, self.names, self.relation = survey, names, relation
        self.endResetModel()

    def organisation_id(self, number: int) -> str:
        assert self.survey is not None
        return self.survey.organisation_ids[number]

    def value(self, index: QModelIndex | QPersistentModelIndex) -> bool | None:
        if self.survey is None:
            return None
        asking, about = self.organisation_id(index.row()), self.organisation_id(index.column())
        return survey_rules.answer(self.survey, asking, about, self.relation)

    def set_value(self, index: QModelIndex, value: bool | None) -> bool:
        """Write one answer; False (nothing written) on the diagonal or off the grid."""
        if self.survey is None or not index.isValid() or index.row() == index.column():
            return False
        if self.value(index) == value:
            return False
        asking, about = self.organisation_id(index.row()), self.organisation_id(index.column())
        survey_rules.set_answer(self.survey, asking, about, self.relation, value)
        self.dataChanged.emit(index, index)
        self.answer_changed.emit()
        return True

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.survey is None else len(self.names)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return self.rowCount(parent)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole) and section < len(self.names):
            return self.names[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.survey is None:
            return None
        itself = index.row() == index.column()
        if role == DISPLAY:
            return "—" if itself else WORDS[self.value(index)]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            asking, about = self.names[index.row()], self.names[index.column()]
            if itself:
                return f"{asking} about itself: not asked"
            answered = WORDS[self.value(index)] or "no answer"
            return f"{asking} about {about}: {answered}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and not itself:
            value = self.value(index)
            if value is not None:
                return QBrush(QColor(YES_COLOUR if value else NO_COLOUR))
        if role == Qt.ItemDataRole.BackgroundRole and itself:
            return QBrush(QColor(SELF_COLOUR))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if index.isValid()
            else (Qt.ItemFlag.NoItemFlags)
        )


_KEY_ANSWERS: dict[int, bool | None] = {
    Qt.Key.Key_Y: True,
    Qt.Key.Key_N: False,
    Qt.Key.Key_Delete: None,
    Qt.Key.Key_Backspace: None,
}


class SurveyGrid(QTableView):
    """A table of Yes / No / blank cells, changed by keys and clicks (never by Tab)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = SurveyGridModel(self)
        self.clicked.connect(self._cycle)

    def set_up(self) -> None:
        """The grid's look and behaviour, set by the page once the form is built (the
        form's own properties are applied after construction)."""
        self.setModel(self.grid)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(104)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setMaximumWidth(200)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)

    def fit_height(self, most_rows: int = 12) -> None:
        """Tall enough for every row up to ``most_rows``: a small grid needs no scrolling."""
        rows = min(max(self.grid.rowCount(), 1), most_rows)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth() + 2
        height += rows * self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(height + self.horizontalScrollBar().sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier and key in _KEY_ANSWERS:
            self.grid.set_value(self.currentIndex(), _KEY_ANSWERS[key])
            return
        if modifiers == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Space:
            self._cycle(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _cycle(self, index: QModelIndex) -> None:
        if index.isValid():
            self.grid.set_value(index, next_answer(self.grid.value(index)))
