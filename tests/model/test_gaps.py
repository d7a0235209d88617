"""The three-level gap analysis: who has a voice on the roster, in leadership, on subcommittees."""

from __future__ import annotations

import pytest

from wizard.model import gaps, reference
from wizard.model.progress import sectors_with_members
from wizard.model.project import (
    Chair,
    Contact,
    Coordinator,
    Member,
    Organisation,
    OutreachPlan,
    Project,
    Subcommittee,
)

ALL = [sector.id for sector in reference.sectors()]
HIGHLIGHTED = ["community_advocates", "survivors", "tribal", "lgbtq"]


def ids(sectors) -> list[str]:
    return [sector.id for sector in sectors]


def voices(project: Project) -> dict[str, set[str]]:
    """Sector id -> the levels where it has a voice (only sectors with any)."""
    return {v.sector.id: set(v.levels) for v in gaps.analyse(project).voices if v.levels}


def test_an_empty_project_has_every_sector_missing_at_every_level():
    analysis = gaps.analyse(Project())
    for level in gaps.LEVELS:
        assert ids(analysis.gaps(level)) == ALL
        assert ids(analysis.highlighted_gaps(level)) == HIGHLIGHTED
        assert analysis.count(level) == 13
    assert analysis.without_influence() == ()


def test_the_often_missing_voices_are_the_four_the_research_named():
    assert [s.id for s in reference.sectors() if s.highlight] == HIGHLIGHTED


# ----- membership ------------------------------------------------------------------------


def test_membership_counts_only_people_whose_status_is_member():
    members = [
        Member(id="a", sector="cps", status="member"),
        Member(id="b", sector="schools", status="invited"),
        Member(id="c", sector="defense", status="prospect"),
        Member(id="d", sector="healthcare", status="left"),
        Member(id="e", sector=None, status="member"),
    ]
    project = Project(members=members)
    assert voices(project) == {"cps": {"membership"}}
    assert gaps.membership_sectors(project) == sectors_with_members(project)


# ----- leadership ------------------------------------------------------------------------


def test_a_chair_linked_to_the_roster_speaks_for_that_persons_sector():
    judge = Member(id="j", name="Ellen Park", sector="prosecutors", status="invited")
    project = Project(members=[judge], chair=Chair(member_id="j", role="judge"))
    assert voices(project) == {"prosecutors": {"leadership"}}  # a seat, though only invited
    [seat] = gaps.leadership_seats(project)
    assert (seat.role, seat.name, seat.sector) == ("Chair", "Ellen Park", "prosecutors")


def test_the_link_wins_over_the_typed_organization():
    court = Organisation(id="o", name="Tribal Court", sector="tribal")
    judge = Member(id="j", sector="prosecutors", status="member")
    chair = Chair(member_id="j", contact=Contact(organisation="Tribal Court"))
    project = Project(organisations=[court], members=[judge], chair=chair)
    assert gaps.chair_sector(project) == "prosecutors"


def test_an_unlinked_chair_speaks_for_the_organization_typed_if_it_is_on_the_roster():
    court = Organisation(id="o", name="Yakama Nation Tribal Court", sector="tribal")
    chair = Chair(contact=Contact(name="Judge Sam", organisation="  yakama nation  tribal COURT "))
    project = Project(organisations=[court], chair=chair)
    assert gaps.chair_sector(project) == "tribal"
    assert voices(project) == {"tribal": {"leadership"}}
    chair.contact.organisation = "Superior Court"  # not on the roster: no sector known
    assert gaps.chair_sector(project) is None
    assert voices(project) == {}


def test_an_organization_without_a_sector_gives_none():
    project = Project(
        organisations=[Organisation(name="Court", sector=None)],
        chair=Chair(contact=Contact(organisation="Court")),
    )
    assert gaps.chair_sector(project) is None


def test_a_chair_who_has_left_speaks_for_no_one():
    gone = Member(id="g", sector="cps", status="left")
    assert gaps.chair_sector(Project(members=[gone], chair=Chair(member_id="g"))) is None


