"""What every meeting paper shares: the content notice, the confidentiality reminder,
the ground rules, and tables with a shaded header row and room to write by hand.

The first meeting's agenda, the regular agenda and the minutes form all use these, so
the words people hear at the start of every meeting are the same each time.
"""

from common import DocumentType, boxed_note, bullet, para
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table

CONTENT_NOTICE = (
    "This meeting talks about the sexual exploitation of children and youth. Some of it "
    "may be hard to hear. Anyone may step out at any time and come back when ready, "
    "without saying why."
)
CONFIDENTIALITY = (
    "No one names a young person at this meeting or in its notes, or gives details that "
    "could point to one: no photographs, dates of birth, addresses, schools or case "
    "details. We talk about young people in counts only. Nothing here changes anyone's "
    "legal duty to report."
)
GROUND_RULES = (
    "Respect every person and every agency at the table, even when we disagree.",
    "One voice at a time: let each person finish.",
    "Keep young people's names and case details out of the room.",
    "Take care of yourself: step out whenever you need to.",
    "Start and end on time, with phones on silent.",
)
"""Common practice for meetings like these; the group adapts them at its first meeting."""


def _notice(document: DocumentType, label: str, text: str) -> None:
    note = boxed_note(para(document, label, text))
    note.runs[0].bold = True
    note.paragraph_format.space_after = Pt(8)


def content_notice(document: DocumentType) -> None:
    _notice(document, "Content notice. ", CONTENT_NOTICE)


def confidentiality(document: DocumentType) -> None:
    _notice(document, "Confidentiality. ", CONFIDENTIALITY)


def ground_rules(document: DocumentType) -> None:
    para(
        document, "Ground rules (common practice; add or change any as a group):"
    ).paragraph_format.keep_with_next = True
    for rule in GROUND_RULES:
        bullet(document, rule)


def _shade(cell_xml: OxmlElement, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell_xml.get_or_add_tcPr().append(shading)


def header_row(table: Table, headers: list[str]) -> None:
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell._tc, "DCE6F0")
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)


def plain_table(document: DocumentType, headers: list[str], rows: list[list[str]]) -> Table:
    table = document.add_table(rows=1 + len(rows), cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(table, headers)
    for row, values in zip(table.rows[1:], rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.paragraphs[0].add_run(value)
    return table


def writing_rows(table: Table, count: int, height: float = 22) -> None:
    """Empty rows, tall enough to write in by hand (``height`` in points)."""
    for _ in range(count):
        row = table.add_row()
        row.height = Pt(height)


def after_table(document: DocumentType) -> None:
    para(document, "").paragraph_format.space_after = Pt(2)
