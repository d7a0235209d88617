"""Roster and sector coverage: who is on the roster, by sector, and which sectors are missing."""

from common import DocumentType, bullet, control, heading, loop_table, new_document, para

FILE = "roster.docx"


def build() -> DocumentType:
    document = new_document("Roster and sector coverage")
    document.add_paragraph("{{r task_force_name }}", style="Title")
    para(document, "Roster and sector coverage for ", "{{r region }}", ", ", "{{r today }}")
    para(document, "{{r summary }}")
    heading(document, "Sectors", 1)
    loop_table(
        document,
        ["Sector", "Members", "Invited or prospective"],
        ["{{r s.name }}", "{{r s.members }}", "{{r s.others }}"],
        "s in sectors",
        [7.0, 5.0, 5.0],
    )
    heading(document, "Sectors still missing", 1)
    control(document, "{%p for name in missing_sectors %}")
    bullet(document, "{{r name }}")
    control(document, "{%p else %}")
    para(document, "None: every sector has a member.")
    control(document, "{%p endfor %}")
    heading(document, "Everyone on the roster", 1)
    loop_table(
        document,
        ["Name", "Organization", "Sector", "Status", "Joined"],
        [
            "{{r m.name }}",
            "{{r m.organization }}",
            "{{r m.sector }}",
            "{{r m.status }}",
            "{{r m.joined }}",
        ],
        "m in members",
        [3.6, 4.9, 3.9, 2.3, 2.3],
    )
    return document
