"""The program's one way to ask for today's date and the current time.

Every rule, page and document asks this module, never ``date.today()``,
``datetime.now()`` or ``QDate.currentDate()`` directly. That way tests can pin
"today" to the awkward days (a year end, a leap day) and the program behaves
the same on every day of the year. Nothing here imports Qt.

``TASKFORCE_BUILDER_TODAY=YYYY-MM-DD`` pins the date for a whole run (the test
suite's risky-day runs use it); :func:`pinned` pins it inside a ``with`` block.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time

TODAY_VARIABLE = "TASKFORCE_BUILDER_TODAY"

_pinned: date | None = None


def _from_environment() -> date | None:
    text = os.environ.get(TODAY_VARIABLE, "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise ValueError(
            f"{TODAY_VARIABLE} must be a date like 2026-12-31, not {text!r}"
        ) from error


def today() -> date:
    """Today's date, or the pinned one."""
    if _pinned is not None:
        return _pinned
    return _from_environment() or date.today()


def now() -> datetime:
    """The current local time; on a pinned day, the same clock time on that day."""
    current = datetime.now()
    day = today()
    if day == current.date():
        return current
    return datetime.combine(day, current.time())


def start_of_today() -> datetime:
    return datetime.combine(today(), time())


@contextmanager
def pinned(day: date) -> Iterator[date]:
    """Inside the block, today is ``day``."""
    global _pinned
    previous, _pinned = _pinned, day
    try:
        yield day
    finally:
        _pinned = previous


def pin(day: date | None) -> None:
    """Pin today to ``day`` until pinned again; None goes back to the real clock."""
    global _pinned
    _pinned = day