def test_the_coordinator_speaks_for_the_sector_of_their_organization_once_identified():
    haven = Organisation(id="h", name="Riverbend Youth Haven", sector="youth_services")
    coordinator = Coordinator(contact=Contact(name="Avery", organisation="Riverbend Youth Haven"))
    project = Project(organisations=[haven], coordinator=coordinator)
    assert gaps.coordinator_sector(project) is None  # not said to be found yet
    coordinator.identified = True
    assert voices(project) == {"youth_services": {"leadership"}}
    assert [s.role for s in gaps.leadership_seats(project)] == ["Coordinator"]


def test_subcommittee_chairs_count_as_leadership_and_sit_on_their_subcommittee():
    nurse = Member(id="n", name="Grace", sector="public_health", status="member")
    committee = Subcommittee(name="Education", chair_member_id="n")
    project = Project(members=[nurse], subcommittees=[committee])
    assert voices(project) == {"public_health": {"membership", "leadership", "subcommittees"}}
    [seat] = gaps.leadership_seats(project)
    assert (seat.role, seat.name) == ("Chair of Education", "Grace")


# ----- subcommittees ---------------------------------------------------------------------


def test_subcommittee_seats_count_for_everyone_on_one_except_people_who_left():
    people = [
        Member(id="a", sector="schools", status="member"),
        Member(id="b", sector="lgbtq", status="invited"),
        Member(id="c", sector="cps", status="left"),
        Member(id="d", sector=None, status="member"),
    ]
    committees = [
        Subcommittee(name="One", member_ids=["a", "c"]),
        Subcommittee(name="Two", member_ids=["b", "d"]),
    ]
    project = Project(members=people, subcommittees=committees)
    assert gaps.subcommittee_sectors(project) == {"schools", "lgbtq"}
    assert ids(gaps.committee_sectors(project, committees[0])) == ["schools"]
    missing = gaps.committee_missing_highlighted(project, committees[1])
    assert ids(missing) == ["community_advocates", "survivors", "tribal"]


def test_committee_sectors_follow_the_reference_order_and_name_each_sector_once():
    people = [
        Member(id="a", sector="tribal", status="member"),
        Member(id="b", sector="law_enforcement", status="member"),
        Member(id="c", sector="tribal", status="member"),
    ]
    committee = Subcommittee(member_ids=["a", "b", "c"], chair_member_id="c")
    project = Project(members=people, subcommittees=[committee])
    assert ids(gaps.committee_sectors(project, committee)) == ["law_enforcement", "tribal"]
    assert [m.id for m in gaps.committee_people(project, committee)] == ["a", "b", "c"]


# ----- the research's case: on the roster, without influence -----------------------------


def tribal_on_the_roster_only() -> Project:
    """A tribal member at the table, while leadership and subcommittees are all others."""
    people = [
        Member(id="t", name="Tribal member", sector="tribal", status="member"),
        Member(id="p", name="Prosecutor", sector="prosecutors", status="member"),
        Member(id="s", name="Counselor", sector="schools", status="member"),
    ]
    return Project(
        members=people,
        chair=Chair(member_id="p"),
        subcommittees=[Subcommittee(name="Education", member_ids=["s"], chair_member_id="s")],
    )


def test_a_sector_on_the_roster_can_still_have_no_influence():
    project = tribal_on_the_roster_only()
    analysis = gaps.analyse(project)
    assert not analysis.is_gap("tribal", "membership")
    assert analysis.is_gap("tribal", "leadership")
    assert analysis.is_gap("tribal", "subcommittees")
    assert ids(analysis.without_influence()) == ["tribal"]
    assert "tribal" in ids(analysis.highlighted_gaps("leadership"))
    assert "tribal" not in ids(analysis.highlighted_gaps("membership"))
    assert voices(project) == {
        "tribal": {"membership"},
        "prosecutors": {"membership", "leadership"},
        "schools": {"membership", "leadership", "subcommittees"},
    }


def test_a_subcommittee_seat_alone_gives_influence():
    project = tribal_on_the_roster_only()
    project.subcommittees[0].member_ids.append("t")
    analysis = gaps.analyse(project)
    assert analysis.without_influence() == ()
    assert analysis.is_gap("tribal", "leadership")
    assert not analysis.is_gap("tribal", "subcommittees")


# ----- which gaps need a plan, and plans --------------------------------------------------


