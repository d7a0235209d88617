"""The roster as a Qt table model, and the proxy that filters it.

The model is a view onto ``project.members``: it holds no copy of anyone's
details, only the order the rows are shown in. That order is kept here, and
sorting is done here with one Python sort, because a proxy that sorts asks the
model for two values per comparison, which takes most of a second at 10,000
people. The proxy only filters (sector, status, search words).

Edits are announced row by row (``dataChanged``, ``beginInsertRows``...), so a
2,000-person table never rebuilds because one name changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from wizard.model import reference
from wizard.model.day_words import table_day_text
from wizard.model.project import Member, MemberStatus, Project
from wizard.model.roster import STATUS_LABELS, sector_name

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
NO_NAME = "(no name yet)"
NO_SECTOR = ""
"""The sector filter's value for 'people with no sector chosen yet'."""
STATUS_ORDER: dict[MemberStatus, int] = {"prospect": 0, "invited": 1, "member": 2, "left": 3}


class Column(IntEnum):
    NAME = 0
    ORGANISATION = 1
    SECTOR = 2
    STATUS = 3
    EMAIL = 4
    PHONE = 5
    JOINED = 6


HEADERS = {
    Column.NAME: "Name",
    Column.ORGANISATION: "Organization",
    Column.SECTOR: "Sector",
    Column.STATUS: "Status",
    Column.EMAIL: "Email",
    Column.PHONE: "Phone",
    Column.JOINED: "Joined",
}


class RosterModel(QAbstractTableModel):
    """Rows are members of ``project.members``, in the order last sorted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._rows: list[Member] = []
        self._organisation_names: dict[str, str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # ----- what the view asks -----------------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        member = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(member, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.SECTOR and member.sector:
            return reference.sector_by_id(member.sector).description
        if column == Column.NAME and not member.name.strip():
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#5b6573"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return None

    def _text(self, member: Member, column: Column) -> str:
        match column:
            case Column.NAME:
                return member.name or NO_NAME
            case Column.ORGANISATION:
                return self._organisation_names.get(member.organisation_id or "", "")
            case Column.SECTOR:
                return sector_name(member.sector)
            case Column.STATUS:
                return STATUS_LABELS[member.status]
            case Column.EMAIL:
                return member.email
            case Column.PHONE:
                return member.phone
            case Column.JOINED:
                return table_day_text(member.joined_on)

    # ----- whole-roster changes ---------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        """Show ``project``'s roster afresh (opening a project, or coming back to the page)."""
        self.beginResetModel()
        self._project = project
        self._rows = list(project.members) if project else []
        self._read_organisations()
        if self._sort is not None:
            self._rows = self._sorted(self._rows, *self._sort)
        self.endResetModel()

    def organisations_changed(self) -> None:
        """An organisation was added or renamed: refresh the organisation column."""
        self._read_organisations()
        if self._rows:
            top = self.index(0, Column.ORGANISATION)
            bottom = self.index(len(self._rows) - 1, Column.ORGANISATION)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def _read_organisations(self) -> None:
        organisations = self._project.organisations if self._project else []
        self._organisation_names = {o.id: o.name for o in organisations}

    def organisation_name(self, member: Member) -> str:
        return self._organisation_names.get(member.organisation_id or "", "")

    # ----- row changes ------------------------------------------------------------

    def member_at(self, row: int) -> Member:
        return self._rows[row]

    def row_of(self, member_id: str) -> int | None:
        for row, member in enumerate(self._rows):
            if member.id == member_id:
                return row
        return None

    def append_members(self, members: Sequence[Member]) -> None:
        """Show members that were just added to the project (at the bottom, unsorted,
        so the user sees what arrived)."""
        if not members:
            return
        first = len(self._rows)
        self.beginInsertRows(_ROOT, first, first + len(members) - 1)
        self._rows.extend(members)
        self.endInsertRows()

    def forget_members(self, member_ids: Iterable[str]) -> None:
        """Take rows away after the members were removed from the project.

        Contiguous runs go in one ``beginRemoveRows`` each, from the bottom up, so
        removing hundreds after a filter stays quick and keeps the selection sane.
        """
        ids = set(member_ids)
        rows = [row for row, member in enumerate(self._rows) if member.id in ids]
        for first, last in reversed(_runs(rows)):
            self.beginRemoveRows(_ROOT, first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()

    def member_changed(self, member_id: str) -> None:
        row = self.row_of(member_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # ----- sorting ----------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= len(Column):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = self._sorted(before, column, order)
        new_rows = {id(member): row for row, member in enumerate(self._rows)}
        moved_from = self.persistentIndexList()
        moved_to = [
            self.index(new_rows[id(before[index.row()])], index.column())
            if 0 <= index.row() < len(before)
            else QModelIndex()
            for index in moved_from
        ]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Member], column: int, order: Qt.SortOrder) -> list[Member]:
        """Sorted with empty values at the bottom either way: a blank is never 'first'."""
        key = self._sort_key(Column(column))
        filled = [m for m in rows if key(m) != ""]
        empty = [m for m in rows if key(m) == ""]
        filled.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        return filled + empty

    def _sort_key(self, column: Column) -> Callable[[Member], Any]:
        match column:
            case Column.STATUS:
                return lambda m: STATUS_ORDER[m.status]
            case Column.JOINED:
                return lambda m: m.joined_on.isoformat() if m.joined_on else ""
            case Column.NAME:
                return lambda m: m.name.casefold()  # not NO_NAME: blanks go to the bottom
            case _:
                return lambda m: self._text(m, column).casefold()


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7, 8] -> [(1, 3), (7, 8)]."""
    runs: list[tuple[int, int]] = []
    for row in sorted(rows):
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class RosterFilter(QSortFilterProxyModel):
    """Shows the rows that match the chosen sector, status and search words.

    Sorting is handed to the roster model (see the module note). Filtering is not
    redone while someone types into a row, so the row being edited never vanishes
    under the user's cursor; it is redone when a filter changes. A member just
    added stays visible until then, whatever the filters say.
    """

    def __init__(self, roster: RosterModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roster = roster
        self.setSourceModel(roster)
        self.setDynamicSortFilter(False)
        self._sector: str | None = None
        self._status: MemberStatus | None = None
        self._words: list[str] = []
        self._pinned: set[str] = set()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.roster.sort(column, order)

    def set_filters(self, sector: str | None, status: MemberStatus | None, search: str) -> None:
        self._sector, self._status = sector, status
        self._words = search.casefold().split()
        self._pinned.clear()
        self._refilter()

    def _refilter(self) -> None:
        """Qt 6.10 replaced invalidateRowsFilter with a begin/end pair; use what exists."""
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover (older Qt)
            self.invalidateRowsFilter()

    def pin(self, member_id: str) -> None:
        """Keep this member visible until the filters next change (a new row)."""
        self._pinned.add(member_id)

    @property
    def is_filtering(self) -> bool:
        return bool(self._sector or self._status or self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        member = self.roster.member_at(source_row)
        if member.id in self._pinned:
            return True
        if self._sector is not None and member.sector != (self._sector or None):
            return False
        if self._status is not None and member.status != self._status:
            return False
        if self._words:
            haystack = " ".join(
                (
                    member.name,
                    member.title,
                    self.roster.organisation_name(member),
                    member.email,
                    member.phone,
                    sector_name(member.sector),
                )
            ).casefold()
            return all(word in haystack for word in self._words)
        return True
