"""The Meetings and figures step's two tables: the meetings (newest first) and the
attendance of each organization, as rows of words worked out from the project."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from wizard.model import meetings as meeting_rules
from wizard.model.day_words import table_day_text
from wizard.model.project import Meeting, Project
from wizard.ui.widgets.rows_model import RowsModel

NO_NAME = "(no name)"
MOST_ROWS_SHOWN = 12


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    key: str = ""


class TextTable(RowsModel):
    """A read-only table of rows, rebuilt whole when they change."""

    def text(self, row: Row, column: int) -> str:
        return row.cells[column]

    def row_of(self, key: str) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row.key == key), None)


def meeting_row(meeting: Meeting) -> Row:
    return Row(
        (
            table_day_text(meeting.held_on, "No date"),
            meeting.title.strip() or "(no title yet)",
            str(len(meeting.attendee_member_ids)),
            str(meeting.guests),
        ),
        meeting.id,
    )


def meetings_in_order(meetings: list[Meeting]) -> list[Meeting]:
    """Undated first (they still need a date), then newest first: the meeting being
    entered is nearly always the latest."""
    return sorted(
        meetings, key=lambda m: (m.held_on is not None, -(m.held_on or date.min).toordinal())
    )


def organisation_rows(project: Project) -> tuple[list[Row], str]:
    """One row per organization (name, members now, meetings it came to, whether it
    stopped coming), and a line naming those that stopped."""
    found = meeting_rules.organisation_attendance(project)
    rows = [
        Row(
            (
                row.organisation.name.strip() or NO_NAME,
                str(row.members),
                f"{row.came} of {row.meetings}",
                "Yes: missed the last three" if row.stopped_coming else "",
            ),
            row.organisation.id,
        )
        for row in found
    ]
    stopped = [row.organisation.name.strip() or NO_NAME for row in found if row.stopped_coming]
    if stopped:
        note = f"Missed each of the last three meetings: {', '.join(stopped)}. A call may help."
    else:
        note = "Counted from when each organization first had a member."
    return rows, note


def fit_height(table: QTableView, rows: int) -> None:
    """Tall enough for ``rows`` rows (up to a dozen), so a short table needs no scrolling."""
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 4
    height += min(max(rows, 1), MOST_ROWS_SHOWN) * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + table.horizontalScrollBar().sizeHint().height())


HEADING_PADDING = 24
"""Room around a heading's words for the sort arrow and the cell margins."""


def fit_columns(table: QTableView, stretched: int) -> None:
    """Each column at least as wide as its heading in bold (the way many styles draw
    headings), the ``stretched`` one taking what is left: no heading is cut, at any
    font size."""
    model = table.model()
    header = table.horizontalHeader()
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    for column in range(model.columnCount()):
        if column == stretched:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        words = str(model.headerData(column, Qt.Orientation.Horizontal))
        needed = metrics.horizontalAdvance(words) + HEADING_PADDING
        table.setColumnWidth(column, max(needed, table.sizeHintForColumn(column)))
