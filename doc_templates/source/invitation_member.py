"""Invitation letter to one prospective or invited member, from the coordinator.

The letterhead, the body's shared paragraphs and the closing are also used by
the letter to a whole sector (invitation_sector.py).
"""

from common import DocumentType, bullet, control, new_document, page_field, para
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FILE = "invitation_member.docx"

WHAT_A_TASK_FORCE_IS = (
    "A task force like ours brings together the people who meet, serve or make decisions "
    "about young people who are sexually exploited: traded for money, food, a place to stay "
    "or anything else of value. Working side by side, we can spot them sooner, close gaps "
    "in services, bring training close to home, reduce demand, and check that the laws "
    "meant to protect them work."
)


def _bottom_border(paragraph_style_element: OxmlElement) -> None:
    properties = paragraph_style_element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "8"), ("space", "6"), ("color", "1F3A5F")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    properties.append(borders)


def letter_document(title: str) -> DocumentType:
    """A document with the letter's own styles: letterhead, place line and subject line.

    Margins and spacing are a little tighter than a report's, so the sample's letters
    fit one page where they can; a longer letter gets the continuation header."""
    document = new_document(title)
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(1.8)
    styles = document.styles
    head = styles.add_style("Letterhead", WD_STYLE_TYPE.PARAGRAPH)
    head.base_style = styles["Normal"]
    head.font.size = Pt(17)
    head.font.bold = True
    head.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    head.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.paragraph_format.space_after = Pt(0)
    place = styles.add_style("Letterhead place", WD_STYLE_TYPE.PARAGRAPH)
    place.base_style = styles["Normal"]
    place.font.size = Pt(10)
    place.font.color.rgb = RGBColor(0x55, 0x5F, 0x6B)
    place.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    place.paragraph_format.space_after = Pt(12)
    _bottom_border(place.element)
    subject = styles.add_style("Letter subject", WD_STYLE_TYPE.PARAGRAPH)
    subject.base_style = styles["Normal"]
    subject.font.bold = True
    subject.paragraph_format.space_before = Pt(6)
    subject.paragraph_format.space_after = Pt(8)
    quote = styles["Quote"]
    quote.font.name = "Calibri"
    quote.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    quote.paragraph_format.left_indent = Pt(28)
    quote.paragraph_format.right_indent = Pt(28)
    _continuation_header(document)
    return document


def _continuation_header(document: DocumentType) -> None:
    """Page 2 on carries who wrote and when, as a letter's later pages do; page 1 has the
    letterhead instead. Both keep the 'Page X of Y' footer."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    for part in ("{{r task_force_name }}", ", letter of ", "{{r today }}"):
        header.add_run(part)  # values take the paragraph's look, so the words do too
    header.paragraph_format.space_after = Pt(14)  # set apart from the text it heads
    first_footer = section.first_page_footer.paragraphs[0]
    first_footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    first_footer.add_run("Page 1 of ")
    page_field(first_footer, "NUMPAGES")


def letterhead(document: DocumentType) -> None:
    para(document, "{{r task_force_name }}", style="Letterhead")
    para(document, "{{r region }}", style="Letterhead place")
    para(document, "{{r today }}").paragraph_format.space_after = Pt(10)


def opening(document: DocumentType) -> None:
    para(
        document,
        "I am writing to invite you to join the ",
        "{{r task_force_name }}",
        ", a partnership ",
        "{{r forming }}",
        " in ",
        "{{r region }}",
        ".",
    )


def what_we_are(document: DocumentType) -> None:
    para(document, WHAT_A_TASK_FORCE_IS)


def care_and_mission(document: DocumentType) -> None:
    control(document, "{%p for c in care %}")
    para(document, "{{r c }}")
    control(document, "{%p endfor %}")
    control(document, "{%p if has_mission %}")
    para(document, "Our draft mission statement, which members will shape together, reads:")
    para(document, "{{r mission }}", style="Quote")
    control(document, "{%p endif %}")


def asks(document: DocumentType, lead_in: str) -> None:
    para(document, lead_in).paragraph_format.keep_with_next = True
    control(document, "{%p for a in asks %}")
    bullet(document, "{{r a }}")
    control(document, "{%p endfor %}")


def reply_and_closing(document: DocumentType) -> None:
    """The last paragraph, the sign-off and the signature stay together on one page
    (keep with next, and the reply kept whole), so the sign-off never stands alone on a
    page of its own."""
    reply = para(
        document,
        "If you would like to join, or to talk it over first, please reach me at ",
        "{{r reply_to }}",
        ". I would also like to hear who else should be at the table.",
    )
    reply.paragraph_format.keep_with_next = True
    reply.paragraph_format.keep_together = True
    closing = para(document, "With thanks and warm regards,")
    closing.paragraph_format.space_before = Pt(2)
    closing.paragraph_format.keep_with_next = True
    signature_space = para(document, "")
    signature_space.paragraph_format.space_after = Pt(18)
    signature_space.paragraph_format.keep_with_next = True
    name = para(document, "{{r coordinator }}")
    name.paragraph_format.space_after = Pt(0)
    name.paragraph_format.keep_with_next = True
    control(document, "{%p if coordinator_known %}")
    title = para(document, "Coordinator, ", "{{r task_force_name }}")
    title.paragraph_format.space_after = Pt(0)
    title.paragraph_format.keep_with_next = True
    control(document, "{%p else %}")
    para(document, "{{r task_force_name }}").paragraph_format.space_after = Pt(0)
    control(document, "{%p endif %}")
    control(document, "{%p if has_coordinator_organization %}")
    para(document, "{{r coordinator_organization }}")
    control(document, "{%p endif %}")


def build() -> DocumentType:
    document = letter_document("Invitation to join the task force")
    letterhead(document)
    para(document, "{{r address }}")
    para(
        document, "Re: An invitation to join the ", "{{r task_force_name }}", style="Letter subject"
    )
    para(document, "{{r salutation }}")
    opening(document)
    what_we_are(document)
    para(document, "{{r why }}")
    care_and_mission(document)
    asks(document, "Here is what membership involves:")
    reply_and_closing(document)
    return document
