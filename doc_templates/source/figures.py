"""Task force figures for one period: meetings and attendance, how long organizations
have been at the table, training, how organizations connect, and the counts. Each chart
is followed by the same figures in words."""

from common import (
    DocumentType,
    bullet,
    control,
    heading,
    keep_rows_whole,
    loop_table,
    new_document,
    para,
)

FILE = "figures.docx"


def chart(document: DocumentType, name: str) -> None:
    """A chart, then the same figures in words (its text alternative)."""
    para(document, "{{ " + name + "_chart }}")
    note = para(document, "In words: ", "{{r " + name + "_words }}")
    note.runs[0].italic = True


def attendance_table(document: DocumentType) -> None:
    """Each organization's members and the meetings its people came to."""
    keep_rows_whole(
        loop_table(
            document,
            ["Organization", "Members", "Meetings attended", "Note"],
            ["{{r a.name }}", "{{r a.members }}", "{{r a.came }}", "{{r a.note }}"],
            "a in attendance",
            [6.6, 2.4, 3.6, 4.4],
        )
    )


def tenure_table(document: DocumentType) -> None:
    """How long each organization has been at the table."""
    keep_rows_whole(
        loop_table(
            document,
            ["Organization", "Since", "Time represented"],
            ["{{r t.name }}", "{{r t.since }}", "{{r t.time }}"],
            "t in tenure",
            [8.0, 4.0, 5.0],
        )
    )


def survey_details(document: DocumentType) -> None:
    """The three shares with the last survey's, the network picture, and the
    organizations no one refers to (shared with the annual report)."""
    keep_rows_whole(
        loop_table(
            document,
            ["Question", "Yes", "No", "No answer", "Share yes", "Last survey"],
            [
                "{{r d.question }}",
                "{{r d.yes }}",
                "{{r d.no }}",
                "{{r d.missing }}",
                "{{r d.share }}",
                "{{r d.before }}",
            ],
            "d in densities",
            [5.2, 1.6, 1.6, 2.3, 2.4, 3.9],
        )
    )
    chart(document, "densities")
    chart(document, "network")
    control(document, "{%p for line in one_sided %}")
    bullet(document, "{{r line }}")
    control(document, "{%p endfor %}")


def counts_table(document: DocumentType) -> None:
    """Each count, as it will be printed, and who reported it."""
    keep_rows_whole(
        loop_table(
            document,
            ["What was counted", "Count", "Reported by"],
            ["{{r c.label }}", "{{r c.count }}", "{{r c.source }}"],
            "c in counts",
            [8.0, 4.0, 5.0],
        )
    )


def build() -> DocumentType:
    document = new_document("Task force figures")
    document.add_paragraph("Task force figures", style="Title")
    para(document, "{{r task_force_name }}", ", serving ", "{{r region }}")
    para(document, "{{r period }}").runs[0].bold = True
    para(document, "Made on ", "{{r today }}", ". ", "{{r small_numbers }}")

    heading(document, "1. Meetings and attendance", 1)
    para(document, "{{r meetings_summary }}")
    control(document, "{%p if has_meetings %}")
    chart(document, "attendance")
    attendance_table(document)
    control(document, "{%p endif %}")

    heading(document, "2. How long organizations have been at the table", 1)
    para(document, "{{r tenure_summary }}")
    control(document, "{%p if has_tenure %}")
    chart(document, "tenure")
    tenure_table(document)
    control(document, "{%p endif %}")

    heading(document, "3. Training", 1)
    para(document, "{{r training_summary }}")
    control(document, "{%p if has_shares %}")
    chart(document, "training")
    control(document, "{%p endif %}")

    heading(document, "4. How organizations connect", 1)
    para(document, "{{r survey_summary }}")
    control(document, "{%p if has_survey %}")
    survey_details(document)
    control(document, "{%p endif %}")

    heading(document, "5. Counts for the period", 1)
    para(
        document,
        "Counts only: the task force never records anything that could identify a young person.",
    )
    counts_table(document)
    control(document, "{%p if has_count_chart %}")
    chart(document, "counts")
    control(document, "{%p endif %}")
    para(document, "{{r law_note }}")
    return document
