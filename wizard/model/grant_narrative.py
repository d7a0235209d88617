"""The words of a grant application, drawn from what the project already holds.

For each narrative section there is a short *prompt* (what to write, with the
project's own facts beside it) and a *starting draft* she can fill an empty
section with and then rewrite. Drafts only state what the project records;
what it cannot know is left as an '[Add ...]' note, which the checks ask her to
replace before the application goes out. Data about young people is counts only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from wizard.model.counts import definition, printed_number
from wizard.model.coverage import sector_coverage
from wizard.model.grants import SECTIONS, budget_total, funder, match_figures, waiver_basis_text
from wizard.model.meetings import attendance
from wizard.model.mission import counties_phrase
from wizard.model.money import percent_text, usd
from wizard.model.progress import StepState, step_progress
from wizard.model.project import DataPeriod, GrantDraft, Project
from wizard.model.steps import steps_in_group
from wizard.model.wording import CSECY_DEFINITION, RESEARCH_TITLE

MILESTONES: dict[str, str] = {
    "what_is": "settle the task force's name and the counties it covers",
    "coordinator": "confirm the coordinator position and who carries each duty",
    "members": "recruit members from every recommended sector",
    "mission": "adopt a mission, a vision and measurable goals",
    "approach": "agree on victim-centered, trauma-informed commitments",
    "leadership": "choose a chair and agree how the chair and coordinator share the work",
    "subcommittees": "set up subcommittees, such as demand reduction and education",
    "missing_voices": "reach out to the sectors that are still missing, in membership "
    "and in leadership",
    "mous": "sign a memorandum of understanding (MOU) with each member organization",
    "training": "give every member basic CSEC training, and extra training to the sectors "
    "that need it",
    "activities": "hold education sessions for service providers and events for the community",
    "scc": "send the annual report to the Statewide Coordinating Committee (SCC)",
}
QUARTERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("First quarter", ("what_is", "coordinator", "members", "mission", "approach",
                       "leadership", "subcommittees")),
    ("Second quarter", ("missing_voices", "mous")),
    ("Third quarter", ("training",)),
    ("Fourth quarter", ("activities", "scc")),
)  # fmt: skip
"""When in the grant year each milestone still open is planned."""

MEASURES = (
    "attendance at every task force meeting",
    "trainings held, and which members attended them",
    "how long each member organization has taken part",
    "arrests and charges of young people, and of buyers, reported by law enforcement",
    "whether member organizations know of each other, talk to each other and refer young "
    "people to each other, through a short yearly survey",
)


def _listed(items: Sequence[str], separator: str = ", ") -> str:
    """'a, b and c'; with separator '; ' for items that hold commas themselves."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    joiner = "; and " if separator == "; " else " and "
    return separator.join(items[:-1]) + joiner + items[-1]


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def _name(project: Project) -> str:
    """'the North Ridge CSEC/Y Task Force', as it reads inside a sentence."""
    name = project.region.name.strip()
    if not name:
        return "the task force"
    return name if name.casefold().startswith("the ") else f"the {name}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _region(project: Project, grant: GrantDraft) -> str:
    return counties_phrase(grant.counties or project.region.counties) or "the region"


def _latest_period(project: Project) -> DataPeriod | None:
    periods = [p for p in project.data_periods if p.ends_on is not None]
    if periods:
        return max(periods, key=lambda p: p.ends_on or date.min)
    return project.data_periods[-1] if project.data_periods else None


# ----- facts the prompts and drafts share ---------------------------------------------------


def coverage_lines(project: Project) -> list[str]:
    """'The roster shows 7 members from 7 of 13 recommended sectors.', then the sectors
    still missing on a line of their own: short lines read more easily than one long one."""
    coverage = sector_coverage(project)
    lines = [
        f"The roster shows {_plural(coverage.members, 'member', 'members')} from "
        f"{coverage.covered} of {coverage.total} recommended sectors."
    ]
    missing = [s.sector.name for s in coverage.missing]
    if missing:
        lines.append(f"Still missing: {_listed(missing)}.")
    return lines


def activity_facts(project: Project) -> list[str]:
    """What the task force has done so far, in counts, as sentence pieces."""
    facts = []
    meetings = [m for m in project.meetings if attendance(m)]  # a planned one has nobody yet
    if meetings:
        seats = sum(attendance(m) for m in meetings)
        average = round(seats / len(meetings))
        times = "once" if len(meetings) == 1 else f"{len(meetings):,} times"
        facts.append(f"met {times}, with {average} people at a meeting on average")
    trainings = project.training.trainings
    if trainings:
        trained = {person for t in trainings for person in t.attendee_member_ids}
        facts.append(
            f"held {_plural(len(trainings), 'training', 'trainings')} attended by "
            f"{_plural(len(trained), 'member', 'members')}"
        )
    for kind, one, many in (
        ("provider_education", "education session for service providers", "education "
         "sessions for service providers"),
        ("community_event", "community event", "community events"),
    ):  # fmt: skip
        held = [a for a in project.activities if a.kind == kind]
        if held:
            people = sum(a.attendance or 0 for a in held)
            text = f"held {_plural(len(held), one, many)}"
            facts.append(text + (f" that reached {people:,} people" if people else ""))
    return facts


