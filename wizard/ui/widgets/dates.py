"""Between the model's ``datetime.date`` and Qt's QDate, for every page's date boxes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def chosen_day(edit: QDateEdit) -> date:
    """The day a date box shows."""
    return from_qdate(edit.date())
