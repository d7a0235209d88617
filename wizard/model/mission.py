"""Pure help for the mission step: a first draft from the four prompts, and goal problems.

The draft is only a starting point the coordinator rewrites; it must read as
plain English whatever the answers look like (blank, capitalised, ending in a
full stop, starting with "we" or "to"), and it never invents content the user
did not give, apart from the county names already chosen in step 1.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wizard.model.progress import MAX_GOALS, MIN_GOALS
from wizard.model.project import Goal, MissionPrompts

_COMMON_OPENERS = frozenset(
    {
        "a",
        "all",
        "an",
        "any",
        "anyone",
        "at-risk",
        "both",
        "boys",
        "children",
        "each",
        "every",
        "exploited",
        "families",
        "girls",
        "kids",
        "minors",
        "our",
        "people",
        "rural",
        "students",
        "survivors",
        "teens",
        "the",
        "their",
        "those",
        "urban",
        "victims",
        "young",
        "youth",
    }
)
"""Ordinary words that may open a 'who' or 'where' answer. Only these lose their
capital letter mid-sentence; anything else (a county, a tribe, an agency) keeps it."""

_WHO_LEADS = ("we serve ", "we work for ", "serving ", "for ")
_WHAT_LEADS = (
    "together we will ",
    "together, we will ",
    "together we ",
    "together, we ",
    "we will ",
    "we ",
    "will ",
    "to ",
)
_WHERE_LEADS = ("we work in ", "throughout ", "across ", "within ", "in ")
_HOW_LEADS = ("our work is ", "we work in a way that is ", "we are ", "being ")
_HOW_PREPOSITIONS = ("by ", "through ", "with ", "in ")


def _tidy(text: str) -> str:
    """One line, single spaces, no closing punctuation (the draft adds its own)."""
    return re.sub(r"[\s.;:,!?]+$", "", re.sub(r"\s+", " ", text).strip())


def _drop_lead(text: str, leads: Sequence[str]) -> str:
    lowered = text.lower()
    for lead in leads:
        if lowered.startswith(lead) and len(text) > len(lead):
            return text[len(lead) :].lstrip()
    return text


def _is_acronym(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) > 1 and all(char.isupper() for char in letters)


def _lower_first(text: str, *, only_common: bool) -> str:
    """Lower-case the first letter so the answer can sit mid-sentence.

    Acronyms (CSEC, LGBTQ+) always keep their capitals. With ``only_common`` the
    first word must be an ordinary opener, so 'Chelan County youth' stays as is.
    """
    if not text:
        return text
    first_word = text.split(" ", 1)[0]
    if _is_acronym(first_word):
        return text
    if only_common and first_word.lower() not in _COMMON_OPENERS:
        return text
    return text[0].lower() + text[1:]


def _capitalise(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:] if sentence else sentence


def counties_phrase(counties: Sequence[str]) -> str:
    """'Yakima County', 'Chelan and Douglas counties', 'Adams, Grant and Lincoln counties'."""
    names = [name.strip() for name in counties if name.strip()]
    if not names:
        return ""
    if len(names) == 1:
        return f"{names[0]} County"
    return f"{', '.join(names[:-1])} and {names[-1]} counties"


def _names_a_county(text: str, counties: Sequence[str]) -> bool:
    words = re.findall(r"\w+", text.casefold())
    return any(
        _contains_words(words, re.findall(r"\w+", name.casefold()))
        for name in counties
        if name.strip()
    )


def _contains_words(words: list[str], wanted: list[str]) -> bool:
    size = len(wanted)
    return any(words[start : start + size] == wanted for start in range(len(words) - size + 1))


def draft_statement(prompts: MissionPrompts, counties: Sequence[str] = ()) -> str:
    """A first mission statement built from the four answers, or '' if all are blank.

    When 'where' is blank, the counties chosen in step 1 stand in for it (but
    only if something else was answered: counties alone are not a mission, and
    not when 'who' already names one of them: "young people in Yakima County in
    Yakima County" reads as a slip in a charter).
    """
    who = _lower_first(_drop_lead(_tidy(prompts.who), _WHO_LEADS), only_common=True)
    what = _lower_first(_drop_lead(_tidy(prompts.what), _WHAT_LEADS), only_common=False)
    where = _lower_first(_drop_lead(_tidy(prompts.where), _WHERE_LEADS), only_common=True)
    how = _drop_lead(_tidy(prompts.how), _HOW_LEADS)
    if not (who or what or how or where):
        return ""
    if not where and not _names_a_county(who, counties):
        where = counties_phrase(counties)

    sentences = []
    if who:
        serve = f"we serve {who}" + (f" in {where}" if where else "")
    elif where:
        serve = f"we work in {where}"
    else:
        serve = ""
    if serve and what:
        sentences.append(f"{serve}, and together we {what}.")
    elif serve:
        sentences.append(f"{serve}.")
    elif what:
        sentences.append(f"together, we {what}.")
    if how:
        if how.lower().startswith(_HOW_PREPOSITIONS):
            sentences.append(f"we do this {_lower_first(how, only_common=False)}.")
        else:
            sentences.append(f"our work is {_lower_first(how, only_common=False)}.")
    return " ".join(_capitalise(sentence) for sentence in sentences)


def counted_goals(goals: Sequence[Goal]) -> list[Goal]:
    """Goals with wording: the ones the completeness rule counts."""
    return [goal for goal in goals if goal.text.strip()]


def goal_count_problem(goals: Sequence[Goal]) -> str:
    """The inline problem under the goals list ('' when the number is right)."""
    count = len(counted_goals(goals))
    if count < MIN_GOALS:
        more = MIN_GOALS - count
        return (
            f"Add {more} more goal{'' if more == 1 else 's'}: a mission needs "
            f"{MIN_GOALS} to {MAX_GOALS} (you have {count})."
        )
    if count > MAX_GOALS:
        return (
            f"There are {count} goals. Keep it to {MAX_GOALS} or fewer, so that members "
            "can remember them."
        )
    return ""


def goal_problem(goal: Goal) -> str:
    """The inline problem under one goal ('' when it is fine or still untouched)."""
    has_text, has_measure = bool(goal.text.strip()), bool(goal.measure.strip())
    if has_text and not has_measure:
        return "Say how you will know this goal is met."
    if has_measure and not has_text:
        return "Write the goal this belongs to, or remove it."
    return ""


def can_add_goal(goals: Sequence[Goal]) -> bool:
    """Seven goals is the most; the page stops offering more at that point."""
    return len(goals) < MAX_GOALS
