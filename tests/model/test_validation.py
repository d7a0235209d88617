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
