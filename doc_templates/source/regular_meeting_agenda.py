"""The agenda of a regular task force meeting: a content notice and the confidentiality
rule, last meeting's minutes, each subcommittee's update, the figures, training, who
does what next, and the date of the next meeting. Printed, with room to write."""

from _meeting import (
    after_table,
    confidentiality,
    content_notice,
    plain_table,
    writing_rows,
)
from common import (
    DocumentType,
    control,
    heading,
    keep_rows_whole,
    loop_table,
    new_document,
    para,
    set_column_widths,
)
from docx.shared import Pt

FILE = "regular_meeting_agenda.docx"

ITEMS = [
    ("5 min", "1. Welcome, content notice and confidentiality", "{{r coordinator }}"),
    ("5 min", "2. Minutes of the last meeting", "{{r coordinator }}"),
    ("20 min", "3. Updates from the subcommittees", "Each subcommittee's chair"),
    ("10 min", "4. Data and figures", "{{r coordinator }}"),
    ("15 min", "5. Training", "{{r coordinator }}"),
    ("10 min", "6. Next steps: who does what", "{{r coordinator }}"),
    ("5 min", "7. Date of the next meeting", "{{r coordinator }}"),
]
TOTAL = "70 min"


def build() -> DocumentType:
    document = new_document("Meeting agenda")
    document.add_paragraph("{{r task_force_name }}", style="Title")
    heading(document, "Task force meeting agenda", 2).paragraph_format.space_before = Pt(0)
    para(document, "Serving ", "{{r region }}", ". Agenda prepared ", "{{r today }}", ".")
    para(document, "Date: ", "{{r meeting_date }}")
    para(document, "Time: ", "_" * 14, "     Place: ", "_" * 38)
    content_notice(document)

    heading(document, "At a glance", 1)
    agenda = plain_table(document, ["Time", "Item", "Led by"], [list(i) for i in ITEMS])
    total = agenda.add_row().cells
    total[0].paragraphs[0].add_run(TOTAL).bold = True
    total[1].paragraphs[0].add_run("In all").italic = True
    set_column_widths(agenda, [2.2, 9.7, 5.0])
    keep_rows_whole(agenda)
    after_table(document)

    heading(document, "1. Welcome (5 min)", 1)
    para(
        document,
        "Read the content notice and this reminder aloud. Welcome anyone new, and ask "
        "guests to add their names to the sign-in sheet.",
    )
    confidentiality(document)

    heading(document, "2. Minutes of the last meeting (5 min)", 1)
    para(
        document,
        "Any corrections to the minutes of ",
        "{{r last_meeting }}",
        "? Then approve them, and check the action items: done, under way, or still open.",
    )

    heading(document, "3. Updates from the subcommittees (20 min)", 1)
    control(document, "{%p if has_subcommittees %}")
    para(
        document, "Each subcommittee says what it did, what is next and what help it needs."
    ).paragraph_format.keep_with_next = True
    updates = loop_table(
        document,
        ["Subcommittee", "Chair", "Notes"],
        ["{{r s.name }}", "{{r s.chair }}", ""],
        "s in subcommittees",
    )
    set_column_widths(updates, [4.6, 4.2, 8.1])
    updates.rows[2].height = Pt(36)  # the row each subcommittee gets: room for notes
    keep_rows_whole(updates)
    after_table(document)
    control(document, "{%p else %}")
    para(
        document,
        "The task force has no subcommittees yet. Talk about whether it needs some, for "
        "example on demand reduction or education, and who would lead each one.",
    )
    control(document, "{%p endif %}")

    heading(document, "4. Data and figures (10 min)", 1)
    para(
        document,
        "The coordinator shares the latest figures: attendance at meetings, trainings "
        "held, and the counts members have sent in. Members say what the numbers show "
        "and what is missing.",
    )
    para(document, "{{r small_counts }}")

    heading(document, "5. Training (15 min)", 1)
    para(document, "{{r training_line }}")
    para(document, "Topic: ", "_" * 30, "     Given by: ", "_" * 18)

    heading(document, "6. Next steps (10 min)", 1)
    para(
        document, "Who will do what before the next meeting:"
    ).paragraph_format.keep_with_next = True
    steps = plain_table(document, ["What will be done", "Who", "By when"], [])
    writing_rows(steps, 4)
    set_column_widths(steps, [9.4, 4.5, 3.0])
    after_table(document)

    heading(document, "7. The next meeting (5 min)", 1)
    para(document, "Next meeting: ", "{{r next_meeting }}", "     Time: ", "_" * 14)
    para(document, "Place: ", "_" * 52)
    para(document, "Minutes next time taken by: ", "_" * 24)
    return document
