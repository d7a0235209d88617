"""The Phase 1 summary: sections per step, their lines, and the same state and
missing items as the navigator's rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wizard.model import reference
from wizard.model.progress import StepState, step_progress
from wizard.model.project import (
    Contact,
    Coordinator,
    Goal,
    Member,
    Mission,
    Organisation,
    Principle,
    Project,
    Region,
)
from wizard.model.review import (
    NOT_ENTERED,
    ReviewSection,
    export_readiness,
    phase1_review,
    phase1_step_ids,
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
    assert empty.gaps == step_progress(Project(), "export").missing
    done = export_readiness(finished())
    assert done.ready
    assert done.gaps == ()
    assert "ready" in done.message
