from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit

from wizard.ui.widgets.dates import DateBox, chosen_day, from_qdate, to_qdate

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


@pytest.mark.parametrize(
    ("start", "section", "key", "expected"),
    [
        (date(2027, 1, 1), QDateEdit.Section.MonthSection, "down", date(2026, 12, 1)),
        (date(2026, 12, 15), QDateEdit.Section.MonthSection, "up", date(2027, 1, 15)),
        (date(2027, 1, 31), QDateEdit.Section.MonthSection, "up", date(2027, 2, 28)),
        (date(2027, 1, 1), QDateEdit.Section.DaySection, "down", date(2026, 12, 31)),
        (date(2028, 2, 28), QDateEdit.Section.DaySection, "up", date(2028, 2, 29)),
        (date(2028, 2, 29), QDateEdit.Section.YearSection, "up", date(2029, 2, 28)),
    ],
)
def test_arrow_keys_step_across_month_and_year_ends(qtbot, start, section, key, expected):
    box = DateBox()
    box.setDisplayFormat("MMM d, yyyy")
    qtbot.addWidget(box)
    box.setDate(to_qdate(start))
    box.setCurrentSection(section)
    qtbot.keyClick(box, Qt.Key.Key_Down if key == "down" else Qt.Key.Key_Up)
    assert chosen_day(box) == expected
    assert box.currentSection() == section  # the next press steps the same part


def test_a_date_box_stays_within_its_limits(qtbot):
    box = DateBox()
    qtbot.addWidget(box)
    box.setMinimumDate(QDate(2026, 1, 1))
    box.setDate(QDate(2026, 1, 10))
    box.setCurrentSection(QDateEdit.Section.MonthSection)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert chosen_day(box) == date(2026, 1, 1)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert chosen_day(box) == date(2026, 1, 1)


def test_tab_leaves_a_box_that_shows_not_set(qtbot):
    """QDateEdit kept Tab for ever while it showed its special 'Not set' text."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    box = DateBox()
    box.setDisplayFormat("MMM d, yyyy")
    box.setMinimumDate(QDate(2000, 1, 1))
    box.setSpecialValueText("Not set")
    box.setDate(box.minimumDate())
    after = QLineEdit()
    layout.addWidget(box)
    layout.addWidget(after)
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    assert box.text() == "Not set"
    qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
