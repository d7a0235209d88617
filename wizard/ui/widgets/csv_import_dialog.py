"""The column-matching step of a CSV import: one choice per roster field, the
program's guess preselected, the first rows of the file to check against, and a
live count of the rows that would import.

Shown only through ``Dialogs.map_csv_columns``, so tests answer it with a fake.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from wizard.model.roster import (
    FIELDS,
    SAMPLE_ROWS,
    STATUS_HINTS,
    STATUS_LABELS,
    ColumnMapping,
    CsvTable,
)
from wizard.ui.forms import child, load_form
from wizard.ui.widgets.problem import set_note, set_problem

NOT_IN_FILE = "— not in this file —"
PREVIEW_CELL_CHARS = 60
FIELD_COLUMNS = 2
"""Fields shown side by side, so the dialog fits a small laptop screen."""


def column_title(table: CsvTable, column: int) -> str:
    header = table.headers[column].strip()
    return header or f"Column {column + 1} (no heading)"


class CsvImportDialog(QDialog):
    def __init__(
        self,
        file_name: str,
        table: CsvTable,
        guess: ColumnMapping,
        describe: Callable[[ColumnMapping], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import people from a CSV file")
        self.setAccessibleName("Match the file's columns to the roster")
        self.table = table
        self._describe = describe
        form = load_form("csv_import_dialog.ui", self)
        child(form, QLabel, "fileLabel").setText(
            f"<b>{html.escape(file_name)}</b>: {table.describe()}"
        )
        self.summary = child(form, QLabel, "summaryLabel")
        self.problem = child(form, QLabel, "problemLabel")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Check and &import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.combos: dict[str, QComboBox] = {}
        self._build_field_choices(child(form, QGridLayout, "mappingGrid"), guess)
        self.default_status = child(form, QComboBox, "defaultStatusCombo")
        for status, label in STATUS_LABELS.items():
            self.default_status.addItem(label, status)
            self.default_status.setItemData(
                self.default_status.count() - 1, STATUS_HINTS[status], Qt.ItemDataRole.ToolTipRole
            )
        self.default_status.setCurrentIndex(self.default_status.findData(guess.default_status))
        self.default_status.currentIndexChanged.connect(self._update)
        self.preview = child(form, QTableWidget, "previewTable")
        self._fill_preview()
        self._set_tab_order()
        self._update()
        self.resize(760, 640)

    def _build_field_choices(self, grid: QGridLayout, guess: ColumnMapping) -> None:
        for number, roster_field in enumerate(FIELDS):
            label = QLabel(roster_field.label + (" *" if roster_field.id == "name" else ""), self)
            combo = QComboBox(self)
            combo.setObjectName(f"mapping_{roster_field.id}")
            combo.setAccessibleName(f"Column for {roster_field.label.replace('&', '')}")
            combo.addItem(NOT_IN_FILE, -1)
            for column in range(len(self.table.headers)):
                combo.addItem(column_title(self.table, column), column)
            combo.setCurrentIndex(combo.findData(guess.columns.get(roster_field.id, -1)))
            combo.currentIndexChanged.connect(self._update)
            label.setBuddy(combo)
            row, side = divmod(number, FIELD_COLUMNS)
            grid.addWidget(label, row, side * 2)
            grid.addWidget(combo, row, side * 2 + 1)
            self.combos[roster_field.id] = combo
        for side in range(FIELD_COLUMNS):
            grid.setColumnStretch(side * 2 + 1, 1)

    def _fill_preview(self) -> None:
        rows = self.table.rows[:SAMPLE_ROWS]
        self.preview.setColumnCount(len(self.table.headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(
            [column_title(self.table, c) for c in range(len(self.table.headers))]
        )
        self.preview.setVerticalHeaderLabels([f"Row {row.number}" for row in rows])
        for row_number, row in enumerate(rows):
            for column in range(len(self.table.headers)):
                text = " ".join(row.cell(column).split())
                if len(text) > PREVIEW_CELL_CHARS:
                    text = text[: PREVIEW_CELL_CHARS - 1] + "…"
                self.preview.setItem(row_number, column, QTableWidgetItem(text))

    def _set_tab_order(self) -> None:
        chain = [*self.combos.values(), self.default_status, self.preview, self.buttons]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def mapping(self) -> ColumnMapping:
        columns = {}
        for field_id, combo in self.combos.items():
            column = combo.currentData()
            if isinstance(column, int) and column >= 0:
                columns[field_id] = column
        return ColumnMapping(columns, self.default_status.currentData())

    def _update(self) -> None:
        mapping = self.mapping()
        problems = mapping.problems()
        set_problem(self.problem, " ".join(problems))
        self.ok_button.setEnabled(not problems)
        summary = self._describe(mapping) if self._describe and not problems else ""
        set_note(self.summary, summary)
