"""Dates in words: one spelling for the window, the documents and the messages."""

from __future__ import annotations

from datetime import date, datetime

from wizard.model.day_words import (
    day_text,
    moment_text,
    short_day_text,
    table_day_text,
    when_text,
)


def test_days_are_written_the_us_way_without_a_locale():
    assert day_text(date(2028, 2, 29)) == "February 29, 2028"
    assert short_day_text(date(2026, 12, 31)) == "Dec 31, 2026"


def test_a_moment_has_no_leading_zeros_on_the_day_or_hour():
    assert moment_text(datetime(2027, 1, 1, 9, 5)) == "January 1 at 9:05"
    assert moment_text(datetime(2026, 12, 2, 14, 30)) == "December 2 at 14:30"


def test_how_far_off_a_day_is_across_a_year_end():
    today = date(2026, 12, 31)
    assert when_text(today, today) == "Today"
    assert when_text(date(2027, 1, 1), today) == "Tomorrow"
    assert when_text(date(2027, 1, 30), today) == "In 30 days"
    assert when_text(date(2026, 12, 30), today) == "Passed"


def test_a_table_cell_shows_the_short_day_or_what_stands_for_none():
    assert table_day_text(date(2026, 3, 12)) == "Mar 12, 2026"
    assert table_day_text(None) == ""
    assert table_day_text(None, "No date") == "No date"
