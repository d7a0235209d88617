"""The county grid sets check states by Qt's numbers (to keep the Qt namespace out of
start-up); these must stay the numbers Qt means."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from wizard.model import places
from wizard.ui.widgets.county_checklist import (
    CHECK_STATE_ROLE,
    CHECKED,
    UNCHECKED,
    CountyChecklist,
)

pytestmark = pytest.mark.gui


def test_the_numbers_are_the_ones_qt_means():
    assert Qt.ItemDataRole(CHECK_STATE_ROLE) == Qt.ItemDataRole.CheckStateRole
    assert Qt.CheckState(CHECKED) == Qt.CheckState.Checked
    assert Qt.CheckState(UNCHECKED) == Qt.CheckState.Unchecked


def test_every_county_is_a_box_and_ticks_read_back(qtbot):
    widget = QListWidget()
    qtbot.addWidget(widget)
    checklist = CountyChecklist(widget)
    assert [widget.item(row).text() for row in range(widget.count())] == list(places.counties())
    assert checklist.checked() == []
    checklist.set_checked(["Yakima", "Adams"])
    assert checklist.checked() == ["Adams", "Yakima"]


def test_a_tick_by_keyboard_is_reported(qtbot):
    widget = QListWidget()
    qtbot.addWidget(widget)
    checklist = CountyChecklist(widget)
    widget.show()
    widget.setCurrentRow(places.counties().index("King"))
    widget.setFocus()
    with qtbot.waitSignal(checklist.changed, timeout=1000):
        qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert checklist.checked() == ["King"]
