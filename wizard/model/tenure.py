"""How long each organization has been represented on the task force.

One of the toolkit's uniform measures. An organization is represented while
any of its people is a member: from a member's joining date to the date they
left (or today, if they are still a member). Spans of different people are
joined, so two people one after the other count once, and a gap with nobody
counts as a gap. People without a joining date cannot be placed in time and are
left out (the roster's "joined" column fills that in).

``today`` is always a parameter. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wizard.model.project import Organisation, Project

DAYS_A_YEAR = 365.25


@dataclass(frozen=True)
class Tenure:
    organisation: Organisation
    first_joined: date
    days: int
    """Days with at least one member, up to today."""
    represented_now: bool

    @property
    def years(self) -> float:
        return self.days / DAYS_A_YEAR


@dataclass(frozen=True)
class Bucket:
    label: str
    below_years: float | None
    """Upper bound (exclusive); None for the last, open-ended bucket."""


BUCKETS: tuple[Bucket, ...] = (
    Bucket("Under 1 year", 1),
    Bucket("1 to 2 years", 2),
    Bucket("2 to 5 years", 5),
    Bucket("5 years or more", None),
)


def _spans(project: Project, organisation_id: str, today: date) -> list[tuple[date, date]]:
    """Each dated member's time on the task force, up to today. A former member with no
    leaving date cannot be placed, so is left out rather than guessed."""
    spans = []
    for member in project.members:
        start = member.joined_on
        if member.organisation_id != organisation_id or start is None or start > today:
            continue
        if member.status == "member":
            end = today
        elif member.status == "left" and member.left_on is not None:
            end = min(member.left_on, today)
        else:
            continue
        if end >= start:
            spans.append((start, end))
    return sorted(spans)


def _joined_days(spans: list[tuple[date, date]]) -> int:
    """Days covered by the union of the spans (counting each day once)."""
    total = 0
    current: tuple[date, date] | None = None
    for start, end in spans:
        if current is None:
            current = (start, end)
        elif start <= current[1]:
            current = (current[0], max(current[1], end))
        else:
            total += (current[1] - current[0]).days
            current = (start, end)
    if current is not None:
        total += (current[1] - current[0]).days
    return total


def tenures(project: Project, today: date) -> list[Tenure]:
    """Each organization that has had a dated member, longest represented first."""
    found = []
    for organisation in project.organisations:
        spans = _spans(project, organisation.id, today)
        if not spans:
            continue
        now = any(
            m.organisation_id == organisation.id and m.status == "member" for m in project.members
        )
        found.append(
            Tenure(
                organisation=organisation,
                first_joined=spans[0][0],
                days=_joined_days(spans),
                represented_now=now,
            )
        )
    return sorted(found, key=lambda t: (-t.days, t.organisation.name.casefold()))


def distribution(found: list[Tenure]) -> list[tuple[Bucket, int]]:
    """How many organizations fall in each bucket of years represented."""
    counts = dict.fromkeys(BUCKETS, 0)
    for tenure in found:
        for bucket in BUCKETS:
            if bucket.below_years is None or tenure.years < bucket.below_years:
                counts[bucket] += 1
                break
    return list(counts.items())


def undated_members(project: Project) -> int:
    """Members and former members whose joining date is not known."""
    return sum(1 for m in project.members if m.status in ("member", "left") and m.joined_on is None)


def years_text(days: int) -> str:
    """'3 months', '1 year and 2 months', '4 years'."""
    months = round(days / (DAYS_A_YEAR / 12))
    years, months = divmod(months, 12)
    if years == 0:
        return "less than a month" if months == 0 else _plural(months, "month")
    if months == 0:
        return _plural(years, "year")
    return f"{_plural(years, 'year')} and {_plural(months, 'month')}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
