"""Memorandum of understanding between the task force and one member organization."""

from common import (
    DocumentType,
    boxed_note,
    bullet,
    control,
    heading,
    new_document,
    para,
    set_column_widths,
)
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

FILE = "mou.docx"


def _note(document: DocumentType, text: str) -> Paragraph:
    """A drafting note in grey italics: guidance for whoever adapts the draft. A signed
    memorandum is a record, so its copy leaves the notes out."""
    control(document, "{%p if is_draft %}")
    paragraph = para(document, "Drafting note: ", text)
    for run in paragraph.runs:
        run.italic = True
        run.font.size = Pt(10)
        run.font.color.rgb = RGBColor(0x55, 0x5F, 0x6B)
    control(document, "{%p endif %}")
    return paragraph


def _styles(document: DocumentType) -> None:
    """Paragraph styles for lines that mix fixed words and values (values take the
    paragraph's look, since each arrives as a run of its own)."""
    parties = document.styles.add_style("Parties line", WD_STYLE_TYPE.PARAGRAPH)
    parties.base_style = document.styles["Normal"]
    parties.font.size = Pt(13)
    parties.paragraph_format.space_after = Pt(12)
    signature = document.styles.add_style("Signature heading", WD_STYLE_TYPE.PARAGRAPH)
    signature.base_style = document.styles["Normal"]
    signature.font.bold = True
    signature.paragraph_format.keep_with_next = True


def _items(document: DocumentType, loop: str, tag: str) -> None:
    control(document, f"{{%p for {loop} %}}")
    bullet(document, tag)
    control(document, "{%p endfor %}")


