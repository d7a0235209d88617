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


def test_missing_sectors_are_a_list_one_per_line(sample):
    import io

    import docx

    [item] = roster.roster_items(sample, TODAY)
    document = docx.Document(io.BytesIO(render_to_bytes(item.template, item.context)))
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets[0] == "Defense attorneys" and "Tribal communities" in bullets


def test_a_roster_with_every_sector_says_none_are_missing():
    from wizard.model import reference
    from wizard.model.project import Member, Project

    members = [
        Member(id=f"m{n}", name=f"M {n}", sector=s.id, status="member")
        for n, s in enumerate(reference.sectors())
    ]
    [item] = roster.roster_items(Project(members=members), TODAY)
    assert "None: every sector has a member." in all_text(
        render_to_bytes(item.template, item.context)
    )
