"""Hours a week and duty bookkeeping for the coordinator step (no Qt)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wizard.model import reference
from wizard.model.coordinator import (
    MAX_HOURS,
    hours_after_position_change,
    hours_from_number,
    may_replace_hours,
    undecided_duties,
)
from wizard.model.project import Coordinator

FULL, PART = Decimal(40), Decimal(20)


def test_empty_hours_get_the_usual_figure_for_a_paid_position():
    assert hours_after_position_change("paid_full_time", None, None) == FULL
    assert hours_after_position_change("paid_part_time", None, None) == PART
    assert hours_after_position_change("paid_part_time", Decimal(0), None) == PART


def test_a_volunteer_gets_no_guess():
    assert hours_after_position_change("volunteer", None, None) is None


def test_a_figure_the_program_offered_follows_the_position():
    assert hours_after_position_change("paid_part_time", FULL, FULL) == PART
    assert hours_after_position_change("volunteer", PART, PART) is None
    assert may_replace_hours(FULL, FULL)


def test_hours_the_user_chose_are_never_replaced():
    assert not may_replace_hours(Decimal(30), None)
    assert hours_after_position_change("paid_full_time", Decimal(30), None) == Decimal(30)
    # Even when the user typed exactly the usual figure, it is theirs.
    assert hours_after_position_change("paid_part_time", FULL, None) == FULL
    assert hours_after_position_change("volunteer", Decimal(12), PART) == Decimal(12)


@pytest.mark.parametrize(
    ("number", "stored"),
    [
        (0, None),
        (0.0, None),
        (40, Decimal("40")),
        (37.5, Decimal("37.5")),
        (20.04, Decimal("20")),
        (120, MAX_HOURS),
        (-3, None),
    ],
)
def test_hours_from_number(number, stored):
    result = hours_from_number(number)
    assert result == stored
    if result is not None:
        assert str(result) == str(stored)  # "40", never "40.0"
        Coordinator(hours_per_week=result)  # always valid for the model


def test_undecided_duties_in_reference_order():
    all_ids = [duty.id for duty in reference.coordinator_duties()]
    assert len(all_ids) == 12
    assert undecided_duties(Coordinator()) == all_ids
    decided = Coordinator(duties={all_ids[0]: "shared", all_ids[5]: "others"})
    assert undecided_duties(decided) == [d for d in all_ids if d not in {all_ids[0], all_ids[5]}]
