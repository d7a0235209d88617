"""Memorandum of understanding between the task force and one member organization."""

from common import (
    DocumentType,
    boxed_note,
    bullet,
    control,
    heading,
    keep_rows_whole,
    new_document,
    para,
    set_column_widths,
)
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

FILE = "mou.docx"


def note(document: DocumentType, text: str, condition: str = "is_draft") -> Paragraph:
    """A drafting note in grey italics: guidance for whoever adapts the draft. A signed
    memorandum is a record, so its copy leaves the notes out."""
    control(document, f"{{%p if {condition} %}}")
    paragraph = para(document, "Drafting note: ", text)
    for run in paragraph.runs:
        run.italic = True
        run.font.size = Pt(10)
        run.font.color.rgb = RGBColor(0x55, 0x5F, 0x6B)
    control(document, "{%p endif %}")
    return paragraph


def styles(document: DocumentType) -> None:
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


def items(document: DocumentType, loop: str, tag: str) -> None:
    control(document, f"{{%p for {loop} %}}")
    bullet(document, tag)
    control(document, "{%p endfor %}")


SIGNATURE_LINE = "_" * 30
APPROVAL_LINE = "_" * 16


def _signatures(document: DocumentType) -> None:
    """Two columns, the task force's and the organization's; under the organization's,
    when its governing body must approve the memorandum, a line to record that."""
    table = document.add_table(rows=8, cols=2)
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
            ("Signature: ", [SIGNATURE_LINE]),
            ("Date: ", ["{{r signed_date }}"]),
        )
        for cell, (label, parts) in zip(cells[1:5], rows, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_before = Pt(14)
            paragraph.add_run(label)
            for part in parts:
                paragraph.add_run(part)
    table.rows[5].cells[0].paragraphs[0].add_run("{%tr if needs_approval %}")
    cell = table.rows[6].cells[1]
    _approval_lines(cell, "approval_body", cell.paragraphs[0])
    table.rows[7].cells[0].paragraphs[0].add_run("{%tr endif %}")
    keep_rows_whole(table, together=True)
    set_column_widths(table, [8.45, 8.45])


def _approval_lines(cell: _Cell, body: str, first: Paragraph | None = None) -> None:
    """'Approved by the Board of Directors', then lines for the date and the motion or
    resolution number (``first``: the cell's paragraph to start in, else a new one)."""
    paragraph = first if first is not None else cell.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(14)
    paragraph.paragraph_format.keep_with_next = True
    paragraph.add_run("Approved by ")
    paragraph.add_run(f"{{{{r {body} }}}}")
    cell.add_paragraph(f"Date: {APPROVAL_LINE}   Motion or resolution no.: {APPROVAL_LINE[:8]}")


def signer_block(
    document: DocumentType,
    who: list[str],
    name: list[str],
    title: list[str],
    approval: str | None = None,
    date: str = "{{r signed_date }}",
) -> None:
    """One signer on one row that never splits across pages: who and their name and
    title on the left, signature and date on the right. With ``approval`` (an item's
    prefix such as 'p.'), a governing body's approval line follows when it is needed."""
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].style = document.styles["Signature heading"]
    for part in who:
        left.paragraphs[0].add_run(part)
    for label, parts in (("Name: ", name), ("Title: ", title)):
        paragraph = left.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(14)
        for part in [label, *parts]:
            paragraph.add_run(part)
    right.paragraphs[0].add_run("")
    for label, tag in (("Signature: ", SIGNATURE_LINE), ("Date: ", date)):
        paragraph = right.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(14)
        paragraph.add_run(label)
        paragraph.add_run(tag)
    if approval is not None:
        right.add_paragraph(f"{{%p if {approval}needs_approval %}}")
        _approval_lines(right, f"{approval}approval_body")
        right.add_paragraph("{%p endif %}")
    keep_rows_whole(table)
    set_column_widths(table, [8.45, 8.45])
    para(document, "")  # keeps the next block a table of its own (Word joins touching tables)


def host_signature(document: DocumentType) -> None:
    control(document, "{%p if has_host %}")
    signer_block(
        document,
        ["For ", "{{r host }}", ", host or fiscal agent of the task force"],
        [SIGNATURE_LINE],
        [SIGNATURE_LINE],
        date="_" * 20,  # a signed MOU's record knows its parties' date, not the host's
    )
    control(document, "{%p endif %}")


def host_in_parties(document: DocumentType) -> None:
    """Names the host or fiscal agent among the parties, or tells the drafter where to."""
    control(document, "{%p if has_host %}")
    para(
        document,
        "{{r host }}",
        " hosts the task force or acts as its fiscal agent. It signs this memorandum "
        "beside the coordinator.",
    )
    control(document, "{%p endif %}")
    note(
        document,
        "if a host agency or fiscal agent acts for the task force, name it on the MOUs "
        "step; the memorandum then names it here and adds a signature line for it.",
        condition="is_draft and not has_host",
    )


def confidentiality(document: DocumentType) -> None:
    bullet(
        document,
        "Nothing that could identify a young person is shared under this memorandum. That "
        "means no names, dates of birth, addresses, photos or case numbers, and no detail "
        "that could point to a young person when put with other details. Facts about young "
        "people are shared as counts only.",
    )
    bullet(
        document,
        "Facts about one young person pass from one group to another only with that young "
        "person's informed consent and as the law allows. They never pass through the task "
        "force.",
    )
    bullet(
        document,
        "Task force meetings never discuss individual cases. Each party keeps private any other "
        "sensitive things it hears there, such as an agency's plans or concerns. It uses "
        "them only for the work of this memorandum.",
    )
    bullet(
        document,
        "Each party's legal duties come first. Nothing in this memorandum limits a duty "
        "either party has under law. That includes mandatory reporting of child abuse and "
        "neglect, and any duty to report to the police, such as the Department of "
        "Children, Youth, and Families' duty when a case is confirmed. It also includes public "
        "records and privacy laws.",
    )


