"""Outreach plan: where sectors are missing (on the roster, in leadership, on
subcommittees) and who will reach out to each, to whom, by when, and how it is going.

One section per level, each built the same way from the level's own variables
(``membership_gaps``, ``leadership_plans``...), so the template stays flat and
its variables are easy to check against the context.
"""

from common import DocumentType, control, heading, loop_table, new_document, para
from docx.shared import Pt

FILE = "outreach_plan.docx"

LEVELS = (
    (
        "membership",
        "1. On the roster",
        "Sectors with no one whose status on the roster is \u201cmember\u201d. The folder "
        "\u201c05 Invitation letters\u201d in this packet holds a letter written for each "
        "of them.",
    ),
    (
        "leadership",
        "2. In leadership",
        "Sectors with no seat among the task force chair, the coordinator and the chairs "
        "of the subcommittees.",
    ),
    (
        "subcommittees",
        "3. On subcommittees",
        "Sectors with no one sitting on any subcommittee, as a member or as its chair.",
    ),
)


def small_italic(document: DocumentType, *parts: str) -> None:
    paragraph = para(document, *parts)
    for run in paragraph.runs:
        if not run.text.startswith("{{"):
            run.italic = True
            run.font.size = Pt(10)


def level_section(document: DocumentType, key: str, title: str, explanation: str) -> None:
    heading(document, title)
    para(document, explanation)
    control(document, f"{{%p if has_{key}_gaps %}}")
    missing = para(document, "Missing at this level: ", f"{{{{r {key}_gaps }}}}", ".")
    missing.paragraph_format.keep_with_next = True
    control(document, "{%p else %}")
    para(document, "No gaps: every recommended sector has a voice at this level.")
    control(document, "{%p endif %}")
    control(document, f"{{%p if has_{key}_plans %}}")
    loop_table(
        document,
        ["Sector", "Who reaches out", "To whom", "By when", "Status"],
        ["{{r p.sector }}", "{{r p.who }}", "{{r p.whom }}", "{{r p.when }}", "{{r p.status }}"],
        f"p in {key}_plans",
        [3.6, 3.4, 4.6, 2.9, 2.4],
    )
    control(document, "{%p endif %}")
    control(document, f"{{%p if has_{key}_unplanned %}}")
    unplanned = para(document, "No outreach planned yet for: ", f"{{{{r {key}_unplanned }}}}", ".")
    unplanned.paragraph_format.space_before = Pt(8)
    control(document, "{%p endif %}")


def build() -> DocumentType:
    document = new_document("Outreach plan")
    document.add_paragraph("{{r task_force_name }}", style="Title")
    para(document, "Outreach plan", style="Subtitle")
    para(document, "Serving ", "{{r region }}", ". Prepared on ", "{{r today }}", ".")
    para(
        document,
        "A task force works best when every sector that meets exploited children and youth "
        "has a voice, not only a seat at the table but a say in its leadership and in the "
        "work of its subcommittees. This plan shows where voices are still missing at each "
        "of those three levels, and who will reach out to close each gap.",
    )
    heading(document, "Where each sector has a voice")
    para(document, "{{r summary }}")
    loop_table(
        document,
        ["Sector", "On the roster", "In leadership", "On subcommittees"],
        ["{{r v.name }}", "{{r v.membership }}", "{{r v.leadership }}", "{{r v.subcommittees }}"],
        "v in voices",
        [6.5, 3.5, 3.5, 3.5],
    )
    small_italic(
        document,
        "* A voice the research found is often missing, or present without real influence: "
        "community advocates, survivors of trafficking, tribal communities and LGBTQ+ "
        "representatives.",
    )
    control(document, "{%p if has_quiet %}")
    para(document, "{{r quiet }}")
    control(document, "{%p endif %}")
    for key, title, explanation in LEVELS:
        level_section(document, key, title, explanation)
    heading(document, "Keeping the plan up to date")
    para(
        document,
        "Review this plan at each regular meeting. Mark who has been contacted, who has "
        "joined and who has declined, and set a new date where one has passed. A personal "
        "call or visit from someone the person already knows usually works better than a "
        "letter alone; the letters in this packet are there to follow up.",
    )
    return document
