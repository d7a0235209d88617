"""The days date rules most often get wrong, shared by the tests' ``risky_today``
fixture and ``make test-dates`` (scripts/test_on_risky_days.py)."""

from __future__ import annotations

from datetime import date

RISKY_DAYS: tuple[date, ...] = (
    date(2026, 12, 2),  # a month ahead is January: the month cannot simply step back
    date(2026, 12, 31),  # the last day of a year
    date(2027, 1, 1),  # the first day of a year
    date(2028, 2, 28),  # the day before a leap day
    date(2028, 2, 29),  # a leap day: a year later has no Feb 29
    date(2026, 11, 15),  # today + 60 days (the MOU warning window) is in the next year
)
