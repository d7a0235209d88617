"""Grant applications: one per draft, OCVA and VOCA variants, the budget as tables whose
totals add up, the budget justification, the match, and gaps where answers are missing."""

from __future__ import annotations

import io
import shutil
import subprocess
from decimal import Decimal

import docx
import pytest

from tests.documents.conftest import TODAY
from tests.documents.hostile import HOSTILE, text_of, with_hostile_text
from tests.documents.test_every_document import all_text
from wizard.documents import grants
from wizard.documents.packet import plan_packet
from wizard.documents.render import render_to_bytes, template_variables
from wizard.documents.values import gaps_in
from wizard.model.grants import WAIVER_KEY, duplicate, new_draft
from wizard.model.project import BudgetLine, GrantDraft, MatchSource, Project

FOLDER = "12 Grant applications/"
LETTERS = FOLDER + "Letters of support/"


def rendered(project: Project, grant: GrantDraft) -> bytes:
    return grants.render_application(project, grant, TODAY)


def tables(data: bytes) -> dict[str, list[list[str]]]:
    """Each table's rows of cell texts, keyed by its first cell (header or label)."""
    document = docx.Document(io.BytesIO(data))
    found = {}
    for table in document.tables:
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        key = " | ".join(rows[0])
        found[key] = rows
    return found


def facts(data: bytes) -> dict[str, str]:
    """The 'Applicant and project' table as label -> value."""
    document = docx.Document(io.BytesIO(data))
    table = document.tables[0]
    return {row.cells[0].text: row.cells[1].text for row in table.rows}


def test_one_application_per_draft_in_its_own_folder(sample):
    second = duplicate(sample.grants[0])
    second.funder = "ovca"
    sample.grants.append(second)
    items = [
        item
        for item in plan_packet(sample, TODAY)
        if item.path.startswith(FOLDER) and not item.path.startswith(LETTERS)
    ]
    assert [item.path for item in items] == [
        FOLDER + "01 North Ridge coordinator and community education.docx",
        FOLDER + "02 North Ridge coordinator and community education (copy).docx",
    ]
    assert [item.template for item in items] == [
        "grant_application_voca.docx",
        "grant_application_ovca.docx",
    ]
    assert not items[0].gaps


def test_a_project_without_drafts_has_no_application():
    assert grants.grant_items(Project(), TODAY) == []


def test_the_sample_voca_application_states_applicant_and_project(sample):
    data = rendered(sample, sample.grants[0])
    text = all_text(data)
    lines = text.split("\n")
    assert lines[0] == "Application for Victims of Crime Act (VOCA) funds"
    assert lines[1] == "North Ridge coordinator and community education"
    assert lines[2].startswith("DRAFT prepared on November 28, 2026.")
    assert facts(data) == {
        "Funder": "Victims of Crime Act (VOCA) funds: federal money passed through "
        "Washington State",
        "Project title": "North Ridge coordinator and community education",
        "Applicant organization": "Riverbend Youth Haven",
        "Contact person": "Avery Brooks",
        "Email": "abrooks@example.org",
        "Phone": "509-555-0142",
        "Task force": "North Ridge CSEC/Y Task Force",
        "Counties served": "Chelan and Douglas counties",
        "Grant period": "July 1, 2027 to June 30, 2028",
        "Amount requested": "$42,000.00",
        "Match": "$10,500.00 needed (20% of the total project cost); $10,500.00 committed",
        "Total project cost": "$52,500.00",
    }


def test_the_budget_tables_total_what_the_lines_add_up_to(sample):
    found = tables(rendered(sample, sample.grants[0]))
    summary = found["Category | Amount"]
    assert summary[1:] == [
        ["Personnel", "$27,560.00"],
        ["Fringe benefits", "$6,614.40"],
        ["Travel", "$2,400.00"],
        ["Equipment", "$0.00"],
        ["Supplies", "$1,200.00"],
        ["Contracts and consultants", "$3,000.00"],
        ["Other costs", "$1,225.60"],
        ["Indirect costs", "$0.00"],
        ["Total requested", "$42,000.00"],
    ]
    detail = found["Category | Item | Amount"]
    assert detail[1] == [
        "Personnel",
        "Task force coordinator, 20 hours a week (0.5 FTE)",
        "$27,560.00",
    ]
    assert len(detail) == 1 + 6 + 1
    assert detail[-1] == ["Total", "", "$42,000.00"]
    cents = sum(int(row[2].strip("$").replace(",", "").replace(".", "")) for row in detail[1:-1])
    assert cents == 4_200_000


