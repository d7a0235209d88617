"""Small rules behind the coordinator step: hours a week, the pay range and the duty list."""

from __future__ import annotations

from decimal import Decimal

from wizard.model import reference
from wizard.model.money import usd
from wizard.model.project import Coordinator, PayPeriod, PositionType

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


PAY_PER_WORDS: dict[PayPeriod, str] = {"hour": "an hour", "year": "a year"}


def _amount(amount: Decimal, per: PayPeriod) -> str:
    """'$26.50' for a rate; '$58,000' for a salary, whose cents nobody writes."""
    text = usd(amount)
    return text.removesuffix(".00") if per == "year" else text


def pay_range(coordinator: Coordinator) -> tuple[Decimal, Decimal] | None:
    """The pay range lowest first, whichever box each figure was typed in; one figure
    given is a range of one; None when neither is given."""
    figures = [a for a in (coordinator.pay_low, coordinator.pay_high) if a]
    if not figures:
        return None
    return min(figures), max(figures)


def pay_range_text(coordinator: Coordinator) -> str | None:
    """'$24.00 to $29.00 an hour', '$58,000 a year', or None when no pay is given."""
    found = pay_range(coordinator)
    if found is None:
        return None
    low, high = (_amount(a, coordinator.pay_per) for a in found)
    words = PAY_PER_WORDS[coordinator.pay_per]
    return f"{low} {words}" if low == high else f"{low} to {high} {words}"


def pay_problem(coordinator: Coordinator) -> str:
    """Said beside the boxes; the documents print the range lowest first anyway."""
    low, high = coordinator.pay_low, coordinator.pay_high
    if low and high and high < low:
        return "The top of the range is below the bottom. Check the two figures."
    return ""
