"""Suggested commitments merged with the user's own (no Qt)."""

from __future__ import annotations

from wizard.model import reference
from wizard.model.commitments import (
    add_own,
    adopt,
    chosen_commitments,
    commitment_rows,
    remove_own,
)
from wizard.model.project import Principle, Project

SUGGESTIONS = reference.suggested_commitments()
KEYS = [item.key for item in SUGGESTIONS]


def test_the_suggestions_cover_the_issue_and_are_complete():
    for key in ("consent", "survivor_voice", "language_access", "community_advocates"):
        assert key in KEYS
    assert "tell_once" in KEYS  # no repeated interviews
    assert len(KEYS) == len(set(KEYS)) >= 7
    for item in SUGGESTIONS:
        assert item.title.strip() and item.text.strip() and item.why.strip()
        assert item.text.endswith(".") and item.why.endswith(".")


def test_an_empty_project_is_offered_every_suggestion_unticked():
    principles: list[Principle] = []
    rows = commitment_rows(principles)
    assert [row.key for row in rows] == KEYS
    assert [row.text for row in rows] == [item.text for item in SUGGESTIONS]
    assert [row.why for row in rows] == [item.why for item in SUGGESTIONS]
    assert not any(row.chosen or row.removable or row.principle for row in rows)
    assert principles == []  # offering changes nothing


def test_adopting_stores_an_unticked_copy_once_in_page_order():
    principles: list[Principle] = []
    own = add_own(principles)
    last = adopt(principles, KEYS[-1])
    first = adopt(principles, KEYS[0])
    assert adopt(principles, KEYS[0]) is first
    assert principles == [first, last, own]
    assert (first.builtin, first.chosen, first.text) == (KEYS[0], False, SUGGESTIONS[0].text)
    middle = adopt(principles, KEYS[2])
    assert principles == [first, middle, last, own]
    rows = commitment_rows(principles)
    assert rows[2].principle is middle
    assert rows[-1].principle is own


def test_the_users_words_replace_the_suggestion_on_the_row():
    principles: list[Principle] = []
    adopt(principles, "consent").text = "Our own wording."
    row = commitment_rows(principles)[KEYS.index("consent")]
    assert row.text == "Our own wording."
    assert row.why == SUGGESTIONS[KEYS.index("consent")].why
    assert not row.chosen


def test_own_commitments_come_last_chosen_and_removable():
    principles: list[Principle] = []
    own = add_own(principles)
    assert own.chosen and own.builtin is None and own.text == ""
    row = commitment_rows(principles)[-1]
    assert row.principle is own and row.removable and row.key is None
    assert len(commitment_rows(principles)) == len(KEYS) + 1


def test_only_the_users_own_can_be_removed():
    principles: list[Principle] = []
    suggestion = adopt(principles, "consent")
    own = add_own(principles)
    assert not remove_own(principles, suggestion.id)
    assert not remove_own(principles, "no-such-id")
    assert principles == [suggestion, own]
    assert remove_own(principles, own.id)
    assert principles == [suggestion]


def test_nothing_stored_is_hidden_stale_keys_and_copies_are_listed_as_own():
    stale = Principle(text="From an older version", builtin="retired_key")
    first = Principle(text="A", builtin="consent")
    copy = Principle(text="B", builtin="consent")
    principles = [stale, first, copy]
    rows = commitment_rows(principles)
    assert rows[KEYS.index("consent")].principle is first
    assert [row.principle for row in rows[len(KEYS) :]] == [stale, copy]
    assert all(row.removable for row in rows[len(KEYS) :])
    assert remove_own(principles, copy.id)
    assert principles == [stale, first]


def test_chosen_commitments_for_the_charter_in_page_order():
    principles: list[Principle] = []
    own = add_own(principles)
    own.text = "We meet where young people feel safe."
    blank = add_own(principles)
    later = adopt(principles, KEYS[3])
    later.chosen = True
    unticked = adopt(principles, KEYS[1])
    assert unticked.chosen is False
    assert chosen_commitments(principles) == [later, own]
    assert blank not in chosen_commitments(principles)
    assert chosen_commitments(Project().principles) == []
