"""The annual report to the CSEC Statewide Coordinating Committee (SCC) for one year:
who we are, membership and sectors, tenure, meetings, training, connections, counts,
MOUs, activities, goals, challenges and needs, and the task force's record with the
SCC. Each chart is followed by the same figures in words."""

from common import (
    DocumentType,
    control,
    fact_table,
    heading,
    keep_rows_whole,
    loop_table,
    new_document,
    para,
)
from figures import attendance_table, chart, counts_table, survey_details, tenure_table

FILE = "annual_report.docx"


def _if(document: DocumentType, flag: str) -> None:
    control(document, "{%p if " + flag + " %}")


def _end(document: DocumentType) -> None:
    control(document, "{%p endif %}")


def _front(document: DocumentType) -> None:
    document.add_paragraph("Annual report to the Statewide Coordinating Committee", style="Title")
    para(document, "{{r task_force_name }}", ", serving ", "{{r region }}").runs[0].bold = True
    para(document, "The year ", "{{r year }}", ". ", "{{r span }}")
    para(document, "Made on ", "{{r today }}", ". ", "{{r small_numbers }}")
    para(document, "{{r about_scc }}")

    heading(document, "1. Who we are", 1)
    fact_table(
        document,
        [
            ("Task force", "{{r task_force_name }}"),
            ("Counties served", "{{r region }}"),
            ("Coordinator", "{{r coordinator }}"),
            ("Coordinator position", "{{r coordinator_position }}"),
            ("Chair", "{{r chair }}"),
            ("Represents us at the SCC", "{{r representative }}"),
        ],
    )

    heading(document, "2. Members and sectors", 1)
    para(document, "{{r membership_summary }}")
    keep_rows_whole(
        loop_table(
            document,
            ["Where", "Sectors with a voice", "Sectors missing"],
            ["{{r l.level }}", "{{r l.covered }}", "{{r l.missing }}"],
            "l in levels",
            [3.6, 3.4, 10.0],
        )
    )
    para(document, "{{r voices_note }}")

    heading(document, "3. How long organizations have been at the table", 1)
    para(document, "{{r tenure_summary }}")
    _if(document, "has_tenure")
    chart(document, "tenure")
    tenure_table(document)
    _end(document)


def _figures(document: DocumentType) -> None:
    heading(document, "4. Meetings and attendance", 1)
    para(document, "{{r meetings_summary }}")
    _if(document, "has_meetings")
    chart(document, "attendance")
    attendance_table(document)
    _end(document)

    heading(document, "5. Training", 1)
    para(document, "{{r training_summary }}")
    _if(document, "has_shares")
    chart(document, "training")
    _end(document)

    heading(document, "6. How organizations connect", 1)
    para(document, "{{r survey_summary }}")
    _if(document, "has_survey")
    survey_details(document)
    _end(document)

    heading(document, "7. Counts of young people and buyers", 1)
    para(document, "{{r counts_summary }}")
    para(
        document,
        "Counts only: the task force never records anything that could identify a young person.",
    )
    counts_table(document)
    _if(document, "has_count_chart")
    chart(document, "counts")
    _end(document)
    para(document, "{{r law_note }}")


def _work(document: DocumentType) -> None:
    heading(document, "8. Agreements (MOUs)", 1)
    para(document, "{{r mous_summary }}")
    _if(document, "has_mous")
    keep_rows_whole(
        loop_table(
            document,
            ["Organization", "Status", "Signed", "Ends", "Note"],
            [
                "{{r m.name }}",
                "{{r m.status }}",
                "{{r m.signed }}",
                "{{r m.ends }}",
                "{{r m.flag }}",
            ],
            "m in mous",
            [5.4, 2.4, 3.2, 3.2, 2.8],
        )
    )
    _end(document)

    heading(document, "9. Activities and community events", 1)
    para(document, "{{r activities_summary }}")
    _if(document, "has_activities")
    keep_rows_whole(
        loop_table(
            document,
            ["Date", "Kind", "Topic", "People"],
            ["{{r e.when }}", "{{r e.kind }}", "{{r e.topic }}", "{{r e.people }}"],
            "e in activities",
            [3.4, 3.4, 8.0, 2.2],
        )
    )
    _end(document)

    heading(document, "10. Progress on our goals", 1)
    para(document, "{{r goals_summary }}")
    _if(document, "has_goals")
    keep_rows_whole(
        loop_table(
            document,
            ["Goal", "How we measure it", "This year"],
            ["{{r g.text }}", "{{r g.measure }}", "{{r g.progress }}"],
            "g in goals",
            [5.6, 4.0, 7.4],
        )
    )
    _end(document)

    heading(document, "11. Challenges, and what we need from the state", 1)
    heading(document, "Challenges this year", 2)
    para(document, "{{r challenges }}")
    heading(document, "What we need from the state", 2)
    para(document, "{{r needs }}")

    heading(document, "12. Our work with the SCC", 1)
    _if(document, "has_history")
    keep_rows_whole(
        loop_table(
            document,
            ["Year", "Annual report sent", "Annual meeting attended"],
            ["{{r h.year }}", "{{r h.sent }}", "{{r h.met }}"],
            "h in history",
            [3.0, 7.0, 7.0],
        )
    )
    _end(document)
    control(document, "{%p if not has_history %}")
    para(document, "This is the first year the task force records its work with the SCC.")
    _end(document)


def build() -> DocumentType:
    document = new_document("Annual report to the Statewide Coordinating Committee")
    _front(document)
    _figures(document)
    _work(document)
    return document
