"""Sign-in sheet for a meeting: the members by organization, a box to tick, and blank
rows for guests. The coordinator enters it in the program afterwards in one go."""

from common import DocumentType, heading, keep_rows_whole, loop_table, new_document, para

FILE = "sign_in_sheet.docx"


def build() -> DocumentType:
    document = new_document("Sign-in sheet")
    document.add_paragraph("Sign-in sheet", style="Title")
    para(
        document,
        "{{r task_force_name }}",
        ", serving ",
        "{{r region }}",
        ". Printed ",
        "{{r today }}",
        ".",
    )
    para(document, "Meeting: ", "{{r meeting }}").runs[0].bold = True
    para(document, "Date: ", "{{r meeting_date }}").runs[0].bold = True
    para(
        document,
        "Please tick the box by your name. If your name is not here, write it in a blank "
        "row below. We keep only who came and their organization.",
    )
    heading(document, "Members", 1)
    keep_rows_whole(
        loop_table(
            document,
            ["Here", "Name", "Organization"],
            ["{{r m.box }}", "{{r m.name }}", "{{r m.organization }}"],
            "m in members",
            [1.5, 6.5, 9.0],
        )
    )
    heading(document, "Guests and new faces", 1)
    keep_rows_whole(
        loop_table(
            document,
            ["", "Name", "Organization"],
            ["{{r g.number }}", "{{r g.name }}", "{{r g.organization }}"],
            "g in guests",
            [1.5, 6.5, 9.0],
        )
    )
    return document
