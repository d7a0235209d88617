"""One memorandum of understanding signed by the task force and every member organization.

It shares its wording with the one-organization MOU (mou.py) and adds, for each
organization, its own role, contact, figures and signature block.
"""

from common import DocumentType, control, heading, new_document, para
from docx.shared import Pt
from mou import (
    confidentiality,
    costs,
    disagreements,
    draft_banner,
    host_in_parties,
    host_signature,
    items,
    note,
    publish_only_combined,
    purpose,
    renewal,
    signer_block,
    styles,
)

FILE = "mou_all_members.docx"


def _parties(document: DocumentType) -> None:
    para(
        document,
        "This memorandum of understanding is between the ",
        "{{r task_force_name }}",
        " (the task force), which serves ",
        "{{r region }}",
        ", and each of these member organizations:",
    ).paragraph_format.keep_with_next = True
    items(document, "p in parties", "{{r p.name }}")
    para(
        document,
        "The task force is a voluntary group of the agencies and organizations in the "
        "region that serve, protect or help exploited children and youth. Its coordinator "
        "signs this memorandum for it.",
    )
    host_in_parties(document)
    note(
        document,
        "this version is one agreement that every member organization signs. It can take "
        "the place of the separate MOUs, or sit beside them. Each organization's part comes "
        "from its own MOU on the MOUs step.",
    )


def _each_role(document: DocumentType) -> None:
    para(
        document,
        "Each organization will act within its normal work and capacity, and under its own "
        "policies. These roles add no new legal duty and no new cost. Each party's legal "
        "duties come first, as section 7 says.",
    )
    control(document, "{%p for p in parties %}")
    heading(document, "{{r p.name }}", 2)
    for paragraph in (
        para(document, "Sector: ", "{{r p.sector }}"),
        para(document, "Contact: ", "{{r p.contact }}"),
        para(document, "Within its normal work, it will:"),
    ):
        paragraph.paragraph_format.keep_with_next = True
    items(document, "r in p.roles", "{{r r }}")
    control(document, "{%p if p.has_own_data %}")
    para(
        document, "Figures it will share, in place of those in section 8:"
    ).paragraph_format.keep_with_next = True
    items(document, "d in p.data", "{{r d }}")
    control(document, "{%p endif %}")
    control(document, "{%p endfor %}")


def build() -> DocumentType:
    document = new_document("Memorandum of understanding with all member organizations")
    styles(document)
    document.add_paragraph("Memorandum of Understanding", style="Title")
    para(
        document,
        "between the ",
        "{{r task_force_name }}",
        " and its member organizations",
        style="Parties line",
    )
    draft_banner(document)

    heading(document, "1. The parties", 1)
    _parties(document)

    heading(document, "2. Purpose", 1)
    purpose(document)

    heading(document, "3. What every member organization will do", 1)
    para(document, "Each member organization will:").paragraph_format.keep_with_next = True
    items(document, "c in organization_commitments", "{{r c }}")

    heading(document, "4. What the task force will do", 1)
    para(
        document, "The task force, through its coordinator, will:"
    ).paragraph_format.keep_with_next = True
    items(document, "c in task_force_commitments", "{{r c }}")

    heading(document, "5. Each organization's role and contact", 1)
    _each_role(document)

    heading(document, "6. The task force's contact", 1)
    para(
        document,
        "The task force's contact for this memorandum is ",
        "{{r coordinator_contact }}",
        ". A party whose contact changes tells the coordinator in writing, and the "
        "coordinator tells the others.",
    )

    heading(document, "7. Confidentiality and consent", 1)
    confidentiality(document)

    heading(document, "8. Data sharing", 1)
    para(
        document,
        "At least once a year, each organization will give the coordinator these figures as "
        "totals, unless section 5 lists other figures for it. They will come in time for the "
        "task force's yearly report to the Statewide Coordinating Committee:",
    ).paragraph_format.keep_with_next = True
    items(document, "d in usual_data", "{{r d }}")
    para(
        document, "Law enforcement agencies and prosecutors also share:"
    ).paragraph_format.keep_with_next = True
    items(document, "d in enforcement_data", "{{r d }}")
    publish_only_combined(document, "an organization")

    heading(document, "9. Training", 1)
    para(document, "{{r training }}")

    heading(document, "10. Costs and legal effect", 1)
    costs(document)

    heading(document, "11. Term, renewal and ending", 1)
    para(
        document,
        "This memorandum takes effect for each organization on the date it signs, and lasts "
        "one year from the date the coordinator signs.",
    )
    renewal(document, "every organization")
    para(
        document,
        "Leaving early: any organization may leave this memorandum at any time by giving the "
        "coordinator ",
        "{{r notice_days }}",
        " days' written notice; it stays in effect for the others. The promises on "
        "confidentiality continue after an organization leaves or the memorandum ends.",
    )

    heading(document, "12. Changes", 1)
    para(
        document,
        "Any party may propose a change at any time. A change takes effect only when every "
        "party agrees to it in writing.",
    )

    heading(document, "13. Settling disagreements", 1)
    disagreements(
        document,
        "the contacts of the parties involved",
        "an organization may leave this memorandum with written notice, as section 11 says.",
    )

    heading(document, "14. Signatures", 1).paragraph_format.keep_with_next = True
    signed = para(
        document,
        "Signed on behalf of each party by a person authorized to do so. Each organization "
        "signs in its own block.",
    )
    signed.paragraph_format.keep_with_next = True
    signed.paragraph_format.space_after = Pt(8)
    signer_block(
        document,
        ["For the task force"],
        ["{{r coordinator }}"],
        ["Coordinator, ", "{{r task_force_name }}"],
    )
    host_signature(document)
    control(document, "{%p for p in parties %}")
    signer_block(
        document,
        ["For ", "{{r p.name }}"],
        ["{{r p.signatory }}"],
        ["{{r p.signatory_title }}"],
        approval="p.",
    )
    control(document, "{%p endfor %}")
    return document