def costs(document: DocumentType) -> None:
    para(
        document,
        "This memorandum records shared intentions. It is not a contract, it does not create "
        "a legal partnership, and it does not commit any party to pay or receive money. "
        "Each party bears its own costs and remains responsible for its own staff and "
        "actions. Any exchange of funds would need a separate written agreement.",
    )


def draft_banner(document: DocumentType) -> None:
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


def purpose(document: DocumentType) -> None:
    para(
        document,
        "The parties will work together so that the whole community responds as one to "
        "CSEC/Y, as defined below. This memorandum says what each party will do, how facts "
        "about young people are kept safe, and which figures each group will share.",
    )
    para(document, "{{r definition }}")


def publish_only_combined(document: DocumentType, who: str) -> None:
    """The promise that shared figures are published only added to others'."""
    para(
        document,
        "The task force will publish these figures only when they are added to other "
        f"members' figures, unless {who} agrees in writing to more.",
    )


def renewal(document: DocumentType, whom: str) -> None:
    """How the MOU is reviewed and renewed; the review starts when the tracker flags it."""
    para(
        document,
        f"Renewal: the coordinator will contact {whom} at least ",
        "{{r review_days }}",
        " days before the end date. The parties then review this memorandum together. To "
        "renew it, they sign a new one, or a written renewal with a new end date.",
    )


def disagreements(document: DocumentType, who: str, ending: str) -> None:
    """Talk first, then the chair and coordinator, then notice: a common way to settle
    a disagreement under an MOU (common practice, not a rule)."""
    para(
        document,
        f"If a disagreement about this memorandum comes up, {who} will first try to settle "
        "it by talking it through. If that does not work, the task force chair and the "
        "coordinator will meet with them to look for a solution. If they still cannot "
        f"agree, {ending}",
    )


def build() -> DocumentType:
    document = new_document("Memorandum of understanding")
    styles(document)
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
    draft_banner(document)
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
        "The task force is a voluntary group of the agencies and organizations in the "
        "region that serve, protect or help exploited children and youth. Its coordinator "
        "signs this memorandum for it.",
    )
    host_in_parties(document)

    heading(document, "2. Purpose", 1)
    purpose(document)

    heading(document, "3. The organization's role", 1)
    para(
        document,
        "Within its normal work and capacity, and under its own policies, ",
        "{{r organization }}",
        " will:",
    ).paragraph_format.keep_with_next = True
    items(document, "r in roles", "{{r r }}")
    para(
        document,
        "These roles add no new legal duty and no new cost. Each party's legal duties come "
        "first, as section 7 says.",
    )

    heading(document, "4. What the organization will do as a member", 1)
    para(document, "{{r organization }}", " will:").paragraph_format.keep_with_next = True
    items(document, "c in organization_commitments", "{{r c }}")

    heading(document, "5. What the task force will do", 1)
    para(
        document, "The task force, through its coordinator, will:"
    ).paragraph_format.keep_with_next = True
    items(document, "c in task_force_commitments", "{{r c }}")

    heading(document, "6. Points of contact", 1)
    para(
        document,
        "Each party names a contact for this memorandum. A party whose contact changes tells "
        "the other in writing.",
    ).paragraph_format.keep_with_next = True
    bullet(document, "For the organization: ", "{{r organization_contact }}")
    bullet(document, "For the task force: ", "{{r coordinator_contact }}")

    heading(document, "7. Confidentiality and consent", 1)
    confidentiality(document)
    control(document, "{%p if has_more_confidentiality %}")
    para(document, "The parties also agree:").paragraph_format.keep_with_next = True
    para(document, "{{r more_confidentiality }}")
    control(document, "{%p endif %}")

    heading(document, "8. Data sharing", 1)
    para(
        document,
        "At least once a year, the organization will give the coordinator these figures as "
        "totals. They will come in time for the task force's yearly report to the "
        "Statewide Coordinating Committee:",
    ).paragraph_format.keep_with_next = True
    items(document, "d in data_shared", "{{r d }}")
    publish_only_combined(document, "the organization")

    heading(document, "9. Training", 1)
    para(document, "{{r training }}")

    heading(document, "10. Costs and legal effect", 1)
    costs(document)

    heading(document, "11. Term, renewal and ending", 1)
    para(document, "{{r term }}", ".")
    renewal(document, "the organization")
    para(
        document,
        "Ending early: either party may end this memorandum at any time by giving the other ",
        "{{r notice_days }}",
        " days' written notice. The promises on confidentiality continue after it ends.",
    )

    heading(document, "12. Changes", 1)
    para(
        document,
        "Either party may propose a change at any time. A change takes effect only when both "
        "parties agree to it in writing.",
    )

    heading(document, "13. Settling disagreements", 1)
    disagreements(
        document,
        "the two contacts named in section 6",
        "either party may end this memorandum with written notice, as section 11 says.",
    )

    heading(document, "14. Signatures", 1).paragraph_format.keep_with_next = True
    signed = para(document, "Signed on behalf of each party by a person authorized to do so.")
    signed.paragraph_format.keep_with_next = True
    _signatures(document)
    para(document, "")
    host_signature(document)
    return document
