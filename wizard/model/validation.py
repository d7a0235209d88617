"""Checks on what a user typed, returning a plain sentence to show next to the field.

Each check returns ``""`` when there is nothing to say. An empty field is never a
problem here: whether a field is needed at all is the completeness rules' business
(``wizard.model.progress``). These checks only catch typing slips, and never
change or reject the text: the page shows the sentence and keeps what was typed.
"""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s")
"""Any whitespace: the same characters as str.isspace (both ask Py_UNICODE_ISSPACE).
One search instead of a Python loop over the characters: every progress check reads
every member's address, 2,000 of them in a big roster (issue 16)."""


def email_problem(text: str) -> str:
    """A sentence if ``text`` does not look like an email address, else ``""``.

    Deliberately loose: real addresses take many shapes, so this only catches the
    slips people make (a missing ``@``, a space, a missing ``.org``), never a
    valid address.
    """
    address = text.strip()
    if not address:
        return ""
    if _SPACE.search(address):
        return "An email address has no spaces in it."
    local, at, domain = address.rpartition("@")
    if not at or not local:
        return "An email address looks like name@example.org: it needs an @ in it."
    labels = domain.split(".")
    if len(labels) < 2 or not all(labels):
        return "The part after the @ looks unfinished (for example: example.org)."
    return ""
