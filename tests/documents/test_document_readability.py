"""Every Word document of the sample's packet reads at Flesch-Kincaid grade 10 or below.

What is measured: the prose a signer reads. Each body paragraph, and each table cell
that holds a sentence (ends with '.', '?' or '!' and has six words or more), cut into
blocks as :func:`tests.readability.text_blocks` does. Left out: the title, subtitle and
headings, table cells of names and figures, and bullet items that are a short name with
no full stop ("Tribal communities"): a list of names is not prose, and its grade says
nothing about how plainly the document is written.

"""

from __future__ import annotations

import io
from collections.abc import Iterator

import docx
import pytest
from docx.table import Table

from tests.documents.conftest import SAMPLE, TODAY
from tests.readability import grade, text_blocks
from wizard.documents.packet import PacketItem, plan_packet
from wizard.documents.render import render_to_bytes
from wizard.storage.project_file import open_project

MAX_DOCUMENT_GRADE = 10.0
SKIPPED_STYLES = ("Title", "Subtitle")


def sample_documents() -> list[PacketItem]:
    project = open_project(SAMPLE, keep_backup=False).project
    return [item for item in plan_packet(project, TODAY) if item.template is not None]


def _is_name_item(paragraph: docx.text.paragraph.Paragraph, text: str) -> bool:
    return paragraph.style.name.startswith("List") and len(text.split()) <= 4 and "." not in text


def _cells(tables: list[Table]) -> Iterator[str]:
    for table in tables:
        for row in table.rows:
            seen: set[int] = set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell appears once per column it spans
                    continue
                seen.add(id(cell._tc))
                for paragraph in cell.paragraphs:
                    text = paragraph.text.strip()
                    if text.endswith((".", "?", "!")) and len(text.split()) >= 6:
                        yield text
                yield from _cells(cell.tables)


def prose_blocks(data: bytes) -> list[str]:
    """The document's prose as blocks (see the module's docstring)."""
    document = docx.Document(io.BytesIO(data))
    blocks: list[str] = []
    for paragraph in document.paragraphs:
        style = paragraph.style.name
        text = paragraph.text.strip()
        if not text or style.startswith("Heading") or style in SKIPPED_STYLES:
            continue
        if _is_name_item(paragraph, text):
            continue
        blocks += text_blocks(text)
    for text in _cells(document.tables):
        blocks += text_blocks(text)
    return blocks


def document_grade(item: PacketItem) -> float:
    assert item.template is not None
    return round(grade(prose_blocks(render_to_bytes(item.template, item.context))), 1)


def _params() -> list[object]:
    return [pytest.param(item, id=item.path) for item in sample_documents()]


@pytest.mark.parametrize("item", _params())
def test_each_document_reads_at_grade_10_or_below(item: PacketItem) -> None:
    assert document_grade(item) <= MAX_DOCUMENT_GRADE


def test_prose_leaves_out_headings_and_names_but_keeps_sentences_in_tables() -> None:
    document = docx.Document()
    document.add_paragraph("A title", style="Title")
    document.add_heading("A heading", 1)
    document.add_paragraph("One plain sentence here.")
    document.add_paragraph("Tribal communities", style="List Bullet")
    document.add_paragraph("Defense attorneys: no outreach planned yet", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Avery Brooks"
    table.cell(0, 1).text = "The coordinator keeps the mailing list for everyone."
    out = io.BytesIO()
    document.save(out)
    assert prose_blocks(out.getvalue()) == [
        "One plain sentence here.",
        "Defense attorneys: no outreach planned yet",
        "The coordinator keeps the mailing list for everyone.",
    ]
