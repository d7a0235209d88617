"""A read-only Qt table over a list of rows that the page works out from the project.

Pages hand it fresh rows after each change; the model answers Qt's questions
(how many rows, which header, which text) and asks the subclass only for each
cell's text and any extra look (colour, tooltip, bold).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

DISPLAY = Qt.ItemDataRole.DisplayRole
_ROOT = QModelIndex()
_TEXT_ROLES = (DISPLAY, Qt.ItemDataRole.AccessibleTextRole)


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def replace_row(self, number: int, row: Any) -> None:
        self.rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.headers) - 1))

    def text(self, row: Any, column: int) -> str:
        """What the cell says (and what a screen reader reads)."""
        raise NotImplementedError

    def look(self, row: Any, column: int, role: int) -> Any:
        """Anything else for the cell: colour, tooltip, font. None for Qt's default."""
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in _TEXT_ROLES:
            return self.text(row, index.column())
        return self.look(row, index.column(), role)
