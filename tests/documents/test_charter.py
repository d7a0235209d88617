"""The charter: the sample project's answers land in the right sections and tables,
and an empty project renders as a draft with its gaps marked."""

from __future__ import annotations

import io
from decimal import Decimal

import docx
import pytest

from tests.documents.conftest import TODAY
from tests.documents.test_every_document import all_text
from wizard.documents import charter
from wizard.documents.packet import plan_packet
from wizard.documents.render import render_to_bytes
from wizard.model.project import Goal, Project


def render(project: Project) -> bytes:
    return render_to_bytes(charter.TEMPLATE, charter.build_context(project, TODAY))


def tables(data: bytes) -> list[list[list[str]]]:
    document = docx.Document(io.BytesIO(data))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def table_with(data: bytes, header: str) -> list[list[str]]:
    return next(t for t in tables(data) if t[0][0] == header)


def facts(data: bytes) -> dict[str, str]:
    table = next(t for t in tables(data) if t[0][0] == "Coordinator")
    return {row[0]: row[1] for row in table}


def section(text: str, start: str, end: str) -> str:
    """The text between two headings (or other markers)."""
    return text[text.index(start) : text.index(end, text.index(start))]


def test_the_charter_is_in_the_packet(sample):
    items = [item for item in plan_packet(sample, TODAY) if item.path == "01 Charter.docx"]
    assert len(items) == 1 and items[0].template == charter.TEMPLATE


def test_the_sample_charter_has_no_gaps(sample):
    text = all_text(render(sample))
    assert "[to be decided:" not in text
    assert charter.charter_items(sample, TODAY)[0].gaps == []


def test_name_region_mission_and_vision(sample):
    text = all_text(render(sample))
    assert text.startswith("North Ridge CSEC/Y Task Force\nCharter\n")
    assert "It serves Chelan and Douglas Counties, Washington." in text
    mission = section(text, "2. Mission", "3. Vision")
    assert sample.mission.statement in mission
    vision = section(text, "3. Vision", "4. Goals")
    assert sample.mission.vision in vision


def test_goals_are_a_table_with_their_measures(sample):
    rows = table_with(render(sample), "#")
    assert rows[0] == ["#", "Goal", "How we will measure it"]
    assert rows[1:] == [
        ["1", "Every member completes basic CSEC training", "Share trained"],
        ["2", "Sign an MOU with each member organisation", "MOUs signed"],
        ["3", "Hold two community education events a year", "Events held"],
    ]


def test_five_jobs_are_listed(sample):
    jobs = section(all_text(render(sample)), "5. What the task force does", "6. Guiding")
    assert "five jobs" in jobs
    for words in ("Bring together every sector", "gaps in the services", "training", "demand"):
        assert words in jobs


def test_only_chosen_commitments_appear_with_their_why(sample):
    principles = section(all_text(render(sample)), "6. Guiding principles", "7. Membership")
    for principle in sample.principles:
        assert principle.text in principles
        assert f"Why it matters: {principle.why}" in principles
    assert "interpreters" not in principles  # a suggestion the sample never chose


def test_an_unchosen_commitment_is_left_out(sample):
    sample.principles[0].chosen = False
    principles = section(all_text(render(sample)), "6. Guiding principles", "7. Membership")
    assert sample.principles[0].text not in principles
    assert sample.principles[1].text in principles


def test_membership_by_sector_and_missing_sectors(sample):
    data = render(sample)
    rows = table_with(data, "Sector")
    assert ["Local law enforcement", "1", "North Ridge County Sheriff's Office"] in rows
    assert ["Community advocates", "1", "Open Door Advocacy Center"] in rows
    sectors = [row[0] for row in rows[1:]]
    assert "Healthcare providers" not in sectors  # only invited so far
    assert len(sectors) == 7
    membership = section(all_text(data), "7. Membership", "8. Leadership")
    assert "7 members from 7 organizations, covering 7 of the 13 recommended sectors" in (
        membership
    )
    missing = membership[membership.index("still inviting") :]
    for name in ("Defense attorneys", "Healthcare providers", "Tribal communities"):
        assert name in missing
    assert "Local law enforcement" not in missing


def test_leadership_facts(sample):
    values = facts(render(sample))
    assert values == {
        "Coordinator": "Avery Brooks, Riverbend Youth Haven",
        "Position": "Paid, part-time, 20 hours a week",
        "Funding": "Office of Crime Victims Advocacy (OCVA) state grant",
        "Chair": "Judge Ellen Park, North Ridge Superior Court",
        "Chair's role": "Superior Court judge",
    }


def test_duties_carried_shared_and_the_chairs(sample):
    text = all_text(render(sample))
    carried = section(text, "The coordinator carries these duties", "shares these duties")
    shared = section(text, "shares these duties", "The chair's duties")
    assert "Schedule meetings" in carried and "Host or arrange training" in carried
    assert "Agree on priorities with the chair" not in carried
    assert "Agree on priorities with the chair" in shared
    assert "Write the mission and vision" in shared
    assert "Schedule meetings" not in shared
    chair = section(text, "The chair's duties", "9. Subcommittees")
    assert "Bring new members on board" in chair
    assert "Represent the task force at Statewide Coordinating Committee meetings" in chair
    assert "Decide on new initiatives" not in chair
    assert "Other members take on" not in text


