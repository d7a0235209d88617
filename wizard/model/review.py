"""What was entered in Phase 1, step by step, as plain data.

The Phase 1 review page draws it; anything else that wants a readable summary
(a document, the command line) can reuse it. Each section carries its step's
state and missing items straight from :func:`wizard.model.progress.step_progress`,
so the review can never disagree with the navigator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from wizard.model import reference
from wizard.model.progress import (
    StepState,
    membership_count,
    missing_sectors,
    sectors_with_members,
    step_progress,
)
from wizard.model.project import Project
from wizard.model.steps import step_by_id, steps_in_group

NOT_ENTERED = "Not entered yet"

STATE_LABELS: dict[StepState, str] = {
    StepState.DONE: "Done",
    StepState.IN_PROGRESS: "In progress",
    StepState.NOT_STARTED: "Not started yet",
}

POSITION_LABELS = {
    "paid_full_time": "Paid, full-time",
    "paid_part_time": "Paid, part-time",
    "volunteer": "Volunteer",
}

FUNDING_LABELS = {
    "ovca": "OVCA state grant",
    "voca": "VOCA federal grant",
    "county_budget": "County or agency budget",
    "other": "Other",
    "none_yet": "No funding yet",
}

REVIEW_STEP_ID = "phase1_review"


@dataclass(frozen=True)
class ReviewLine:
    label: str
    value: str
    entered: bool = True
    """False when ``value`` only says that nothing is there yet (drawn greyed)."""


@dataclass(frozen=True)
class ReviewSection:
    step_id: str
    title: str
    state: StepState
    lines: tuple[ReviewLine, ...]
    missing: tuple[str, ...]

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]


@dataclass(frozen=True)
class ExportReadiness:
    gaps: tuple[str, ...]
    """What the documents would still show as marked gaps (the export rule's list)."""

    @property
    def ready(self) -> bool:
        return not self.gaps

    @property
    def message(self) -> str:
        if self.ready:
            return "Everything in Phase 1 is filled in: your starter packet is ready to make."
        return (
            "You can make the starter packet now. Until you fill them in, these will "
            "appear as clearly marked gaps in the documents:"
        )


def _line(label: str, value: str) -> ReviewLine:
    """A line whose blank value reads 'Not entered yet' instead of an empty space."""
    value = value.strip()
    return ReviewLine(label, value) if value else ReviewLine(label, NOT_ENTERED, entered=False)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _hours(hours: Decimal) -> str:
    """20 rather than 20.00 or 2E+1."""
    return format(hours.normalize(), "f")


def _what_is_lines(project: Project) -> list[ReviewLine]:
    region = project.region
    kinds = {"new": "A new task force", "restart": "A restart of one that met before"}
    return [
        _line("Name", region.name),
        _line("Counties", ", ".join(region.counties)),
        _line("New or a restart", kinds.get(region.kind or "", "")),
    ]


def _duty_summary(duties: dict[str, str]) -> str:
    known = [duty.id for duty in reference.coordinator_duties()]
    holders = [duties.get(duty_id) for duty_id in known]
    parts = []
    for holder, words in (
        ("coordinator", "carried by the coordinator"),
        ("shared", "shared with the chair or members"),
        ("others", "left to others"),
        (None, "not decided yet"),
    ):
        count = holders.count(holder)
        if count or holder in ("coordinator", "shared"):
            parts.append(f"{count} {words}")
    return f"Of {len(known)}: " + "; ".join(parts)


def _coordinator_lines(project: Project) -> list[ReviewLine]:
    c = project.coordinator
    lines: list[ReviewLine] = []
    if c.identified is None:
        lines.append(_line("Coordinator", ""))
    elif not c.identified:
        lines.append(ReviewLine("Coordinator", "Not identified yet"))
    else:
        lines.append(_line("Coordinator", c.contact.name))
        for label, value in (
            ("Organization", c.contact.organisation),
            ("Email", c.contact.email),
            ("Phone", c.contact.phone),
        ):
            if value.strip():
                lines.append(ReviewLine(label, value.strip()))
    lines.append(_line("Position", POSITION_LABELS.get(c.position or "", "")))
    lines.append(_line("Hours a week", _hours(c.hours_per_week) if c.hours_per_week else ""))
    funding = FUNDING_LABELS.get(c.funding or "", "")
    if c.funding == "other" and c.funding_other.strip():
        funding = f"Other: {c.funding_other.strip()}"
    lines.append(_line("Funding", funding))
    lines.append(_line("Duties", _duty_summary(dict(c.duties)) if c.duties else ""))
    for label, value in (("Reports to", c.reports_to), ("Qualifications", c.qualifications)):
        if value.strip():
            lines.append(ReviewLine(label, value.strip()))
    return lines


def _members_lines(project: Project) -> list[ReviewLine]:
    members = project.members
    count = membership_count(project)
    statuses = [("invited", "invited", "invited"), ("prospect", "prospect", "prospects")]
    statuses.append(("left", "who left", "who left"))
    others = [
        _plural(n, one, many)
        for status, one, many in statuses
        if (n := sum(1 for m in members if m.status == status))
    ]
    roster = _plural(len(members), "entry", "entries")
    if members and others:
        roster += " (" + ", ".join([_plural(count, "member", "members"), *others]) + ")"
    total = len(reference.sectors())
    covered = len(sectors_with_members(project))
    missing = [reference.sector_by_id(sector_id).name for sector_id in missing_sectors(project)]
    return [
        ReviewLine(
            "Members",
            _plural(count, "person", "people") + " with the status 'member'",
            entered=bool(count),
        ),
        ReviewLine("On the roster", roster, entered=bool(members)),
        ReviewLine(
            "Organizations",
            _plural(len(project.organisations), "organization", "organizations"),
            entered=bool(project.organisations),
        ),
        ReviewLine("Sectors covered", f"{covered} of {total}", entered=bool(covered)),
        ReviewLine(
            "Sectors still missing",
            ", ".join(missing) if missing else "None: every recommended sector has a member",
        ),
    ]


def _mission_lines(project: Project) -> list[ReviewLine]:
    mission = project.mission
    lines = [_line("Mission statement", mission.statement), _line("Vision", mission.vision)]
    if not mission.goals:
        lines.append(_line("Goals", ""))
    for number, goal in enumerate(mission.goals, start=1):
        text = goal.text.strip() or "(no wording yet)"
        measure = goal.measure.strip() or "not said yet"
        lines.append(ReviewLine(f"Goal {number}", f"{text}\nHow we'll know: {measure}"))
    return lines


def _approach_lines(project: Project) -> list[ReviewLine]:
    chosen = [p for p in project.principles if p.chosen]
    if not chosen:
        return [_line("Commitments chosen", "")]
    lines = [ReviewLine("Commitments chosen", str(len(chosen)))]
    for number, principle in enumerate(chosen, start=1):
        value = principle.text.strip() or "(no wording yet)"
        if principle.why.strip():
            value += f"\nWhy: {principle.why.strip()}"
        lines.append(ReviewLine(f"Commitment {number}", value))
    return lines


_LINES: dict[str, Callable[[Project], list[ReviewLine]]] = {
    "what_is": _what_is_lines,
    "coordinator": _coordinator_lines,
    "members": _members_lines,
    "mission": _mission_lines,
    "approach": _approach_lines,
}


def phase1_step_ids() -> tuple[str, ...]:
    """The Phase 1 steps the review covers: every Phase 1 step but the review itself."""
    return tuple(step.id for step in steps_in_group("phase1") if step.id != REVIEW_STEP_ID)


def review_section(project: Project, step_id: str) -> ReviewSection:
    progress = step_progress(project, step_id)
    title = step_by_id(step_id).title
    make_lines = _LINES.get(step_id)
    lines = make_lines(project) if make_lines else []
    return ReviewSection(step_id, title, progress.state, tuple(lines), progress.missing)


def phase1_review(project: Project) -> tuple[ReviewSection, ...]:
    """One section per Phase 1 step, in the navigator's order."""
    return tuple(review_section(project, step_id) for step_id in phase1_step_ids())


def export_readiness(project: Project) -> ExportReadiness:
    return ExportReadiness(step_progress(project, "export").missing)