def period_facts(project: Project) -> str:
    """The latest period's counts about young people and buyers, as one sentence.
    Small youth counts read 'fewer than N' (wizard.model.counts)."""
    period = _latest_period(project)
    if period is None:
        return ""
    parts = []
    for kind in ("youth_identified", "youth_referred", "buyers_arrested", "buyers_charged"):
        count = period.counts.get(kind)
        if count is not None and count.value is not None and not count.not_collected:
            number = printed_number(kind, count.value, project.small_count_threshold)
            parts.append(f"{number} {definition(kind).words}")
    if not parts:
        return ""
    label = period.label.strip() or "the latest period on record"
    return f"In {label}, members recorded {_listed(parts)}."


def _open_steps(project: Project) -> list[str]:
    return [
        step_id
        for step_id in MILESTONES
        if step_progress(project, step_id).state is not StepState.DONE
    ]


def _phase_steps() -> list[str]:
    ids = [s.id for group in ("phase1", "phase2") for s in steps_in_group(group)]
    return [step_id for step_id in ids if step_id in MILESTONES]


def _done_phase_steps(project: Project) -> list[str]:
    return [
        step_id
        for step_id in _phase_steps()
        if step_progress(project, step_id).state is StepState.DONE
    ]


def _signed_mous(project: Project) -> list[str]:
    names = []
    for mou in project.mous:
        organisation = project.organisation(mou.organisation_id)
        if mou.status == "signed" and organisation is not None and organisation.name.strip():
            names.append(organisation.name.strip())
    return names


def _organisation_names(project: Project) -> list[str]:
    used = {m.organisation_id for m in project.members if m.status == "member"}
    return sorted(
        (o.name.strip() for o in project.organisations if o.id in used and o.name.strip()),
        key=str.casefold,
    )


# ----- prompts --------------------------------------------------------------------------


def _need_prompt(project: Project, grant: GrantDraft) -> str:
    """The question, then the project's facts one to a line (not one long sentence)."""
    lines = [f"Who is at risk in {_region(project, grant)}, and what help is missing?"]
    lines += coverage_lines(project)
    done = activity_facts(project)
    if done:
        lines.append("So far the task force has:")
        lines += [f"• {fact}" for fact in done]
    lines.append("Add local figures if you have them.")
    return "\n".join(lines)


def _goals_prompt(project: Project, grant: GrantDraft) -> str:
    goals = [g for g in project.mission.goals if g.text.strip()]
    mission = "your mission statement" if project.mission.statement.strip() else "a mission"
    return (
        f"What will the grant make possible? Start from {mission} and your "
        f"{_plural(len(goals), 'goal', 'goals')}, each with how you will know it is met."
    )


def _design_prompt(project: Project, grant: GrantDraft) -> str:
    phases = _phase_steps()
    done = len(_done_phase_steps(project))
    return (
        "What will happen, and when, during the grant period? Phase 1 and Phase 2 have "
        f"{len(phases)} milestones: {done} done, {len(phases) - done} still to come. "
        "The timeline plans the ones still to come."
    )


def _capabilities_prompt(project: Project, grant: GrantDraft) -> str:
    organisations = len(_organisation_names(project))
    signed = len(_signed_mous(project))
    who = grant.applicant.organisation.strip() or "the applicant"
    return (
        f"Why can {who} and the task force deliver? Name the coordinator and chair. "
        f"On record: {_plural(organisations, 'member organization', 'member organizations')} "
        f"and {_plural(signed, 'signed MOU', 'signed MOUs')}."
    )


def _evaluation_prompt(project: Project, grant: GrantDraft) -> str:
    return (
        "How will you show the work makes a difference? Use the figures the task force "
        "already keeps (attendance, trainings, community events, counts from members) "
        "and the measure of each goal. Counts only, never a young person's details."
    )


def _sustainability_prompt(project: Project, grant: GrantDraft) -> str:
    return (
        "How will the coordinator and the work carry on after this grant? Think of MOUs, "
        "partners' own budgets, the county, and other grants."
    )


# ----- starting drafts ------------------------------------------------------------------