def test_subcommittees_table(sample):
    rows = table_with(render(sample), "Subcommittee")
    assert rows[1] == [
        "Education",
        "Plan trainings for members and events for the community.",
        "Grace Lin",
        "Every other month",
    ]


def test_no_subcommittees_yet_is_advice_not_a_gap(sample):
    sample.subcommittees = []
    data = render(sample)
    text = section(all_text(data), "9. Subcommittees", "10. Meetings")
    assert "demand reduction" in text and "education" in text
    assert "[to be decided:" not in text
    assert not [t for t in tables(data) if t[0][0] == "Subcommittee"]


def test_fixed_sections_and_the_adoption_block(sample):
    text = all_text(render(sample))
    for heading in (
        "10. Meetings and decisions",
        "11. Confidentiality",
        "12. Memoranda of understanding",
        "13. Data collection and reporting",
        "14. Speaking for the task force, and its host",
        "15. Amendments and ending the task force",
        "16. Adoption",
    ):
        assert heading in text
    assert "quorum" in section(text, "10. Meetings", "11. Confidentiality")
    assert "counts only" in section(text, "11. Confidentiality", "12. Memoranda")
    data = section(text, "13. Data collection", "14. Speaking")
    assert "annual report" in data
    assert "fewer than" in data and "RCW 42.56" in data
    assert "speaks to the media" in section(text, "14. Speaking", "15. Amendments")
    assert "Host or fiscal agent" in text
    ending = section(text, "15. Amendments", "16. Adoption")
    assert "may end by the same vote" in ending
    membership = section(text, "7. Membership", "8. Leadership")
    assert "To join" in membership and "may leave" in membership and "remove" in membership
    adoption = text[text.index("16. Adoption") :]
    assert "Printed name: Judge Ellen Park" in adoption
    assert "Printed name: Avery Brooks" in adoption
    assert "Date adopted:" in adoption
    assert "draft" in text[: text.index("1. Name and region")]


def test_an_empty_project_renders_with_its_gaps_marked():
    project = Project()
    text = all_text(render(project))
    for gap in (
        "the task force's name",
        "the mission statement",
        "the vision statement",
        "the task force's goals",
        "the task force's guiding commitments",
        "who the coordinator is",
        "how the coordinator position is funded",
        "the chair's name",
        "the chair's role",
        "the chair's duties",
        "who carries these coordinator duties",
    ):
        assert f"[to be decided: {gap}]" in text
    assert "No one has joined as a member yet" in text
    assert "Every recommended sector" not in text
    adoption = text[text.index("16. Adoption") :]
    assert f"Printed name: {charter.BLANK_NAME}" in adoption


def test_gaps_are_highlighted_runs():
    document = docx.Document(io.BytesIO(render(Project())))
    gap_runs = [run for p in document.paragraphs for run in p.runs if "[to be decided:" in run.text]
    assert gap_runs and all(run.bold for run in gap_runs)
    assert all(run._r.rPr.find(docx.oxml.ns.qn("w:shd")) is not None for run in gap_runs)


def test_a_coordinator_not_found_yet_is_not_a_gap(sample):
    sample.coordinator.identified = False
    data = render(sample)
    assert facts(data)["Coordinator"].startswith("Not yet appointed")
    assert "Avery Brooks" not in all_text(data)


def test_a_goal_without_a_measure_is_a_gap(sample):
    sample.mission.goals.append(Goal(text="Reach every school", measure=""))
    rows = table_with(render(sample), "#")
    assert rows[-1] == ["4", "Reach every school", "[to be decided: a measure for goal 4]"]


@pytest.mark.parametrize(
    ("hours", "shown"),
    [
        (Decimal("40"), "40 hours a week"),
        (Decimal("7.5"), "7.5 hours a week"),
        (Decimal(1), "1 hour a week"),
    ],
)
def test_hours_are_printed_plainly(sample, hours, shown):
    sample.coordinator.hours_per_week = hours
    assert facts(render(sample))["Position"].endswith(shown)


def test_undecided_and_others_duties_are_listed(sample):
    sample.coordinator.duties["events"] = "others"
    del sample.coordinator.duties["training"]
    text = all_text(render(sample))
    others = section(text, "Other members take on these duties", "The chair's duties")
    assert "Set up events" in others
    undecided = section(text, "[to be decided: who carries these coordinator duties]", "The chair")
    assert "Host or arrange training" in undecided
    carried = section(text, "The coordinator carries these duties", "shares these duties")
    assert "Set up events" not in carried and "Host or arrange training" not in carried


def test_the_chair_section_cautions_a_judge_to_check_the_code_of_judicial_conduct(sample):
    text = all_text(render(sample))
    chair = section(text, "The chair's duties", "9. Subcommittees")
    assert "should first check Washington's Code of Judicial Conduct" in chair
