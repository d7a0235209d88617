"""'Dear colleague' letter to a recommended sector that has no member yet."""

from common import DocumentType, para
from invitation_member import (
    asks,
    care_and_mission,
    letter_document,
    letterhead,
    opening,
    reply_and_closing,
    what_we_are,
)

FILE = "invitation_sector.docx"


def build() -> DocumentType:
    document = letter_document("Invitation to join the task force")
    letterhead(document)
    para(document, "To: ", "{{r addressee }}")
    para(document, "Re: Your voice on the ", "{{r task_force_name }}", style="Letter subject")
    para(document, "Dear colleague,")
    opening(document)
    what_we_are(document)
    para(document, "{{r missing }}", " ", "{{r why }}")
    care_and_mission(document)
    asks(document, "Here is what membership involves:")
    para(document, "{{r pass_on }}")
    reply_and_closing(document)
    return document