def test_the_budget_justification_follows_the_categories(sample):
    text = all_text(rendered(sample, sample.grants[0]))
    part = text[text.index("4. Budget justification") : text.index("5. Match")]
    assert part.split("\n")[1:4] == [
        "Personnel",
        "Task force coordinator, 20 hours a week (0.5 FTE): $27,560.00",
        "20 hours a week × 52 weeks × $26.50 an hour. The coordinator is the task force's "
        "one dedicated position.",
    ]
    assert "Equipment" not in part  # no lines, no heading
    assert part.index("Travel") < part.index("Supplies") < part.index("Other costs")


def test_the_match_section_shows_the_arithmetic_and_sources(sample):
    data = rendered(sample, sample.grants[0])
    text = all_text(data)
    match = text[text.index("5. Match") : text.index("Submitted by")]
    assert "VOCA asks for a match of 20% of the total project cost" in match
    assert "Match needed: $42,000.00 × 20 ÷ 80 = $10,500.00." in match
    found = tables(data)
    figures = {row[0]: row[1] for row in found["Match rate | 20% of the total project cost"]}
    assert figures["Match needed"] == "$10,500.00"
    assert figures["Match committed"] == "$10,500.00"
    assert figures["   of which in kind"] == "$10,500.00"
    assert figures["Total project cost"] == "$52,500.00"
    sources = found["Source | Cash or in kind | Amount"]
    assert sources[1] == [
        "Riverbend Youth Haven: office space and supervision",
        "In kind",
        "$4,500.00",
    ]
    assert sources[-1] == ["Total match", "", "$10,500.00"]
    assert "Request for a waiver" not in text


def test_a_waiver_request_appears_when_asked_for(sample):
    grant = sample.grants[0]
    grant.match_sources = []
    grant.waiver_requested = True
    grant.narrative[WAIVER_KEY] = "We ask for a waiver.\n\nWe are a small partnership."
    text = all_text(rendered(sample, grant))
    waiver = text[text.index("Request for a waiver of the match") :]
    assert waiver.split("\n")[1] == "[to be decided: which waiver of the match applies]"
    assert waiver.split("\n")[2:4] == ["We ask for a waiver.", "We are a small partnership."]
    assert "[to be decided: where the match comes from]" in text
    assert "$10,500.00 short of the match needed. The waiver request below explains why." in text


def test_narrative_sections_in_order_with_paragraphs(sample):
    grant = sample.grants[0]
    text = all_text(rendered(sample, grant))
    titles = [
        "Statement of need",
        "Goals and objectives",
        "Project design and timeline",
        "Capabilities",
        "Performance measures and evaluation",
        "Sustainability",
    ]
    positions = [text.index(f"\n{title}\n") for title in titles]
    assert positions == sorted(positions)
    need = text[positions[0] : positions[1]].split("\n")
    assert need[2].startswith("Chelan and Douglas counties have no coordinated response")
    assert need[3] == "Members met once and held two events this year, all on volunteer time."


def test_an_ocva_draft_uses_the_state_template_and_hides_a_zero_match(sample):
    grant = sample.grants[0]
    grant.funder = "ovca"
    grant.match_percent = Decimal("0")
    data = rendered(sample, grant)
    text = all_text(data)
    assert text.startswith("Application to the Office of Crime Victims Advocacy (OCVA)")
    assert facts(data)["Funder"] == (
        "Office of Crime Victims Advocacy (OCVA), Washington State Department of Commerce"
    )
    assert facts(data)["Match"] == "None required"
    assert "5. Match" not in text
    grant.match_percent = Decimal("10")
    text = all_text(rendered(sample, grant))
    assert "the match rate of the funding notice: 10% of the total project cost" in text


def test_an_empty_project_renders_with_gaps_marked():
    project = Project()
    grant = new_draft(project, "voca", TODAY)
    grant.budget[0].justification = ""
    item = grants.grant_items(Project(grants=[grant]), TODAY)[0]
    assert item.path == FOLDER + "01 Task force coordinator.docx"
    for gap in (
        "the applicant organization",
        "the contact person",
        "the counties served",
        "the statement of need",
        "how the work goes on after the grant",
        "this line's amount",
        "why this cost is needed",
        "where the match comes from",
    ):
        assert gap in item.gaps, gap
    text = all_text(render_to_bytes(item.template, item.context))
    assert "[to be decided: the statement of need]" in text
    no_budget = GrantDraft()
    context = grants.build_context(project, no_budget, TODAY)
    assert "the budget lines" in gaps_in(context)
    assert "[to be decided: the budget lines]" in all_text(
        render_to_bytes("grant_application_voca.docx", context)
    )


