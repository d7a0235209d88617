"""The outreach plan: the gaps at three levels, and every plan with who, to whom, when, status."""

from __future__ import annotations

import io
from datetime import date

import docx

from tests.documents.conftest import TODAY
from tests.documents.test_every_document import all_text
from wizard.documents import outreach_plan
from wizard.documents.packet import plan_packet
from wizard.documents.render import render_to_bytes
from wizard.model import gaps, reference
from wizard.model.project import Member, OutreachPlan, Project, Subcommittee

PLAN_HEADER = ["Sector", "Who reaches out", "To whom", "By when", "Status"]


def render_bytes(project: Project) -> bytes:
    [item] = outreach_plan.outreach_plan_items(project, TODAY)
    return render_to_bytes(item.template, item.context)


def render(project: Project) -> str:
    """The paragraphs, then the tables' cells (as python-docx reads them)."""
    return all_text(render_bytes(project))


def tables(project: Project) -> list[list[list[str]]]:
    """Every table in document order: the voices table, then one per level with plans."""
    document = docx.Document(io.BytesIO(render_bytes(project)))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def section(text: str, start: str, end: str | None = None) -> str:
    begin = text.index(start)
    return text[begin : text.index(end, begin)] if end else text[begin:]


def test_the_packet_holds_the_outreach_plan_without_gaps_for_the_sample(sample):
    items = [item for item in plan_packet(sample, TODAY) if item.path == "07 Outreach plan.docx"]
    assert len(items) == 1 and items[0].template == outreach_plan.TEMPLATE
    assert items[0].gaps == []


def test_the_sample_plan_shows_where_each_sector_has_a_voice(sample):
    text = render(sample)
    lines = text.split("\n")
    assert lines[:3] == ["North Ridge CSEC/Y Task Force", "Outreach plan", lines[2]]
    assert "Prepared on November 28, 2026." in lines[2]
    analysis = gaps.analyse(sample)
    covered = [13 - analysis.count(level) for level in gaps.LEVELS]
    assert covered == [7, 3, 6]  # chairs: coordinator and two subcommittee chairs
    assert (
        "Of the 13 recommended sectors, 7 have a member, 3 have a voice in leadership and "
        "6 sit on a subcommittee." in lines
    )
    rows = tables(sample)[0]
    assert rows[0] == ["Sector", "On the roster", "In leadership", "On subcommittees"]
    assert len(rows) == 14
    by_sector = {row[0]: row[1:] for row in rows[1:14]}
    assert by_sector["Prosecutors"] == ["Yes", "Yes", "Yes"]  # chairs Demand reduction
    assert by_sector["Community advocates *"] == ["Yes", "Missing", "Yes"]
    assert by_sector["Tribal communities *"] == ["Missing", "Missing", "Missing"]
    assert by_sector["Child Protective Services (CPS)"] == ["Yes", "Missing", "Missing"]
    assert (
        "Child Protective Services (CPS) is on the roster. But it has no say in leadership "
        "or on any subcommittee." in text
    )


