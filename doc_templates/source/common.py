"""Building blocks for the .docx templates, with python-docx.

The templates are generated from these readable sources (run
``.venv/bin/python scripts/build_doc_templates.py``), so a change to a document
is a reviewable change to Python, and every template shares one look: styles,
headings, tables with a repeated header row, page numbers and signature lines.

Rules the renderer relies on: every value is written ``{{r name }}`` in a run of
its own (so docxtpl can replace the run with the safely escaped text), and table
rows repeat with ``{%tr for x in xs %}`` / ``{%tr endfor %}`` rows.
"""

from __future__ import annotations

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

BODY_FONT = "Calibri"
HEADING_COLOR = RGBColor(0x1F, 0x3A, 0x5F)


def new_document(title: str) -> DocumentType:
    """A US Letter document with the shared styles and a 'Page X of Y' footer."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.59), Cm(27.94)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.3))
    section.top_margin = section.bottom_margin = Cm(2.2)
    normal = document.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for level, size in ((1, 16), (2, 13), (3, 11.5)):
        style = document.styles[f"Heading {level}"]
        style.font.name = BODY_FONT
        style.font.size = Pt(size)
        style.font.color.rgb = HEADING_COLOR
        style.paragraph_format.space_before = Pt(14 if level == 1 else 10)
        style.paragraph_format.keep_with_next = True
    title_style = document.styles["Title"]
    title_style.font.name = BODY_FONT
    title_style.font.size = Pt(22)
    title_style.font.color.rgb = HEADING_COLOR
    document.core_properties.title = title
    document.core_properties.author = "Task Force Builder"
    _page_number_footer(document)
    return document


def page_field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field such as PAGE or NUMPAGES, updated when the document is shown."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, text, separate, shown, end):
        run._r.append(element)


def _page_number_footer(document: DocumentType) -> None:
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    page_field(footer, "PAGE")
    footer.add_run(" of ")
    page_field(footer, "NUMPAGES")


def heading(document: DocumentType, text: str, level: int = 1) -> Paragraph:
    """A heading; ``text`` may be a tag such as '{{r task_force_name }}'."""
    return document.add_heading(text, level=level)


def para(document: DocumentType, *parts: str, style: str | None = None) -> Paragraph:
    """A paragraph made of parts, each its own run (a tag must not share a run)."""
    paragraph = document.add_paragraph(style=style)
    for part in parts:
        paragraph.add_run(part)
    return paragraph


def control(document: DocumentType, tag: str) -> Paragraph:
    """A paragraph holding only a '{%p ... %}' tag; docxtpl removes the paragraph."""
    return document.add_paragraph(tag)


def bullet(document: DocumentType, *parts: str) -> Paragraph:
    return para(document, *parts, style="List Bullet")


def _shade(cell_xml: OxmlElement, fill: str) -> None:
    properties = cell_xml.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _repeat_as_header(table: Table) -> None:
    row_properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row_properties.append(header)


def loop_table(
    document: DocumentType,
    headers: list[str],
    cells: list[str],
    loop: str,
    widths_cm: list[float] | None = None,
) -> Table:
    """A table with a header row (repeated on each page) and one row per item.

    ``loop`` is the Jinja 'for' clause, e.g. 'm in members'; ``cells`` are the
    row's tags, e.g. '{{r m.name }}'.
    """
    table = document.add_table(rows=4, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, text in enumerate(headers):
        cell = table.rows[0].cells[index]
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell._tc, "DCE6F0")
    _repeat_as_header(table)
    table.rows[1].cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    for index, tag in enumerate(cells):
        table.rows[2].cells[index].paragraphs[0].add_run(tag)
    table.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    if widths_cm:
        set_column_widths(table, widths_cm)
    return table


def set_column_widths(table: Table, widths_cm: list[float]) -> None:
    """Fixed column widths that Word and LibreOffice both honour (grid and cells)."""
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def fact_table(document: DocumentType, rows: list[tuple[str, str]]) -> Table:
    """Two columns of label and value, e.g. ('Hours a week', '{{r hours }}')."""
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for index, (label, tag) in enumerate(rows):
        label_cell, value_cell = table.rows[index].cells
        label_cell.paragraphs[0].add_run(label).bold = True
        _shade(label_cell._tc, "F2F5F9")
        value_cell.paragraphs[0].add_run(tag)
    set_column_widths(table, [5.0, 11.9])
    return table


def signature_block(document: DocumentType, signers: list[str]) -> None:
    """Lines to sign: name, title, signature and date for each signer."""
    for signer in signers:
        para(document, "")
        para(document, signer).runs[0].bold = True
        for label in ("Name", "Title", "Signature", "Date"):
            para(document, f"{label}: ", "_" * 44)


def keep_rows_whole(table: Table, *, together: bool = False) -> Table:
    """Rows never split across pages (a loop's row passes this on to every copy); with
    ``together`` the whole table also stays on one page."""
    rows = list(table.rows)  # python-docx makes new row objects on each access
    for row in rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for row in rows[:-1] if together else []:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
    return table


def boxed_note(paragraph: Paragraph) -> Paragraph:
    """A shaded, bordered note, like a label on a draft: 'adapt this before signing'."""
    properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        for key, value in (("val", "single"), ("sz", "6"), ("space", "4"), ("color", "B8860B")):
            edge.set(qn(f"w:{key}"), value)
        borders.append(edge)
    properties.append(borders)
    shading = OxmlElement("w:shd")
    for key, value in (("val", "clear"), ("color", "auto"), ("fill", "FFF8E1")):
        shading.set(qn(f"w:{key}"), value)
    properties.append(shading)
    return paragraph
