"""The project: everything a coordinator enters, as one pydantic object.

This object is the single source of truth. The window reads and writes it, the
documents are made from it, and the project file is its JSON. Anything another
part refers to has a stable ``id``; references are checked whenever a project
is validated (so a hand-edited or damaged file cannot smuggle in a dangling one).

Data about young people is counts only: there is deliberately no field that
could hold a young person's name or any other identifying detail.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from wizard.model import places, reference
from wizard.model.pydantic_plugins import skip_plugin_search
from wizard.model.steps import FIRST_STEP_ID, STEP_IDS

skip_plugin_search()  # before the first validator is built (see that module)

SCHEMA_VERSION = 4
"""Bump with a migration in ``wizard.storage.migrations`` whenever the shape changes."""

Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
Count = Annotated[int, Field(ge=0, le=10_000_000)]
Money = Annotated[Decimal, Field(ge=0, le=Decimal("1000000000"), decimal_places=2)]
Percent = Annotated[Decimal, Field(ge=0, le=100, decimal_places=2)]
Hours = Annotated[Decimal, Field(ge=0, le=1_000_000, decimal_places=2)]
"""Hours of in-kind time over a grant period (a year of full-time work is about 2,080)."""

MemberStatus = Literal["prospect", "invited", "member", "left"]
ProjectKind = Literal["new", "restart"]
PositionType = Literal["paid_full_time", "paid_part_time", "volunteer"]
PayPeriod = Literal["hour", "year"]
FundingSource = Literal["ovca", "voca", "county_budget", "other", "none_yet"]
DutyHolder = Literal["coordinator", "shared", "others"]
MouStatus = Literal["not_started", "drafted", "sent", "signed", "expired"]
GapLevel = Literal["membership", "leadership", "subcommittees"]
OutreachStatus = Literal["planned", "contacted", "joined", "declined"]
TrainingKind = Literal["basic", "extra"]
ActivityKind = Literal["provider_education", "community_event"]
FunderId = Literal["ovca", "voca"]
BudgetCategory = Literal[
    "personnel",
    "fringe",
    "travel",
    "equipment",
    "supplies",
    "contracts",
    "other",
    "indirect",
]
MatchKind = Literal["cash", "in_kind"]
WaiverBasis = Literal["tribe", "tribal_lands", "state_policy"]
TimeKind = Literal["staff", "volunteer"]
"""In-kind time given as match: a member's paid staff (valued at their pay) or unpaid
community volunteers (valued at a volunteer rate)."""


def new_id() -> str:
    """A short random id: unique enough for one project, readable in the JSON."""
    return uuid.uuid4().hex[:12]


class Record(BaseModel):
    """Base for every part of the project: unknown keys are an error, not silently dropped.

    ``defer_build``: pydantic builds a class's validator when the class is first used,
    not when it is defined. Built eagerly, every one of the thirty classes built its own
    (each again holding those of the classes inside it), 140 ms on importing this
    module; the Project's one validator, built on opening the first file, takes a
    fifth of that (issue 16). Validation itself is exactly the same.
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)


class Contact(Record):
    name: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""


class Region(Record):
    name: str = ""
    """The task force's name, e.g. 'Cascade Valley CSEC/Y Task Force'."""
    counties: list[str] = Field(default_factory=list)
    kind: ProjectKind | None = None


class Coordinator(Record):
    identified: bool | None = None
    """None until the user answers; False means 'not identified yet'."""
    contact: Contact = Field(default_factory=Contact)
    position: PositionType | None = None
    hours_per_week: Annotated[Decimal, Field(ge=0, le=80)] | None = None
    funding: FundingSource | None = None
    funding_other: str = ""
    duties: dict[str, DutyHolder] = Field(default_factory=dict)
    """Coordinator duty id -> who carries it."""
    reports_to: str = ""
    qualifications: str = ""
    pay_low: Money | None = None
    """The bottom of the pay range; None until the user gives it (the document shows a gap)."""
    pay_high: Money | None = None
    pay_per: PayPeriod = "hour"
    """Whether the range is an hourly rate or a yearly salary."""
    applications_close_on: date | None = None
    applications_to: Contact = Field(default_factory=Contact)
    """The person who takes applications (name and email): never made up by the program."""
    driving: bool | None = None
    """True if the job needs a driver's license and a car; None until the user answers."""
    mileage_paid: bool | None = None
    """Whether driving for the job is paid back per mile (asked when ``driving``)."""


