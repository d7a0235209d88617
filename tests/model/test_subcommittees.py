"""Subcommittee rules: ready-made ones offered until added, seats, chairs."""

from __future__ import annotations

from wizard.model import reference, subcommittees
from wizard.model.project import Member, Project, Subcommittee


def test_two_ready_made_subcommittees_with_charges_written_out():
    suggestions = reference.suggested_subcommittees()
    assert [s.key for s in suggestions] == ["demand_reduction", "education"]
    assert [s.name for s in suggestions] == ["Demand reduction", "Education"]
    for suggestion in suggestions:
        assert len(suggestion.charge) > 100 and suggestion.summary


def test_a_suggestion_is_offered_until_a_subcommittee_has_its_name():
    project = Project()
    assert len(subcommittees.offered_suggestions(project)) == 2
    committee = subcommittees.add_suggested(project, "education")
    assert committee.name == "Education"
    assert committee.charge == reference.suggested_subcommittees()[1].charge
    assert [s.key for s in subcommittees.offered_suggestions(project)] == ["demand_reduction"]
    project.subcommittees.append(Subcommittee(name="  demand   REDUCTION "))
    assert subcommittees.offered_suggestions(project) == []
    committee.name = "Training and events"  # renamed: offered again
    assert [s.key for s in subcommittees.offered_suggestions(project)] == ["education"]


def test_adding_your_own_and_removing():
    project = Project()
    own = subcommittees.add_own(project)
    assert project.subcommittees == [own] and own.name == "" and own.charge == ""
    assert subcommittees.remove(project, own.id) is True
    assert subcommittees.remove(project, own.id) is False
    assert project.subcommittees == []


def test_the_chair_sits_by_being_chair_and_seats_toggle_once():
    committee = Subcommittee(member_ids=["a"])
    for passing in ("b", "c", "d"):  # arrow keys in a closed list choose each in turn
        subcommittees.set_chair(committee, passing)
    assert committee.chair_member_id == "d" and committee.member_ids == ["a"]
    assert subcommittees.sits_on(committee, "d") and subcommittees.sits_on(committee, "a")
    assert not subcommittees.sits_on(committee, "b")
    subcommittees.set_chair(committee, None)
    assert committee.chair_member_id is None and committee.member_ids == ["a"]
    subcommittees.set_seated(committee, "c", True)
    subcommittees.set_seated(committee, "c", True)
    subcommittees.set_seated(committee, "a", False)
    subcommittees.set_seated(committee, "a", False)
    assert committee.member_ids == ["c"]


def test_seat_candidates_are_members_and_invited_plus_anyone_already_seated():
    people = [
        Member(id="z", name="Zoe", status="member"),
        Member(id="i", name="ian", status="invited"),
        Member(id="p", name="Pat", status="prospect"),
        Member(id="l", name="Lee", status="left"),
        Member(id="q", name="Quinn", status="prospect"),
    ]
    project = Project(members=people)
    committee = Subcommittee(member_ids=["l"], chair_member_id="q")
    names = [m.name for m in subcommittees.seat_candidates(project, committee)]
    assert names == ["ian", "Lee", "Quinn", "Zoe"]