def _need_draft(project: Project, grant: GrantDraft) -> str:
    name, region = _name(project), _region(project, grant)
    paragraphs = [
        f"{_capital(name)} serves {region}. It brings together the people who respond to, serve or "
        "look after children and youth who are commercially sexually exploited. "
        + CSECY_DEFINITION,
    ]
    coverage = sector_coverage(project)
    missing = [s.sector.name for s in coverage.missing]
    roster = (
        f"The task force has {_plural(coverage.members, 'member', 'members')} from "
        f"{coverage.covered} of the {coverage.total} sectors recommended for a task force."
    )
    if missing:
        roster += f" Still missing from the table: {_listed(missing)}."
    paragraphs.append(roster)
    done = activity_facts(project)
    facts = f"So far it has {_listed(done, '; ')}." if done else ""
    facts = " ".join(part for part in (facts, period_facts(project)) if part)
    if facts:
        paragraphs.append(facts)
    paragraphs.append(
        f"A study of Washington's task forces, “{RESEARCH_TITLE}”, found coordinators "
        "overwhelmed and unsure where funding could come from, and advises a paid, "
        "dedicated coordinator. Many of the people it heard "
        "from named King County as the model task force, and a coordinator from another "
        "county put King County's success down in large part to its full-time coordinator. "
        f"This project would give {name} that coordinator."
    )
    paragraphs.append(
        "[Add local figures that show the need, for example from schools, law enforcement, "
        "youth shelters or child welfare.]"
    )
    return "\n\n".join(paragraphs)


def _goals_draft(project: Project, grant: GrantDraft) -> str:
    name = _name(project)
    statement = project.mission.statement.strip()
    opening = (
        f"This project pays for a coordinator for {name} and for the task force's "
        "activities, so that it can carry out its mission"
    )
    opening += f": {statement}" if statement else "."
    paragraphs = [opening]
    goals = [g for g in project.mission.goals if g.text.strip()]
    if goals:
        lines = ["Goals, and how we will know each is met:"]
        for number, goal in enumerate(goals, start=1):
            measure = goal.measure.strip()
            suffix = f" (measure: {measure})" if measure else ""
            lines.append(f"{number}. {goal.text.strip()}{suffix}")
        paragraphs.append("\n".join(lines))
    else:
        paragraphs.append("[Add three to seven goals, each with how you will know it is met.]")
    paragraphs.append(
        "Objectives for the grant period: hire or keep the coordinator; hold regular task "
        "force meetings; make sure every member completes basic CSEC training; and educate "
        "service providers and the community."
    )
    return "\n\n".join(paragraphs)


def _design_draft(project: Project, grant: GrantDraft) -> str:
    coordinator = project.coordinator
    who = coordinator.contact.name.strip() if coordinator.identified else ""
    lead = f"The coordinator, {who}," if who else "The coordinator"
    hours = coordinator.hours_per_week
    if hours:
        lead += f" working {format(hours.normalize(), 'f')} hours a week,"
    paragraphs = [
        f"{lead} leads the work, with the task force chair. The task force meets regularly "
        "throughout the grant period, and its subcommittees meet between meetings."
    ]
    done = _done_phase_steps(project)
    if done:
        paragraphs.append(
            "Already done: " + _listed([MILESTONES[step] for step in done], "; ") + "."
        )
    open_steps = set(_open_steps(project))
    timeline = ["Timeline:"]
    for label, steps in QUARTERS:
        planned = [MILESTONES[step] for step in steps if step in open_steps]
        if planned:
            timeline.append(f"{label}: {_listed(planned, '; ')}.")
    timeline.append("Throughout: record attendance and the task force's figures each period.")
    paragraphs.append("\n".join(timeline))
    return "\n\n".join(paragraphs)


def _capabilities_draft(project: Project, grant: GrantDraft) -> str:
    name = _name(project)
    applicant = grant.applicant.organisation.strip()
    paragraphs = []
    if applicant:
        paragraphs.append(f"{applicant} applies on behalf of {name} and manages the grant.")
    people = []
    coordinator = project.coordinator
    if coordinator.identified and coordinator.contact.name.strip():
        people.append(f"The coordinator is {coordinator.contact.name.strip()}.")
    chair = project.chair
    if chair.contact.name.strip():
        role = f", {chair.role.strip()}" if chair.role.strip() else ""
        people.append(f"The task force is chaired by {chair.contact.name.strip()}{role}.")
    organisations = _organisation_names(project)
    if organisations:
        people.append(
            f"Its members come from "
            f"{_plural(len(organisations), 'organization', 'organizations')}: "
            f"{_listed(organisations)}."
        )
    if people:
        paragraphs.append(" ".join(people))
    signed = _signed_mous(project)
    if signed:
        paragraphs.append(
            f"{_plural(len(signed), 'organization has', 'organizations have')} signed a "
            f"memorandum of understanding with the task force: {_listed(signed)}."
        )
    given = staff_time_given(project, grant)
    if given:
        paragraphs.append(
            "Member organizations back the project with their own staff's time, counted as "
            f"match at each one's pay: {_listed(given, '; ')}."
        )
    paragraphs.append(
        "[Add the applicant's experience managing grants and serving victims of crime.]"
    )
    return "\n\n".join(paragraphs)


