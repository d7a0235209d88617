"""A minutes form for task force meetings: who came (by organization), decisions and
action items, with the confidentiality rule at the top. Printed and filled in by hand."""

from _meeting import after_table, confidentiality, plain_table, writing_rows
from common import (
    DocumentType,
    heading,
    keep_rows_whole,
    loop_table,
    new_document,
    para,
    set_column_widths,
)
from docx.shared import Pt

FILE = "minutes.docx"


def build() -> DocumentType:
    document = new_document("Meeting minutes")
    document.add_paragraph("{{r task_force_name }}", style="Title")
    heading(document, "Minutes of the task force meeting", 2).paragraph_format.space_before = Pt(0)
    para(document, "Serving ", "{{r region }}", ". Form printed ", "{{r today }}", ".")
    para(document, "Date: ", "_" * 22, "     Time: ", "_" * 14)
    para(document, "Place: ", "_" * 52)
    para(document, "Chaired by: ", "_" * 24, "     Minutes by: ", "_" * 18)
    confidentiality(document)

    heading(document, "Attendance", 1)
    para(
        document,
        "Tick each member organization that had someone at the meeting. Add guests and "
        "other organizations in the empty rows.",
    ).paragraph_format.keep_with_next = True
    present = loop_table(
        document,
        ["Organization", "Sector", "Present"],
        ["{{r o.name }}", "{{r o.sector }}", "{{r o.box }}"],
        "o in organizations",
    )
    writing_rows(present, 3)
    set_column_widths(present, [8.4, 5.8, 2.7])
    keep_rows_whole(present)
    after_table(document)
    para(document, "Number of people present: ", "_" * 8)

    heading(document, "Decisions", 1)
    para(document, "What the task force agreed today:").paragraph_format.keep_with_next = True
    decisions = plain_table(document, ["Decision"], [])
    writing_rows(decisions, 4, height=30)
    set_column_widths(decisions, [16.9])
    keep_rows_whole(decisions, together=True)
    after_table(document)

    heading(document, "Action items", 1)
    para(document, "Who will do what, and by when:").paragraph_format.keep_with_next = True
    actions = plain_table(document, ["What will be done", "Who", "By when"], [])
    writing_rows(actions, 6, height=26)
    set_column_widths(actions, [9.4, 4.5, 3.0])
    keep_rows_whole(actions, together=True)
    after_table(document)

    heading(document, "Next meeting", 1)
    para(document, "Date: ", "_" * 22, "     Time: ", "_" * 14)
    para(document, "Place: ", "_" * 52)
    approved = para(document, "Minutes approved on: ", "_" * 18, "     By: ", "_" * 22)
    approved.paragraph_format.space_before = Pt(18)
    return document
