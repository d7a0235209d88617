"""The mission draft composer, the goal problems and the example statements."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.model import reference
from wizard.model.mission import (
    can_add_goal,
    counted_goals,
    counties_phrase,
    draft_statement,
    goal_count_problem,
    goal_problem,
)
from wizard.model.progress import MAX_GOALS, MIN_GOALS
from wizard.model.project import Goal, MissionPrompts

FULL = MissionPrompts(
    who="children and youth up to 24 who are exploited or at risk",
    what="notice exploitation early and connect each young person with help",
    where="Chelan and Douglas counties",
    how="victim-centered, trauma-informed and coordinated",
)


def test_all_four_answers_make_two_sentences():
    assert draft_statement(FULL) == (
        "We serve children and youth up to 24 who are exploited or at risk in Chelan and "
        "Douglas counties, and together we notice exploitation early and connect each young "
        "person with help. Our work is victim-centered, trauma-informed and coordinated."
    )


def test_nothing_answered_is_no_draft_even_with_counties():
    assert draft_statement(MissionPrompts()) == ""
    assert draft_statement(MissionPrompts(who="  ", how="\n"), ["Yakima"]) == ""


def test_blank_where_uses_the_counties_from_step_one():
    prompts = MissionPrompts(who="young people")
    assert draft_statement(prompts, ["Yakima"]) == "We serve young people in Yakima County."
    assert draft_statement(prompts, ["Adams", "Grant", "Lincoln"]) == (
        "We serve young people in Adams, Grant and Lincoln counties."
    )
    assert draft_statement(prompts) == "We serve young people."


@pytest.mark.parametrize(
    "who",
    ["young people in Yakima County", "Yakima youth", "YAKIMA's young people", "kids in Grant"],
)
def test_counties_do_not_stand_in_when_who_already_names_the_place(who: str):
    statement = draft_statement(MissionPrompts(who=who), ["Yakima", "Grant"])
    assert statement.casefold().count("county") == who.casefold().count("county")
    assert "counties" not in statement


def test_a_word_that_only_contains_a_county_name_is_not_the_county():
    statement = draft_statement(MissionPrompts(who="Grantees' youth"), ["Grant"])
    assert statement == "We serve Grantees' youth in Grant County."


def test_typed_capitals_full_stops_and_leading_words_are_tidied():
    prompts = MissionPrompts(
        who="We serve Children and youth.",
        what="We will Find them early;",
        where="in  Both counties,\nincluding tribal lands.",
        how="Victim-centered and coordinated.",
    )
    assert draft_statement(prompts) == (
        "We serve children and youth in both counties, including tribal lands, and together "
        "we find them early. Our work is victim-centered and coordinated."
    )


def test_names_and_acronyms_keep_their_capitals():
    prompts = MissionPrompts(
        who="Yakima Nation youth",
        what="Bring CSEC training to every partner",
        where="Yakima County",
        how="LGBTQ+ affirming and coordinated",
    )
    assert draft_statement(prompts) == (
        "We serve Yakima Nation youth in Yakima County, and together we bring CSEC training "
        "to every partner. Our work is LGBTQ+ affirming and coordinated."
    )


@pytest.mark.parametrize(
    ("prompts", "expected"),
    [
        (MissionPrompts(what="to train every member"), "Together, we train every member."),
        (MissionPrompts(where="Spokane"), "We work in Spokane."),
        (
            MissionPrompts(how="by listening to survivors"),
            "We do this by listening to survivors.",
        ),
        (
            MissionPrompts(what="act as one", how="Trauma-informed"),
            "Together, we act as one. Our work is trauma-informed.",
        ),
    ],
)
def test_partial_answers_still_read_as_sentences(prompts, expected):
    assert draft_statement(prompts) == expected


@given(
    st.text(max_size=40),
    st.text(max_size=40),
    st.text(max_size=40),
    st.text(max_size=40),
)
def test_any_answers_give_a_tidy_draft_or_nothing(who, what, where, how):
    prompts = MissionPrompts(who=who, what=what, where=where, how=how)
    draft = draft_statement(prompts, ["Clark"])
    meaningful = [t for t in (who, what, where, how) if re.sub(r"[\s.;:,!?]", "", t)]
    assert bool(draft) == bool(meaningful)
    if draft:
        assert draft == draft.strip()
        assert not re.search(r"\s\s|\n", draft)
        assert draft.endswith(".")
        assert not re.search(r"[\s.;:,!?]\.$", draft)


def test_counties_phrase():
    assert counties_phrase([]) == ""
    assert counties_phrase(["King"]) == "King County"
    assert counties_phrase(["Chelan", "Douglas"]) == "Chelan and Douglas counties"


def test_goal_count_problem_names_the_number():
    assert "3 more goals" in goal_count_problem([])
    assert "1 more goal:" in goal_count_problem([Goal(text="a"), Goal(text="b")])
    blank_ones = [Goal(text="a"), Goal(text="b"), Goal(text="  ")]
    assert "you have 2" in goal_count_problem(blank_ones)
    assert goal_count_problem([Goal(text=str(i)) for i in range(MIN_GOALS)]) == ""
    assert goal_count_problem([Goal(text=str(i)) for i in range(MAX_GOALS)]) == ""
    assert "8 goals" in goal_count_problem([Goal(text=str(i)) for i in range(MAX_GOALS + 1)])


def test_goal_problem_asks_for_a_measure_or_wording():
    assert goal_problem(Goal()) == ""
    assert goal_problem(Goal(text="Train everyone", measure="9 in 10 trained")) == ""
    assert "know" in goal_problem(Goal(text="Train everyone", measure=" "))
    assert "goal" in goal_problem(Goal(text="", measure="9 in 10 trained"))


def test_counted_goals_and_the_limit_on_adding():
    goals = [Goal(text="a"), Goal(), Goal(text=" ", measure="m")]
    assert counted_goals(goals) == [goals[0]]
    assert can_add_goal([Goal()] * (MAX_GOALS - 1))
    assert not can_add_goal([Goal()] * MAX_GOALS)


def test_three_examples_for_different_regions():
    examples = reference.mission_examples()
    assert len(examples) == 3
    assert len({example.id for example in examples}) == 3
    kinds = " ".join(example.region_kind.lower() for example in examples)
    for word in ("rural", "tribal", "urban"):
        assert word in kinds
    for example in examples:
        sentences = [s for s in example.statement.split(". ") if s.strip()]
        assert 1 <= len(sentences) <= 2, example.id
        assert example.statement.endswith(".")
