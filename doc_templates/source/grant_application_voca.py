"""Grant application for federal Victims of Crime Act (VOCA) funds passed through the state.

Both grant templates are built here (the OCVA one imports :func:`build_application`):
they share the applicant facts, the narrative, the budget with its totals, the
budget justification and the match; the funder's variant changes the headings,
the draft notice and whether the match section always shows.
"""

from __future__ import annotations

from common import (
    DocumentType,
    _repeat_as_header,
    _shade,
    boxed_note,
    bullet,
    control,
    fact_table,
    heading,
    keep_rows_whole,
    new_document,
    para,
    set_column_widths,
)
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

FILE = "grant_application_voca.docx"
AMOUNT_WIDTH = 3.4
"""Centimetres for an amount column: '$1,000,000,000.00' fits on one line."""

VARIANTS = {
    "voca": {
        "title": "Application for Victims of Crime Act (VOCA) funds",
        "about": "Federal Victims of Crime Act (VOCA) funds are passed to local projects "
        "through Washington State. VOCA asks for a match: a share of the total project "
        "cost (the grant plus the match) paid from other sources, in cash or in kind, such "
        "as staff or volunteer time.",
        "records": "Federal rules require these records for pay charged to a federal award "
        "(2 CFR 200.430).",
    },
    "ovca": {
        "title": "Application to the Office of Crime Victims Advocacy (OCVA)",
        "about": "The Office of Crime Victims Advocacy (OCVA), in the Washington State "
        "Department of Commerce, funds services for victims of crime and administers "
        "Washington's federal VOCA funds. Each funding notice states its match, if any; "
        "this application uses the rate that notice gives.",
        "records": "Federal rules require these records for pay charged to federal funds, "
        "such as the VOCA funds OCVA passes on (2 CFR 200.430).",
    },
}


def _styles(document: DocumentType) -> None:
    funder = document.styles.add_style("Funder line", WD_STYLE_TYPE.PARAGRAPH)
    funder.base_style = document.styles["Normal"]
    funder.font.size = Pt(13)
    funder.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    funder.paragraph_format.space_after = Pt(12)
    item = document.styles.add_style("Budget item", WD_STYLE_TYPE.PARAGRAPH)
    item.base_style = document.styles["Normal"]
    item.font.bold = True
    item.paragraph_format.space_after = Pt(2)
    item.paragraph_format.keep_with_next = True
    check = document.styles.add_style("Checklist item", WD_STYLE_TYPE.PARAGRAPH)
    check.base_style = document.styles["Normal"]
    check.paragraph_format.left_indent = Cm(0.9)
    check.paragraph_format.first_line_indent = Cm(-0.9)
    check.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
    check.paragraph_format.space_after = Pt(4)
    note = document.styles.add_style("Small note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = document.styles["Normal"]
    note.font.size = Pt(9.5)
    note.font.italic = True
    note.font.color.rgb = RGBColor(0x55, 0x5F, 0x6B)


def _right(paragraph: Paragraph) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _money_table(
    document: DocumentType,
    headers: list[str],
    cells: list[str],
    loop: str,
    total: list[str],
    widths_cm: list[float],
) -> Table:
    """A table with a repeated header row, one row per item and a bold total row.
    The last column holds amounts, aligned right so the cents line up."""
    table = document.add_table(rows=5, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    last = len(headers) - 1
    for index, text in enumerate(headers):
        cell = table.rows[0].cells[index]
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell._tc, "DCE6F0")
    _right(table.rows[0].cells[last].paragraphs[0])
    _repeat_as_header(table)
    table.rows[1].cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    for index, tag in enumerate(cells):
        table.rows[2].cells[index].paragraphs[0].add_run(tag)
    _right(table.rows[2].cells[last].paragraphs[0])
    table.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    for index, text in enumerate(total):
        cell = table.rows[4].cells[index]
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell._tc, "F2F5F9")
    _right(table.rows[4].cells[last].paragraphs[0])
    set_column_widths(table, widths_cm)
    keep_rows_whole(table)
    return table


