"""How complete each step is: one pure function of the project.

The navigator's ticks, the review pages, ``taskforce-builder check`` and the
tests all call :func:`step_progress`, so they can never disagree. A rule lists
what is still missing in words a coordinator understands; advice that a county
may reasonably skip is not listed as missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from wizard.model import clock, gaps, reference
from wizard.model import scc as scc_rules
from wizard.model.counts import COUNTS, is_answered
from wizard.model.grants import grant_problems
from wizard.model.mous import end_date_problem, signed_date_problem
from wizard.model.project import Project
from wizard.model.steps import STEPS, steps_in_group
from wizard.model.validation import email_problem

MIN_GOALS = 3
MAX_GOALS = 7


class StepState(Enum):
    NOT_STARTED = "not started"
    IN_PROGRESS = "in progress"
    DONE = "done"


@dataclass(frozen=True)
class StepProgress:
    step_id: str
    state: StepState
    missing: tuple[str, ...]


@dataclass(frozen=True)
class _Finding:
    started: bool
    missing: list[str]


def _entries(count: int) -> str:
    return f"{count} roster entr{'y' if count == 1 else 'ies'}"


def sectors_with_members(project: Project) -> set[str]:
    """Sectors that have at least one member whose status is 'member'."""
    return {m.sector for m in project.members if m.status == "member" and m.sector}


def missing_sectors(project: Project) -> list[str]:
    """Recommended sectors with no member yet, in the reference order."""
    covered = sectors_with_members(project)
    return [s.id for s in reference.sectors() if s.id not in covered]


def membership_count(project: Project) -> int:
    return sum(1 for m in project.members if m.status == "member")


def _what_is(project: Project) -> _Finding:
    region = project.region
    missing = []
    if not region.name.strip():
        missing.append("the task force's name")
    if not region.counties:
        missing.append("the counties it covers")
    if region.kind is None:
        missing.append("whether it is new or a restart")
    return _Finding(bool(region.name.strip() or region.counties or region.kind), missing)


def _coordinator(project: Project) -> _Finding:
    c = project.coordinator
    missing = []
    if c.identified is None:
        missing.append("whether a coordinator has been found")
    elif c.identified and not c.contact.name.strip():
        missing.append("the coordinator's name")
    if c.position is None:
        missing.append("the kind of position")
    if not c.hours_per_week:
        missing.append("hours a week")
    if c.funding is None:
        missing.append("how the position is funded")
    elif c.funding == "other" and not c.funding_other.strip():
        missing.append("which other source funds the position")
    unassigned = len(reference.coordinator_duties()) - len(c.duties)
    if unassigned:
        missing.append(f"who carries each duty ({unassigned} not decided)")
    answered = (c.identified, c.position, c.funding, c.hours_per_week)
    typed = (c.reports_to, c.qualifications)
    started = any(a is not None for a in answered) or bool(c.duties)
    return _Finding(started or any(t.strip() for t in typed), missing)


def _members(project: Project) -> _Finding:
    missing = []
    if membership_count(project) == 0:
        missing.append("at least one person with the status 'member'")
    unnamed = sum(1 for m in project.members if not m.name.strip())
    if unnamed:
        missing.append(f"a name for {_entries(unnamed)}")
    no_sector = sum(1 for m in project.members if m.sector is None)
    if no_sector:
        missing.append(f"a sector for {_entries(no_sector)}")
    bad_emails = sum(1 for m in project.members if email_problem(m.email))
    if bad_emails:
        missing.append(f"a working email for {_entries(bad_emails)}")
    return _Finding(bool(project.members or project.organisations), missing)


def _mission(project: Project) -> _Finding:
    mission = project.mission
    missing = []
    if not mission.statement.strip():
        missing.append("a mission statement")
    if not mission.vision.strip():
        missing.append("a vision statement")
    goals = [g for g in mission.goals if g.text.strip()]
    if not MIN_GOALS <= len(goals) <= MAX_GOALS:
        missing.append(f"{MIN_GOALS} to {MAX_GOALS} goals (there are {len(goals)})")
    unmeasured = sum(1 for g in goals if not g.measure.strip())
    if unmeasured:
        missing.append(f"a way to tell each goal is met ({unmeasured} without one)")
    prompts = mission.prompts
    started = any(
        text.strip()
        for text in (
            mission.statement,
            mission.vision,
            prompts.who,
            prompts.what,
            prompts.where,
            prompts.how,
        )
    )
    return _Finding(started or bool(mission.goals), missing)


def _approach(project: Project) -> _Finding:
    chosen = [p for p in project.principles if p.chosen]
    missing = []
    if not chosen:
        missing.append("at least one commitment chosen")
    if any(not p.text.strip() for p in chosen):
        missing.append("wording for every chosen commitment")
    return _Finding(bool(project.principles), missing)


def _leadership(project: Project) -> _Finding:
    chair = project.chair
    missing = []
    if not chair.contact.name.strip():
        missing.append("the chair's name")
    if not chair.role.strip():
        missing.append("the chair's role")
    if not chair.duties:
        missing.append("the chair's duties")
    if not chair.work_split.strip():
        missing.append("how the chair and the coordinator share the work")
    typed = (chair.contact.name, chair.role, chair.work_split)
    started = any(t.strip() for t in typed) or bool(chair.duties) or chair.member_id is not None
    return _Finding(started, missing)


def _subcommittees(project: Project) -> _Finding:
    missing = []
    if not project.subcommittees:
        missing.append("at least one subcommittee")
    if any(not committee.name.strip() for committee in project.subcommittees):
        missing.append("a name for every subcommittee")
    for committee in project.subcommittees:
        label = committee.name.strip() or "a subcommittee"
        if not committee.charge.strip():
            missing.append(f"the charge of {label}")
        if not committee.member_ids and committee.chair_member_id is None:
            missing.append(f"members for {label}")
    return _Finding(bool(project.subcommittees), missing)


def _missing_voices(project: Project) -> _Finding:
    """A plan, with someone to reach out, for every sector missing from the roster and
    for every often-missing voice that is on the roster without any say (see
    :func:`wizard.model.gaps.plan_needed` for why not every gap at every level)."""
    missing = []
    for need in gaps.plan_needed(project):
        plans = need.plans(project)
        name = need.sector.name
        if not plans and need.levels == ("membership",):
            missing.append(f"an outreach plan for {name}")
        elif not plans:
            missing.append(f"a plan to give {name} a say in leadership or a subcommittee")
        elif not any(plan.who_reaches_out.strip() for plan in plans):
            missing.append(f"who reaches out to {name}")
    return _Finding(bool(project.outreach) or not missing, missing)


def _mous(project: Project) -> _Finding:
    """Every member organization has a signed MOU, with the date it was signed and an end
    date that is not before it. Whether a signed MOU has since ended depends on today's
    date, so the tracker flags that, not this rule (which stays a function of the project)."""
    member_orgs = {
        m.organisation_id
        for m in project.members
        if m.status == "member" and m.organisation_id is not None
    }
    signed = {mou.organisation_id for mou in project.mous if mou.status == "signed"}
    unsigned = [
        org.name or "an unnamed organization"
        for org in project.organisations
        if org.id in member_orgs and org.id not in signed
    ]
    unsigned += [
        _organisation_name(project, mou.organisation_id)
        for mou in project.mous
        if mou.organisation_id not in member_orgs and mou.organisation_id not in signed
    ]
    missing = [f"a signed MOU with {name}" for name in dict.fromkeys(unsigned)]
    if not member_orgs:
        missing.insert(0, "member organizations to sign MOUs with")
    for mou in project.mous:
        name = _organisation_name(project, mou.organisation_id)
        if signed_date_problem(mou):
            missing.append(f"the date the MOU with {name} was signed")
        if end_date_problem(mou):
            missing.append(f"an end date on or after the signing date for the MOU with {name}")
    return _Finding(bool(project.mous), missing)


def _organisation_name(project: Project, organisation_id: str) -> str:
    organisation = project.organisation(organisation_id)
    return (organisation.name if organisation else "") or "an unnamed organization"


def _training(project: Project) -> _Finding:
    """The trainer question answered (and who, if there is one), and a basic training
    with its date and the members who came: a training nobody is recorded at trains
    nobody. Every training needs a date, past or planned. How many members are trained
    yet is progress to report, not something missing."""
    plan = project.training
    missing = []
    if plan.region_has_trainer is None:
        missing.append("whether the region has a CSEC trainer")
    elif plan.region_has_trainer and not plan.trainer_name.strip():
        missing.append("who the region's CSEC trainer is")
    basics = [t for t in plan.trainings if t.kind == "basic"]
    if not basics:
        missing.append("a basic CSEC training")
    elif not any(t.held_on is not None and t.attendee_member_ids for t in basics):
        missing.append("who came to a basic CSEC training")
    undated = sum(1 for t in plan.trainings if t.held_on is None)
    if undated:
        missing.append(f"a date for {undated} training{'' if undated == 1 else 's'}")
    untitled = sum(1 for t in plan.trainings if not t.title.strip())
    if untitled:
        missing.append(f"a title for {untitled} training{'' if untitled == 1 else 's'}")
    started = plan.region_has_trainer is not None or bool(plan.trainings)
    return _Finding(started or bool(plan.trainer_name.strip()), missing)


def _activities(project: Project) -> _Finding:
    missing = []
    if not any(a.kind == "provider_education" for a in project.activities):
        missing.append("an education session for service providers")
    if not any(a.kind == "community_event" for a in project.activities):
        missing.append("a community event")
    untitled = sum(1 for a in project.activities if not a.topic.strip())
    if untitled:
        missing.append(f"a topic for every activity ({untitled} without one)")
    if not project.community_advocates.strip():
        missing.append("who the community advocates are")
    return _Finding(bool(project.activities or project.community_advocates.strip()), missing)


def _data_collection(project: Project) -> _Finding:
    """A meeting with its date and who came, and a period with every count answered.
    'Not collected' is an answer: a task force that does not gather a count says so."""
    missing = []
    recorded = [
        m for m in project.meetings if m.held_on is not None and (m.attendee_member_ids or m.guests)
    ]
    if not recorded:
        missing.append("a meeting with its date and who came")
    undated = sum(1 for m in project.meetings if m.held_on is None)
    if undated:
        missing.append(f"a date for {undated} meeting{'' if undated == 1 else 's'}")
    if not project.data_periods:
        missing.append("a period with its figures")
    for period in project.data_periods:
        label = period.label.strip() or "a period"
        if period.starts_on is None or period.ends_on is None:
            missing.append(f"the dates of {label}")
        elif period.ends_on < period.starts_on:
            missing.append(f"an end date after the start for {label}")
        blank = sum(1 for c in COUNTS if not is_answered(period.counts.get(c.kind)))
        if blank:
            missing.append(f"{blank} count{'' if blank == 1 else 's'} for {label}")
    return _Finding(bool(project.meetings or project.data_periods), missing)


def _scc(project: Project) -> _Finding:
    """Who represents us, the SCC contact, this year's dates, and, once a date has
    passed, whether the report went and someone attended (wizard.model.scc)."""
    return _Finding(scc_rules.started(project), scc_rules.missing(project, clock.today()))


def _grants(project: Project) -> _Finding:
    """Done when every draft passes the checks made before export (one is enough)."""
    missing = []
    if not project.grants:
        missing.append("a grant draft")
    for grant in project.grants:
        count = len(grant_problems(grant))
        if count:
            title = grant.title.strip() or "an untitled draft"
            missing.append(f"{count} check{'s' if count > 1 else ''} to fix in '{title}'")
    return _Finding(bool(project.grants), missing)


def _review(group_id: str) -> Callable[[Project], _Finding]:
    def rule(project: Project) -> _Finding:
        earlier = [s for s in steps_in_group(group_id) if s.id in _RULES]
        findings = [(s, _RULES[s.id](project)) for s in earlier]
        missing = [step.title for step, f in findings if f.missing or not f.started]
        return _Finding(any(f.started for _, f in findings), missing)

    return rule


def packet_gaps_by_phase1(project: Project) -> tuple[str, ...]:
    """The Phase 1 steps the starter packet still has gaps from."""
    return tuple(f"Phase 1 — {item}" for item in _review("phase1")(project).missing)


def _export(project: Project) -> _Finding:
    """Started once a packet has been made, and done when it was made from a complete
    Phase 1. What is listed is what the documents still show as gaps. A packet can be
    made again whenever the plan changes."""
    missing = list(packet_gaps_by_phase1(project))
    if not project.exports:
        missing.insert(0, "a starter packet made (the Export button)")
    return _Finding(bool(project.exports), missing)


_RULES: dict[str, Callable[[Project], _Finding]] = {
    "what_is": _what_is,
    "coordinator": _coordinator,
    "members": _members,
    "mission": _mission,
    "approach": _approach,
    "leadership": _leadership,
    "subcommittees": _subcommittees,
    "missing_voices": _missing_voices,
    "mous": _mous,
    "training": _training,
    "activities": _activities,
    "data_collection": _data_collection,
    "scc": _scc,
    "grants": _grants,
}
_DERIVED: dict[str, Callable[[Project], _Finding]] = {
    "phase1_review": _review("phase1"),
    "phase2_review": _review("phase2"),
    "export": _export,
}


def step_progress(project: Project, step_id: str) -> StepProgress:
    finding = (_RULES.get(step_id) or _DERIVED[step_id])(project)
    if not finding.missing and finding.started:
        state = StepState.DONE
    elif finding.started:
        state = StepState.IN_PROGRESS
    else:
        state = StepState.NOT_STARTED
    return StepProgress(step_id, state, tuple(finding.missing))


def all_progress(project: Project) -> list[StepProgress]:
    return [step_progress(project, step.id) for step in STEPS]
