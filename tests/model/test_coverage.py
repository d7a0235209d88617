"""The sector coverage figures behind the meter on the roster page."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wizard.model import reference
from wizard.model.coverage import sector_coverage
from wizard.model.progress import membership_count, missing_sectors, sectors_with_members
from wizard.model.project import Member, Project

SECTOR_IDS = [s.id for s in reference.sectors()]


def test_an_empty_roster_covers_nothing_and_names_the_voices_often_left_out():
    coverage = sector_coverage(Project())
    assert coverage.headline() == "0 members · 0 of 13 sectors"
    assert coverage.total == 13
    assert [s.sector.id for s in coverage.missing_highlighted] == [
        "community_advocates",
        "survivors",
        "tribal",
        "lgbtq",
    ]
    assert coverage.attention() == (
        "Still missing voices that are often left out: Community advocates, "
        "Human trafficking survivors, Tribal communities and LGBTQ+ representatives."
    )


def test_only_people_with_status_member_count():
    project = Project(
        members=[
            Member(sector="cps", status="member"),
            Member(sector="cps", status="member"),
            Member(sector="survivors", status="invited"),
            Member(sector="tribal", status="left"),
            Member(sector=None, status="member"),
        ]
    )
    coverage = sector_coverage(project)
    assert coverage.headline() == "3 members · 1 of 13 sectors"
    cps = next(s for s in coverage.sectors if s.sector.id == "cps")
    assert (cps.covered, cps.members) == (True, 2)
    assert cps.describe() == "Child Protective Services (CPS): covered, 2 members"
    survivors = next(s for s in coverage.sectors if s.sector.id == "survivors")
    assert survivors.describe() == "Human trafficking survivors: missing, a voice often left out"
    defense = next(s for s in coverage.sectors if s.sector.id == "defense")
    assert defense.describe() == "Defense attorneys: missing"


def test_one_member_is_singular_and_the_attention_line_goes_when_all_are_there():
    members = [Member(sector=s, status="member") for s in ("survivors", "tribal", "lgbtq")]
    members.append(Member(sector="community_advocates", status="member"))
    coverage = sector_coverage(Project(members=members[:1]))
    assert coverage.headline() == "1 member · 1 of 13 sectors"
    assert sector_coverage(Project(members=members)).attention() == ""


@given(
    st.lists(
        st.tuples(
            st.sampled_from([*SECTOR_IDS, None]),
            st.sampled_from(["prospect", "invited", "member", "left"]),
        ),
        max_size=40,
    )
)
def test_the_meter_agrees_with_the_completeness_rules(rows):
    project = Project(members=[Member(sector=s, status=status) for s, status in rows])
    coverage = sector_coverage(project)
    assert {s.sector.id for s in coverage.sectors if s.covered} == sectors_with_members(project)
    assert [s.sector.id for s in coverage.missing] == missing_sectors(project)
    assert coverage.members == membership_count(project)
