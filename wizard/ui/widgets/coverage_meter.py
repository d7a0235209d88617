"""The sector coverage meter: how many members, how many of the 13 sectors, which
are missing, and the often-missing voices called out by name.

Composed of ordinary labels and a progress bar rather than painted, so a screen
reader reads every part, and colour is never the only sign: each sector says
'✓' or '○' and, for a voice often left out, 'missing' in words.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wizard.model import reference
from wizard.model.coverage import Coverage, SectorCoverage

COLUMNS = 3
_CHIP = "border-radius: 4px; padding: 3px 6px;"
COVERED_STYLE = _CHIP + "background: #e3f1e6; color: #1d5b2c;"
MISSING_STYLE = _CHIP + "background: #f1f2f4; color: #41566e;"
HIGHLIGHT_STYLE = _CHIP + "background: #fff4ce; color: #5c4300; border: 1px solid #b58100;"
ATTENTION_STYLE = "color: #5c4300; font-weight: bold;"


class CoverageMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageMeter")
        self.setAccessibleName("Sector coverage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.headline = QLabel(self)
        self.headline.setObjectName("coverageHeadline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        top.addWidget(self.headline)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("coverageBar")
        self.bar.setAccessibleName("Sectors with at least one member")
        self.bar.setRange(0, len(reference.sectors()))
        self.bar.setFormat("%v of %m sectors")  # read by screen readers
        self.bar.setTextVisible(False)  # the headline beside it already says it
        self.bar.setMaximumHeight(self.fontMetrics().height() + 6)
        top.addWidget(self.bar, 1)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.chips: dict[str, QLabel] = {}
        for number, sector in enumerate(reference.sectors()):
            chip = QLabel(self)
            chip.setObjectName(f"sectorChip_{sector.id}")
            chip.setWordWrap(True)
            chip.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            grid.addWidget(chip, number // COLUMNS, number % COLUMNS)
            self.chips[sector.id] = chip
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        self.attention = QLabel(self)
        self.attention.setObjectName("coverageAttention")
        self.attention.setWordWrap(True)
        self.attention.setStyleSheet(ATTENTION_STYLE)
        layout.addWidget(self.attention)

    def show_coverage(self, coverage: Coverage) -> None:
        self.headline.setText(coverage.headline())
        self.headline.setAccessibleName(coverage.headline())
        self.bar.setValue(coverage.covered)
        for row in coverage.sectors:
            self._show_chip(self.chips[row.sector.id], row)
        attention = coverage.attention()
        self.attention.setText(attention)
        self.attention.setVisible(bool(attention))
        missing = ", ".join(s.sector.name for s in coverage.missing) or "none"
        self.setAccessibleDescription(f"{coverage.headline()}. Missing sectors: {missing}.")

    def text(self) -> str:
        """Everything the meter says, in reading order (for tests and for copying)."""
        parts = [self.headline.text(), self.bar.text()]
        parts += [chip.text() for chip in self.chips.values()]
        if self.attention.isVisibleTo(self):
            parts.append(self.attention.text())
        return "\n".join(parts)

    @staticmethod
    def _show_chip(chip: QLabel, row: SectorCoverage) -> None:
        name = row.sector.name
        if row.covered:
            chip.setText(f"✓ {name} ({row.members:,})")
            chip.setStyleSheet(COVERED_STYLE)
        elif row.sector.highlight:
            chip.setText(f"○ {name}: missing")
            chip.setStyleSheet(HIGHLIGHT_STYLE)
        else:
            chip.setText(f"○ {name}")
            chip.setStyleSheet(MISSING_STYLE)
        chip.setAccessibleName(row.describe())
        chip.setToolTip(f"{row.describe()}\n{row.sector.description}")