def test_plans_are_needed_for_roster_gaps_and_often_missing_voices_without_a_say():
    project = tribal_on_the_roster_only()
    needs = gaps.plan_needed(project)
    roster_gaps = [n.sector.id for n in needs if n.levels == ("membership",)]
    assert roster_gaps == [s for s in ALL if s not in {"tribal", "prosecutors", "schools"}]
    [influence] = [n for n in needs if n.levels != ("membership",)]
    assert influence.sector.id == "tribal"
    assert influence.levels == ("leadership", "subcommittees")


def test_a_usual_sector_without_a_say_does_not_need_a_plan():
    project = tribal_on_the_roster_only()
    project.members[0].sector = "cps"  # cps on the roster without a seat, not often missing
    assert all(n.levels == ("membership",) for n in gaps.plan_needed(project))


@pytest.mark.parametrize("level", ["leadership", "subcommittees"])
def test_a_plan_at_either_influence_level_answers_the_need(level):
    project = tribal_on_the_roster_only()
    plan = gaps.add_plan(project, "tribal", level)
    [need] = [n for n in gaps.plan_needed(project) if n.sector.id == "tribal"]
    assert need.plans(project) == [plan]
    assert gaps.plans_for(project, "tribal", "membership") == []


def test_adding_and_removing_a_plan():
    project = Project()
    plan = gaps.add_plan(project, "survivors", "leadership")
    assert project.outreach == [plan]
    assert (plan.sector, plan.level, plan.status) == ("survivors", "leadership", "planned")
    project.outreach.append(OutreachPlan(sector="survivors"))
    assert gaps.plans_for(project, "survivors", "leadership") == [plan]
    assert gaps.remove_plan(project, plan.id) is True
    assert gaps.remove_plan(project, plan.id) is False
    assert [p.level for p in project.outreach] == ["membership"]


def test_outreach_rows_put_often_missing_voices_first_and_keep_plans_for_closed_gaps():
    project = tribal_on_the_roster_only()
    schools_plan = gaps.add_plan(project, "schools", "membership")  # gap closed since
    tribal_plan = gaps.add_plan(project, "tribal", "leadership")
    analysis = gaps.analyse(project)
    rows = gaps.outreach_rows(project, "membership", analysis)
    order = [row.sector.id for row in rows]
    assert order[:3] == ["community_advocates", "survivors", "lgbtq"]
    assert order[3:-1] == [
        s for s in ALL if s not in {"tribal", "prosecutors", "schools", *HIGHLIGHTED}
    ]
    assert (rows[-1].sector.id, rows[-1].plan_id, rows[-1].is_gap) == (
        "schools",
        schools_plan.id,
        False,
    )
    assert all(row.plan_id is None and row.is_gap for row in rows[:-1])
    assert gaps.other_gaps(project, "membership", analysis) == []
    leadership = gaps.outreach_rows(project, "leadership", analysis)
    tribal = [row for row in leadership if row.sector.id == "tribal"]
    assert [(row.plan_id, row.is_gap) for row in tribal] == [(tribal_plan.id, True)]
    assert "prosecutors" not in [row.sector.id for row in leadership]


def test_beyond_the_roster_only_often_missing_voices_and_planned_sectors_get_a_row():
    project = tribal_on_the_roster_only()
    cps_plan = gaps.add_plan(project, "cps", "subcommittees")
    analysis = gaps.analyse(project)
    rows = gaps.outreach_rows(project, "subcommittees", analysis)
    assert [row.sector.id for row in rows] == [*HIGHLIGHTED, "cps"]
    assert rows[-1].plan_id == cps_plan.id
    others = ids(gaps.other_gaps(project, "subcommittees", analysis))
    assert others == [s for s in ALL if s not in {*HIGHLIGHTED, "cps", "schools"}]
    leadership = ids(gaps.other_gaps(project, "leadership", analysis))
    assert "cps" in leadership and "prosecutors" not in leadership and "tribal" not in leadership


def test_a_gap_with_two_plans_shows_both():
    project = Project()
    first = gaps.add_plan(project, "survivors", "membership")
    second = gaps.add_plan(project, "survivors", "membership")
    rows = gaps.outreach_rows(project, "membership", gaps.analyse(project))
    survivors = [row.plan_id for row in rows if row.sector.id == "survivors"]
    assert survivors == [first.id, second.id]
    assert len(rows) == 14
