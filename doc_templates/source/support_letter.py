"""Letter of support from one member organization, for the task force's grant application.

A draft the partner adapts, prints on its own letterhead and signs: who the
organization is, what it commits to, and the staff time it gives as in-kind
match, if any. The letterhead space is the partner's, so the page starts with a
note saying so instead of the task force's name. Page 2 on carries a
continuation header, and the sign-off is kept together with the last paragraph.
"""

from common import DocumentType, boxed_note, bullet, control, new_document, page_field, para
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

FILE = "support_letter.docx"


def _styles(document: DocumentType) -> None:
    subject = document.styles.add_style("Letter subject", WD_STYLE_TYPE.PARAGRAPH)
    subject.base_style = document.styles["Normal"]
    subject.font.bold = True
    subject.paragraph_format.space_before = Pt(10)
    subject.paragraph_format.space_after = Pt(10)
    note = document.styles.add_style("Draft note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = document.styles["Normal"]
    note.font.size = Pt(9.5)
    note.font.color.rgb = RGBColor(0x55, 0x3F, 0x00)
    note.paragraph_format.space_after = Pt(10)


def _continuation_header(document: DocumentType) -> None:
    """Page 2 on names the letter's writer and date; page 1 is on the partner's letterhead."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    for part in ("{{r organisation }}", ", letter of support, ", "{{r today }}"):
        header.add_run(part)
    first_footer = section.first_page_footer.paragraphs[0]
    first_footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    first_footer.add_run("Page 1 of ")
    page_field(first_footer, "NUMPAGES")


def _kept(document: DocumentType, *parts: str) -> None:
    """A line of the sign-off: kept on the page of the line after it."""
    line = para(document, *parts)
    line.paragraph_format.space_after = Pt(0)
    line.paragraph_format.keep_with_next = True


def build() -> DocumentType:
    document = new_document("Letter of support")
    _styles(document)
    _continuation_header(document)
    note = boxed_note(
        para(
            document,
            "DRAFT for ",
            "{{r organisation }}",
            " to adapt, print on its own letterhead, sign and return to the applicant. "
            "Change anything that does not fit. Delete this note.",
            style="Draft note",
        )
    )
    note.runs[0].bold = True
    para(document, "{{r today }}").paragraph_format.space_after = Pt(8)
    para(document, "To: ", "{{r to }}")
    para(
        document, "Re: Letter of support for ", "{{r applicant }}", "'s grant application",
        style="Letter subject",
    )  # fmt: skip
    para(document, "Dear grant reviewers,")
    para(
        document,
        "{{r organisation }}",
        " supports the application by ",
        "{{r applicant }}",
        " for ",
        "{{r projects }}",
        ", made on behalf of the ",
        "{{r task_force_name }}",
        ".",
    )
    para(
        document,
        "We are a member of the task force, which brings together the people in ",
        "{{r region }}",
        " who respond to, serve or look after children and youth who are commercially "
        "sexually exploited. Our seat at the table is for the sector: ",
        "{{r sector }}",
        ". [Add a sentence or two on what your organization does and whom it serves.]",
    )
    para(document, "As a member, we commit to:").paragraph_format.keep_with_next = True
    control(document, "{%p for c in commitments %}")
    bullet(document, "{{r c }}")
    control(document, "{%p endfor %}")
    control(document, "{%p if has_mou_line %}")
    para(document, "{{r mou_line }}")
    control(document, "{%p endif %}")
    control(document, "{%p if has_in_kind %}")
    para(
        document,
        "We also give the project this time as in-kind match, and will keep a record of the "
        "hours. Staff time is valued at what we pay that staff member an hour, with benefits:",
    ).paragraph_format.keep_with_next = True
    control(document, "{%p for k in in_kind %}")
    bullet(document, "{{r k.description }}", ": ", "{{r k.working }}")
    control(document, "{%p endfor %}")
    control(document, "{%p endif %}")
    last = para(
        document,
        "Together, the task force's members can reach young people sooner and close the gaps "
        "between our services. We ask you to fund this application.",
    )
    last.paragraph_format.keep_with_next = True
    closing = para(document, "Sincerely,")
    closing.paragraph_format.space_before = Pt(6)
    closing.paragraph_format.keep_with_next = True
    space = para(document, "")
    space.paragraph_format.space_after = Pt(18)
    space.paragraph_format.keep_with_next = True
    _kept(document, "_" * 36)
    _kept(document, "{{r signer }}")
    control(document, "{%p if has_signer_title %}")
    _kept(document, "{{r signer_title }}")
    control(document, "{%p endif %}")
    para(document, "{{r organisation }}").paragraph_format.space_after = Pt(0)
    return document