class Chair(Record):
    contact: Contact = Field(default_factory=Contact)
    role: str = ""
    """For example 'Superior Court judge'."""
    member_id: Id | None = None
    duties: list[str] = Field(default_factory=list)
    """Chair duty ids the chair takes on."""
    work_split: str = ""


class Organisation(Record):
    id: Id = Field(default_factory=new_id)
    name: str = ""
    sector: str | None = None
    notes: str = ""


class Member(Record):
    id: Id = Field(default_factory=new_id)
    name: str = ""
    title: str = ""
    salutation: str = ""
    """How a letter greets them after 'Dear' ('Ms. Cole', 'Hannah'); blank: their first name."""
    organisation_id: Id | None = None
    sector: str | None = None
    status: MemberStatus = "prospect"
    email: str = ""
    phone: str = ""
    joined_on: date | None = None
    left_on: date | None = None
    notes: str = ""


class Goal(Record):
    id: Id = Field(default_factory=new_id)
    text: str = ""
    measure: str = ""
    """How the task force will tell the goal is met."""


class MissionPrompts(Record):
    who: str = ""
    what: str = ""
    where: str = ""
    how: str = ""


class Mission(Record):
    prompts: MissionPrompts = Field(default_factory=MissionPrompts)
    statement: str = ""
    vision: str = ""
    goals: list[Goal] = Field(default_factory=list)


class Principle(Record):
    id: Id = Field(default_factory=new_id)
    text: str = ""
    why: str = ""
    chosen: bool = True
    builtin: str | None = None
    """Key of the suggested commitment this one started from, None for the user's own."""


class Subcommittee(Record):
    id: Id = Field(default_factory=new_id)
    name: str = ""
    charge: str = ""
    chair_member_id: Id | None = None
    member_ids: list[Id] = Field(default_factory=list)
    meets: str = ""


class OutreachPlan(Record):
    id: Id = Field(default_factory=new_id)
    sector: str
    level: GapLevel = "membership"
    who_reaches_out: str = ""
    reach_out_to: str = ""
    due_on: date | None = None
    status: OutreachStatus = "planned"


class Mou(Record):
    id: Id = Field(default_factory=new_id)
    organisation_id: Id
    status: MouStatus = "not_started"
    signed_on: date | None = None
    ends_on: date | None = None
    signatory_name: str = ""
    signatory_title: str = ""
    task_force_commitments: str = ""
    organisation_commitments: str = ""
    confidentiality: str = ""
    data_shared: list[str] = Field(default_factory=list)
    training_commitment: str = ""
    roles: str = ""
    """The organization's own roles and responses, one per line; empty: its sector's
    usual roles (wizard.model.mous.default_roles)."""
    contact_member_id: Id | None = None
    """The roster member who is the organization's contact; None: the first member
    from that organization on the roster."""
    needs_approval: bool = False
    """The organization's governing body (a county council, a school board, a tribal
    council) must approve the agreement before it takes effect."""
    approval_body: str = ""
    """Which body approves it, e.g. 'Board of Directors'."""


class MouOptions(Record):
    """Choices that hold for every agreement, not for one organization's."""

    all_members: bool = False
    """Also make one MOU signed by every member organization (a multi-party version)."""
    host_agent: str = ""
    """The agency that hosts the task force or acts as its fiscal agent, if any: it
    signs the MOUs beside the coordinator."""


class Training(Record):
    id: Id = Field(default_factory=new_id)
    kind: TrainingKind = "basic"
    title: str = ""
    held_on: date | None = None
    trainer: str = ""
    attendee_member_ids: list[Id] = Field(default_factory=list)


class TrainingPlan(Record):
    region_has_trainer: bool | None = None
    trainer_name: str = ""
    trainings: list[Training] = Field(default_factory=list)


class Activity(Record):
    id: Id = Field(default_factory=new_id)
    kind: ActivityKind = "community_event"
    topic: str = ""
    held_on: date | None = None
    audience: str = ""
    led_by: str = ""
    attendance: Count | None = None


class Meeting(Record):
    id: Id = Field(default_factory=new_id)
    held_on: date | None = None
    title: str = ""
    attendee_member_ids: list[Id] = Field(default_factory=list)
    guests: Count = 0
    notes: str = ""


