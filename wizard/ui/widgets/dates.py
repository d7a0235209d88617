"""Between the model's ``datetime.date`` and Qt's QDate, and the date box every page uses.

A plain QDateEdit stops at a section's edge: with the month first, pressing Down on
a January date does nothing, and Up on a December date does nothing, so a keyboard
user cannot step from January 2027 back to December 2026. :class:`DateBox` carries
the step into the year instead, as a paper calendar would.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QDateTimeEdit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def chosen_day(edit: QDateEdit) -> date:
    """The day a date box shows."""
    return from_qdate(edit.date())


class DateBox(QDateEdit):
    """A date box whose arrow keys step across month and year ends.

    Stepping the day section goes to the day before or after; the month section
    moves a whole month (Jan 31 + 1 month is the last day of February); the year
    section a whole year. The box's minimum and maximum still hold.
    """

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        section = self.currentSection()
        current = self.date()
        if section == QDateTimeEdit.Section.DaySection:
            target = current.addDays(steps)
        elif section == QDateTimeEdit.Section.MonthSection:
            target = current.addMonths(steps)
        elif section == QDateTimeEdit.Section.YearSection:
            target = current.addYears(steps)
        else:
            super().stepBy(steps)
            return
        target = max(self.minimumDate(), min(self.maximumDate(), target))
        self.setDate(target)
        self.setCurrentSection(section)  # setDate would otherwise keep it; be explicit

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's names)
        """Tab leaves a box that shows its 'Not set' text. QDateTimeEdit moves Tab
        between the day, month and year, but with no date shown there is no section to
        move to, and it kept the focus for ever: a keyboard trap."""
        if self.specialValueText() and self.date() == self.minimumDate():
            return QAbstractSpinBox.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 (Qt's name)
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly():
            return flags
        if self.date() > self.minimumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.date() < self.maximumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags
