"""The seven counts of a period, one row each: the number, "Not collected", and which
member organization reported it, with a note beside a small count of young people.

Rows are built once and filled from the period each time it is shown; they write
straight into the period's ``counts`` and then tell the page through ``edited``.
The window always shows the true count; the note says how documents print it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QSpinBox, QWidget

from wizard.model.counts import COUNTS, CountDefinition, window_note
from wizard.model.project import CountKind, DataPeriod, Organisation, PeriodCount
from wizard.ui.widgets.problem import set_note

NOT_ENTERED = "not entered"
MOST = 10_000_000
"""The model's largest count: far above any county's figures, so a slip shows."""


@dataclass
class CountRow:
    definition: CountDefinition
    spin: QSpinBox
    not_collected: QCheckBox
    source: QComboBox
    note: QLabel


class CountRows(QObject):
    edited = Signal()

    def __init__(self, grid: QGridLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.period: DataPeriod | None = None
        self.threshold = 10
        self._loading = False
        self.rows: dict[CountKind, CountRow] = {}
        grid.setColumnStretch(2, 1)
        for column, heading in ((0, "Count"), (2, "Reported by")):
            grid.addWidget(QLabel(heading, parent), 0, column)
        for number, definition in enumerate(COUNTS):
            self.rows[definition.kind] = self._make_row(grid, 1 + 3 * number, definition, parent)

    def _make_row(
        self, grid: QGridLayout, line: int, definition: CountDefinition, parent: QWidget
    ) -> CountRow:
        name = QLabel(definition.label, parent)
        spin = QSpinBox(parent)
        spin.setRange(-1, MOST)
        spin.setSpecialValueText(NOT_ENTERED)
        spin.setAccessibleName(f"Count of {definition.label}")
        name.setBuddy(spin)
        check = QCheckBox("Not collected", parent)
        check.setAccessibleName(f"Not collected: {definition.label}")
        source = QComboBox(parent)
        source.setAccessibleName(f"Reported by for {definition.label}")
        source.setMinimumContentsLength(6)
        source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        note = QLabel(parent)
        note.hide()
        name.setStyleSheet("font-weight: bold;")
        grid.addWidget(name, line, 0, 1, 3)
        for column, widget in enumerate((spin, check, source)):
            grid.addWidget(widget, line + 1, column)
        grid.addWidget(note, line + 2, 0, 1, 3)
        row = CountRow(definition, spin, check, source, note)
        spin.valueChanged.connect(lambda _value, r=row: self._value_changed(r))
        check.clicked.connect(lambda _checked, r=row: self._value_changed(r))
        source.activated.connect(lambda _index, r=row: self._source_chosen(r))
        return row

    def show(
        self, period: DataPeriod | None, organisations: list[Organisation], threshold: int
    ) -> None:
        """Fill every row from ``period`` (None: all empty and disabled)."""
        self.period, self.threshold = period, threshold
        self._loading = True
        try:
            for row in self.rows.values():
                row.source.clear()
                row.source.addItem("Not said", None)
                for organisation in organisations:
                    row.source.addItem(organisation.name.strip() or "(no name)", organisation.id)
                count = period.counts.get(row.definition.kind) if period else None
                self._fill(row, count)
        finally:
            self._loading = False

    def _fill(self, row: CountRow, count: PeriodCount | None) -> None:
        value = count.value if count is not None else None
        row.spin.setValue(-1 if value is None else value)
        row.not_collected.setChecked(bool(count and count.not_collected))
        found = row.source.findData(count.source_organisation_id if count else None)
        row.source.setCurrentIndex(max(found, 0))
        self._show_state(row)

    def _show_state(self, row: CountRow) -> None:
        count = self.period.counts.get(row.definition.kind) if self.period else None
        collected = not (count and count.not_collected)
        row.spin.setEnabled(self.period is not None and collected)
        row.not_collected.setEnabled(self.period is not None)
        row.source.setEnabled(self.period is not None and collected)
        value = count.value if count is not None and collected else None
        set_note(row.note, window_note(row.definition.kind, value, self.threshold))

    def set_threshold(self, threshold: int) -> None:
        self.threshold = threshold
        for row in self.rows.values():
            self._show_state(row)

    def _count(self, row: CountRow) -> PeriodCount:
        assert self.period is not None
        return self.period.counts.setdefault(row.definition.kind, PeriodCount())

    def _value_changed(self, row: CountRow) -> None:
        if self._loading or self.period is None:
            return
        count = self._count(row)
        count.not_collected = row.not_collected.isChecked()
        spin = row.spin.value()
        count.value = None if spin < 0 else spin
        self._show_state(row)
        self.edited.emit()

    def _source_chosen(self, row: CountRow) -> None:
        if self._loading or self.period is None:
            return
        self._count(row).source_organisation_id = row.source.currentData()
        self.edited.emit()
