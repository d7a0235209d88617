"""Dates in words, the same everywhere: the window, the documents, the welcome screen
and the lock and recovery messages.

Never strftime: under a Qt window Python's month names follow the computer's
language, and the program and its documents are in English. This module needs
nothing but the standard library, so the welcome screen can use it before the
project model is loaded.
"""

from __future__ import annotations

from datetime import date, datetime

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def day_text(day: date) -> str:
    """'May 20, 2026': the way US letters and forms write a date."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def short_day_text(day: date) -> str:
    """'Nov 8, 2026', for lists and chart labels where space is short."""
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


def table_day_text(day: date | None, missing: str = "") -> str:
    """'Mar 12, 2026' in a table cell or a short note; ``missing`` when there is no date."""
    return short_day_text(day) if day is not None else missing


def moment_text(moment: datetime) -> str:
    """'May 20 at 9:05', for when a lock was taken or work was last changed."""
    return f"{MONTHS[moment.month - 1]} {moment.day} at {moment.hour}:{moment.minute:02d}"


def when_text(on: date, today: date) -> str:
    """'Today', 'Tomorrow', 'In 12 days': how far off a deadline is."""
    days = (on - today).days
    if days == 0:
        return "Today"
    if days == 1:
        return "Tomorrow"
    if days < 0:
        return "Passed"
    return f"In {days} days"
