"""The Project model: defaults, and the cross-reference checks every validation runs."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from wizard.model import places, reference
from wizard.model.project import (
    SCHEMA_VERSION,
    BudgetLine,
    Chair,
    Coordinator,
    GrantDraft,
    Meeting,
    Member,
    Mou,
    Organisation,
    OutreachPlan,
    Project,
    Region,
    Subcommittee,
    Training,
    TrainingPlan,
    consistency_problems,
    new_id,
)
from wizard.model.steps import FIRST_STEP_ID, STEP_IDS, neighbours, step_by_id


def test_a_new_project_is_valid_and_starts_at_the_first_step():
    project = Project()
    assert project.schema_version == SCHEMA_VERSION == 4
    assert project.last_step == FIRST_STEP_ID == STEP_IDS[0]
    assert consistency_problems(project) == []


def test_new_ids_are_distinct_and_match_the_id_pattern():
    ids = {new_id() for _ in range(500)}
    assert len(ids) == 500
    for value in ids:
        Organisation(id=value)  # raises if the pattern rejected it


def test_reference_data_is_loaded():
    assert "King" in places.counties()
    assert len(places.counties()) == 39
    assert {"law_enforcement", "tribal", "lgbtq"} <= reference.sector_ids()
    assert reference.sector_by_id("cps").name
    assert reference.coordinator_duties()
    assert reference.chair_duties()
    assert {funder.id for funder in reference.funders()} == {"ovca", "voca"}


def test_neighbours_walk_the_steps_in_order():
    assert neighbours(STEP_IDS[0]) == (None, STEP_IDS[1])
    assert neighbours(STEP_IDS[-1]) == (STEP_IDS[-2], None)
    assert step_by_id("mous").title == "Agreements (MOUs)"


def _problems_of(**fields: object) -> str:
    with pytest.raises(ValidationError) as caught:
        Project(**fields)
    return str(caught.value)


def test_member_pointing_at_a_missing_organisation_is_refused():
    text = _problems_of(members=[Member(name="Ana", organisation_id="nowhere")])
    assert "organization that does not exist" in text
    assert "nowhere" in text


def test_duplicate_ids_are_refused():
    text = _problems_of(organisations=[Organisation(id="same"), Organisation(id="same")])
    assert "two organizations share the id 'same'" in text
    text = _problems_of(members=[Member(id="twin"), Member(id="twin")])
    assert "two members share the id 'twin'" in text


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"mous": [Mou(organisation_id="ghost")]}, "an MOU is for an organization"),
        ({"chair": Chair(member_id="ghost")}, "the chair refers to a member"),
        (
            {"subcommittees": [Subcommittee(name="Education", member_ids=["ghost"])]},
            "subcommittee 'Education' refers to a member",
        ),
        (
            {"subcommittees": [Subcommittee(name="Demand", chair_member_id="ghost")]},
            "subcommittee 'Demand' refers to a member",
        ),
        (
            {
                "training": TrainingPlan(
                    trainings=[Training(title="Basic", attendee_member_ids=["ghost"])]
                )
            },
            "training 'Basic' refers to a member",
        ),
        (
            {"meetings": [Meeting(title="March", attendee_member_ids=["ghost"])]},
            "meeting 'March' refers to a member",
        ),
        (
            {"organisations": [Organisation(sector="astronauts")]},
            "'astronauts' is not one of the sectors",
        ),
        ({"members": [Member(sector="astronauts")]}, "'astronauts' is not one of the sectors"),
        (
            {"outreach": [OutreachPlan(sector="astronauts")]},
            "'astronauts' is not one of the sectors",
        ),
        ({"region": Region(counties=["Atlantis"])}, "'Atlantis' is not a Washington county"),
        ({"grants": [GrantDraft(counties=["Atlantis"])]}, "'Atlantis' is not a Washington county"),
        (
            {"coordinator": Coordinator(duties={"juggling": "shared"})},
            "'juggling' is not a coordinator duty",
        ),
        ({"chair": Chair(duties=["juggling"])}, "'juggling' is not a chair duty"),
        ({"last_step": "the_end"}, "'the_end' is not a step of the program"),
        ({"step_notes": {"the_end": "x"}}, "'the_end' is not a step of the program"),
    ],
)
def test_every_dangling_reference_or_unknown_code_is_named(fields, expected):
    assert expected in _problems_of(**fields)


def test_valid_references_are_accepted():
    org = Organisation(id="org", name="Sheriff", sector="law_enforcement")
    ana = Member(id="ana", organisation_id="org", sector="law_enforcement", status="member")
    project = Project(
        region=Region(name="Test", counties=["King", "Pierce"], kind="new"),
        organisations=[org],
        members=[ana],
        chair=Chair(member_id="ana", duties=["represent_at_scc"]),
        subcommittees=[Subcommittee(chair_member_id="ana", member_ids=["ana"])],
        mous=[Mou(organisation_id="org")],
        meetings=[Meeting(attendee_member_ids=["ana"])],
        grants=[GrantDraft(counties=["King"], budget=[BudgetLine(amount=Decimal("10.50"))])],
        step_notes={"mous": "call them"},
        last_step="mous",
    )
    assert consistency_problems(project) == []
    assert project.organisation("org") is org
    assert project.member("ana") is ana
    assert project.organisation(None) is None
    assert project.member("ghost") is None


def test_unknown_keys_and_bad_values_are_errors_not_silently_dropped():
    with pytest.raises(ValidationError):
        Project.model_validate({"schema_version": SCHEMA_VERSION, "surprise": 1})
    with pytest.raises(ValidationError):
        Member.model_validate({"status": "boss"})
    with pytest.raises(ValidationError):
        BudgetLine(amount=Decimal("1.005"))  # money has two decimal places at most
    with pytest.raises(ValidationError):
        BudgetLine(amount=Decimal("-1"))
    with pytest.raises(ValidationError):
        Organisation(id="has space")
