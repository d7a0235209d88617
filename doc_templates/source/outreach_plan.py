"""Outreach plan: where sectors are missing (on the roster, in leadership, on
subcommittees) and who will reach out to each, to whom, by when, and how it is going.

One section per level, each built the same way from the level's own variables
(``membership_gaps``, ``leadership_plans``...), so the template stays flat and
its variables are easy to check against the context.
"""

from common import DocumentType, bullet, control, heading, loop_table, new_document, para
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
    para(document, explanation).paragraph_format.keep_with_next = True
    control(document, f"{{%p if has_{key}_gaps %}}")
    missing = para(document, "Missing at this level:")
    missing.paragraph_format.keep_with_next = True
    control(document, f"{{%p for g in {key}_gaps %}}")
    bullet(document, "{{r g }}")
    control(document, "{%p endfor %}")
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


def build() -> DocumentType:
    document = new_document("Outreach plan")
    document.add_paragraph("{{r task_force_name }}", style="Title")
    para(document, "Outreach plan", style="Subtitle")
    para(document, "Serving ", "{{r region }}", ". Prepared on ", "{{r today }}", ".")
    para(
        document,
        "Every sector that works with exploited children and youth should have a voice. A "
        "seat at the table is a start. A say in leadership and in the subcommittees is the "
        "goal. This plan shows where voices are still missing at each of those three "
        "levels. It also shows who will reach out to close each gap.",
    )
    heading(document, "Where each sector has a voice")
    para(document, "{{r summary }}")
    loop_table(
        document,
        ["Sector", "On the roster", "In leadership", "On subcommittees"],
        ["{{r v.name }}", "{{r v.membership }}", "{{r v.leadership }}", "{{r v.subcommittees }}"],
        "v in voices",
        [6.2, 3.3, 3.3, 4.2],
    )
    small_italic(
        document,
        "* A voice to seek out on purpose. The research found that tribal members had little "
        "say, and that few members knew about community advocates. Survivors and LGBTQ+ "
        "groups are often left out too.",
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
        "joined and who has declined. Set a new date where one has passed. Many task forces "
        "start with a call or visit from someone the person knows. The letters in this "
        "packet can follow up.",
    )
    return document
