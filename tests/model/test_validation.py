"""Typing-slip checks shown next to fields (no Qt)."""

from __future__ import annotations

import pytest

from wizard.model.validation import email_problem


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abrooks@example.org",
        "  a.b+tf@county.wa.gov ",
        "o'neil@mail.co.uk",
        "名@例え.jp",
    ],
)
def test_addresses_that_look_fine_say_nothing(text):
    assert email_problem(text) == ""


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("abrooks.example.org", "@"),
        ("@example.org", "@"),
        ("a brooks@example.org", "spaces"),
        ("abrooks@example", "after the @"),
        ("abrooks@", "after the @"),
        ("abrooks@example.", "after the @"),
        ("abrooks@.org", "after the @"),
    ],
)
def test_slips_get_a_plain_sentence(text, fragment):
    problem = email_problem(text)
    assert fragment in problem
    assert problem.endswith(".")


def test_every_kind_of_space_is_caught_as_before():
    """The check searches with a regular expression (fast on a 2,000-member roster):
    it must find exactly the characters str.isspace calls spaces, no more, no fewer."""
    for code in range(0x110000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue  # lone surrogates: not text
        said = email_problem(f"ana{char}x@example.org")
        assert (said == "An email address has no spaces in it.") == char.isspace(), hex(code)
