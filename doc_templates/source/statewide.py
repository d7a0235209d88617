"""The statewide summary for the SCC: every task force's year side by side, statewide
totals, and the sectors missing most often. Made by ``taskforce-builder statewide``."""

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

FILE = "statewide.docx"


def build() -> DocumentType:
    document = new_document("Statewide summary of CSEC/Y task forces")
    document.add_paragraph("Statewide summary of CSEC/Y task forces", style="Title")
    para(document, "{{r year_title }}").runs[0].bold = True
    para(
        document,
        "Made on ",
        "{{r today }}",
        " from ",
        "{{r files_read }}",
        ". ",
        "{{r small_numbers }}",
    )
    control(document, "{%p if skipped %}")
    para(document, "Files left out:").runs[0].bold = True
    control(document, "{%p for s in skipped %}")
    bullet(document, "{{r s }}")
    control(document, "{%p endfor %}")
    control(document, "{%p endif %}")

    heading(document, "1. Statewide totals", 1)
    para(document, "{{r totals_summary }}")
    keep_rows_whole(
        loop_table(
            document,
            ["Figure", "Statewide"],
            ["{{r t.label }}", "{{r t.value }}"],
            "t in totals",
            [11.0, 6.0],
        ),
    )

    heading(document, "2. Sectors missing most often", 1)
    para(document, "{{r missing_summary }}")
    keep_rows_whole(
        loop_table(
            document,
            ["Sector", "Task forces without a member", "Without a voice in leadership"],
            ["{{r m.name }}", "{{r m.roster }}", "{{r m.leadership }}"],
            "m in missing",
            [7.0, 5.0, 5.0],
        )
    )

    heading(document, "3. Each task force: members, meetings and training", 1)
    keep_rows_whole(
        loop_table(
            document,
            [
                "Task force",
                "Region",
                "Sectors at the table",
                "Members",
                "Meetings",
                "Members trained",
            ],
            [
                "{{r r.name }}",
                "{{r r.region }}",
                "{{r r.sectors }}",
                "{{r r.members }}",
                "{{r r.meetings }}",
                "{{r r.trained }}",
            ],
            "r in rows",
            [3.9, 3.2, 2.5, 2.4, 2.4, 2.6],
        )
    )

    heading(document, "4. Each task force: connections, MOUs and counts", 1)
    para(document, "{{r network_note }}")
    keep_rows_whole(
        loop_table(
            document,
            [
                "Task force",
                "Know each other",
                "Talk to each other",
                "Refer",
                "MOUs in effect",
                "Young people identified",
                "Buyers arrested",
            ],
            [
                "{{r r.name }}",
                "{{r r.knows }}",
                "{{r r.communicates }}",
                "{{r r.refers }}",
                "{{r r.mous }}",
                "{{r r.youth }}",
                "{{r r.buyers }}",
            ],
            "r in rows",
            [3.4, 2.0, 2.7, 1.6, 2.0, 2.8, 2.4],
        )
    )

    control(document, "{%p if has_years %}")
    heading(document, "5. Year by year", 1)
    para(document, "{{r years_summary }}")
    keep_rows_whole(
        loop_table(
            document,
            ["Year", "Task forces", "Meetings", "Members trained", "MOUs in effect"],
            [
                "{{r y.year }}",
                "{{r y.task_forces }}",
                "{{r y.meetings }}",
                "{{r y.trained }}",
                "{{r y.mous }}",
            ],
            "y in years",
            [2.5, 3.0, 3.0, 4.5, 4.0],
        )
    )
    control(document, "{%p endif %}")
    heading(document, "About these figures", 1)
    para(document, "{{r about }}")
    return document
