"""Activities and community advocates: counts, totals, removing and putting back."""

from __future__ import annotations

from datetime import date

import pytest

from wizard.model.activities import (
    MAX_COUNT,
    activity_problems,
    add_activity,
    advocate_names,
    advocates_on_roster,
    count_text,
    is_held,
    parse_count,
    put_back,
    remove_activity,
    totals,
)
from wizard.model.project import Activity, Member, Organisation, Project

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("text", "value"),
    [("38", 38), (" 7 ", 7), ("0", 0), ("1,200", 1200), ("1 200", 1200), ("", None), ("  ", None)],
)
def test_parse_count_accepts_whole_numbers_and_blank(text, value):
    parsed = parse_count(text)
    assert parsed.value == value
    assert parsed.problem == ""


@pytest.mark.parametrize("text", ["about 30", "-3", "2.5", "thirty", "３０", "30+"])
def test_parse_count_explains_what_is_wrong(text):
    parsed = parse_count(text)
    assert parsed.value is None
    assert "whole number" in parsed.problem


def test_parse_count_has_the_models_ceiling():
    assert parse_count(str(MAX_COUNT)).value == MAX_COUNT
    too_many = parse_count(str(MAX_COUNT + 1))
    assert too_many.value is None and "too large" in too_many.problem
    Activity(attendance=MAX_COUNT)  # the model accepts what the parser lets through


def test_count_text_round_trips():
    assert count_text(None) == ""
    assert parse_count(count_text(42)).value == 42


def test_held_means_dated_today_or_earlier():
    assert is_held(Activity(held_on=TODAY), TODAY)
    assert is_held(Activity(held_on=date(2020, 1, 1)), TODAY)
    assert not is_held(Activity(held_on=date(2026, 6, 16)), TODAY)
    assert not is_held(Activity(), TODAY)


def test_totals_count_held_activities_and_every_head_count():
    activities = [
        Activity(kind="provider_education", held_on=date(2026, 1, 5), attendance=20),
        Activity(kind="community_event", held_on=date(2026, 3, 1), attendance=45),
        Activity(kind="community_event", held_on=date(2026, 4, 1)),  # held, not counted
        Activity(kind="community_event", held_on=date(2026, 9, 1)),  # planned
        Activity(kind="provider_education"),  # no date: planned
    ]
    result = totals(activities, TODAY)
    assert (result.held, result.planned) == (3, 2)
    assert (result.held_provider_education, result.held_community_events) == (1, 2)
    assert result.people_reached == 65
    assert result.uncounted_held == 1
    assert result.summary == (
        "3 activities held (1 for service providers, 2 community events), reaching 65 people. "
        "1 held activity without a head count is not in that total. 2 planned."
    )


def test_totals_in_words_for_small_and_empty_lists():
    assert totals([], TODAY).summary == "No activities yet. Add the first one below."
    one = [Activity(kind="community_event", held_on=date(2026, 1, 1), attendance=1)]
    assert totals(one, TODAY).summary == (
        "1 activity held (0 for service providers, 1 community event), reaching 1 person."
    )
    planned = [Activity(held_on=date(2027, 1, 1))]
    assert totals(planned, TODAY).summary == "None held yet. 1 planned."


def test_add_remove_and_put_back_keep_the_place():
    activities = [Activity(topic="A"), Activity(topic="B"), Activity(topic="C")]
    added = add_activity(activities, "provider_education")
    assert activities[-1] is added and added.kind == "provider_education"
    removed = remove_activity(activities, activities[1].id)
    assert removed is not None
    index, activity = removed
    assert (index, activity.topic) == (1, "B")
    assert [a.topic for a in activities] == ["A", "C", ""]
    put_back(activities, index, activity)
    assert [a.topic for a in activities] == ["A", "B", "C", ""]
    put_back(activities, index, activity)  # twice is harmless
    assert len(activities) == 4
    assert remove_activity(activities, "no-such-id") is None


def test_put_back_after_the_list_shrank_goes_at_the_end():
    activities = [Activity(topic="A")]
    put_back(activities, 5, Activity(topic="Z"))
    assert [a.topic for a in activities] == ["A", "Z"]


def test_an_activity_needs_a_topic():
    assert activity_problems(Activity(topic="Parents' evening")) == []
    assert len(activity_problems(Activity(topic="   "))) == 1


def test_advocates_on_the_roster_are_members_of_that_sector_by_name():
    open_door = Organisation(name="Open Door")
    project = Project(
        organisations=[open_door],
        members=[
            Member(name="Zoe", sector="community_advocates", status="member"),
            Member(
                name="ann",
                sector="community_advocates",
                status="member",
                organisation_id=open_door.id,
            ),
            Member(name="Invited", sector="community_advocates", status="invited"),
            Member(name="Officer", sector="law_enforcement", status="member"),
        ],
    )
    assert [m.name for m in advocates_on_roster(project)] == ["ann", "Zoe"]
    assert advocate_names(project) == "ann (Open Door), Zoe"
    assert advocate_names(Project()) == ""
