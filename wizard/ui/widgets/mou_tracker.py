"""The MOUs step's tracker table: one row per organization that needs an MOU, with the
agreements about to end flagged (the rule itself is in :mod:`wizard.model.mous`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from wizard.model.day_words import table_day_text
from wizard.model.mous import STATUS_HINTS, STATUS_LABELS, Expiry, TrackerRow
from wizard.ui.widgets.rows_model import RowsModel


class TrackerModel(RowsModel):
    """One row per organization that needs an MOU (see :func:`tracker_rows`)."""

    HEADERS = ("Organization", "Status", "Signed on", "Ends on", "Note", "Signed by")
    FLAG = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self.HEADERS, parent)

    def row_at(self, row: int) -> TrackerRow:
        found: TrackerRow = self.rows[row]
        return found

    def row_of(self, organisation_id: str) -> int | None:
        for number, row in enumerate(self.rows):
            if row.organisation.id == organisation_id:
                return number
        return None

    def text(self, row: TrackerRow, column: int) -> str:
        return self._text(row, column)

    def look(self, row: TrackerRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return STATUS_HINTS[row.status]
        if column == self.FLAG:
            if role == Qt.ItemDataRole.ForegroundRole and row.expiry is not Expiry.NO_END:
                colour = "#a4262c" if row.expiry is Expiry.ENDED else "#7a4d00"
                return QBrush(QColor(colour))
            if role == Qt.ItemDataRole.BackgroundRole and row.expiry is Expiry.ENDS_SOON:
                return QBrush(QColor("#fff4ce"))
        return None

    @staticmethod
    def _text(row: TrackerRow, column: int) -> str:
        values = (
            row.name,
            STATUS_LABELS[row.status],
            table_day_text(row.signed_on),
            table_day_text(row.ends_on),
            row.flag,
            row.signatory,
        )
        return values[column]