def staff_time_given(project: Project, grant: GrantDraft) -> list[str]:
    """'North Ridge Public Health, 40 hours': the staff time each member organization gives
    to this draft as match (hours only: the budget shows the rates)."""
    given = []
    for source in grant.match_sources:
        organisation = project.organisation(source.organisation_id)
        if source.time != "staff" or organisation is None or not organisation.name.strip():
            continue
        hours = f", {_plural_hours(source.hours)}" if source.hours else ""
        given.append(f"{organisation.name.strip()}{hours}")
    return given


def _plural_hours(hours: Decimal) -> str:
    figure = format(hours.normalize(), "f")
    return f"{figure} hour" if hours == 1 else f"{figure} hours"


def _evaluation_draft(project: Project, grant: GrantDraft) -> str:
    paragraphs = [
        "The task force measures its progress with figures it keeps in counts only, never "
        "a young person's name or details:\n" + "\n".join(f"- {m}" for m in MEASURES) + "."
    ]
    goals = [g for g in project.mission.goals if g.text.strip() and g.measure.strip()]
    if goals:
        paragraphs.append(
            "Each goal has its own measure:\n"
            + "\n".join(f"- {g.text.strip()}: {g.measure.strip()}" for g in goals)
        )
    paragraphs.append(
        "The coordinator reports these figures to the members at least twice a year and "
        "to the Statewide Coordinating Committee in the task force's annual report."
    )
    return "\n\n".join(paragraphs)


def _sustainability_draft(project: Project, grant: GrantDraft) -> str:
    name = _name(project)
    paragraphs = [
        f"{_capital(name)} is a partnership, not a program: its member organizations keep taking "
        "part with their own staff, whether or not this grant continues."
    ]
    signed = _signed_mous(project)
    if signed:
        paragraphs.append(
            f"{_plural(len(signed), 'signed MOU sets', 'signed MOUs set')} out what each "
            "organization commits to, so the work does not depend on one person."
        )
    if project.training.region_has_trainer:
        paragraphs.append(
            "The region has its own CSEC trainer, so training can continue at little cost."
        )
    paragraphs.append(
        "During the grant period the coordinator and the chair will look for lasting funding "
        "for the position. [Add the sources you will approach, such as the county or "
        "partner agencies.]"
    )
    return "\n\n".join(paragraphs)


PROMPTS: dict[str, Callable[[Project, GrantDraft], str]] = {
    "need": _need_prompt,
    "goals": _goals_prompt,
    "design": _design_prompt,
    "capabilities": _capabilities_prompt,
    "evaluation": _evaluation_prompt,
    "sustainability": _sustainability_prompt,
}
DRAFTS: dict[str, Callable[[Project, GrantDraft], str]] = {
    "need": _need_draft,
    "goals": _goals_draft,
    "design": _design_draft,
    "capabilities": _capabilities_draft,
    "evaluation": _evaluation_draft,
    "sustainability": _sustainability_draft,
}
assert set(PROMPTS) == set(DRAFTS) == {s.key for s in SECTIONS}


def section_prompt(key: str, project: Project, grant: GrantDraft) -> str:
    return PROMPTS[key](project, grant)


def starting_draft(key: str, project: Project, grant: GrantDraft) -> str:
    return DRAFTS[key](project, grant)


def waiver_request(project: Project, grant: GrantDraft) -> str:
    """A short paragraph asking the funder to waive (or reduce) the match."""
    figures = match_figures(grant)
    applicant = grant.applicant.organisation.strip() or "The applicant"
    short = funder(grant.funder).short_name
    text = (
        f"{applicant} asks {short} to waive the match for this project"
        + (f", or to reduce it to the {usd(figures.pledged)} listed" if figures.pledged else "")
        + f". {_capital(_name(project))} is a partnership of public agencies and community "
        f"organizations in {_region(project, grant)} with no budget of its own; its members "
        "already give their time to it."
    )
    if figures.required is not None and figures.needed:
        text += (
            f" A match of {percent_text(figures.percent)} of the total project cost would be "
            f"{usd(figures.required)} on a request of {usd(budget_total(grant.budget))}."
        )
    if waiver_basis_text(grant.waiver_basis) is not None:
        return text  # the application states the basis and its rule above this text
    return text + " [Add which waiver applies: choose it on the grant step.]"
