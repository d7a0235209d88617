"""Training plan: who can train, the trainings held, who still needs basic or extra
training, and the share of members trained in each sector."""

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

FILE = "training_plan.docx"


def _lead_in(document: DocumentType, *parts: str) -> None:
    para(document, *parts).paragraph_format.keep_with_next = True


def build() -> DocumentType:
    document = new_document("Training plan")
    document.add_paragraph("Training plan", style="Title")
    para(document, "{{r task_force_name }}", ", serving ", "{{r region }}", ". ", "{{r today }}")
    para(
        document,
        "Every member of the task force should complete basic training on the commercial "
        "sexual exploitation of children and youth (CSEC/Y). The toolkit behind this plan "
        "also advises further training for members from local law enforcement, community "
        "advocates, Child Protective Services, youth service providers, prosecutors and "
        "defense attorneys. This plan records where the task force stands, and what comes "
        "next.",
    )

    heading(document, "1. A trainer in the region", 1)
    para(document, "{{r trainer }}")

    heading(document, "2. Trainings held and planned", 1)
    control(document, "{%p if has_trainings %}")
    _lead_in(document, "{{r trainings_summary }}")
    keep_rows_whole(
        loop_table(
            document,
            ["Date", "Kind", "Title", "Trainer", "Attended"],
            [
                "{{r t.date }}",
                "{{r t.kind }}",
                "{{r t.title }}",
                "{{r t.trainer }}",
                "{{r t.attended }}",
            ],
            "t in trainings",
            [3.0, 1.6, 6.3, 3.6, 2.4],
        )
    )
    control(document, "{%p else %}")
    para(document, "No trainings have been recorded yet.")
    control(document, "{%p endif %}")

    heading(document, "3. Basic training: who still needs it", 1)
    para(document, "{{r basic_summary }}")
    control(document, "{%p if has_need_basic %}")
    _lead_in(document, "Members who have not completed basic training yet:")
    control(document, "{%p for n in need_basic %}")
    bullet(document, "{{r n }}")
    control(document, "{%p endfor %}")
    control(document, "{%p endif %}")

    heading(document, "4. Extra training by sector", 1)
    _lead_in(
        document,
        "Further training is recommended for the six sectors below. Members who have "
        "completed it, and those who still need it:",
    )
    keep_rows_whole(
        loop_table(
            document,
            ["Sector", "Members", "Completed extra training", "Still to complete"],
            ["{{r x.sector }}", "{{r x.members }}", "{{r x.done }}", "{{r x.still }}"],
            "x in extra",
            [4.6, 2.0, 4.2, 6.1],
        )
    )

    heading(document, "5. Share of members trained, by sector", 1)
    _lead_in(
        document,
        "Counted over the people whose roster status is \u201cmember\u201d. Extra training "
        "is shown only for the sectors that need it.",
    )
    keep_rows_whole(
        loop_table(
            document,
            ["Sector", "Members", "Basic training", "Extra training"],
            ["{{r s.sector }}", "{{r s.members }}", "{{r s.basic }}", "{{r s.extra }}"],
            "s in shares",
            [5.5, 2.0, 4.7, 4.7],
        )
    )

    heading(document, "6. Next steps", 1)
    control(document, "{%p for step in next_steps %}")
    bullet(document, "{{r step }}")
    control(document, "{%p endfor %}")
    return document
