"""How long each organization has been represented."""

from __future__ import annotations

from datetime import date

from wizard.model.project import Member, Organisation, Project
from wizard.model.tenure import BUCKETS, distribution, tenures, undated_members, years_text

TODAY = date(2026, 12, 31)


def _member(org: str, joined: date | None, left: date | None = None) -> Member:
    status = "left" if left else "member"
    return Member(organisation_id=org, joined_on=joined, left_on=left, status=status)


def _project(*members: Member) -> Project:
    return Project(
        organisations=[Organisation(id=i, name=i.title()) for i in ("a", "b", "c")],
        members=list(members),
    )


def test_people_one_after_the_other_count_once_and_a_gap_is_a_gap():
    project = _project(
        _member("a", date(2020, 1, 1), date(2021, 1, 1)),
        _member("a", date(2020, 6, 1), date(2022, 1, 1)),  # overlaps the first
        _member("a", date(2024, 1, 1), date(2025, 1, 1)),  # after a two-year gap
    )
    [tenure] = tenures(project, TODAY)
    assert tenure.first_joined == date(2020, 1, 1)
    assert tenure.days == (date(2022, 1, 1) - date(2020, 1, 1)).days + 366
    assert not tenure.represented_now


def test_a_current_member_counts_to_today_and_the_longest_comes_first():
    project = _project(_member("b", date(2026, 6, 30)), _member("a", date(2016, 1, 1)))
    found = tenures(project, TODAY)
    assert [t.organisation.id for t in found] == ["a", "b"]
    assert found[1].days == 184 and found[1].represented_now
    assert [count for _, count in distribution(found)] == [1, 0, 0, 1]
    assert len(distribution(found)) == len(BUCKETS)


def test_members_without_dates_or_joining_later_are_left_out():
    project = _project(
        _member("a", None),
        _member("b", date(2027, 1, 5)),
        Member(organisation_id="c", joined_on=date(2025, 1, 1), status="left"),
    )
    assert tenures(project, TODAY) == []
    assert undated_members(project) == 1


def test_years_in_words():
    assert years_text(10) == "less than a month"
    assert years_text(31) == "1 month"
    assert years_text(365) == "1 year"
    assert years_text(365 + 61) == "1 year and 2 months"
    assert years_text(4 * 365 + 1) == "4 years"
