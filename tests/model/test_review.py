"""The Phase 1 summary: sections per step, their lines, and the same state and
missing items as the navigator's rule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from wizard.model import reference
from wizard.model.progress import StepState, step_progress
from wizard.model.project import (
    Activity,
    Chair,
    Contact,
    Coordinator,
    Goal,
    Member,
    Mission,
    Mou,
    Organisation,
    OutreachPlan,
    Principle,
    Project,
    Region,
    Subcommittee,
    Training,
    TrainingPlan,
)
from wizard.model.review import (
    NOT_ENTERED,
    ReviewSection,
    day_text,
    export_readiness,
    phase1_review,
    phase1_step_ids,
    phase2_packet,
    phase2_review,
    phase2_step_ids,
    review_section,
)

PHASE1 = ["what_is", "coordinator", "members", "mission", "approach"]
ALL_DUTIES = {duty.id: "coordinator" for duty in reference.coordinator_duties()}


def lines(section: ReviewSection) -> dict[str, str]:
    return {line.label: line.value for line in section.lines}


def entered(section: ReviewSection) -> dict[str, bool]:
    return {line.label: line.entered for line in section.lines}


def sections(project: Project) -> dict[str, ReviewSection]:
    return {section.step_id: section for section in phase1_review(project)}


def finished() -> Project:
    return Project(
        region=Region(name="Yakima TF", counties=["Yakima", "Benton"], kind="restart"),
        coordinator=Coordinator(
            identified=True,
            contact=Contact(name="Rosa Diaz", organisation="YWCA", email="rosa@example.org"),
            position="paid_part_time",
            hours_per_week=Decimal("20.0"),
            funding="other",
            funding_other="Rotary club",
            duties={**ALL_DUTIES, "events": "shared", "training": "others"},
        ),
        organisations=[Organisation(name="YWCA")],
        members=[
            Member(name="Ana", sector="cps", status="member"),
            Member(name="Bo", sector="tribal", status="member"),
            Member(name="Cy", sector="schools", status="prospect"),
        ],
        mission=Mission(
            statement="We act together.",
            vision="Safe youth.",
            goals=[
                Goal(text="Train every member", measure="9 in 10 trained"),
                Goal(text="Sign MOUs", measure="MOUs signed"),
                Goal(text="Hold events", measure="2 a year"),
            ],
        ),
        principles=[
            Principle(text="Consent first", why="Trust brings them back."),
            Principle(text="Not chosen", chosen=False),
        ],
    )


def test_one_section_per_phase1_step_in_navigator_order():
    assert list(phase1_step_ids()) == PHASE1
    result = phase1_review(Project())
    assert [section.step_id for section in result] == PHASE1
    assert result[0].title == "What is a task force?"
    assert result[3].title == "Establish a mission"


@pytest.mark.parametrize("project", [Project(), finished()], ids=["empty", "finished"])
def test_state_and_missing_come_from_the_navigator_rule(project):
    for section in phase1_review(project):
        progress = step_progress(project, section.step_id)
        assert section.state is progress.state
        assert section.missing == progress.missing


def test_an_empty_project_says_not_entered_rather_than_blank():
    result = sections(Project())
    for section in result.values():
        assert section.state is StepState.NOT_STARTED
        assert section.state_label == "Not started yet"
        assert section.missing
        for line in section.lines:
            assert line.value.strip(), (section.step_id, line.label)
    assert lines(result["what_is"])["Name"] == NOT_ENTERED
    assert not entered(result["what_is"])["Name"]
    assert lines(result["coordinator"])["Coordinator"] == NOT_ENTERED
    assert lines(result["coordinator"])["Duties"] == NOT_ENTERED
    assert lines(result["mission"])["Goals"] == NOT_ENTERED
    assert lines(result["approach"])["Commitments chosen"] == NOT_ENTERED
    members = lines(result["members"])
    assert members["Sectors covered"] == "0 of 13"
    assert not entered(result["members"])["Sectors covered"]
    assert members["Sectors still missing"].startswith("Local law enforcement, ")


def test_what_is_lines():
    section = sections(finished())["what_is"]
    assert lines(section) == {
        "Name": "Yakima TF",
        "Counties": "Yakima, Benton",
        "New or a restart": "A restart of one that met before",
    }
    assert section.state is StepState.DONE
    assert section.state_label == "Done"


def test_coordinator_lines():
    section = sections(finished())["coordinator"]
    values = lines(section)
    assert values["Coordinator"] == "Rosa Diaz"
    assert values["Organization"] == "YWCA"
    assert values["Email"] == "rosa@example.org"
    assert "Phone" not in values  # optional and blank: left out, not shown as a gap
    assert values["Position"] == "Paid, part-time"
    assert values["Hours a week"] == "20"
    assert values["Funding"] == "Other: Rotary club"
    assert values["Duties"] == (
        "Of 12: 10 carried by the coordinator; 1 shared with the chair or members; 1 left to others"
    )


def test_coordinator_not_identified_is_an_answer_and_undecided_duties_are_counted():
    coordinator = Coordinator(
        identified=False, funding="none_yet", duties={"events": "shared"}, hours_per_week=None
    )
    section = sections(Project(coordinator=coordinator))["coordinator"]
    values = lines(section)
    assert values["Coordinator"] == "Not identified yet"
    assert entered(section)["Coordinator"]
    assert values["Funding"] == "No funding yet"
    assert values["Hours a week"] == NOT_ENTERED
    assert values["Duties"] == (
        "Of 12: 0 carried by the coordinator; 1 shared with the chair or members; "
        "11 not decided yet"
    )
    assert section.state is StepState.IN_PROGRESS


def test_members_lines_count_exactly():
    values = lines(sections(finished())["members"])
    assert values["Members"] == "2 people with the status 'member'"
    assert values["On the roster"] == "3 entries (2 members, 1 prospect)"
    assert values["Organizations"] == "1 organization"
    assert values["Sectors covered"] == "2 of 13"
    missing = values["Sectors still missing"]
    assert reference.sector_by_id("tribal").name not in missing
    assert reference.sector_by_id("survivors").name in missing
    one = Project(members=[Member(name="Ana", sector="cps", status="member")])
    assert lines(sections(one)["members"])["Members"] == "1 person with the status 'member'"


def test_every_sector_covered_says_so():
    members = [Member(name=s.id, sector=s.id, status="member") for s in reference.sectors()]
    values = lines(sections(Project(members=members))["members"])
    assert values["Sectors covered"] == "13 of 13"
    assert values["Sectors still missing"].startswith("None")


def test_mission_lines_list_each_goal_with_its_measure():
    values = lines(sections(finished())["mission"])
    assert values["Mission statement"] == "We act together."
    assert values["Vision"] == "Safe youth."
    assert values["Goal 1"] == "Train every member\nHow we'll know: 9 in 10 trained"
    assert "Goal 3" in values
    assert "Goal 4" not in values
    unmeasured = Project(mission=Mission(goals=[Goal(text="Train"), Goal(measure="count")]))
    values = lines(sections(unmeasured)["mission"])
    assert values["Goal 1"] == "Train\nHow we'll know: not said yet"
    assert values["Goal 2"].startswith("(no wording yet)")


def test_approach_lists_only_chosen_commitments():
    values = lines(sections(finished())["approach"])
    assert values["Commitments chosen"] == "1"
    assert values["Commitment 1"] == "Consent first\nWhy: Trust brings them back."
    assert "Commitment 2" not in values


def test_user_text_is_passed_on_as_is():
    hostile = 'A & B <b>"Task"</b> 🌲 فريق'
    values = lines(review_section(Project(region=Region(name=hostile)), "what_is"))
    assert values["Name"] == hostile


def test_export_readiness():
    empty = export_readiness(Project())
    assert not empty.ready
    assert len(empty.gaps) == len(PHASE1)
    assert "gaps" in empty.message
    assert empty.gaps == step_progress(Project(), "export").missing[1:]  # less "a packet made"
    done = export_readiness(finished())
    assert done.ready
    assert done.gaps == ()
    assert "ready" in done.message


# ----- Phase 2 ---------------------------------------------------------------------------

PHASE2 = ["leadership", "subcommittees", "missing_voices", "mous", "training", "activities"]
TODAY = date(2026, 6, 15)


def phase2_sections(project: Project) -> dict[str, ReviewSection]:
    return {section.step_id: section for section in phase2_review(project, TODAY)}


def sustained() -> Project:
    """The finished Phase 1 project, with something entered for every Phase 2 step."""
    project = finished()
    ana, bo = project.members[0], project.members[1]
    ywca = project.organisations[0]
    ana.organisation_id = ywca.id
    return project.model_copy(
        update={
            "chair": Chair(
                contact=Contact(name="Judge Lee", organisation="Superior Court"),
                role="Superior Court judge",
                duties=["onboard_members", "represent_at_scc"],
            ),
            "subcommittees": [
                Subcommittee(
                    name="Demand reduction",
                    charge="Cut demand.",
                    chair_member_id=bo.id,
                    member_ids=[bo.id, ana.id],
                    meets="Monthly",
                ),
                Subcommittee(),
            ],
            "outreach": [
                OutreachPlan(
                    sector="survivors",
                    level="membership",
                    who_reaches_out="Rosa",
                    reach_out_to="Survivor network",
                    due_on=date(2026, 7, 1),
                    status="contacted",
                ),
                OutreachPlan(sector="tribal", level="leadership"),
            ],
            "mous": [
                Mou(
                    organisation_id=ywca.id,
                    status="signed",
                    signed_on=date(2025, 7, 1),
                    ends_on=date(2026, 6, 30),
                    signatory_name="Pat Kim",
                    signatory_title="Director",
                )
            ],
            "training": TrainingPlan(
                region_has_trainer=True,
                trainer_name="Jordan Hale",
                trainings=[
                    Training(
                        kind="basic",
                        title="CSEC 101",
                        held_on=date(2026, 3, 2),
                        trainer="Jordan Hale",
                        attendee_member_ids=[ana.id],
                    ),
                    Training(kind="extra", held_on=date(2026, 9, 1)),
                ],
            ),
            "activities": [
                Activity(
                    kind="provider_education",
                    topic="First conversations",
                    held_on=date(2026, 2, 3),
                    audience="Clinic staff",
                    led_by="Open Door",
                    attendance=24,
                ),
                Activity(kind="community_event", held_on=date(2026, 10, 1)),
            ],
            "community_advocates": "Two advocates at Open Door.",
        },
        deep=True,
    )


def test_one_section_per_phase2_step_in_navigator_order():
    assert list(phase2_step_ids()) == PHASE2
    result = phase2_review(Project(), TODAY)
    assert [section.step_id for section in result] == PHASE2
    assert result[0].title == "Leadership and structure"
    assert result[-1].title == "Activities and advocates"


@pytest.mark.parametrize("project", [Project(), sustained()], ids=["empty", "sustained"])
def test_phase2_state_and_missing_come_from_the_navigator_rule(project):
    for section in phase2_review(project, TODAY):
        progress = step_progress(project, section.step_id)
        assert section.state is progress.state
        assert section.missing == progress.missing


def test_an_empty_phase2_says_not_entered_rather_than_blank():
    result = phase2_sections(Project())
    for section in result.values():
        for line in section.lines:
            assert line.value.strip(), (section.step_id, line.label)
    assert lines(result["leadership"])["Chair"] == NOT_ENTERED
    assert not entered(result["leadership"])["Chair's duties"]
    assert lines(result["subcommittees"]) == {"Subcommittees": NOT_ENTERED}
    assert lines(result["missing_voices"])["Outreach plans"] == NOT_ENTERED
    assert lines(result["mous"]) == {"MOUs": NOT_ENTERED}
    assert lines(result["training"])["A CSEC trainer in the region"] == NOT_ENTERED
    assert lines(result["training"])["Members with basic training"] == "no members yet"
    assert not entered(result["training"])["Members with basic training"]
    assert lines(result["activities"]) == {
        "Activities": NOT_ENTERED,
        "Community advocates": NOT_ENTERED,
    }


def test_leadership_lines():
    values = lines(phase2_sections(sustained())["leadership"])
    assert values == {
        "Chair": "Judge Lee",
        "Role": "Superior Court judge",
        "Organization": "Superior Court",
        "Chair's duties": "2 of 4:\nBring new members on board\nRepresent the task force at "
        "Statewide Coordinating Committee meetings",
        "How the work is split": NOT_ENTERED,
    }


def test_subcommittee_lines_show_charge_chair_members_sectors_and_meetings():
    values = lines(phase2_sections(sustained())["subcommittees"])
    assert values["Subcommittees"] == "2"
    assert values["Demand reduction"] == (
        "Charge: Cut demand.\nChair: Bo\n"
        "Members: 2 people from Child Protective Services (CPS), Tribal communities\n"
        "Meets: Monthly"
    )
    assert values["(no name yet)"] == (
        "Charge: not written yet\nChair: not chosen yet\nMembers: 0 people\nMeets: not agreed yet"
    )


def test_missing_voices_lines_list_gaps_at_three_levels_and_each_plan():
    values = lines(phase2_sections(sustained())["missing_voices"])
    assert values["Missing from the roster"].startswith("Local law enforcement, ")
    assert "Tribal communities" not in values["Missing from the roster"]
    # Bo (tribal) chairs a subcommittee; Ana (CPS) sits on it but leads nothing.
    assert "Tribal communities" not in values["No voice in leadership"]
    assert "Child Protective Services (CPS)" in values["No voice in leadership"]
    assert "Child Protective Services (CPS)" not in values["On no subcommittee"]
    assert "On the roster but without a say" not in values
    assert values["Outreach plans"] == "2 (1 planned, 1 contacted)"
    assert values["Human trafficking survivors: on the roster"] == (
        "Rosa reaches out to Survivor network by July 1, 2026.\nStatus: Contacted"
    )
    assert values["Tribal communities: in leadership"] == (
        "someone not chosen yet reaches out to a contact still to find.\nStatus: Planned"
    )


def test_a_sector_on_the_roster_without_a_say_is_named():
    project = Project(members=[Member(name="Bo", sector="tribal", status="member")])
    values = lines(phase2_sections(project)["missing_voices"])
    assert values["On the roster but without a say"] == "Tribal communities"
    assert values["No voice in leadership"].startswith("Local law enforcement, ")


def test_mou_lines_show_status_dates_the_flag_and_signatory():
    values = lines(phase2_sections(sustained())["mous"])
    assert values["MOUs"].startswith("1 of 1 signed")
    assert values["YWCA"] == (
        "Signed July 1, 2025, ends June 30, 2026 (Ends in 15 days)\nSignatory: Pat Kim, Director"
    )


def test_training_lines():
    values = lines(phase2_sections(sustained())["training"])
    assert values["A CSEC trainer in the region"] == "Yes: Jordan Hale"
    assert values["Trainings"] == "2"
    assert values["CSEC 101"] == (
        "Basic training, held March 2, 2026\nLed by Jordan Hale\n1 person on the list"
    )
    assert values["(no name yet)"] == (
        "Extra training, planned for September 1, 2026\n0 people on the list"
    )
    assert values["Members with basic training"] == "1 of 2 (50%)"
    no_trainer = Project(training=TrainingPlan(region_has_trainer=False))
    assert lines(phase2_sections(no_trainer)["training"])["A CSEC trainer in the region"] == (
        "No, not yet"
    )


def test_activities_lines():
    values = lines(phase2_sections(sustained())["activities"])
    assert values["Activities"] == (
        "1 activity held (1 for service providers, 0 community events), reaching 24 people. "
        "1 planned."
    )
    assert values["First conversations"] == (
        "Education for service providers, held February 3, 2026\n"
        "For: Clinic staff. Led by: Open Door. Came: 24"
    )
    assert values["(no topic yet)"] == "Community event, planned for October 1, 2026"
    assert values["Community advocates"] == "Two advocates at Open Door."


def test_phase2_text_is_passed_on_as_is():
    hostile = 'A & B <b>"Task"</b> 🌲 فريق'
    project = Project(activities=[Activity(topic=hostile)], community_advocates=hostile)
    values = lines(phase2_sections(project)["activities"])
    assert hostile in values
    assert values["Community advocates"] == hostile


def test_day_text_needs_no_locale():
    assert day_text(date(2026, 1, 9)) == "January 9, 2026"
    assert day_text(date(2027, 12, 31)) == "December 31, 2027"


def test_phase2_packet_says_what_the_packet_carries_with_this_projects_counts():
    charter, agreements, outreach, training_plan = phase2_packet(sustained())
    assert charter == "The charter names your chair and lists 2 subcommittees with their charges."
    assert agreements == (
        "One MOU per member organization (1), with the details you entered (1 signed so far)."
    )
    assert outreach == (
        "The outreach plan: where voices are missing, and your 2 plans to reach them."
    )
    assert training_plan.startswith("A training plan")
    empty = phase2_packet(Project())
    assert "once you add some" in empty[0]
    assert "once the roster has some" in empty[1]
    assert "ready for your plans" in empty[2]
