"""Coordinator job description: the position and its pay, its duties, travel, the
background check, and how to apply.

Written so a task force without a coordinator can post it to find one, and a
task force with one can give it to funders and partner agencies.
"""

from common import (
    DocumentType,
    bullet,
    control,
    fact_table,
    heading,
    keep_rows_whole,
    new_document,
    para,
)
from docx.shared import Pt

FILE = "coordinator_job.docx"


def lead_in(document: DocumentType, *parts: str) -> None:
    para(document, *parts).paragraph_format.keep_with_next = True


def bullets(document: DocumentType, items: str) -> None:
    control(document, f"{{%p for d in {items} %}}")
    bullet(document, "{{r d }}")
    control(document, "{%p endfor %}")


def build() -> DocumentType:
    document = new_document("Coordinator job description")
    document.add_paragraph("{{r task_force_name }}", style="Title")
    para(document, "Job description: task force coordinator", style="Subtitle")
    para(document, "Serving ", "{{r region }}", ". Draft of ", "{{r today }}", ".")

    heading(document, "The position")
    facts = fact_table(
        document,
        [
            ("Job title", "Task force coordinator"),
            ("Task force", "{{r task_force_name }}"),
            ("Counties served", "{{r region }}"),
            ("Position type", "{{r position }}"),
            ("Hours", "{{r hours }}"),
            ("Pay", "{{r pay }}"),
            ("Funding source", "{{r funding }}"),
            ("Reports to", "{{r reports_to }}"),
            ("Host organization", "{{r host }}"),
            ("Currently held by", "{{r holder }}"),
        ],
    )
    keep_rows_whole(facts, together=True)

    heading(document, "Summary of the role")
    para(
        document,
        "The coordinator is the glue that holds ",
        "{{r task_force_name }}",
        " together. The task force brings law enforcement, child welfare, schools, health "
        "care, advocates, survivors and others together to respond as one to the commercial "
        "sexual exploitation of children and youth in ",
        "{{r region }}",
        ". The coordinator keeps that work moving between meetings: bringing people "
        "together, keeping track of what was agreed, and making sure nothing falls through "
        "the cracks.",
    )

    heading(document, "Duties")
    control(document, "{%p if has_carried %}")
    heading(document, "Carried by the coordinator", 2)
    bullets(document, "carried")
    control(document, "{%p endif %}")
    control(document, "{%p if has_shared %}")
    heading(document, "Shared with the chair or members", 2)
    lead_in(document, "The coordinator takes part in these, working with the chair or members:")
    bullets(document, "shared")
    control(document, "{%p endif %}")
    control(document, "{%p if has_undecided %}")
    lead_in(document, "{{r undecided_gap }}")
    bullets(document, "undecided")
    control(document, "{%p endif %}")

    heading(document, "Qualifications")
    para(document, "{{r qualifications }}")
    para(
        document,
        "The task force welcomes applicants from the communities it serves, including "
        "people with lived experience of exploitation.",
    )

    heading(document, "Travel and driving")
    para(document, "{{r travel }} ", "{{r mileage }}")

    heading(document, "Background check")
    para(
        document,
        "The person hired will need to pass a criminal background check before starting, "
        "as is usual for work with children and youth.",
    )

    heading(document, "How to apply")
    control(document, "{%p if is_open %}")
    lead_in(
        document,
        "Send a short letter about why the role interests you, with a résumé or a summary "
        "of your experience, to:",
    )
    para(document, "{{r apply_name }}, ", "{{r apply_email }}")
    para(document, "Applications close on ", "{{r closing }}", ".")
    para(document, "Questions about the position are welcome at the same address.")
    control(document, "{%p else %}")
    para(document, "The position is filled at present.")
    control(document, "{%p endif %}")
    closing = para(
        document,
        "This description is a draft to adapt. Before posting it, check it with the host "
        "organization's human resources staff.",
    )
    for run in closing.runs:
        run.italic = True
        run.font.size = Pt(10)
    return document
