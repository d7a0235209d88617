"""Washington's 39 counties as a grid of check boxes, on a QListWidget from a form."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from wizard.model import reference


class CountyChecklist(QObject):
    changed = Signal()
    """The user ticked or unticked a county (not emitted by :meth:`set_checked`)."""

    def __init__(self, list_widget: QListWidget) -> None:
        super().__init__(list_widget)
        self.list = list_widget
        self._setting = False
        metrics = list_widget.fontMetrics()
        widest = max(metrics.horizontalAdvance(county) for county in reference.counties())
        cell = QSize(widest + 44, metrics.height() + 10)
        list_widget.setGridSize(cell)
        for county in reference.counties():
            item = QListWidgetItem(county, list_widget)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setSizeHint(cell)
        list_widget.itemChanged.connect(self._on_item_changed)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def checked(self) -> list[str]:
        return [i.text() for i in self._items() if i.checkState() == Qt.CheckState.Checked]

    def set_checked(self, counties: list[str]) -> None:
        chosen = set(counties)
        self._setting = True
        try:
            for item in self._items():
                state = Qt.CheckState.Checked if item.text() in chosen else Qt.CheckState.Unchecked
                item.setCheckState(state)
        finally:
            self._setting = False

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._setting:
            self.changed.emit()