def test_each_level_lists_its_gaps_and_its_plans(sample):
    text = render(sample)
    roster = section(text, "1. On the roster", "2. In leadership")
    planned = ": outreach planned (see below)"
    assert (
        "Missing at this level:\n"
        + "\n".join(
            name + planned
            for name in (
                "Defense attorneys",
                "Healthcare providers",
                "Federal law enforcement",
                "Human trafficking survivors",
                "Tribal communities",
                "LGBTQ+ representatives",
            )
        )
        in roster
    )
    assert "05 Invitation letters" in roster
    _voices, rows, leadership_rows = tables(sample)  # no plans on subcommittees: no table
    assert rows[0] == leadership_rows[0] == PLAN_HEADER
    assert [row[0] for row in rows[1:]] == [
        "Defense attorneys",
        "Healthcare providers",
        "Federal law enforcement",
        "Human trafficking survivors",
        "Tribal communities",
        "LGBTQ+ representatives",
    ]
    assert rows[1] == [
        "Defense attorneys",
        "Marcus Reed",
        "Ray Fuentes, public defender",
        "December 15, 2026",
        "Contacted",
    ]
    assert rows[6] == [
        "LGBTQ+ representatives",
        "Avery Brooks",
        "The youth group at the valley's LGBTQ+ community center",
        "No date yet",
        "Planned",
    ]
    assert "No outreach planned yet" not in roster
    assert leadership_rows[1] == [
        "Community advocates",
        "Judge Ellen Park",
        "Sofia Morales, to co-chair the Education subcommittee",
        "January 15, 2027",
        "Planned",
    ]
    leadership = section(text, "2. In leadership", "3. On subcommittees")
    assert "Community advocates: outreach planned (see below)" in leadership
    for name in (
        "Local law enforcement",
        "Child Protective Services (CPS)",
        "LGBTQ+ representatives",
    ):
        assert f"{name}: no outreach planned yet" in leadership
    subcommittees = section(text, "3. On subcommittees", "Keeping the plan up to date")
    assert "Human trafficking survivors: no outreach planned yet" in subcommittees


def test_a_plan_without_who_reaches_out_is_a_gap_and_blanks_have_plain_words():
    project = Project(outreach=[OutreachPlan(sector="tribal", level="subcommittees")])
    [item] = outreach_plan.outreach_plan_items(project, TODAY)
    assert "who reaches out to Tribal communities" in item.gaps
    _voices, rows = tables(project)
    assert rows[1] == [
        "Tribal communities",
        "[to be decided: who reaches out to Tribal communities]",
        "Not named yet",
        "No date yet",
        "Planned",
    ]


def test_when_every_sector_has_a_voice_everywhere_the_plan_says_so():
    members = [
        Member(id=f"m{n}", name=f"Member {n}", sector=s.id, status="member")
        for n, s in enumerate(reference.sectors())
    ]
    committees = [
        Subcommittee(name=f"Group {m.id}", chair_member_id=m.id, member_ids=[m.id]) for m in members
    ]
    text = render(Project(members=members, subcommittees=committees))
    assert text.count("No gaps: every recommended sector has a voice at this level.") == 3
    assert "Missing" not in text.replace("Missing at this level", "")
    assert "No outreach planned yet" not in text
    assert "without a say" not in text


def test_an_empty_project_lists_every_sector_unplanned_at_every_level():
    text = render(Project())
    assert text.count("Local law enforcement: no outreach planned yet") == 3
    assert text.count("no outreach planned yet") == 3 * 13
    assert "Of the 13 recommended sectors, 0 have a member" in text
    for level in ("1. On the roster", "2. In leadership", "3. On subcommittees"):
        assert "Local law enforcement" in section(text, level)


def test_plans_follow_the_sector_order_and_a_closed_gap_keeps_its_plan(sample):
    sample.outreach.append(
        OutreachPlan(
            sector="law_enforcement",
            who_reaches_out="Avery Brooks",
            due_on=date(2026, 1, 5),
            status="joined",
        )
    )
    roster = section(render(sample), "1. On the roster", "2. In leadership")
    rows = tables(sample)[1]
    assert rows[1] == [
        "Local law enforcement",
        "Avery Brooks",
        "Not named yet",
        "January 5, 2026",
        "Joined",
    ]
    assert "Local law enforcement" not in roster  # not among the gaps (plans are in tables)


def test_the_star_note_credits_the_research_only_with_what_it_found(sample):
    text = render(sample)
    assert "A voice the research found is often missing" not in text
    note = next(line for line in text.split("\n") if line.startswith("* "))
    research = note.split("The research found")[1].split(".")[0]
    assert "tribal members had little say" in research and "community advocates" in research
    assert "Survivors" not in research and "LGBTQ" not in research
