"""Every dated thing ahead of the task force, in one list: planned meetings, MOU end
dates and the reminder before them, outreach "reach out by" dates, trainings, the SCC
report and annual meeting, and each grant's period end.

The SCC step, the welcome screen and the .ics calendar all ask :func:`upcoming` or
:func:`ahead`, so they never disagree. Each deadline's id comes from the object it is
about and its kind (never its place in a list), so the calendar can give each event a
UID that stays the same from one export to the next: importing the file again updates
events instead of doubling them.

Titles are plain and short, and never carry a member's contact details: a calendar
is often shared. ``today`` is always a parameter. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from wizard.model import day_words, reference
from wizard.model import scc as scc_rules
from wizard.model.mous import EXPIRY_WARNING_DAYS
from wizard.model.project import Project

DeadlineKind = Literal[
    "meeting",
    "training",
    "outreach",
    "mou_reminder",
    "mou_end",
    "scc_meeting",
    "scc_report",
    "grant_end",
]
KIND_ORDER: tuple[DeadlineKind, ...] = (
    "meeting",
    "training",
    "outreach",
    "mou_reminder",
    "mou_end",
    "scc_meeting",
    "scc_report",
    "grant_end",
)
"""Order of deadlines that fall on the same day."""

UPCOMING_SHOWN = 5


@dataclass(frozen=True)
class Deadline:
    id: str
    """'<kind>-<object id>', e.g. 'mou_end-mou-sheriff', or 'scc_report-2026'."""
    kind: DeadlineKind
    on: date
    title: str
    step: str
    """The step where the user changes it."""


def _meetings(project: Project) -> list[Deadline]:
    return [
        Deadline(
            f"meeting-{m.id}",
            "meeting",
            m.held_on,
            m.title.strip() or "Task force meeting",
            "data_collection",
        )
        for m in project.meetings
        if m.held_on is not None
    ]


def _trainings(project: Project) -> list[Deadline]:
    return [
        Deadline(
            f"training-{t.id}",
            "training",
            t.held_on,
            f"Training: {t.title.strip() or 'CSEC training'}",
            "training",
        )
        for t in project.training.trainings
        if t.held_on is not None
    ]


def _outreach(project: Project) -> list[Deadline]:
    names = {sector.id: sector.name for sector in reference.sectors()}
    return [
        Deadline(
            f"outreach-{plan.id}",
            "outreach",
            plan.due_on,
            f"Outreach due: {names.get(plan.sector, plan.sector)}",
            "missing_voices",
        )
        for plan in project.outreach
        if plan.due_on is not None and plan.status == "planned"  # contacted: done on time
    ]


def _mous(project: Project) -> list[Deadline]:
    """A signed MOU's last day, and a reminder 60 days before it (the MOU rule's window)."""
    found = []
    for mou in project.mous:
        if mou.status != "signed" or mou.ends_on is None:
            continue
        organisation = project.organisation(mou.organisation_id)
        name = (organisation.name.strip() if organisation else "") or "a member organization"
        found.append(
            Deadline(
                f"mou_reminder-{mou.id}",
                "mou_reminder",
                mou.ends_on - timedelta(days=EXPIRY_WARNING_DAYS),
                f"MOU with {name} ends in {EXPIRY_WARNING_DAYS} days: time to renew",
                "mous",
            )
        )
        found.append(
            Deadline(f"mou_end-{mou.id}", "mou_end", mou.ends_on, f"MOU with {name} ends", "mous")
        )
    return found


def _scc(project: Project) -> list[Deadline]:
    """The report's due date (until it is marked sent) and the annual meeting."""
    scc = project.scc
    found = []
    due = scc.report_due_on
    if due is not None and scc_rules.report_sent(project, due.year) is None:
        found.append(
            Deadline(f"scc_report-{due.year}", "scc_report", due, "SCC annual report due", "scc")
        )
    meeting = scc.annual_meeting_on
    if meeting is not None:
        found.append(
            Deadline(
                f"scc_meeting-{meeting.year}",
                "scc_meeting",
                meeting,
                "SCC annual meeting",
                "scc",
            )
        )
    return found


def _grants(project: Project) -> list[Deadline]:
    return [
        Deadline(
            f"grant_end-{grant.id}",
            "grant_end",
            grant.ends_on,
            f"Grant period ends: {grant.title.strip() or grant.funder.upper() + ' grant'}",
            "grants",
        )
        for grant in project.grants
        if grant.ends_on is not None
    ]


def all_deadlines(project: Project) -> list[Deadline]:
    """Every dated deadline the project holds, past ones too, by date."""
    found = (
        _meetings(project)
        + _trainings(project)
        + _outreach(project)
        + _mous(project)
        + _scc(project)
        + _grants(project)
    )
    return sorted(found, key=lambda d: (d.on, KIND_ORDER.index(d.kind), d.id))


def ahead(project: Project, today: date) -> list[Deadline]:
    """Deadlines from today on (today's included: it has not passed yet)."""
    return [d for d in all_deadlines(project) if d.on >= today]


def upcoming(project: Project, today: date, count: int = UPCOMING_SHOWN) -> list[Deadline]:
    """The next ``count`` deadlines, soonest first."""
    return ahead(project, today)[:count]


def when_text(deadline: Deadline, today: date) -> str:
    """'Today', 'Tomorrow', 'In 12 days': how the window lists a deadline."""
    return day_words.when_text(deadline.on, today)
