"""Dollar amounts: exact decimals, read from what a person types, shown as US dollars.

Money is never a binary float here: a float cannot hold $0.10 exactly, and a
budget whose lines do not add up to its total to the cent is one a funder
sends back. Every amount is a :class:`~decimal.Decimal` rounded half up to
cents, the way a person rounds on paper.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
MAX_AMOUNT = Decimal("1000000000")
"""The largest amount one line can hold (the project file's own limit)."""

_AMOUNT = re.compile(r"^(?:\d+(?:\.\d*)?|\.\d+)$")
_GROUPING = re.compile(r"[,\s\u00a0\u202f_]")
"""Thousands separators people type: commas, spaces (also non-breaking), underscores."""


class AmountError(ValueError):
    """What a person typed is not an amount; ``str()`` says why in plain words."""


def cents(value: Decimal) -> Decimal:
    """``value`` rounded half up to whole cents ($0.005 becomes $0.01)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_amount(text: str) -> Decimal:
    """Read a typed amount such as '80000', '$80,000.00' or '1 250.5'.

    An empty box is zero: a line whose amount is still to come is not an error
    here (the grant checks ask for it). Raises :class:`AmountError` with a plain
    reason for anything else that is not dollars and cents.
    """
    stripped = text.strip()
    if stripped.startswith("$"):
        stripped = stripped[1:]
    if stripped.startswith("-") or stripped.startswith("−"):
        raise AmountError("An amount cannot be below zero.")
    digits = _GROUPING.sub("", stripped)
    if not digits:
        return ZERO
    if not _AMOUNT.match(digits):
        raise AmountError(f"“{text.strip()}” is not an amount: use digits, such as 4,500.00.")
    _, _, fraction = digits.partition(".")
    if len(fraction.rstrip("0")) > 2:
        raise AmountError("Cents have two digits at most, such as 4,500.25.")
    try:
        amount = cents(Decimal(digits))
    except InvalidOperation as error:  # pragma: no cover - the pattern rules this out
        raise AmountError(f"“{text.strip()}” is not an amount.") from error
    if amount > MAX_AMOUNT:
        raise AmountError("That is more than one line can hold ($1,000,000,000.00).")
    return amount


def plain_amount(amount: Decimal) -> str:
    """'80,000.00': for a box that already shows the dollar sign beside it."""
    return f"{cents(amount):,.2f}"


def usd(amount: Decimal) -> str:
    """'$80,000.00', or '-$12.50' for a negative difference."""
    rounded = cents(amount)
    sign = "-" if rounded < 0 else ""
    return f"{sign}${abs(rounded):,.2f}"


def percent_text(value: Decimal) -> str:
    """'20%' or '12.5%': a rate as a person writes it (no trailing zeros)."""
    normal = value.normalize()
    text = format(normal, "f")
    return f"{text}%"


def parse_percent(text: str) -> Decimal:
    """Read a typed rate such as '20', '20%' or '12.5'. Empty is zero."""
    stripped = text.strip().removesuffix("%").strip()
    if not stripped:
        return Decimal("0")
    if stripped.startswith("-") or stripped.startswith("−"):
        raise AmountError("A rate cannot be below zero.")
    if not _AMOUNT.match(stripped):
        raise AmountError(f"“{text.strip()}” is not a rate: use a number, such as 20.")
    _, _, fraction = stripped.partition(".")
    if len(fraction.rstrip("0")) > 2:
        raise AmountError("Use two decimal places at most, such as 12.5.")
    value = Decimal(stripped).quantize(CENT)
    if value >= 100:
        raise AmountError("The rate must be below 100%.")
    return value
