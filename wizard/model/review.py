"""What was entered in Phase 1 and Phase 2, step by step, as plain data.

The review pages draw it; anything else that wants a readable summary
(a document, the command line) can reuse it. Each section carries its step's
state and missing items straight from :func:`wizard.model.progress.step_progress`,
so the review can never disagree with the navigator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from wizard.model import activities, clock, gaps, mous, reference, training
from wizard.model.day_words import day_text
from wizard.model.progress import (
    StepState,
    membership_count,
    missing_sectors,
    packet_gaps_by_phase1,
    sectors_with_members,
    step_progress,
)
from wizard.model.project import Activity, OutreachPlan, Project, Subcommittee, Training
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
    "ovca": "OCVA state grant",
    "voca": "VOCA federal grant",
    "county_budget": "County or agency budget",
    "other": "Other",
    "none_yet": "No funding yet",
}

REVIEW_STEP_ID = "phase1_review"
PHASE2_REVIEW_STEP_ID = "phase2_review"


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


# ----- Phase 2 ------------------------------------------------------------------------

OUTREACH_STATUS_LABELS = {
    "planned": "Planned",
    "contacted": "Contacted",
    "joined": "Joined",
    "declined": "Declined",
}
NO_NAME = "(no name yet)"


def _sector_name(sector_id: str | None) -> str:
    if sector_id is None:
        return "No sector given"
    try:
        return reference.sector_by_id(sector_id).name
    except KeyError:
        return sector_id


def _member_name(project: Project, member_id: str | None) -> str:
    member = project.member(member_id)
    if member is None:
        return ""
    return member.name.strip() or NO_NAME


def _leadership_lines(project: Project, today: date) -> list[ReviewLine]:
    chair = project.chair
    lines = [_line("Chair", chair.contact.name), _line("Role", chair.role)]
    if chair.contact.organisation.strip():
        lines.append(ReviewLine("Organization", chair.contact.organisation.strip()))
    known = {duty.id: duty.text for duty in reference.chair_duties()}
    chosen = [known[duty_id] for duty_id in known if duty_id in chair.duties]
    # One duty a line: a list reads more easily than one long sentence.
    duties = f"{len(chosen)} of {len(known)}:\n" + "\n".join(chosen) if chosen else ""
    lines.append(_line("Chair's duties", duties))
    lines.append(_line("How the work is split", chair.work_split))
    return lines


def _committee_value(project: Project, committee: Subcommittee) -> str:
    people = gaps.committee_people(project, committee)
    sectors = gaps.committee_sectors(project, committee)
    members = _plural(len(people), "person", "people")
    if sectors:
        members += " from " + ", ".join(sector.name for sector in sectors)
    parts = [
        f"Charge: {committee.charge.strip() or 'not written yet'}",
        f"Chair: {_member_name(project, committee.chair_member_id) or 'not chosen yet'}",
        f"Members: {members}",
        f"Meets: {committee.meets.strip() or 'not agreed yet'}",
    ]
    return "\n".join(parts)


def _subcommittees_lines(project: Project, today: date) -> list[ReviewLine]:
    if not project.subcommittees:
        return [_line("Subcommittees", "")]
    lines = [ReviewLine("Subcommittees", str(len(project.subcommittees)))]
    for committee in project.subcommittees:
        lines.append(
            ReviewLine(committee.name.strip() or NO_NAME, _committee_value(project, committee))
        )
    return lines


def _outreach_value(plan: OutreachPlan) -> str:
    who = plan.who_reaches_out.strip() or "someone not chosen yet"
    whom = plan.reach_out_to.strip() or "a contact still to find"
    text = f"{who} reaches out to {whom}"
    if plan.due_on is not None:
        text += f" by {day_text(plan.due_on)}"
    return f"{text}.\nStatus: {OUTREACH_STATUS_LABELS[plan.status]}"


def _sector_list(sectors: tuple[reference.Sector, ...], none: str) -> str:
    return ", ".join(sector.name for sector in sectors) if sectors else none


def _missing_voices_lines(project: Project, today: date) -> list[ReviewLine]:
    analysis = gaps.analyse(project)
    lines = [
        ReviewLine(
            "Missing from the roster",
            _sector_list(analysis.gaps("membership"), "None: every sector has a member"),
        ),
        ReviewLine(
            "No voice in leadership",
            _sector_list(analysis.gaps("leadership"), "None: every sector has a leading seat"),
        ),
        ReviewLine(
            "On no subcommittee",
            _sector_list(analysis.gaps("subcommittees"), "None: every sector sits on one"),
        ),
    ]
    silent = analysis.without_influence()
    if silent:
        lines.append(ReviewLine("On the roster but without a say", _sector_list(silent, "")))
    if not project.outreach:
        lines.append(_line("Outreach plans", ""))
        return lines
    counts = [
        f"{n} {label.lower()}"
        for status, label in OUTREACH_STATUS_LABELS.items()
        if (n := sum(1 for plan in project.outreach if plan.status == status))
    ]
    lines.append(ReviewLine("Outreach plans", f"{len(project.outreach)} ({', '.join(counts)})"))
    for plan in project.outreach:
        label = f"{_sector_name(plan.sector)}: {gaps.LEVEL_TITLES[plan.level].lower()}"
        lines.append(ReviewLine(label, _outreach_value(plan)))
    return lines


def _mou_value(row: mous.TrackerRow) -> str:
    if row.status == "signed" and row.signed_on is not None:
        parts = [f"Signed {day_text(row.signed_on)}"]
    else:
        parts = [mous.STATUS_LABELS[row.status]]
        if row.signed_on is not None:
            parts.append(f"signed {day_text(row.signed_on)}")
    if row.ends_on is not None:
        parts.append(f"ends {day_text(row.ends_on)}")
    text = ", ".join(parts)
    if row.flag:
        text += f" ({row.flag})"
    if row.signatory:
        text += f"\nSignatory: {row.signatory}"
    return text


def _mous_lines(project: Project, today: date) -> list[ReviewLine]:
    rows = mous.tracker_rows(project, today)
    if not rows:
        return [_line("MOUs", "")]
    lines = [ReviewLine("MOUs", mous.tracker_summary(rows))]
    lines += [ReviewLine(row.name, _mou_value(row)) for row in rows]
    return lines


def _trainer_text(project: Project) -> str:
    plan = project.training
    if plan.region_has_trainer is None:
        return ""
    if not plan.region_has_trainer:
        return "No, not yet"
    name = plan.trainer_name.strip()
    return f"Yes: {name}" if name else "Yes"


def _training_value(session: Training, today: date) -> str:
    kind = training.KIND_LABELS[session.kind]
    if session.held_on is None:
        when = "date not set"
    elif training.is_held(session, today):
        when = f"held {day_text(session.held_on)}"
    else:
        when = f"planned for {day_text(session.held_on)}"
    lines = [f"{kind} training, {when}"]  # one fact a line, not one long sentence
    if session.trainer.strip():
        lines.append(f"Led by {session.trainer.strip()}")
    lines.append(_plural(len(session.attendee_member_ids), "person", "people") + " on the list")
    return "\n".join(lines)


def _training_lines(project: Project, today: date) -> list[ReviewLine]:
    lines = [_line("A CSEC trainer in the region", _trainer_text(project))]
    sessions = project.training.trainings
    if not sessions:
        lines.append(_line("Trainings", ""))
    else:
        lines.append(ReviewLine("Trainings", str(len(sessions))))
        for session in sessions:
            title = session.title.strip() or NO_NAME
            lines.append(ReviewLine(title, _training_value(session, today)))
    share = training.overall_share(project, today)
    lines.append(
        ReviewLine(
            "Members with basic training",
            training.share_text(share.basic, share.members),
            entered=bool(share.members),
        )
    )
    return lines


def _activity_value(activity: Activity, today: date) -> str:
    parts = [activities.KIND_LABELS[activity.kind]]
    if activity.held_on is None:
        parts.append("date not set")
    elif activities.is_held(activity, today):
        parts.append(f"held {day_text(activity.held_on)}")
    else:
        parts.append(f"planned for {day_text(activity.held_on)}")
    text = ", ".join(parts)
    details = [
        f"For: {activity.audience.strip()}" if activity.audience.strip() else "",
        f"Led by: {activity.led_by.strip()}" if activity.led_by.strip() else "",
        f"Came: {activity.attendance}" if activity.attendance is not None else "",
    ]
    shown = [detail for detail in details if detail]
    return text + ("\n" + ". ".join(shown) if shown else "")


def _activities_lines(project: Project, today: date) -> list[ReviewLine]:
    lines: list[ReviewLine] = []
    if not project.activities:
        lines.append(_line("Activities", ""))
    else:
        lines.append(ReviewLine("Activities", activities.totals(project.activities, today).summary))
        for activity in project.activities:
            label = activity.topic.strip() or "(no topic yet)"
            lines.append(ReviewLine(label, _activity_value(activity, today)))
    lines.append(_line("Community advocates", project.community_advocates))
    return lines


_LINES: dict[str, Callable[[Project], list[ReviewLine]]] = {
    "what_is": _what_is_lines,
    "coordinator": _coordinator_lines,
    "members": _members_lines,
    "mission": _mission_lines,
    "approach": _approach_lines,
}
_DATED_LINES: dict[str, Callable[[Project, date], list[ReviewLine]]] = {
    "leadership": _leadership_lines,
    "subcommittees": _subcommittees_lines,
    "missing_voices": _missing_voices_lines,
    "mous": _mous_lines,
    "training": _training_lines,
    "activities": _activities_lines,
}
"""Phase 2 summaries depend on the day: an MOU ending soon, a training still planned."""


def phase1_step_ids() -> tuple[str, ...]:
    """The Phase 1 steps the review covers: every Phase 1 step but the review itself."""
    return tuple(step.id for step in steps_in_group("phase1") if step.id != REVIEW_STEP_ID)


def phase2_step_ids() -> tuple[str, ...]:
    """The Phase 2 steps its review covers: every Phase 2 step but the review itself."""
    return tuple(step.id for step in steps_in_group("phase2") if step.id != PHASE2_REVIEW_STEP_ID)


def review_section(project: Project, step_id: str, today: date | None = None) -> ReviewSection:
    progress = step_progress(project, step_id)
    title = step_by_id(step_id).title
    lines: list[ReviewLine] = []
    if step_id in _LINES:
        lines = _LINES[step_id](project)
    elif step_id in _DATED_LINES:
        lines = _DATED_LINES[step_id](project, today or clock.today())
    return ReviewSection(step_id, title, progress.state, tuple(lines), progress.missing)


def phase1_review(project: Project) -> tuple[ReviewSection, ...]:
    """One section per Phase 1 step, in the navigator's order."""
    return tuple(review_section(project, step_id) for step_id in phase1_step_ids())


