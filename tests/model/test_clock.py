"""One clock: the program's idea of today can be pinned, and nothing else asks the
real clock."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.risky_days import RISKY_DAYS
from wizard.model import clock

ROOT = Path(__file__).resolve().parents[2]
REAL_CLOCK = re.compile(
    r"\b(date\.today|datetime\.now|datetime\.today|datetime\.utcnow|QDate\.currentDate"
    r"|QDateTime\.currentDateTime|time\.localtime)\("
)


def test_nothing_but_the_clock_module_asks_the_real_clock():
    offenders = []
    for folder in ("wizard", "tests", "scripts"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name == "clock.py" or path == Path(__file__).resolve():
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if REAL_CLOCK.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_a_pinned_day_is_today_until_the_block_ends():
    before = clock.today()
    with clock.pinned(date(2028, 2, 29)) as day:
        assert clock.today() == day == date(2028, 2, 29)
        assert clock.now().date() == day
        assert clock.start_of_today() == datetime(2028, 2, 29)
    assert clock.today() == before


def test_the_environment_pins_a_whole_run(monkeypatch):
    monkeypatch.setenv(clock.TODAY_VARIABLE, "2026-12-31")
    assert clock.today() == date(2026, 12, 31)
    with clock.pinned(date(2027, 1, 1)):  # a test's own pin wins
        assert clock.today() == date(2027, 1, 1)


def test_a_mistyped_environment_date_is_said_plainly(monkeypatch):
    monkeypatch.setenv(clock.TODAY_VARIABLE, "31/12/2026")
    with pytest.raises(ValueError, match="like 2026-12-31"):
        clock.today()


def test_the_risky_days_are_the_ones_the_issue_names():
    assert {(d.month, d.day) for d in RISKY_DAYS} >= {(12, 2), (12, 31), (1, 1), (2, 28), (2, 29)}
    assert any((day.replace(month=12, day=31) - day).days < 60 for day in RISKY_DAYS)


def test_risky_today_pins_the_clock(risky_today):
    assert clock.today() == risky_today
