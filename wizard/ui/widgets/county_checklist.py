"""Washington's 39 counties as a grid of check boxes, on a QListWidget from a form."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from wizard.model import places

# The welcome screen fills this list before the window first shows. Naming a
# check state through the Qt namespace (Qt.CheckState.Checked) there would make
# PySide build all of that namespace's hundred-odd enums, about 14 ms, a tenth of
# the start-up, so setting up uses Qt's own numbers. QListWidgetItem is
# user-checkable by default, so no flags need setting either.
CHECK_STATE_ROLE = 10
"""Qt.ItemDataRole.CheckStateRole"""
UNCHECKED = 0
"""Qt.CheckState.Unchecked"""
CHECKED = 2
"""Qt.CheckState.Checked"""


class CountyChecklist(QObject):
    changed = Signal()
    """The user ticked or unticked a county (not emitted by :meth:`set_checked`)."""

    def __init__(self, list_widget: QListWidget) -> None:
        super().__init__(list_widget)
        self.list = list_widget
        self._setting = False
        metrics = list_widget.fontMetrics()
        widest = max(metrics.horizontalAdvance(county) for county in places.counties())
        cell = QSize(widest + 44, metrics.height() + 10)
        list_widget.setGridSize(cell)
        for county in places.counties():
            item = QListWidgetItem(county, list_widget)
            item.setData(CHECK_STATE_ROLE, UNCHECKED)
            item.setSizeHint(cell)
        list_widget.itemChanged.connect(self._on_item_changed)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def checked(self) -> list[str]:
        ticked = QtCore.Qt.CheckState.Checked  # only once the user acts: the window is up
        return [item.text() for item in self._items() if item.checkState() == ticked]

    def set_checked(self, counties: list[str]) -> None:
        chosen = set(counties)
        self._setting = True
        try:
            for item in self._items():
                item.setData(CHECK_STATE_ROLE, CHECKED if item.text() in chosen else UNCHECKED)
        finally:
            self._setting = False

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._setting:
            self.changed.emit()