def test_lines_without_a_description_or_a_zero_match_source_are_marked():
    grant = GrantDraft(
        budget=[BudgetLine(amount=Decimal("5"), justification="x")],
        match_sources=[MatchSource()],
    )
    item = grants.grant_items(Project(grants=[grant]), TODAY)[0]
    assert {"what this budget line is for", "this match's amount"} <= set(item.gaps)


# ----- the OCVA template under the catalogue's rules (the sample's draft is VOCA) -----------


def ocva_sample(sample: Project) -> Project:
    copy = sample.model_copy(deep=True)
    copy.grants[0].funder = "ovca"
    copy.grants[0].match_percent = Decimal("10")
    copy.grants[0].waiver_requested = True
    copy.grants[0].narrative[WAIVER_KEY] = "We ask for a waiver."
    return copy


def test_the_ocva_template_gets_exactly_the_variables_it_uses(sample):
    [item] = grants.grant_items(ocva_sample(sample), TODAY)
    assert item.template == "grant_application_ovca.docx"
    assert template_variables(item.template) == set(item.context)


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_comes_back_literally_in_the_ocva_application(sample, hostile):
    project = with_hostile_text(ocva_sample(sample), hostile)
    [item] = grants.grant_items(project, TODAY)
    text = all_text(render_to_bytes(item.template, item.context))
    assert text_of(hostile) in text
    assert text.count(text_of(hostile).split("\n")[0]) >= 6 + 1  # sections, lines, waiver


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_ocva_application(sample, tmp_path):
    project = with_hostile_text(ocva_sample(sample), HOSTILE[0] + " " + HOSTILE[4])
    [item] = grants.grant_items(project, TODAY)
    source = tmp_path / "ocva.docx"
    source.write_bytes(render_to_bytes(item.template, item.context))
    result = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    pdf = source.with_suffix(".pdf")
    assert pdf.exists() and pdf.stat().st_size > 1000


def test_an_ocva_draft_says_its_rate_comes_from_the_funding_notice(sample):
    """Issue 14: 'the match, if any, is the one in the funding notice' stood next to
    'OCVA asks for a match of 20%'."""
    from wizard.model.grants import change_funder

    grant = sample.grants[0]
    change_funder(grant, "ovca")
    grant.match_percent = Decimal("25")
    item = next(i for i in plan_packet(sample, TODAY) if i.path.startswith(FOLDER))
    text = all_text(render_to_bytes(item.template, item.context))
    assert "administers Washington's federal VOCA funds" in text
    assert "match rate of the funding notice: 25% of the total project cost" in text
    assert "OCVA asks for a match" not in text


@pytest.mark.parametrize(
    ("basis", "words"),
    [
        ("tribe", "federally recognized tribe. Federal rules waive the VOCA match for tribes"),
        ("tribal_lands", "carried out on tribal lands. Federal rules waive the VOCA match"),
        ("state_policy", "VOCA Fix Act (Pub. L. 117-27)"),
    ],
)
def test_the_application_states_which_waiver_applies_and_its_rule(sample, basis, words):
    grant = sample.grants[0]
    grant.waiver_requested = True
    grant.waiver_basis = basis
    grant.narrative[WAIVER_KEY] = "We ask for a waiver."
    text = all_text(rendered(sample, grant))
    waiver = text[text.index("Request for a waiver of the match") :]
    assert words in waiver.split("\n")[1]
    assert "28 CFR 94.118" in waiver or basis == "state_policy"


# ----- conditions, records, attachments ------------------------------------------------------


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end)]


