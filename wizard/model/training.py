"""Training: who has completed basic and extra CSEC training, and the share trained.

Rules, decided here once for the page, the training plan document and the tests:

- a person has completed a kind of training when they are an attendee of a
  training of that kind that has been held: dated today or earlier, or with no
  date at all (the user recorded who came, so it happened). A training dated
  after today is *planned*: its attendees have signed up, not completed;
- "when" is the earliest known date of such a training (None if every one they
  attended is undated);
- the share trained counts people whose roster status is 'member', the same
  people the roster counts as the task force; it is an exact fraction, and a
  percentage is only rounded for display, never to 0% or 100% unless exact;
- extra training is recommended for local law enforcement, community advocates,
  CPS, youth service providers, prosecutors and defense attorneys.

``today`` is always a parameter. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from wizard.model import reference
from wizard.model.project import Member, Project, Training, TrainingKind

EXTRA_TRAINING_SECTORS: tuple[str, ...] = (
    "law_enforcement",
    "community_advocates",
    "cps",
    "youth_services",
    "prosecutors",
    "defense",
)
SUGGESTED_COURSE = "Responding to Sexual Exploitation and Trafficking of Youth"
"""The course most surveyed members had taken (over 70%)."""
KIND_LABELS: dict[TrainingKind, str] = {"basic": "Basic", "extra": "Extra"}
NO_SECTOR = "No sector given"


def extra_recommended(sector_id: str | None) -> bool:
    return sector_id in EXTRA_TRAINING_SECTORS


def is_held(training: Training, today: date) -> bool:
    """Held (or undated); a training dated after today is still planned."""
    return training.held_on is None or training.held_on <= today


def counted_members(project: Project) -> list[Member]:
    """The people the share is worked out over: roster status 'member'."""
    return [m for m in project.members if m.status == "member"]


@dataclass(frozen=True)
class Completion:
    """What one person has completed: each kind's done flag and earliest known date."""

    member: Member
    basic_done: bool
    basic_on: date | None
    extra_done: bool
    extra_on: date | None
    extra_recommended: bool
    basic_planned: date | None = None
    """The next training of that kind they are signed up for, if it is still to come."""
    extra_planned: date | None = None


def _attended(project: Project, kind: TrainingKind, today: date) -> dict[str, date | None]:
    """member id -> earliest known date they completed a held training of ``kind``."""
    done: dict[str, date | None] = {}
    for training in project.training.trainings:
        if training.kind != kind or not is_held(training, today):
            continue
        for member_id in training.attendee_member_ids:
            day = training.held_on
            if member_id not in done:
                done[member_id] = day
            else:
                known = done[member_id]
                if day is not None and (known is None or day < known):
                    done[member_id] = day
    return done


def _planned(project: Project, kind: TrainingKind, today: date) -> dict[str, date]:
    """member id -> the soonest training of ``kind`` still to come that they signed up for."""
    planned: dict[str, date] = {}
    for training in project.training.trainings:
        day = training.held_on
        if training.kind != kind or day is None or day <= today:
            continue
        for member_id in training.attendee_member_ids:
            if member_id not in planned or day < planned[member_id]:
                planned[member_id] = day
    return planned


def completions(
    project: Project, today: date, members: list[Member] | None = None
) -> list[Completion]:
    """Completion for each of ``members`` (by default the counted members), in that order."""
    basic = _attended(project, "basic", today)
    extra = _attended(project, "extra", today)
    basic_planned = _planned(project, "basic", today)
    extra_planned = _planned(project, "extra", today)
    people = counted_members(project) if members is None else members
    return [
        Completion(
            member=member,
            basic_done=member.id in basic,
            basic_on=basic.get(member.id),
            extra_done=member.id in extra,
            extra_on=extra.get(member.id),
            extra_recommended=extra_recommended(member.sector),
            basic_planned=basic_planned.get(member.id),
            extra_planned=extra_planned.get(member.id),
        )
        for member in people
    ]


def still_need_basic(project: Project, today: date) -> list[Member]:
    """Members without basic training yet, by name."""
    people = [c.member for c in completions(project, today) if not c.basic_done]
    return sorted(people, key=_by_name)


def still_need_extra(project: Project, today: date) -> list[Member]:
    """Members in a sector that needs extra training who have not had it, by name."""
    people = [
        c.member for c in completions(project, today) if c.extra_recommended and not c.extra_done
    ]
    return sorted(people, key=_by_name)


def _by_name(member: Member) -> tuple[bool, str]:
    return (not member.name.strip(), member.name.casefold())


@dataclass(frozen=True)
class Share:
    """How many of a group of members completed basic (and extra) training."""

    sector_id: str | None
    name: str
    members: int
    basic: int
    extra_recommended: bool
    extra: int

    @property
    def basic_share(self) -> Fraction | None:
        return Fraction(self.basic, self.members) if self.members else None

    @property
    def extra_share(self) -> Fraction | None:
        return Fraction(self.extra, self.members) if self.members else None


def _share(sector_id: str | None, name: str, rows: list[Completion]) -> Share:
    return Share(
        sector_id=sector_id,
        name=name,
        members=len(rows),
        basic=sum(1 for row in rows if row.basic_done),
        extra_recommended=extra_recommended(sector_id),
        extra=sum(1 for row in rows if row.extra_done),
    )


def share_by_sector(project: Project, today: date) -> list[Share]:
    """One row per sector with at least one member, in the reference order; members
    without a sector come last."""
    rows = completions(project, today)
    shares = []
    for sector in reference.sectors():
        in_sector = [row for row in rows if row.member.sector == sector.id]
        if in_sector:
            shares.append(_share(sector.id, sector.name, in_sector))
    no_sector = [row for row in rows if row.member.sector is None]
    if no_sector:
        shares.append(_share(None, NO_SECTOR, no_sector))
    return shares


def overall_share(project: Project, today: date) -> Share:
    return _share(None, "All members", completions(project, today))


def percent(fraction: Fraction) -> int:
    """A whole percentage, rounded half up, but 100 only when everyone and 0 only when
    no one: '100%' must never hide one person still waiting."""
    value = int(fraction * 100 + Fraction(1, 2))
    if fraction < 1:
        value = min(value, 99)
    if fraction > 0:
        value = max(value, 1)
    return value


def share_text(done: int, total: int) -> str:
    """'5 of 7 (71%)', or 'no members yet'."""
    if total == 0:
        return "no members yet"
    return f"{done} of {total} ({percent(Fraction(done, total))}%)"


def attendee_choices(project: Project) -> list[Member]:
    """Everyone on the roster, members first, then by name: a person who has since left
    or is only invited may still have come to a training."""
    return sorted(project.members, key=lambda m: (m.status != "member", *_by_name(m)))
