"""The small-number rule: a youth count from 1 to N-1 leaves the program as 'fewer than N'."""

from __future__ import annotations

from datetime import date

import pytest

from wizard.model.counts import (
    COUNTS,
    NOT_COLLECTED,
    NOT_ENTERED,
    definition,
    is_answered,
    printed_count,
    printed_number,
    window_note,
)
from wizard.model.grant_narrative import period_facts
from wizard.model.project import YOUTH_COUNTS, DataPeriod, PeriodCount, Project


@pytest.mark.parametrize("threshold", [2, 5, 10, 11])
def test_youth_counts_below_the_threshold_are_printed_as_fewer_than(threshold: int):
    for kind in YOUTH_COUNTS:
        assert printed_number(kind, 0, threshold) == "0"  # zero points to nobody
        assert printed_number(kind, 1, threshold) == f"fewer than {threshold}"
        assert printed_number(kind, threshold - 1, threshold) == f"fewer than {threshold}"
        assert printed_number(kind, threshold, threshold) == f"{threshold}"
        assert printed_number(kind, 12_345, threshold) == "12,345"


def test_buyer_counts_are_printed_as_they_are():
    assert printed_number("buyers_arrested", 1, 10) == "1"
    assert printed_number("buyers_charged", 9, 10) == "9"


def test_blank_and_not_collected_are_different_answers():
    assert printed_count("youth_identified", None, 10) == NOT_ENTERED
    assert printed_count("youth_identified", PeriodCount(), 10) == NOT_ENTERED
    assert printed_count("youth_identified", PeriodCount(not_collected=True), 10) == NOT_COLLECTED
    assert printed_count("youth_identified", PeriodCount(value=3), 10) == "fewer than 10"
    assert not is_answered(PeriodCount()) and not is_answered(None)
    assert is_answered(PeriodCount(not_collected=True)) and is_answered(PeriodCount(value=0))


def test_the_window_says_how_a_small_count_will_be_printed():
    assert "fewer than 10" in window_note("youth_charged", 3, 10)
    assert window_note("youth_charged", 10, 10) == ""
    assert window_note("youth_charged", 0, 10) == ""
    assert window_note("buyers_charged", 3, 10) == ""
    assert window_note("youth_charged", None, 10) == ""


def test_every_count_has_words_and_the_youth_ones_say_so():
    assert [c.kind for c in COUNTS if c.about_youth] == list(YOUTH_COUNTS)
    assert all(definition(c.kind).words.startswith("young people") for c in COUNTS if c.about_youth)


def test_the_grant_narrative_keeps_small_youth_counts_safe():
    period = DataPeriod(
        label="2026",
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 12, 31),
        counts={
            "youth_identified": PeriodCount(value=3),
            "youth_referred": PeriodCount(value=25),
            "buyers_arrested": PeriodCount(value=2),
            "buyers_charged": PeriodCount(not_collected=True),
        },
    )
    text = period_facts(Project(data_periods=[period], small_count_threshold=5))
    assert "fewer than 5 young people identified as exploited" in text
    assert "25 young people referred to services" in text
    assert "2 buyers arrested" in text
    assert " 3 " not in text and "charged" not in text