@pytest.mark.parametrize("funder", ["voca", "ovca"])
def test_each_draft_states_voca_conditions_records_and_attachments(sample, funder):
    sample.grants[0].funder = funder
    text = all_text(rendered(sample, sample.grants[0]))
    conditions = section(text, "6. VOCA conditions, in plain words", "7. Time-and-effort")
    assert "28 CFR Part 94" in conditions
    for condition in (
        "Services are free of charge to victims.",
        "Victim information is kept confidential.",
        "The project uses volunteers.",
        "The project helps victims apply for crime victims' compensation.",
    ):
        assert condition in conditions
    assert "In this project: Community volunteers who help run the four community events." in (
        conditions
    )
    if funder == "ovca":
        assert "OCVA passes federal VOCA funds on to local projects" in conditions
    records = section(text, "7. Time-and-effort records", "8. Attachments to include")
    assert "timesheets that show the share of their time" in records
    assert "(2 CFR 200.430)" in records
    attachments = section(text, "8. Attachments to include", "Submitted by")
    assert "does not include them" in attachments
    if funder == "voca":
        assert "☐\tThe applicant's Unique Entity ID (UEI)" in attachments
    else:  # a state-funded OCVA grant may not need them
        assert "☐\tIf the grant is paid from federal VOCA funds: the applicant's Unique " in (
            attachments
        )
    assert "☐\tProof that the applicant's registration in SAM.gov is active, if the funding " in (
        attachments
    )
    assert "certifications and assurances" in attachments
    assert "budget detail" in attachments
    assert "letter of support from each partner organization: drafts for 6 member" in attachments
    assert "in the starter packet, in the folder “Letters of support”" in attachments
    signed = sum(1 for mou in sample.mous if mou.status == "signed")
    assert signed == 2 and len(sample.mous) > signed
    assert "signed charter" in attachments
    assert f"{signed} of {len(sample.mous)} MOUs are signed so far" in attachments
    assert "research" not in (conditions + records + attachments).lower()


def test_the_sections_after_the_match_keep_their_numbers_without_a_match(sample):
    sample.grants[0].funder = "ovca"
    sample.grants[0].match_percent = Decimal("0")
    text = all_text(rendered(sample, sample.grants[0]))
    assert "5. Match" not in text
    assert "5. VOCA conditions, in plain words" in text
    assert "6. Time-and-effort records" in text
    assert "7. Attachments to include" in text


def test_a_draft_without_volunteer_time_marks_how_volunteers_are_used_as_a_gap(sample):
    grant = sample.grants[0]
    grant.match_sources = [s for s in grant.match_sources if s.time != "volunteer"]
    [item] = grants.grant_items(sample, TODAY)
    assert "how the project uses volunteers (or the state's waiver of that rule)" in item.gaps


def test_an_indirect_cost_line_adds_the_rate_agreement_to_the_attachments(sample):
    text = all_text(rendered(sample, sample.grants[0]))
    assert "indirect cost rate agreement" not in text
    sample.grants[0].budget.append(
        BudgetLine(category="indirect", description="Overhead", amount=Decimal("100"))
    )
    assert "indirect cost rate agreement" in all_text(rendered(sample, sample.grants[0]))


# ----- in-kind time at its own rate ------------------------------------------------------------


def test_staff_time_shows_hours_times_the_entered_rate_not_a_flat_twenty(sample):
    data = rendered(sample, sample.grants[0])
    rows = tables(data)["Source | Cash or in kind | Amount"]
    sheriff = next(row for row in rows if row[0].startswith("A detective's time"))
    assert sheriff == [
        "A detective's time at task force meetings and trainings\nGiven by North Ridge County "
        "Sheriff's Office. 50 hours × $58.40 an hour (loaded pay rate) = $2,920.00",
        "Staff time (in kind)",
        "$2,920.00",
    ]
    assert "$1,000.00" not in sheriff[2]  # 50 hours at a flat $20
    volunteers = next(row for row in rows if row[0].startswith("Community volunteers"))
    assert "40 hours × $24.90 an hour (volunteer rate) = $996.00" in volunteers[0]
    assert volunteers[1] == "Volunteer time (in kind)"
    assert rows[-1] == ["Total match", "", "$10,500.00"]
    cost = {row[0]: row[1] for row in tables(data)["Match rate | 20% of the total project cost"]}
    assert cost["Total project cost"] == facts(data)["Total project cost"] == "$52,500.00"


def test_staff_time_without_a_rate_is_a_gap_and_counts_nothing(sample):
    grant = sample.grants[0]
    sheriff = next(s for s in grant.match_sources if s.id == "match-sheriff-time")
    sheriff.hourly_rate = None
    [item] = grants.grant_items(sample, TODAY)
    assert item.gaps == ["the hourly pay rate, with benefits, of the staff who give this time"]
    data = rendered(sample, grant)
    rows = tables(data)["Source | Cash or in kind | Amount"]
    assert rows[-1] == ["Total match", "", "$7,580.00"]
    row = next(row for row in rows if row[0].startswith("A detective's time"))
    gap = "[to be decided: the hourly pay rate, with benefits, of the staff who give this time]"
    assert row[2] == gap and gap not in row[0]  # marked once, where the amount goes
    # still one rule: the cost counts the match needed, in the facts and the match table
    cost = {row[0]: row[1] for row in tables(data)["Match rate | 20% of the total project cost"]}
    assert cost["Total project cost"] == facts(data)["Total project cost"] == "$52,500.00"
