"""The grade test's own ruler: the syllable counter, the word and sentence splitting,
and the Flesch-Kincaid formula, checked on words and sentences whose answers are known."""

from __future__ import annotations

import pytest

from tests.readability import (
    Score,
    grade,
    markdown_blocks,
    score,
    sentences,
    syllables,
    text_blocks,
    words,
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # one syllable: short words, silent e, silent -es and -ed, a leading y
        ("the", 1),
        ("a", 1),
        ("make", 1),
        ("makes", 1),
        ("there", 1),
        ("signed", 1),
        ("trained", 1),
        ("youth", 1),
        ("young", 1),
        ("while", 1),
        ("does", 1),
        # two
        ("table", 2),
        ("people", 2),
        ("people's", 2),
        ("agree", 2),
        ("agreed", 2),
        ("needed", 2),
        ("listed", 2),
        ("judges", 2),
        ("sources", 2),
        ("safely", 2),
        ("statement", 2),
        ("trauma", 2),
        ("informed", 2),
        ("buyers", 2),
        ("doing", 2),
        ("member's", 2),
        ("don't", 1),
        ("only", 2),
        ("social", 2),
        ("language", 2),
        ("yearly", 2),
        # three
        ("services", 3),
        ("agencies", 3),
        ("agreement", 3),
        ("violence", 3),
        ("period", 3),
        ("media", 3),
        ("family", 3),
        ("recognize", 3),
        ("attorneys", 3),
        ("enforcement", 3),
        ("sexual", 3),
        # four and more
        ("memorandum", 4),
        ("understanding", 4),
        ("community", 4),
        ("exploitation", 4),
        ("priorities", 4),
        ("situation", 4),
        ("usually", 4),
        ("society", 4),
        ("victim-centered", 4),
        ("trauma-informed", 4),
        ("coordinator", 5),
        ("organization", 5),
        ("representatives", 5),
    ],
)
def test_syllables_of_known_words(word, expected):
    assert syllables(word) == expected


@pytest.mark.parametrize(
    ("acronym", "expected"),
    [("SCC", 3), ("MOU", 3), ("MOUs", 3), ("CPS", 3), ("LGBTQ", 5), ("CSEC", 2), ("VOCA", 2)],
)
def test_acronyms_are_read_letter_by_letter_unless_said_as_a_word(acronym, expected):
    assert syllables(acronym) == expected


def test_a_number_is_one_word_of_one_syllable():
    assert words("A request of $80,000 needs 20% more in 2026.") == [
        "A", "request", "of", "$80,000", "needs", "20%", "more", "in", "2026",
    ]  # fmt: skip
    assert [syllables(word) for word in ("$80,000", "20%", "2026")] == [1, 1, 1]


def test_a_slash_splits_words_and_a_hyphen_does_not():
    assert words("CSEC/Y victim-centered") == ["CSEC", "Y", "victim-centered"]


def test_sentences_end_at_a_full_stop_question_or_exclamation_mark():
    assert sentences("One here. Two here? Three! Four: with a colon; and more") == [
        "One here.",
        "Two here?",
        "Three!",
        "Four: with a colon; and more",
    ]


def test_a_title_such_as_dr_does_not_end_a_sentence():
    assert sentences("Signatory: Dr. Nora Webb, Health Officer.") == [
        "Signatory: Dr. Nora Webb, Health Officer."
    ]


def test_the_formula_on_sentences_worked_by_hand():
    # 6 words, 6 syllables, 1 sentence: 0.39*6 + 11.8*1 - 15.59
    assert grade(["The cat sat on the mat."]) == pytest.approx(-1.45)
    # "The co-or-di-na-tor keeps the list. Mem-bers come to meet-ings."
    text = ["The coordinator keeps the list. Members come to meetings."]
    assert score(text) == Score(sentences=2, words=9, syllables=15)
    assert grade(text) == pytest.approx(0.39 * 9 / 2 + 11.8 * 15 / 9 - 15.59)


def test_no_words_is_grade_zero_not_a_division_error():
    assert grade([]) == 0.0
    assert grade(["  ", "—"]) == 0.0


def test_lines_and_middle_dot_lists_are_blocks_of_their_own():
    assert text_blocks("• First item\n• Second item\nA · B · C") == [
        "First item",
        "Second item",
        "A",
        "B",
        "C",
    ]


def test_markdown_headings_items_and_paragraphs_are_blocks_without_their_marks():
    markdown = (
        "### A heading\n\n"
        "A paragraph that is\nwrapped over **two** lines.\n\n"
        "- an item\n  that wraps;\n"
        "- *another* item.\n"
    )
    assert markdown_blocks(markdown) == [
        "A heading",
        "A paragraph that is wrapped over two lines.",
        "an item that wraps;",
        "another item.",
    ]