def _loop_paragraphs(
    document: DocumentType, loop: str, *parts: str, style: str | None = None
) -> Paragraph:
    control(document, f"{{%p for {loop} %}}")
    paragraph = para(document, *parts, style=style)
    control(document, "{%p endfor %}")
    return paragraph


def _narrative(document: DocumentType) -> None:
    heading(document, "2. Project narrative", 1)
    control(document, "{%p for s in sections %}")
    heading(document, "{{r s.title }}", 2)
    _loop_paragraphs(document, "p in s.paragraphs", "{{r p }}")
    control(document, "{%p endfor %}")


def _budget(document: DocumentType) -> None:
    heading(document, "3. Budget", 1)
    para(
        document,
        "Every total below is the sum of the lines above it. Amounts are in US dollars.",
        style="Small note",
    )
    control(document, "{%p if not has_budget %}")
    para(document, "{{r budget_gap }}")
    control(document, "{%p endif %}")
    heading(document, "Budget summary", 2)
    _money_table(
        document,
        ["Category", "Amount"],
        ["{{r c.label }}", "{{r c.amount }}"],
        "c in categories",
        ["Total requested", "{{r total }}"],
        [13.6, AMOUNT_WIDTH],
    )
    heading(document, "Budget detail", 2)
    _money_table(
        document,
        ["Category", "Item", "Amount"],
        ["{{r b.category }}", "{{r b.description }}", "{{r b.amount }}"],
        "b in budget_lines",
        ["Total", "", "{{r total }}"],
        [4.2, 9.4, AMOUNT_WIDTH],
    )


def _justification(document: DocumentType) -> None:
    heading(document, "4. Budget justification", 1)
    control(document, "{%p if not has_budget %}")
    para(document, "{{r budget_gap }}")
    control(document, "{%p endif %}")
    control(document, "{%p for c in justification %}")
    heading(document, "{{r c.label }}", 2)
    control(document, "{%p for b in c.lines %}")
    para(document, "{{r b.description }}", ": ", "{{r b.amount }}", style="Budget item")
    para(document, "{{r b.justification }}")
    control(document, "{%p endfor %}")
    control(document, "{%p endfor %}")


def _match(document: DocumentType) -> None:
    control(document, "{%p if has_match %}")
    heading(document, "5. Match", 1)
    rule = _loop_paragraphs(document, "p in match_rule", "{{r p }}")
    rule.paragraph_format.keep_with_next = True  # the words stay with their figures
    figures = fact_table(
        document,
        [
            ("Match rate", "{{r match_rate }}"),
            ("Match needed", "{{r match_required }}"),
            ("Match committed", "{{r match_pledged }}"),
            ("   of which cash", "{{r match_cash }}"),
            ("   of which in kind", "{{r match_in_kind }}"),
            ("Grant requested", "{{r total }}"),
            ("Total project cost", "{{r total_project_cost }}"),
        ],
    )
    keep_rows_whole(figures, together=True)
    heading(document, "Sources of match", 2)
    control(document, "{%p if has_match_sources %}")
    sources = _money_table(
        document,
        ["Source", "Cash or in kind", "Amount"],
        ["{{r m.description }}", "{{r m.kind }}", "{{r m.amount }}"],
        "m in match_sources",
        ["Total match", "", "{{r match_pledged }}"],
        [9.4, 4.2, AMOUNT_WIDTH],
    )
    cell = sources.rows[2].cells[0]  # who gives it, and hours × rate for time
    cell.add_paragraph("{%p if m.has_detail %}")
    detail = cell.add_paragraph(style="Small note")
    detail.add_run("{{r m.given_by }}")
    detail.add_run("{{r m.working }}")
    cell.add_paragraph("{%p endif %}")
    control(document, "{%p endif %}")
    control(document, "{%p if not has_match_sources %}")
    para(document, "{{r match_sources_gap }}")
    control(document, "{%p endif %}")
    control(document, "{%p if has_waiver %}")
    heading(document, "Request for a waiver of the match", 2)
    para(document, "{{r waiver_basis }}")
    _loop_paragraphs(document, "p in waiver", "{{r p }}")
    control(document, "{%p endif %}")
    control(document, "{%p endif %}")


