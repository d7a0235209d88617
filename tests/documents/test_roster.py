"""The roster document lists when each person joined: tenure starts there."""

from __future__ import annotations

from tests.documents.conftest import TODAY
from tests.documents.test_every_document import all_text
from wizard.documents import roster
from wizard.documents.render import render_to_bytes


def test_each_person_s_joining_date_is_listed(sample):
    context = roster.build_context(sample, TODAY)
    by_name = {row["name"]: row["joined"] for row in context["members"]}
    assert by_name["Dana Whitfield"] == "Mar 12, 2025"
    assert by_name["Hannah Cole"] == "Not recorded"  # invited, not yet joined
    text = all_text(render_to_bytes(roster.TEMPLATE, context))
    assert "Joined" in text and "Mar 12, 2025" in text
