"""A letter to a recommended sector that has no member yet, addressed as that sector
should be: a colleague, a tribe's Chair and Council, or a survivor with nothing on the
letter's face to say what it is about."""

from common import DocumentType, control, para
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
    control(document, "{%p if has_to %}")
    para(document, "To: ", "{{r to }}")
    control(document, "{%p endif %}")
    control(document, "{%p if has_own_subject %}")
    para(document, "Re: ", "{{r subject }}", style="Letter subject")
    control(document, "{%p else %}")
    para(document, "Re: Your voice on the ", "{{r task_force_name }}", style="Letter subject")
    control(document, "{%p endif %}")
    para(document, "{{r salutation }}")
    opening(document)
    what_we_are(document)
    para(document, "{{r missing }}", " ", "{{r why }}")
    care_and_mission(document)
    asks(document, "Here is what membership involves:")
    para(document, "{{r pass_on }}")
    reply_and_closing(document)
    return document
