from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from wizard.ui.widgets.dates import chosen_day, from_qdate, to_qdate

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("day", [date(2026, 11, 29), date(2028, 2, 29), date(2000, 1, 1)])
def test_a_day_goes_to_qt_and_back_unchanged(day: date):
    assert to_qdate(day) == QDate(day.year, day.month, day.day)
    assert from_qdate(to_qdate(day)) == day


def test_the_day_a_date_box_shows(qtbot):
    edit = QDateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2027, 1, 31))
    assert chosen_day(edit) == date(2027, 1, 31)