CountKind = Literal[
    "youth_identified",
    "youth_referred",
    "youth_arrested",
    "youth_detained",
    "youth_charged",
    "buyers_arrested",
    "buyers_charged",
]
"""What a period counts. Young people are counted, never described."""
YOUTH_COUNTS: tuple[CountKind, ...] = (
    "youth_identified",
    "youth_referred",
    "youth_arrested",
    "youth_detained",
    "youth_charged",
)
"""Counts of young people: printed as 'fewer than N' when small (wizard.model.small_numbers)."""


class PeriodCount(Record):
    """One count for one period, and who reported it."""

    value: Count | None = None
    """None until entered."""
    not_collected: bool = False
    """An answer in its own right: nobody in the task force collects this count."""
    source_organisation_id: Id | None = None
    """The member organization that reported the count."""


SURVEY_KEY = r"^[A-Za-z0-9_-]{1,64}>[A-Za-z0-9_-]{1,64}$"
SURVEY_ANSWER = r"^[yn-]{3}$"
SurveyKey = Annotated[str, StringConstraints(pattern=SURVEY_KEY)]
SurveyAnswer = Annotated[str, StringConstraints(pattern=SURVEY_ANSWER)]


class Survey(Record):
    """The interconnectedness survey: each organization asked about every other one.

    ``answers`` maps "asking>about" (two organization ids) to three letters, for
    "do you know about them", "do you communicate", "do you refer young people to
    them": ``y`` yes, ``n`` no, ``-`` no answer. Kept compact on purpose: ten
    years of surveys of 60 organizations are 35,000 answers. Read and write it
    through wizard.model.survey.
    """

    taken_on: date | None = None
    organisation_ids: list[Id] = Field(default_factory=list)
    """The organizations asked, fixed when the survey was set up."""
    answers: dict[SurveyKey, SurveyAnswer] = Field(default_factory=dict)


class DataPeriod(Record):
    """Figures for one reporting period. Counts only, never a young person's details."""

    id: Id = Field(default_factory=new_id)
    label: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    counts: dict[CountKind, PeriodCount] = Field(default_factory=dict)
    survey: Survey | None = None
    notes: str = ""


SMALL_COUNT_DEFAULT = 10
"""Youth counts from 1 to N-1 leave the program as 'fewer than N' (domain brief)."""


class SccYear(Record):
    """One year's work with the SCC: when the annual report went and the meeting was
    attended. Kept by year, so a task force can show it kept up year after year."""

    year: int = Field(ge=2000, le=2200)
    report_sent_on: date | None = None
    meeting_attended_on: date | None = None
    challenges: str = ""
    """What held the task force back that year: goes into the annual report."""
    goal_progress: dict[Id, str] = Field(default_factory=dict)
    """Mission goal id -> how far the task force got with it that year."""
    notes: str = ""


class SccLiaison(Record):
    """How the task force works with the CSEC Statewide Coordinating Committee (SCC).

    The SCC contact is whoever the user was told to write to: the program never
    fills one in. The representative is the chair unless the user names someone
    else (toolkit: the chair represents the task force at SCC meetings)."""

    representative_member_id: Id | None = None
    """A roster member who represents the task force; None with no name means the chair."""
    representative_name: str = ""
    """A typed name, for someone not on the roster."""
    contact: Contact = Field(default_factory=Contact)
    report_due_on: date | None = None
    """This cycle's annual report due date, as the SCC announced it."""
    annual_meeting_on: date | None = None
    """This cycle's annual meeting date."""
    needs_from_state: str = ""
    """What the task force needs from the state: goes into the annual report."""
    history: list[SccYear] = Field(default_factory=list)
    notes: str = ""


class BudgetLine(Record):
    id: Id = Field(default_factory=new_id)
    category: BudgetCategory = "other"
    description: str = ""
    amount: Money = Decimal("0")
    justification: str = ""


class MatchSource(Record):
    id: Id = Field(default_factory=new_id)
    description: str = ""
    kind: MatchKind = "cash"
    amount: Money = Decimal("0")
    """The typed value of a cash or in-kind source. A source of time (``time`` set) is
    worth its hours × hourly rate instead: see wizard.model.grants.source_value."""
    time: TimeKind | None = None
    hours: Hours | None = None
    hourly_rate: Money | None = None
    """Staff time: the person's loaded pay (wage plus benefits) an hour, as the member
    organization pays it. Volunteer time: the volunteer rate the applicant uses."""
    organisation_id: Id | None = None
    """The member organization that gives the time (its letter of support states it)."""