def _signatures(document: DocumentType) -> None:
    table = document.add_table(rows=5, cols=2)
    sides = [
        (
            ["For the task force"],
            ["{{r coordinator }}"],
            ["Coordinator, ", "{{r task_force_name }}"],
        ),
        (["For ", "{{r organization }}"], ["{{r signatory }}"], ["{{r signatory_title }}"]),
    ]
    for column, (who, name, title) in enumerate(sides):
        cells = [row.cells[column] for row in table.rows]
        cells[0].paragraphs[0].style = document.styles["Signature heading"]
        for part in who:
            cells[0].paragraphs[0].add_run(part)
        rows = (
            ("Name: ", name),
            ("Title: ", title),
            ("Signature: ", ["_" * 30]),
            ("Date: ", ["{{r signed_date }}"]),
        )
        for cell, (label, parts) in zip(cells[1:], rows, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_before = Pt(14)
            paragraph.add_run(label)
            for part in parts:
                paragraph.add_run(part)
    set_column_widths(table, [8.45, 8.45])


def build() -> DocumentType:
    document = new_document("Memorandum of understanding")
    _styles(document)
    document.add_paragraph("Memorandum of Understanding", style="Title")
    para(
        document,
        "between the ",
        "{{r task_force_name }}",
        " and ",
        "{{r organization }}",
        style="Parties line",
    )
    control(document, "{%p if is_draft %}")
    draft = boxed_note(
        para(
            document,
            "DRAFT prepared on ",
            "{{r today }}",
            ". This is a starting point, not legal advice. Review it with the organization's "
            "legal counsel (and the county's, where a county agency signs), adapt it to fit, "
            "and only then sign it.",
        )
    )
    draft.paragraph_format.space_after = Pt(12)
    draft.runs[0].bold = True
    control(document, "{%p else %}")
    record = para(document, "{{r signed_record }}")
    record.paragraph_format.space_after = Pt(12)
    control(document, "{%p endif %}")

    heading(document, "1. The parties", 1)
    para(
        document,
        "This memorandum of understanding is between the ",
        "{{r task_force_name }}",
        " (the task force), which serves ",
        "{{r region }}",
        ", and ",
        "{{r organization }}",
        " (the organization).",
    )
    para(
        document,
        "The task force is a voluntary partnership of the agencies and organizations in the "
        "region that respond to, serve or oversee the lives of exploited children and youth. "
        "Its coordinator signs this memorandum on its behalf.",
    )
    _note(
        document,
        "if a host agency or fiscal agent acts for the task force, name it here and add a "
        "signature line for it.",
    )

    heading(document, "2. Purpose", 1)
    para(
        document,
        "The parties will work together on a coordinated community response to the "
        "commercial sexual exploitation of children and youth. This memorandum sets out "
        "what each party will do, how information about young people is protected, and "
        "which figures the organization will share.",
    )
    para(document, "{{r definition }}")

    heading(document, "3. What the organization will do", 1)
    para(document, "{{r organization }}", " will:").paragraph_format.keep_with_next = True
    _items(document, "c in organization_commitments", "{{r c }}")

    heading(document, "4. What the task force will do", 1)
    para(
        document, "The task force, through its coordinator, will:"
    ).paragraph_format.keep_with_next = True
    _items(document, "c in task_force_commitments", "{{r c }}")

    heading(document, "5. Confidentiality and consent", 1)
    bullet(
        document,
        "No identifying information about any young person is shared under this memorandum: "
        "no names, dates of birth, addresses, photographs, case numbers, or any other detail "
        "that could identify a young person alone or together with other details. "
        "Information about young people is shared as counts only.",
    )
    bullet(
        document,
        "Information about an individual young person passes between organizations only with "
        "that young person's informed consent and as the law allows, and never through the "
        "task force.",
    )
    bullet(
        document,
        "Task force meetings never discuss individual cases. Each party keeps confidential "
        "the other sensitive information it hears there, such as an agency's plans or "
        "concerns, and uses it only for the purposes of this memorandum.",
    )
    bullet(
        document,
        "Each party's legal duties come first. Nothing in this memorandum limits or "
        "overrides a duty either party has under law: mandatory reporting of child abuse "
        "and neglect, a duty to report to law enforcement (such as the Department of "
        "Children, Youth, and Families' duty when a case is confirmed), public records, and "
        "privacy laws.",
    )
    control(document, "{%p if has_more_confidentiality %}")
    para(document, "The parties also agree:").paragraph_format.keep_with_next = True
    para(document, "{{r more_confidentiality }}")
    control(document, "{%p endif %}")

    heading(document, "6. Data sharing", 1)
    para(
        document,
        "The organization will give the coordinator the following figures as totals for each "
        "reporting period, at least once a year and in time for the task force's annual "
        "report to the Statewide Coordinating Committee:",
    ).paragraph_format.keep_with_next = True
    _items(document, "d in data_shared", "{{r d }}")
    para(
        document,
        "The task force will publish these figures only combined with other members' "
        "figures, unless the organization agrees otherwise in writing.",
    )

    heading(document, "7. Training", 1)
    para(document, "{{r training }}")

    heading(document, "8. Costs and legal effect", 1)
    para(
        document,
        "This memorandum records shared intentions. It is not a contract, it does not create "
        "a legal partnership, and it does not commit either party to pay or receive money. "
        "Each party bears its own costs and remains responsible for its own staff and "
        "actions. Any exchange of funds would need a separate written agreement.",
    )

    heading(document, "9. Term and renewal", 1)
    para(
        document,
        "{{r term }}",
        ". The parties may renew it for a further period by agreeing in writing, and will "
        "review it together before it ends.",
    )

    heading(document, "10. Changes and withdrawal", 1)
    para(
        document,
        "Either party may propose a change at any time; a change takes effect only when both "
        "parties agree to it in writing. Either party may withdraw from this memorandum by "
        "giving the other 30 days' written notice. The promises on confidentiality continue "
        "after a party withdraws or the memorandum ends.",
    )

    heading(document, "11. Signatures", 1).paragraph_format.keep_with_next = True
    signed = para(document, "Signed on behalf of each party by a person authorized to do so.")
    signed.paragraph_format.keep_with_next = True
    _signatures(document)
    return document
