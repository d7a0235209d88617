"""Small rules behind the coordinator step: hours a week and the duty list."""

from __future__ import annotations

from decimal import Decimal

from wizard.model import reference
from wizard.model.project import Coordinator, PositionType

MAX_HOURS = Decimal(80)
TYPICAL_HOURS: dict[PositionType, Decimal] = {
    "paid_full_time": Decimal(40),
    "paid_part_time": Decimal(20),
}
"""A starting figure offered when the user picks a paid position; volunteers vary too much."""


def may_replace_hours(hours: Decimal | None, offered: Decimal | None) -> bool:
    """True if the hours are empty or still hold the figure this program filled in
    (``offered``); hours the user chose themselves are never replaced."""
    return not hours or hours == offered


def hours_after_position_change(
    position: PositionType, hours: Decimal | None, offered: Decimal | None
) -> Decimal | None:
    """The hours to keep after the user picks ``position``: the typical figure for it
    (none for a volunteer) if :func:`may_replace_hours`, otherwise the user's own."""
    return TYPICAL_HOURS.get(position) if may_replace_hours(hours, offered) else hours


def hours_from_number(value: float) -> Decimal | None:
    """A number typed as hours, as stored: 0 means 'not set', a half hour is kept,
    whole hours are stored without a trailing '.0', and it stays within 0 to 80."""
    hours = Decimal(f"{min(max(value, 0.0), float(MAX_HOURS)):.1f}")
    if not hours:
        return None
    return hours.quantize(Decimal(1)) if hours == hours.to_integral_value() else hours


def undecided_duties(coordinator: Coordinator) -> list[str]:
    """Ids of the duties nobody has been given yet, in reference order."""
    return [d.id for d in reference.coordinator_duties() if d.id not in coordinator.duties]