class GrantDraft(Record):
    id: Id = Field(default_factory=new_id)
    funder: FunderId = "voca"
    title: str = ""
    applicant: Contact = Field(default_factory=Contact)
    starts_on: date | None = None
    ends_on: date | None = None
    counties: list[str] = Field(default_factory=list)
    match_percent: Percent = Decimal("20")
    budget: list[BudgetLine] = Field(default_factory=list)
    match_sources: list[MatchSource] = Field(default_factory=list)
    waiver_requested: bool = False
    waiver_basis: WaiverBasis | None = None
    """Why the match may be waived: see wizard.model.grants.WAIVER_BASES."""
    narrative: dict[str, str] = Field(default_factory=dict)


class PacketExport(Record):
    """A starter packet the user made: when, where, and how complete it was."""

    made_on: date
    folder: str = ""
    """The packet folder's full path on the user's computer (it never leaves it)."""
    documents: Count = 0
    gaps: Count = 0
    """Answers the packet still showed as '[to be decided: …]'."""


MAX_EXPORTS_KEPT = 20
"""The history of packets made is for 'when was the last one?', not an archive."""


class Project(Record):
    schema_version: Literal[4] = 4
    id: Id = Field(default_factory=new_id)
    """This task force's own id, made once: calendar events (stable UIDs across exports)
    and the statewide data file (one task force, one year, once) rely on it."""
    region: Region = Field(default_factory=Region)
    coordinator: Coordinator = Field(default_factory=Coordinator)
    chair: Chair = Field(default_factory=Chair)
    organisations: list[Organisation] = Field(default_factory=list)
    members: list[Member] = Field(default_factory=list)
    mission: Mission = Field(default_factory=Mission)
    principles: list[Principle] = Field(default_factory=list)
    subcommittees: list[Subcommittee] = Field(default_factory=list)
    outreach: list[OutreachPlan] = Field(default_factory=list)
    mous: list[Mou] = Field(default_factory=list)
    mou_options: MouOptions = Field(default_factory=MouOptions)
    training: TrainingPlan = Field(default_factory=TrainingPlan)
    activities: list[Activity] = Field(default_factory=list)
    community_advocates: str = ""
    meetings: list[Meeting] = Field(default_factory=list)
    data_periods: list[DataPeriod] = Field(default_factory=list)
    scc: SccLiaison = Field(default_factory=SccLiaison)
    grants: list[GrantDraft] = Field(default_factory=list)
    exports: list[PacketExport] = Field(default_factory=list, max_length=MAX_EXPORTS_KEPT)
    small_count_threshold: int = Field(default=SMALL_COUNT_DEFAULT, ge=2, le=100)
    step_notes: dict[str, str] = Field(default_factory=dict)
    last_step: str = FIRST_STEP_ID

    @model_validator(mode="after")
    def _check_consistency(self) -> Project:
        problems = consistency_problems(self)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def organisation(self, organisation_id: str | None) -> Organisation | None:
        return next((o for o in self.organisations if o.id == organisation_id), None)

    def member(self, member_id: str | None) -> Member | None:
        return next((m for m in self.members if m.id == member_id), None)


def _duplicates(ids: list[str]) -> set[str]:
    seen: set[str] = set()
    repeated: set[str] = set()
    for item in ids:
        if item in seen:
            repeated.add(item)
        seen.add(item)
    return repeated


def _unknown(values: list[str], allowed: frozenset[str] | set[str]) -> list[str]:
    return sorted({value for value in values if value not in allowed})


def _period_problems(period: DataPeriod, known_orgs: set[str]) -> list[str]:
    where = f"the figures for '{period.label}'"
    problems = [
        f"{where} name a source organization that does not exist ('{count.source_organisation_id}')"
        for count in period.counts.values()
        if count.source_organisation_id is not None
        and count.source_organisation_id not in known_orgs
    ]
    survey = period.survey
    if survey is None:
        return problems
    asked = set(survey.organisation_ids)
    for unknown in _unknown(survey.organisation_ids, known_orgs):
        problems.append(f"{where} survey an organization that does not exist ('{unknown}')")
    if len(asked) != len(survey.organisation_ids):
        problems.append(f"{where} survey an organization twice")
    pairs = [key.split(">") for key in survey.answers]
    for unknown in _unknown([org for pair in pairs for org in pair], asked):
        problems.append(f"{where} hold survey answers from or about '{unknown}', not asked")
    return problems


