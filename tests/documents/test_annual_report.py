"""The SCC annual report: content for an empty project, the sample and ten years, in
Word and as the reportlab PDF twin."""

from __future__ import annotations

from datetime import date

import pytest

from tests.documents.conftest import TODAY
from tests.documents.test_every_document import all_text
from tests.documents.test_overview import needs_pdftotext, squeezed
from tests.documents.test_overview import pdf_text as overview_pdf_text
from wizard.documents.annual_report import annual_report_items, build_context
from wizard.documents.annual_report_pdf import write_annual_report_pdf
from wizard.documents.render import render_to_bytes, template_variables
from wizard.documents.values import gaps_in
from wizard.model.large import project_with_years
from wizard.model.project import Project

TEN_YEARS_TODAY = date(2027, 1, 15)


def pdf_text(path) -> str:
    """The PDF's words without white space, so a line the PDF wrapped still matches."""
    return squeezed(overview_pdf_text(path))


def has(text: str, words: str) -> bool:
    return squeezed(words) in text


def test_an_empty_project_reads_as_a_report_of_gaps():
    context = build_context(Project(), 2026, TODAY)
    gaps = gaps_in(context)
    for expected in (
        "the task force's name",
        "who the coordinator is",
        "who chairs the task force",
        "who represents the task force at the SCC",
        "the task force's goals",
        "the challenges of 2026",
        "what the task force needs from the state",
    ):
        assert expected in gaps
    text = all_text(render_to_bytes("annual_report.docx", context))
    assert "No meetings are recorded" in text
    assert "No figures were recorded for this year" in text
    assert "first year the task force records its work with the SCC" in text


def test_the_sample_reports_its_year(sample):
    context = build_context(sample, 2026, TODAY)
    assert template_variables("annual_report.docx") == set(context)
    text = all_text(render_to_bytes("annual_report.docx", context))
    for expected in (
        "North Ridge CSEC/Y Task Force",
        "Chelan and Douglas Counties",
        "the year is not over yet",
        "Judge Ellen Park (the chair)",
        "The task force met 11 times",  # the December meeting has not happened yet
        "fewer than 10",  # youth detained, 2026
        "2 MOUs were signed this year",
        "Recognizing exploitation",
        "Two MOUs signed; the sheriff's office MOU ends in January.",
        "We still have no member from the tribal communities.",
        "Steady money for a coordinator",
        "December 12, 2025",  # last year's report, from the SCC history
        "RCW 7.68.805",
    ):
        assert expected in text, expected
    assert gaps_in(context) == []
    for member in sample.members:
        if member.email:
            assert member.email not in text
    assert sample.scc.contact.email not in text


def test_a_small_count_never_shows_its_number(sample):
    sample.data_periods[1].counts["youth_referred"].value = 3
    text = all_text(render_to_bytes("annual_report.docx", build_context(sample, 2026, TODAY)))
    row = next(line for line in text.splitlines() if line.startswith("Young people referred"))
    assert "3" not in row
    assert "fewer than 10" in text


def test_a_goal_without_progress_is_a_gap(sample):
    context = build_context(sample, 2025, TODAY)
    gaps = gaps_in(context)
    assert any(g.startswith("progress on “Sign an MOU") for g in gaps)
    assert "the challenges of 2025" not in gaps  # 2025's challenges were written


@pytest.fixture(scope="module")
def ten_years() -> Project:
    return project_with_years(10)


def test_ten_years_read_as_one_year_with_the_last_survey_compared(ten_years):
    context = build_context(ten_years, 2026, TEN_YEARS_TODAY)
    assert "the year is not over yet" not in context["span"]
    assert context["meetings_summary"].startswith("The task force met 12 times")
    assert all(d["before"] != "no earlier survey" for d in context["densities"])
    assert len(context["history"]) == 0
    text = all_text(render_to_bytes("annual_report.docx", context))
    assert "Organisation 0 & Partners" in text


@needs_pdftotext
def test_the_pdf_twin_says_the_same(sample, tmp_path):
    context = build_context(sample, 2026, TODAY)
    target = tmp_path / "report.pdf"
    write_annual_report_pdf(context, target)
    text = pdf_text(target)
    for expected in (
        "North Ridge CSEC/Y Task Force",
        "7. Counts of young people and buyers",
        "fewer than 10",
        "Steady money for a coordinator",
        "12. Our work with the SCC",
    ):
        assert has(text, expected), expected


@needs_pdftotext
def test_the_pdf_prints_hostile_text_as_typed(sample, tmp_path):
    sample.scc.needs_from_state = "<b>bold</b> & <font size=40>big</font>"
    target = tmp_path / "report.pdf"
    write_annual_report_pdf(build_context(sample, 2026, TODAY), target)
    assert has(pdf_text(target), "<b>bold</b> & <font size=40>big</font>")


@needs_pdftotext
def test_the_pdf_of_an_empty_project_and_of_ten_years(ten_years, tmp_path):
    write_annual_report_pdf(build_context(Project(), 2026, TODAY), tmp_path / "empty.pdf")
    assert has(pdf_text(tmp_path / "empty.pdf"), "[to be decided: the task force's name]")
    context = build_context(ten_years, 2026, TEN_YEARS_TODAY)
    write_annual_report_pdf(context, tmp_path / "ten.pdf")
    assert has(pdf_text(tmp_path / "ten.pdf"), "Organisation 0 & Partners")


def test_the_packet_holds_the_report_in_word_and_pdf(sample):
    paths = [item.path for item in annual_report_items(sample, TODAY)]
    assert paths == [
        "13 SCC annual report/Annual report 2026.docx",
        "13 SCC annual report/Annual report 2026.pdf",
    ]


def test_a_chosen_year_is_written_as_word_pdf_and_data(sample, tmp_path):
    from wizard.documents.annual_report import write_year

    written = write_year(sample, 2025, tmp_path, TODAY)
    assert [p.name for p in written] == [
        "Annual report 2025.docx",
        "Annual report 2025.pdf",
        "Annual data 2025.json",
    ]
    assert "The year 2025" in all_text(written[0].read_bytes())
    assert written[1].read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("full", [False, True])
def test_the_voices_note_never_credits_the_research_with_the_often_missing_voices(sample, full):
    """The research found little influence for tribal members and low awareness of
    advocates only; survivors and LGBTQ+ representatives are common practice."""
    if full:
        from wizard.model import reference
        from wizard.model.project import Member

        sample.members += [
            Member(id=f"x{n}", name=f"X {n}", sector=s.id, status="member")
            for n, s in enumerate(reference.sectors())
        ]
    note = build_context(sample, 2026, TODAY)["voices_note"]
    assert "research" not in str(note)
    assert "seek out on purpose" in str(note)