def phase2_review(project: Project, today: date) -> tuple[ReviewSection, ...]:
    """One section per Phase 2 step, in the navigator's order."""
    return tuple(review_section(project, step_id, today) for step_id in phase2_step_ids())


def export_readiness(project: Project) -> ExportReadiness:
    return ExportReadiness(packet_gaps_by_phase1(project))


def phase2_packet(project: Project) -> tuple[str, ...]:
    """What the starter packet carries from Phase 2, in words, with this project's counts."""
    committees = len(project.subcommittees)
    if committees:
        charter = (
            "The charter names your chair and lists "
            f"{_plural(committees, 'subcommittee', 'subcommittees')} with their charges."
        )
    else:
        charter = (
            "The charter names your chair; its subcommittee section fills in once you add some."
        )
    organisations = mous.organisations_needing_mou(project)
    signed = sum(1 for mou in project.mous if mou.status == "signed")
    if organisations:
        agreements = (
            f"One MOU per member organization ({len(organisations)}), with the details you "
            f"entered ({signed} signed so far)."
        )
    else:
        agreements = "An MOU for each member organization, once the roster has some."
    plans = len(project.outreach)
    outreach = (
        f"The outreach plan: where voices are missing, and your "
        f"{_plural(plans, 'plan', 'plans')} to reach them."
        if plans
        else "The outreach plan: where voices are missing, ready for your plans to reach them."
    )
    training_plan = (
        "A training plan: who can train, the trainings held, and the share of members trained."
    )
    return (charter, agreements, outreach, training_plan)