def consistency_problems(project: Project) -> list[str]:
    """Every reference and code in the project that points at nothing, in plain words."""
    problems: list[str] = []
    org_ids = [o.id for o in project.organisations]
    member_ids = [m.id for m in project.members]
    for label, ids in (("organization", org_ids), ("member", member_ids)):
        for duplicate in sorted(_duplicates(ids)):
            problems.append(f"two {label}s share the id '{duplicate}'")
    known_orgs, known_members = set(org_ids), set(member_ids)

    def check_members(where: str, ids: list[str]) -> None:
        for missing in _unknown(ids, known_members):
            problems.append(f"{where} refers to a member that does not exist ('{missing}')")

    for member in project.members:
        if member.organisation_id is not None and member.organisation_id not in known_orgs:
            problems.append(
                f"member '{member.name}' belongs to an organization that does not exist "
                f"('{member.organisation_id}')"
            )
    for grant in project.grants:
        for source in grant.match_sources:
            if source.organisation_id is not None and source.organisation_id not in known_orgs:
                problems.append(
                    f"a match source of grant '{grant.title}' is given by an organization "
                    f"that does not exist ('{source.organisation_id}')"
                )
    for mou in project.mous:
        if mou.organisation_id not in known_orgs:
            problems.append(
                f"an MOU is for an organization that does not exist ('{mou.organisation_id}')"
            )
        if mou.contact_member_id is not None:
            check_members("an MOU's contact person", [mou.contact_member_id])
    if project.chair.member_id is not None:
        check_members("the chair", [project.chair.member_id])
    for committee in project.subcommittees:
        chair = [committee.chair_member_id] if committee.chair_member_id else []
        check_members(f"subcommittee '{committee.name}'", chair + committee.member_ids)
    if project.scc.representative_member_id is not None:
        check_members("the SCC representative", [project.scc.representative_member_id])
    for repeated in sorted(_duplicates([str(y.year) for y in project.scc.history])):
        problems.append(f"the SCC history has the year {repeated} twice")
    goal_ids = {goal.id for goal in project.mission.goals}
    for entry in project.scc.history:
        for unknown in _unknown(list(entry.goal_progress), goal_ids):
            problems.append(
                f"the SCC history for {entry.year} names a goal that does not exist ('{unknown}')"
            )
    for training in project.training.trainings:
        check_members(f"training '{training.title}'", training.attendee_member_ids)
    for meeting in project.meetings:
        check_members(f"meeting '{meeting.title}'", meeting.attendee_member_ids)
    for duplicate in sorted(_duplicates([period.id for period in project.data_periods])):
        problems.append(f"two periods of figures share the id '{duplicate}'")
    for period in project.data_periods:
        problems += _period_problems(period, known_orgs)

    sectors = reference.sector_ids()
    used_sectors = [s for s in [o.sector for o in project.organisations] if s is not None]
    used_sectors += [s for s in [m.sector for m in project.members] if s is not None]
    used_sectors += [plan.sector for plan in project.outreach]
    for unknown in _unknown(used_sectors, sectors):
        problems.append(f"'{unknown}' is not one of the sectors this program knows")
    counties = set(places.counties())
    all_counties = project.region.counties + [c for g in project.grants for c in g.counties]
    for unknown in _unknown(all_counties, counties):
        problems.append(f"'{unknown}' is not a Washington county")
    duty_ids = {duty.id for duty in reference.coordinator_duties()}
    for unknown in _unknown(list(project.coordinator.duties), duty_ids):
        problems.append(f"'{unknown}' is not a coordinator duty")
    chair_duty_ids = {duty.id for duty in reference.chair_duties()}
    for unknown in _unknown(project.chair.duties, chair_duty_ids):
        problems.append(f"'{unknown}' is not a chair duty")
    for unknown in _unknown([project.last_step, *project.step_notes], set(STEP_IDS)):
        problems.append(f"'{unknown}' is not a step of the program")
    return problems