CONDITIONS = (
    (
        "Services are free of charge to victims.",
        " The project never charges a victim of crime for the help it gives.",
    ),
    (
        "Victim information is kept confidential.",
        " The project shares nothing that could identify a victim without the victim's "
        "informed, written consent, unless a law or a court order requires it. The task "
        "force itself keeps counts only, never a young person's name or details.",
    ),
    (
        "The project uses volunteers.",
        " VOCA subrecipients are expected to use volunteers, unless the state agency waives this. ",
    ),
    (
        "The project helps victims apply for crime victims' compensation.",
        " Staff tell victims about the state's crime victims' compensation program and help "
        "them with their claims.",
    ),
)
"""VOCA's conditions for subrecipients (28 CFR Part 94), in plain words."""


def _conditions(document: DocumentType, records: str) -> None:
    heading(document, "{{r conditions_heading }}", 1)
    para(document, "{{r conditions_intro }}").paragraph_format.keep_with_next = True
    for bold, rest in CONDITIONS:
        item = bullet(document, bold, rest)
        item.runs[0].bold = True
        if bold == "The project uses volunteers.":
            item.add_run("{{r volunteers }}")
    heading(document, "{{r records_heading }}", 1)
    para(
        document,
        "Staff paid from this grant keep time-and-effort records: timesheets that show the "
        "share of their time spent on the grant's work. ",
        records,
        " Partner organizations that give staff time as match keep a record of those hours "
        "too, so the match can be shown.",
    )


def _attachments(document: DocumentType) -> None:
    heading(document, "{{r attachments_heading }}", 1)
    para(
        document,
        "Gather each of these and tick it when it is ready to send. This draft does not "
        "include them.",
        style="Small note",
    ).paragraph_format.keep_with_next = True
    control(document, "{%p for a in attachments %}")
    item = para(document, "\u2610", "\t", "{{r a }}", style="Checklist item")
    item.runs[0].font.size = Pt(13)
    control(document, "{%p endfor %}")


def build_application(variant: str) -> DocumentType:
    words = VARIANTS[variant]
    document = new_document(words["title"])
    _styles(document)
    document.add_paragraph(words["title"], style="Title")
    para(document, "{{r title }}", style="Funder line")
    draft = boxed_note(
        para(
            document,
            "DRAFT prepared on ",
            "{{r today }}",
            ". Copy these answers into the funder's own application form, and check every "
            "section, figure and date against the funding notice before you apply.",
        )
    )
    draft.paragraph_format.space_after = Pt(12)
    draft.runs[0].bold = True
    para(document, words["about"], style="Small note")

    heading(document, "1. Applicant and project", 1)
    facts = fact_table(
        document,
        [
            ("Funder", "{{r funder_name }}"),
            ("Project title", "{{r title }}"),
            ("Applicant organization", "{{r applicant }}"),
            ("Contact person", "{{r contact }}"),
            ("Email", "{{r email }}"),
            ("Phone", "{{r phone }}"),
            ("Task force", "{{r task_force_name }}"),
            ("Counties served", "{{r counties }}"),
            ("Grant period", "{{r period }}"),
            ("Amount requested", "{{r total }}"),
            ("Match", "{{r match_summary }}"),
            ("Total project cost", "{{r total_project_cost }}"),
        ],
    )
    keep_rows_whole(facts, together=True)

    _narrative(document)
    _budget(document)
    _justification(document)
    _match(document)
    _conditions(document, words["records"])
    _attachments(document)

    heading(document, "Submitted by", 1).paragraph_format.keep_with_next = True
    for label, tag in (
        ("Name: ", "{{r contact }}"),
        ("Organization: ", "{{r applicant }}"),
        ("Signature: ", "_" * 40),
        ("Date: ", "_" * 24),
    ):
        line = para(document, label, tag)
        line.paragraph_format.space_before = Pt(10)
        line.paragraph_format.keep_with_next = True
    return document


def build() -> DocumentType:
    return build_application("voca")
