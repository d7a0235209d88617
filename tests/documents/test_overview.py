"""Document 7, the starter packet overview PDF: what it says, and that it is always made."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.documents.conftest import ROOT, TODAY
from tests.documents.hostile import HOSTILE, text_of, with_hostile_text
from wizard.documents import overview
from wizard.documents.overview import (
    OVERVIEW_PATH,
    PacketEntry,
    build_overview,
    describe_entry,
    write_overview,
)
from wizard.documents.packet import export_packet, packet_gaps, plan_packet
from wizard.documents.values import Gap
from wizard.model import places, reference
from wizard.model.exports import record_export
from wizard.model.progress import StepState, membership_count, missing_sectors, step_progress
from wizard.model.project import Project
from wizard.model.steps import steps_in_group

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler) is not installed"
)


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def squeezed(text: str) -> str:
    """Without any white space: a line the PDF wrapped still matches."""
    return re.sub(r"\s+", "", text)


def written(project: Project, tmp_path: Path, name: str = "overview.pdf") -> Path:
    target = tmp_path / name
    write_overview(project, TODAY, target)
    assert target.read_bytes().startswith(b"%PDF-")
    return target


# ----- what it says --------------------------------------------------------------------


def test_the_overview_is_the_first_file_of_the_packet(sample):
    items = plan_packet(sample, TODAY)
    assert items[0].path == OVERVIEW_PATH
    assert items[0].template is None and items[0].writer is not None


def test_the_roadmap_follows_the_navigator(sample):
    found = build_overview(sample, TODAY)
    assert [phase.title for phase in found.phases] == ["Phase 1: Starting", "Phase 2: Sustaining"]
    for phase, group in zip(found.phases, ("phase1", "phase2"), strict=True):
        expected = [s.id for s in steps_in_group(group) if not s.id.endswith("_review")]
        assert [step.step_id for step in phase.steps] == expected
        for step in phase.steps:
            progress = step_progress(sample, step.step_id)
            assert (step.state, step.missing) == (progress.state, progress.missing)
    phase1, phase2 = found.phases
    assert phase1.done == 5  # the sample finished Phase 1
    assert 0 < phase2.done < len(phase2.steps)


def test_next_steps_are_the_first_missing_items_of_unfinished_steps(sample):
    sample.outreach = []  # as before the sample planned its outreach: a step not started
    found = build_overview(sample, TODAY)
    unfinished = [
        step for phase in found.phases for step in phase.steps if step.state is not StepState.DONE
    ]
    assert [n.title for n in found.next_steps] == [s.title for s in unfinished[:3]]
    first = found.next_steps[0]
    assert first.items == unfinished[0].missing[:3]
    voices = next(n for n in found.next_steps if n.title == "Recruit the missing voices")
    assert len(voices.items) == 3
    assert voices.more == len(missing_sectors(sample)) - 3


def test_coverage_and_files_come_from_the_project_and_the_plan(sample):
    found = build_overview(sample, TODAY)
    assert found.coverage.members == membership_count(sample)
    assert found.coverage.total == len(reference.sectors())
    assert found.entries[0].name == OVERVIEW_PATH
    assert {e.name for e in found.entries} >= {OVERVIEW_PATH, "04 Roster and sector coverage.docx"}
    assert found.gap_count == len(packet_gaps(sample, TODAY))
    assert found.today == "November 28, 2026"


def test_an_empty_project_starts_at_the_beginning():
    found = build_overview(Project(), TODAY)
    assert found.task_force_name == Gap("the task force's name", "what_is")
    assert found.region == Gap("the counties covered", "what_is")
    assert all(s.state is StepState.NOT_STARTED for p in found.phases for s in p.steps)
    assert found.next_steps[0].title == "What is a task force?"
    assert "the task force's name" in found.next_steps[0].items
    assert found.coverage.members == 0 and found.coverage.covered == 0


def test_files_in_a_folder_are_grouped_under_it():
    entries = overview._entries(
        ["00 Overview.pdf", "05 Letters/01 Ana.docx", "05 Letters/02 Bo.docx", "06 MOUs/01 X.docx"]
    )
    assert entries == (
        PacketEntry("00 Overview.pdf"),
        PacketEntry("05 Letters", ("01 Ana.docx", "02 Bo.docx")),
        PacketEntry("06 MOUs", ("01 X.docx",)),
    )
    assert describe_entry(entries[0]) == "Overview"
    assert describe_entry(entries[1]) == "Letters (2 files)"
    assert describe_entry(entries[2]) == "MOUs (1 file)"


# ----- the PDF -------------------------------------------------------------------------


@needs_pdftotext
def test_the_sample_pdf_shows_name_roadmap_chart_next_steps_and_files(sample, tmp_path):
    sample.outreach = []  # so the roadmap shows a step not started, as well as the others
    text = pdf_text(written(sample, tmp_path))
    flat = squeezed(text)
    for expected in (
        sample.region.name,
        "Chelan and Douglas Counties",
        "November 28, 2026",
        "Starter packet",
        "Where you are",
        "Who is at the table",
        "What to do next",
        "What is in this packet",
        "Where the advice comes from",
        "Building a Toolkit for CSEC Task Forces in Washington State",  # credited
    ):
        assert squeezed(expected) in flat, expected
    for group in ("phase1", "phase2"):
        for step in steps_in_group(group):
            if not step.id.endswith("_review"):
                assert squeezed(step.title) in flat, step.title
    assert "In progress" in text and "Not started" in text and "Done" in text
    members = membership_count(sample)
    assert f"Exactly {members} people have" in text
    for sector in reference.sectors():
        assert squeezed(sector.name) in flat, sector.name
    assert text.count("missing") >= len(missing_sectors(sample))
    first_next = build_overview(sample, TODAY).next_steps[0]
    assert squeezed(first_next.title) in flat
    assert squeezed(first_next.items[0]) in flat
    for item in plan_packet(sample, TODAY):
        assert squeezed(item.path.rpartition("/")[2]) in flat, item.path


@needs_pdftotext
def test_an_empty_project_shows_its_gaps_highlighted_in_words(tmp_path):
    text = pdf_text(written(Project(), tmp_path))
    assert squeezed("[to be decided: the task force's name]") in squeezed(text)
    assert "Nobody has the status 'member'" in text
    assert "Page 2" in text  # the footer, without the missing name


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_never_breaks_the_pdf(sample, tmp_path, hostile):
    project = with_hostile_text(sample, hostile)
    path = written(project, tmp_path)
    if shutil.which("pdftotext") and hostile.isascii():
        # printed as typed: '<Youth>' is not a tag, '{{ 7*7 }}' is not 49
        assert squeezed(text_of(hostile)) in squeezed(pdf_text(path))


def test_a_100_kb_name_is_shortened_and_the_cover_stays_one_page(sample, tmp_path):
    project = with_hostile_text(sample, "Long answer & more. " * 5_000)
    project.region.counties = list(places.counties())
    path = written(project, tmp_path)
    assert path.stat().st_size < 500_000
    if shutil.which("pdftotext"):
        pages = pdf_text(path).split("\f")
        assert "Long answer & more." in pages[0]
        assert "Where you are" in pages[1]  # the cover did not spill over


def test_without_a_unicode_font_it_falls_back_to_helvetica(sample, tmp_path, monkeypatch):
    monkeypatch.setattr(overview, "_font_candidates", list)
    overview._fonts.cache_clear()
    try:
        assert overview._fonts() == ("Helvetica", "Helvetica-Bold")
        written(with_hostile_text(sample, HOSTILE[4]), tmp_path)
    finally:
        overview._fonts.cache_clear()


def test_a_damaged_font_file_is_skipped(sample, tmp_path, monkeypatch):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    monkeypatch.setattr(overview, "_font_candidates", lambda: [(broken, broken)])
    overview._fonts.cache_clear()
    try:
        assert overview._fonts() == ("Helvetica", "Helvetica-Bold")
    finally:
        overview._fonts.cache_clear()


@needs_pdftotext
def test_arabic_and_emoji_are_drawn_with_an_embedded_unicode_font(sample, tmp_path):
    if overview._fonts()[0] == "Helvetica":
        pytest.skip("no DejaVu Sans or Arial on this machine")
    path = written(with_hostile_text(sample, HOSTILE[4]), tmp_path)
    text = pdf_text(path)
    # Drawn left to right: reportlab does not reorder right-to-left text by itself
    # (that needs uharfbuzz), so the letters are there, in one order or the other.
    assert "فرقة" in text or "ةقرف" in text


def test_the_packet_export_writes_the_overview(sample, tmp_path):
    result = export_packet(sample, tmp_path, today=TODAY)
    pdf = result.folder / OVERVIEW_PATH
    assert pdf in result.files
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_planning_the_packet_does_not_import_reportlab():
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from wizard.model.project import Project\n"
        "from wizard.documents.packet import plan_packet, packet_gaps\n"
        "plan_packet(Project(), date(2026, 1, 1)); packet_gaps(Project())\n"
        "print('reportlab' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "False"


@needs_pdftotext
def test_a_folder_of_a_thousand_letters_is_summarized(tmp_path):
    from wizard.model.large import project_with_roster

    project = project_with_roster(2_000)
    text = pdf_text(written(project, tmp_path))
    letters = [i for i in plan_packet(project, TODAY) if i.path.startswith("05 ")]
    hidden = len(letters) - overview.FILES_LISTED_PER_FOLDER
    assert hidden > 0
    assert f"and {hidden:,} more in the folder" in text
    assert f"a folder of {len(letters):,} files" in text
    assert text.count("\f") <= 6  # pages, not a page per twenty letters


@needs_pdftotext
def test_the_overview_says_when_the_last_packet_was_made(sample, tmp_path):
    assert "Lastpacket" not in squeezed(pdf_text(written(sample, tmp_path)))
    record_export(sample, date(2026, 10, 5), tmp_path / "older packet", 14, 3)
    assert build_overview(sample, TODAY).previous_packet == (
        "October 5, 2026, with 3 answers still to decide"
    )
    flat = squeezed(pdf_text(written(sample, tmp_path, "again.pdf")))
    assert squeezed("Last packet October 5, 2026, with 3 answers still to decide") in flat


@needs_pdftotext
def test_an_agreement_ending_within_60_days_is_flagged(sample, tmp_path):
    """The sample's sheriff MOU ends January 15, 2027: 48 days after November 28, 2026."""
    found = build_overview(sample, TODAY).ending_agreements
    assert found == ("North Ridge County Sheriff's Office: ends in 48 days (January 15, 2027)",)
    flat = squeezed(pdf_text(written(sample, tmp_path)))
    assert (
        squeezed("Agreements ending North Ridge County Sheriff's Office: ends in 48 days") in flat
    )
    assert build_overview(sample, date(2026, 11, 15)).ending_agreements == ()  # 61 days: not yet


@needs_pdftotext
def test_the_overview_credits_the_research_by_title_and_authors(sample, tmp_path):
    flat = squeezed(pdf_text(written(sample, tmp_path)))
    assert squeezed("Where the advice comes from") in flat
    for words in (
        "Building a Toolkit for CSEC Task Forces in Washington State",
        "Radu Smintina, Camille Hakansson, Maria Mathew and Brittany Dymond",
        "Center for Children & Youth Justice",
        "federal rules or common practice",
    ):
        assert squeezed(words) in flat, words
