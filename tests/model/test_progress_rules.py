"""Each step's completeness rule: not started / in progress / done, and what it says is missing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from wizard.model import clock, reference
from wizard.model import scc as scc_rules
from wizard.model.commitments import adopt
from wizard.model.counts import COUNTS
from wizard.model.exports import record_export
from wizard.model.grants import SECTIONS
from wizard.model.progress import (
    StepState,
    all_progress,
    membership_count,
    missing_sectors,
    sectors_with_members,
    step_progress,
)
from wizard.model.project import (
    Activity,
    BudgetLine,
    Chair,
    Contact,
    Coordinator,
    DataPeriod,
    Goal,
    GrantDraft,
    Meeting,
    Member,
    Mission,
    MissionPrompts,
    Mou,
    Organisation,
    OutreachPlan,
    PeriodCount,
    Principle,
    Project,
    Region,
    SccLiaison,
    SccYear,
    Subcommittee,
    Training,
    TrainingPlan,
)
from wizard.model.steps import STEP_IDS, STEPS, steps_in_group

NOT_STARTED, IN_PROGRESS, DONE = StepState.NOT_STARTED, StepState.IN_PROGRESS, StepState.DONE
ALL_DUTIES = {duty.id: "coordinator" for duty in reference.coordinator_duties()}


def progress(project: Project, step_id: str) -> tuple[StepState, tuple[str, ...]]:
    result = step_progress(project, step_id)
    assert result.step_id == step_id
    return result.state, result.missing


def check(project: Project, step_id: str, state: StepState, *fragments: str) -> None:
    """The step is in ``state`` and lists exactly one missing item per fragment, in order,
    each item containing its fragment (so rewording a sentence does not break the test,
    but a missing, extra or wrong item does)."""
    actual_state, missing = progress(project, step_id)
    assert actual_state is state, (step_id, actual_state, missing)
    assert len(missing) == len(fragments), (step_id, missing)
    for item, fragment in zip(missing, fragments, strict=True):
        assert fragment.lower() in item.lower(), (step_id, item, fragment)


def goals(count: int, measured: bool = True) -> list[Goal]:
    return [Goal(text=f"Goal {i}", measure="counted" if measured else "") for i in range(count)]


# ---------------------------------------------------------------- what is a task force


def test_what_is_empty():
    check(Project(), "what_is", NOT_STARTED, "name", "counties", "new or a restart")


def test_what_is_blank_name_does_not_count():
    check(Project(region=Region(name="   ")), "what_is", NOT_STARTED, "name", "counties", "restart")


def test_what_is_partly_filled():
    project = Project(region=Region(counties=["Yakima"]))
    check(project, "what_is", IN_PROGRESS, "name", "new or a restart")


def test_what_is_done():
    project = Project(region=Region(name="Yakima TF", counties=["Yakima"], kind="restart"))
    check(project, "what_is", DONE)


# ---------------------------------------------------------------- coordinator


def test_coordinator_empty():
    check(
        Project(),
        "coordinator",
        NOT_STARTED,
        "coordinator has been found",
        "position",
        "hours",
        "funded",
        f"{len(ALL_DUTIES)} ",
    )


def test_coordinator_identified_but_unnamed():
    project = Project(coordinator=Coordinator(identified=True))
    state, missing = progress(project, "coordinator")
    assert state is IN_PROGRESS
    assert "name" in missing[0]
    assert not any("has been found" in item for item in missing)


def test_coordinator_not_found_yet_is_an_answer():
    state, missing = progress(Project(coordinator=Coordinator(identified=False)), "coordinator")
    assert state is IN_PROGRESS
    assert not any("has been found" in item or "name" in item for item in missing)


def test_coordinator_funding_alone_starts_the_step():
    assert (
        progress(Project(coordinator=Coordinator(funding="voca")), "coordinator")[0] is IN_PROGRESS
    )


def test_coordinator_counts_unassigned_duties():
    duties = dict(list(ALL_DUTIES.items())[:2])
    project = Project(coordinator=Coordinator(identified=False, duties=duties))
    check(
        project,
        "coordinator",
        IN_PROGRESS,
        "position",
        "hours",
        "funded",
        f"{len(ALL_DUTIES) - 2} ",
    )


def test_coordinator_zero_hours_is_missing():
    coordinator = Coordinator(
        identified=False,
        position="volunteer",
        hours_per_week=Decimal("0"),
        funding="none_yet",
        duties=ALL_DUTIES,
    )
    check(Project(coordinator=coordinator), "coordinator", IN_PROGRESS, "hours")


def test_coordinator_other_funding_needs_its_name():
    coordinator = Coordinator(
        identified=False,
        position="volunteer",
        hours_per_week=Decimal("6"),
        funding="other",
        funding_other="  ",
        duties=ALL_DUTIES,
    )
    check(Project(coordinator=coordinator), "coordinator", IN_PROGRESS, "other source")
    coordinator.funding_other = "Rotary club gift"
    check(Project(coordinator=coordinator), "coordinator", DONE)


@pytest.mark.parametrize(
    "answer",
    [
        {"hours_per_week": Decimal("10")},
        {"reports_to": "The chair"},
        {"qualifications": "Knows the county"},
        {"position": "volunteer"},
    ],
)
def test_coordinator_any_answer_starts_the_step(answer):
    assert progress(Project(coordinator=Coordinator(**answer)), "coordinator")[0] is IN_PROGRESS


def test_coordinator_blank_text_does_not_start_the_step():
    coordinator = Coordinator(reports_to="  ", qualifications="\n")
    assert progress(Project(coordinator=coordinator), "coordinator")[0] is NOT_STARTED


def test_coordinator_done():
    coordinator = Coordinator(
        identified=True,
        contact=Contact(name="Rosa"),
        position="paid_part_time",
        hours_per_week=Decimal("20"),
        funding="ovca",
        duties=ALL_DUTIES,
    )
    check(Project(coordinator=coordinator), "coordinator", DONE)


# ---------------------------------------------------------------- members


def test_members_empty():
    check(Project(), "members", NOT_STARTED, "status 'member'")


def test_members_an_organisation_alone_starts_the_step():
    assert progress(Project(organisations=[Organisation(name="Org")]), "members")[0] is IN_PROGRESS


def test_members_prospects_unnamed_and_without_sector():
    project = Project(members=[Member(name=" "), Member(name="Bo", sector="cps"), Member()])
    check(project, "members", IN_PROGRESS, "status 'member'", "a name for 2 ", "a sector for 2 ")


def test_members_done():
    check(Project(members=[Member(name="Ana", sector="cps", status="member")]), "members", DONE)


def test_members_a_mistyped_email_is_still_to_fix():
    ana = Member(name="Ana", sector="cps", status="member", email="bad email")
    bo = Member(name="Bo", sector="cps", status="prospect", email="bo@example")
    check(Project(members=[ana, bo]), "members", IN_PROGRESS, "a working email for 2 ")
    ana.email, bo.email = "ana@example.org", ""
    check(Project(members=[ana, bo]), "members", DONE)


def test_membership_count_and_sectors_count_only_status_member():
    project = Project(
        members=[
            Member(sector="cps", status="member"),
            Member(sector="tribal", status="prospect"),
            Member(sector="schools", status="invited"),
            Member(sector="lgbtq", status="left"),
            Member(sector="cps", status="member"),
            Member(sector=None, status="member"),
        ]
    )
    assert membership_count(project) == 3
    assert sectors_with_members(project) == {"cps"}
    all_ids = [sector.id for sector in reference.sectors()]
    assert missing_sectors(project) == [s for s in all_ids if s != "cps"]
    assert missing_sectors(Project()) == all_ids  # reference order
    assert membership_count(Project()) == 0


# ---------------------------------------------------------------- mission


def test_mission_empty():
    check(Project(), "mission", NOT_STARTED, "mission statement", "vision", "3 to 7 goals")
    assert "0" in progress(Project(), "mission")[1][2]


@pytest.mark.parametrize("prompt", ["who", "what", "where", "how"])
def test_mission_any_prompt_starts_the_step(prompt):
    project = Project(mission=Mission(prompts=MissionPrompts(**{prompt: "an answer"})))
    assert progress(project, "mission")[0] is IN_PROGRESS


@pytest.mark.parametrize(("count", "ok"), [(2, False), (3, True), (7, True), (8, False)])
def test_mission_needs_three_to_seven_goals(count, ok):
    mission = Mission(statement="We act.", vision="Safe youth.", goals=goals(count))
    if ok:
        check(Project(mission=mission), "mission", DONE)
    else:
        check(Project(mission=mission), "mission", IN_PROGRESS, "3 to 7 goals")
        assert str(count) in progress(Project(mission=mission), "mission")[1][0]


def test_mission_blank_goals_do_not_count_and_measures_are_needed():
    mission = Mission(
        statement="We act.",
        vision="Safe youth.",
        goals=[*goals(3, measured=False), Goal(text="  ", measure="x")],
    )
    check(Project(mission=mission), "mission", IN_PROGRESS, "3 ")
    assert "met" in progress(Project(mission=mission), "mission")[1][0]


# ---------------------------------------------------------------- approach


def test_approach_empty():
    check(Project(), "approach", NOT_STARTED, "at least one commitment")


def test_approach_nothing_chosen_or_unworded():
    project = Project(principles=[Principle(text="Believe youth", chosen=False)])
    check(project, "approach", IN_PROGRESS, "at least one commitment")
    project = Project(principles=[Principle(text=" ", chosen=True)])
    check(project, "approach", IN_PROGRESS, "wording")


def test_approach_done_ignores_unchosen_blank_ones():
    principles = [Principle(text="Believe youth"), Principle(text="", chosen=False)]
    check(Project(principles=principles), "approach", DONE)


def test_approach_offered_suggestions_are_not_answers_until_touched():
    project = Project()
    check(project, "approach", NOT_STARTED, "at least one commitment")
    principle = adopt(project.principles, "consent")  # the user ticked, then unticked
    check(project, "approach", IN_PROGRESS, "at least one commitment")
    principle.chosen = True
    check(project, "approach", DONE)


# ---------------------------------------------------------------- leadership


def test_leadership():
    check(Project(), "leadership", NOT_STARTED, "chair's name", "chair's role", "duties", "share")
    chair = Chair(role="Superior Court judge")
    check(Project(chair=chair), "leadership", IN_PROGRESS, "chair's name", "duties", "share")
    chair = Chair(contact=Contact(name="Judge Lee"), role="judge", duties=["represent_at_scc"])
    check(Project(chair=chair), "leadership", IN_PROGRESS, "the work")
    chair.work_split = "The chair runs meetings; the coordinator does the rest."
    check(Project(chair=chair), "leadership", DONE)


def test_leadership_started_by_the_work_split_or_a_roster_link_alone():
    ana = Member(id="ana", name="Ana")
    for chair in (Chair(work_split="We split it."), Chair(member_id="ana")):
        state, _missing = progress(Project(members=[ana], chair=chair), "leadership")
        assert state is IN_PROGRESS


# ---------------------------------------------------------------- subcommittees


def test_subcommittees():
    check(Project(), "subcommittees", NOT_STARTED, "at least one subcommittee")
    project = Project(
        subcommittees=[Subcommittee(), Subcommittee(), Subcommittee(name="Education")]
    )
    check(
        project,
        "subcommittees",
        IN_PROGRESS,
        "a name for every subcommittee",  # said once, however many are unnamed
        "charge",
        "members",
        "charge",
        "members",
        "charge of Education",
        "members for Education",
    )
    ana = Member(id="ana")
    committee = Subcommittee(name="Education", charge="Train schools", member_ids=["ana"])
    check(Project(members=[ana], subcommittees=[committee]), "subcommittees", DONE)


# ---------------------------------------------------------------- missing voices


def test_missing_voices_empty_lists_every_sector():
    names = [sector.name for sector in reference.sectors()]
    check(Project(), "missing_voices", NOT_STARTED, *names)


def plan(sector: str, level: str = "membership", who: str = "Rosa") -> OutreachPlan:
    return OutreachPlan(sector=sector, level=level, who_reaches_out=who)


def test_missing_voices_only_membership_plans_answer_a_roster_gap():
    planned = [plan(s.id) for s in reference.sectors() if s.id != "tribal"]
    planned.append(plan("tribal", "leadership"))
    tribal = reference.sector_by_id("tribal").name
    check(Project(outreach=planned), "missing_voices", IN_PROGRESS, f"outreach plan for {tribal}")
    planned[-1] = plan("tribal")
    check(Project(outreach=planned), "missing_voices", DONE)


def test_missing_voices_a_plan_needs_someone_to_reach_out():
    planned = [plan(s.id) for s in reference.sectors()]
    planned[0].who_reaches_out = "  "
    first = reference.sectors()[0].name
    check(Project(outreach=planned), "missing_voices", IN_PROGRESS, f"who reaches out to {first}")


def everyone_a_member() -> list[Member]:
    return [
        Member(id=s.id.replace("_", "-"), sector=s.id, status="member") for s in reference.sectors()
    ]


def test_missing_voices_done_when_every_sector_has_a_say():
    members = everyone_a_member()
    committee = Subcommittee(name="All", member_ids=[m.id for m in members])
    check(Project(members=members, subcommittees=[committee]), "missing_voices", DONE)


def test_missing_voices_an_often_missing_voice_on_the_roster_without_a_say_needs_a_plan():
    members = everyone_a_member()
    seated = [m.id for m in members if m.sector != "tribal"]
    project = Project(members=members, subcommittees=[Subcommittee(name="A", member_ids=seated)])
    tribal = reference.sector_by_id("tribal").name
    check(project, "missing_voices", NOT_STARTED, f"give {tribal} a say")
    project.outreach.append(plan("tribal", "subcommittees", who=""))
    check(project, "missing_voices", IN_PROGRESS, f"who reaches out to {tribal}")
    project.outreach[0].who_reaches_out = "Judge Park"
    check(project, "missing_voices", DONE)


def test_missing_voices_a_usual_sector_without_a_say_is_not_required():
    members = everyone_a_member()
    seated = [m.id for m in members if m.sector != "schools"]
    project = Project(members=members, subcommittees=[Subcommittee(name="A", member_ids=seated)])
    check(project, "missing_voices", DONE)


# ---------------------------------------------------------------- MOUs


def test_mous_empty():
    check(Project(), "mous", NOT_STARTED, "member organizations")


def test_mous_a_member_without_an_organisation_is_not_an_organisation_to_sign_with():
    check(Project(members=[Member(status="member")]), "mous", NOT_STARTED, "member organizations")


def test_mous_an_unsigned_mou_and_no_members_is_not_done():
    project = Project(
        organisations=[Organisation(id="sheriff", name="Sheriff's Office")],
        mous=[Mou(organisation_id="sheriff", status="drafted")],
    )
    check(project, "mous", IN_PROGRESS, "member organizations", "signed MOU with Sheriff's")
    project.mous[0].status = "signed"
    project.mous[0].signed_on = date(2026, 1, 5)
    check(project, "mous", IN_PROGRESS, "member organizations")


def _mou_project(*mous: Mou) -> Project:
    return Project(
        organisations=[
            Organisation(id="sheriff", name="Sheriff's Office"),
            Organisation(id="school", name=""),
            Organisation(id="prospect-org", name="Not yet a member"),
        ],
        members=[
            Member(organisation_id="sheriff", status="member"),
            Member(organisation_id="school", status="member"),
            Member(organisation_id="prospect-org", status="prospect"),
        ],
        mous=list(mous),
    )


def test_mous_lists_member_organisations_without_a_signed_mou():
    fragments = ("signed MOU with Sheriff's Office", "signed MOU with an unnamed organization")
    check(_mou_project(), "mous", NOT_STARTED, *fragments)
    check(
        _mou_project(Mou(organisation_id="sheriff", status="sent")), "mous", IN_PROGRESS, *fragments
    )
    project = _mou_project(
        Mou(organisation_id="sheriff", status="signed", signed_on=date(2026, 1, 5))
    )
    check(project, "mous", IN_PROGRESS, fragments[1])


def test_mous_done_when_every_member_organisation_signed():
    project = _mou_project(
        Mou(organisation_id="sheriff", status="signed", signed_on=date(2026, 1, 5)),
        Mou(organisation_id="school", status="signed", signed_on=date(2026, 2, 1)),
    )
    check(project, "mous", DONE)


def test_mous_signed_needs_its_date_and_a_sensible_end():
    sheriff = Mou(organisation_id="sheriff", status="signed")
    school = Mou(organisation_id="school", status="signed", signed_on=date(2026, 2, 1))
    project = _mou_project(sheriff, school)
    check(project, "mous", IN_PROGRESS, "the date the MOU with Sheriff's Office was signed")
    sheriff.signed_on = date(2026, 3, 1)
    sheriff.ends_on = date(2026, 2, 28)
    check(
        project,
        "mous",
        IN_PROGRESS,
        "end date on or after the signing date for the MOU with Sheriff",
    )
    sheriff.ends_on = date(2026, 3, 1)
    check(project, "mous", DONE)
    sheriff.ends_on = date(2020, 1, 1)  # an end long past is the tracker's flag, not a gap here
    sheriff.signed_on = date(2019, 1, 1)
    check(project, "mous", DONE)


# ---------------------------------------------------------------- training


def test_training():
    check(Project(), "training", NOT_STARTED, "trainer", "basic")
    extra = Training(kind="extra", title="X", held_on=date(2026, 2, 1))
    plan = TrainingPlan(region_has_trainer=False, trainings=[extra])
    check(Project(training=plan), "training", IN_PROGRESS, "basic")
    project = _trained(TrainingPlan(region_has_trainer=True, trainer_name="Jo"))
    check(project, "training", DONE)


def _trained(plan: TrainingPlan, title: str = "X") -> Project:
    """A project whose one member came to a dated basic training."""
    member = Member(id="ana", name="Ana", status="member")
    plan.trainings.append(
        Training(kind="basic", title=title, held_on=date(2026, 3, 1), attendee_member_ids=["ana"])
    )
    return Project(members=[member], training=plan)


def test_an_undated_training_with_nobody_ticked_is_not_done():
    plan = TrainingPlan(region_has_trainer=False, trainings=[Training(kind="basic", title="X")])
    check(Project(training=plan), "training", IN_PROGRESS, "who came", "a date for 1 training")
    plan.trainings[0].held_on = date(2026, 3, 1)
    check(Project(training=plan), "training", IN_PROGRESS, "who came to a basic")


def test_every_training_needs_a_date_even_an_extra_one():
    project = _trained(TrainingPlan(region_has_trainer=False))
    project.training.trainings.append(Training(kind="extra", title="Law enforcement"))
    check(project, "training", IN_PROGRESS, "a date for 1 training")


def test_training_with_a_trainer_needs_their_name():
    project = _trained(TrainingPlan(region_has_trainer=True))
    check(project, "training", IN_PROGRESS, "who the region's CSEC trainer is")
    project.training.trainer_name = "  "
    check(project, "training", IN_PROGRESS, "trainer")
    project.training.region_has_trainer = False
    check(project, "training", DONE)  # no trainer: no name to give


def test_training_titles():
    project = _trained(TrainingPlan(region_has_trainer=False), title="")
    project.training.trainings.append(Training(title=" ", held_on=date(2026, 4, 1)))
    check(project, "training", IN_PROGRESS, "a title for 2 trainings")
    project.training.trainings[0].title = "Basics"
    check(project, "training", IN_PROGRESS, "a title for 1 training")


def test_training_started_by_a_trainer_name_alone():
    plan = TrainingPlan(trainer_name="Jo")
    check(Project(training=plan), "training", IN_PROGRESS, "trainer", "basic")


# ---------------------------------------------------------------- activities


def test_activities():
    check(Project(), "activities", NOT_STARTED, "service providers", "community event", "advocates")
    check(
        Project(community_advocates="  "),
        "activities",
        NOT_STARTED,
        "providers",
        "event",
        "advocates",
    )
    project = Project(activities=[Activity(kind="community_event", topic="Parents' evening")])
    check(project, "activities", IN_PROGRESS, "service providers", "advocates")
    project = Project(
        activities=[
            Activity(kind="community_event", topic="Parents' evening"),
            Activity(kind="provider_education", topic="Trauma-informed response"),
        ],
        community_advocates="Advocates from the YWCA",
    )
    check(project, "activities", DONE)


def test_every_activity_needs_a_topic():
    project = Project(
        activities=[
            Activity(kind="community_event", topic="  "),
            Activity(kind="provider_education"),
            Activity(kind="provider_education", topic="Screening"),
        ],
        community_advocates="Open Door's advocates",
    )
    check(project, "activities", IN_PROGRESS, "a topic for every activity (2 without one)")


# ---------------------------------------------------------------- data collection and SCC


def _period(**counts: PeriodCount) -> DataPeriod:
    answered = {c.kind: PeriodCount(not_collected=True) for c in COUNTS}
    answered.update(counts)
    return DataPeriod(
        label="2026", starts_on=date(2026, 1, 1), ends_on=date(2026, 12, 31), counts=answered
    )


def test_data_collection():
    check(Project(), "data_collection", NOT_STARTED, "meeting", "period")
    project = Project(meetings=[Meeting(held_on=date(2024, 5, 1))])
    check(project, "data_collection", IN_PROGRESS, "meeting with its date and who came", "period")
    project.meetings[0].guests = 3
    check(project, "data_collection", IN_PROGRESS, "period")
    project.data_periods = [_period(youth_identified=PeriodCount(value=4))]
    check(project, "data_collection", DONE)


def test_data_collection_a_blank_count_is_missing_but_not_collected_is_an_answer():
    period = _period()
    del period.counts["buyers_charged"]
    period.counts["youth_referred"] = PeriodCount()
    project = Project(meetings=[Meeting(held_on=date(2026, 2, 1), guests=2)], data_periods=[period])
    check(project, "data_collection", IN_PROGRESS, "2 counts for 2026")


def test_data_collection_periods_need_dates_in_order_and_meetings_a_date():
    late = _period()
    late.ends_on = date(2025, 1, 1)
    undated = _period()
    undated.label, undated.starts_on = "", None
    project = Project(meetings=[Meeting(guests=1)], data_periods=[late, undated])
    check(
        project,
        "data_collection",
        IN_PROGRESS,
        "meeting with its date",
        "a date for 1 meeting",
        "end date after the start for 2026",
        "the dates of a period",
    )


def test_scc():
    with clock.pinned(date(2026, 11, 28)):
        everything = ("represents", "SCC contact", "due date for 2026", "meeting for 2026")
        check(Project(), "scc", NOT_STARTED, *everything)
        check(Project(scc=SccLiaison(notes="x")), "scc", NOT_STARTED, *everything)
        project = Project(scc=SccLiaison(report_due_on=date(2026, 12, 15)))
        check(project, "scc", IN_PROGRESS, "represents", "SCC contact", "meeting for 2026")
        scc = SccLiaison(
            representative_name="Judge Lee",
            contact=Contact(name="SCC staff"),
            report_due_on=date(2026, 12, 15),
            annual_meeting_on=date(2026, 12, 20),
        )
        check(Project(scc=scc), "scc", DONE)


def test_scc_once_the_dates_pass_asks_whether_the_report_went_and_someone_attended():
    scc = SccLiaison(
        representative_name="Judge Lee",
        contact=Contact(name="SCC staff"),
        report_due_on=date(2026, 6, 30),
        annual_meeting_on=date(2026, 10, 1),
    )
    project = Project(scc=scc)
    with clock.pinned(date(2026, 6, 30)):  # due today: not late yet
        check(project, "scc", DONE)
    with clock.pinned(date(2026, 11, 28)):
        check(project, "scc", IN_PROGRESS, "report was sent", "went to the SCC's annual meeting")
        scc.history.append(
            SccYear(
                year=2026, report_sent_on=date(2026, 6, 29), meeting_attended_on=date(2026, 10, 1)
            )
        )
        check(project, "scc", DONE)
    with clock.pinned(date(2027, 1, 1)):  # a new year needs new dates
        check(project, "scc", IN_PROGRESS, "due date for 2027", "annual meeting for 2027")


def test_the_chair_represents_the_task_force_unless_someone_is_named():
    project = Project(
        chair=Chair(contact=Contact(name="Judge Lee")),
        scc=SccLiaison(contact=Contact(name="SCC staff")),
    )
    with clock.pinned(date(2026, 11, 28)):
        assert "represents" not in " ".join(scc_rules.missing(project, clock.today()))
    found = scc_rules.representative(project)
    assert found is not None and (found.name, found.is_chair) == ("Judge Lee", True)
    project.scc.representative_name = "Ana Ruiz"
    found = scc_rules.representative(project)
    assert found is not None and (found.name, found.is_chair) == ("Ana Ruiz", False)


# ---------------------------------------------------------------- grants


GRANT_SECTIONS = [section.key for section in SECTIONS]


def test_grants():
    check(Project(), "grants", NOT_STARTED, "grant draft")
    project = Project(grants=[GrantDraft(title="VOCA 2025"), GrantDraft()])
    check(project, "grants", IN_PROGRESS, "checks to fix in 'VOCA 2025'", "an untitled draft")
    grant = GrantDraft(
        title="Coordinator",
        applicant=Contact(name="Avery", organisation="Haven"),
        starts_on=date(2027, 7, 1),
        ends_on=date(2028, 6, 30),
        counties=["Chelan"],
        match_percent=Decimal("0"),
        budget=[BudgetLine(description="Pay", amount=Decimal("45000.00"), justification="Why")],
        narrative={key: "Words." for key in GRANT_SECTIONS},
    )
    check(Project(grants=[grant]), "grants", DONE)
    grant.match_percent = Decimal("20")  # now $11,250.00 of match is needed, and none listed
    check(Project(grants=[grant]), "grants", IN_PROGRESS, "1 check to fix in 'Coordinator'")


# ---------------------------------------------------------------- derived steps

DERIVED_STEPS = {"phase1_review", "phase2_review", "export"}
PHASE1_TITLES = tuple(s.title for s in steps_in_group("phase1") if s.id not in DERIVED_STEPS)
PHASE2_TITLES = tuple(s.title for s in steps_in_group("phase2") if s.id not in DERIVED_STEPS)


def test_the_review_steps_cover_the_expected_steps():
    phase1 = [s.id for s in steps_in_group("phase1") if s.id not in DERIVED_STEPS]
    assert phase1 == ["what_is", "coordinator", "members", "mission", "approach"]
    phase2 = [s.id for s in steps_in_group("phase2") if s.id not in DERIVED_STEPS]
    assert phase2 == [
        "leadership",
        "subcommittees",
        "missing_voices",
        "mous",
        "training",
        "activities",
    ]


def finished_phase1() -> Project:
    return Project(
        region=Region(name="Yakima TF", counties=["Yakima"], kind="new"),
        coordinator=Coordinator(
            identified=True,
            contact=Contact(name="Rosa"),
            position="paid_full_time",
            hours_per_week=Decimal("40"),
            funding="voca",
            duties=ALL_DUTIES,
        ),
        members=[Member(name="Ana", sector="cps", status="member")],
        mission=Mission(statement="We act.", vision="Safe youth.", goals=goals(3)),
        principles=[Principle(text="Believe youth")],
    )


def test_phase1_review_and_export_when_nothing_is_done():
    check(Project(), "phase1_review", NOT_STARTED, *PHASE1_TITLES)
    state, missing = progress(Project(), "export")
    assert state is NOT_STARTED
    assert len(missing) == 1 + len(PHASE1_TITLES)
    assert "starter packet made" in missing[0]
    for item, title in zip(missing[1:], PHASE1_TITLES, strict=True):
        assert "Phase 1" in item
        assert title in item


def test_phase1_review_lists_only_unfinished_steps():
    project = finished_phase1().model_copy(update={"principles": []})
    check(project, "phase1_review", IN_PROGRESS, PHASE1_TITLES[4])
    record_export(project, date(2027, 1, 1), Path("packet"), 10, 2)
    state, missing = progress(project, "export")
    assert state is IN_PROGRESS  # made, but with Phase 1 still unfinished
    assert len(missing) == 1
    assert "Phase 1" in missing[0]
    assert PHASE1_TITLES[4] in missing[0]


def test_phase1_review_done_when_phase1_is_done_and_export_has_no_gaps():
    project = finished_phase1()
    for step_id in ("what_is", "coordinator", "members", "mission", "approach"):
        check(project, step_id, DONE)
    check(project, "phase1_review", DONE)
    check(project, "export", NOT_STARTED, "starter packet made")
    record_export(project, date(2027, 1, 1), Path("packet"), 10, 0)
    check(project, "export", DONE)
    # Phase 2 is not needed for the starter packet.
    assert progress(project, "phase2_review")[0] is not DONE


def test_a_started_but_unfinished_phase1_step_keeps_the_review_open():
    project = finished_phase1().model_copy(update={"region": Region(name="Yakima TF")})
    check(project, "phase1_review", IN_PROGRESS, PHASE1_TITLES[0])


def test_phase2_review_names_the_phase2_steps():
    check(Project(), "phase2_review", NOT_STARTED, *PHASE2_TITLES)
    project = Project(training=TrainingPlan(region_has_trainer=True))
    assert progress(project, "phase2_review")[0] is IN_PROGRESS


def test_all_progress_covers_every_step_in_order():
    result = all_progress(finished_phase1())
    assert [item.step_id for item in result] == list(STEP_IDS)
    assert len(result) == len(STEPS)
    states = {item.step_id: item.state for item in result}
    assert states["phase1_review"] is DONE
    assert states["grants"] is NOT_STARTED


def test_unknown_step_is_an_error():
    with pytest.raises(KeyError):
        step_progress(Project(), "nonsense")
