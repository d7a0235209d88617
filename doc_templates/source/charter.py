"""Task force charter: who the task force is, what it does, and how it works.

A draft for members to adapt and adopt: the fixed wording is written to be a
sound starting point a county attorney would be comfortable reviewing, and the
task force's own answers (mission, goals, commitments, members, leadership)
are filled in, with gaps marked where an answer is still missing.
"""

from common import (
    DocumentType,
    bullet,
    control,
    fact_table,
    heading,
    keep_rows_whole,
    loop_table,
    new_document,
    para,
)
from docx.shared import Cm, Pt

FILE = "charter.docx"

SIGNATURE_LINE = "_" * 38
DATE_LINE = "_" * 16


def note(document: DocumentType, *parts: str) -> None:
    """A smaller, italic paragraph: guidance for the people adapting the draft."""
    paragraph = para(document, *parts)
    for run in paragraph.runs:
        if not run.text.startswith("{{"):
            run.italic = True
            run.font.size = Pt(10)


def why(document: DocumentType, *parts: str) -> None:
    """An indented line under a list item."""
    paragraph = para(document, *parts)
    paragraph.paragraph_format.left_indent = Cm(0.63)
    paragraph.runs[0].italic = True


def lead_in(document: DocumentType, text: str) -> None:
    para(document, text).paragraph_format.keep_with_next = True


def bullets(document: DocumentType, items: str, name: str = "d") -> None:
    control(document, f"{{%p for {name} in {items} %}}")
    bullet(document, f"{{{{r {name} }}}}")
    control(document, "{%p endfor %}")


def name_and_purpose(document: DocumentType) -> None:
    heading(document, "1. Name and region")
    para(
        document,
        "The name of this task force is ",
        "{{r task_force_name }}",
        ". It serves ",
        "{{r region }}",
        ", Washington.",
    )
    para(
        document,
        "The task force is a coordinated community response to the commercial sexual "
        "exploitation of children and youth (CSEC/Y). It brings together the people who "
        "respond to, serve or oversee the lives of young people who are exploited, so that "
        "they work as one.",
    )
    para(document, "{{r definition }}")
    heading(document, "2. Mission")
    para(document, "{{r mission }}")
    heading(document, "3. Vision")
    para(document, "{{r vision }}")
    heading(document, "4. Goals")
    lead_in(
        document,
        "Each goal comes with the measure members will use to tell whether it is being "
        "met. Members review the goals at least once a year.",
    )
    keep_rows_whole(
        loop_table(
            document,
            ["#", "Goal", "How we will measure it"],
            ["{{r g.number }}", "{{r g.text }}", "{{r g.measure }}"],
            "g in goals",
            [1.0, 9.0, 7.0],
        )
    )
    heading(document, "5. What the task force does")
    lead_in(document, "The task force takes on five jobs:")
    for job in (
        "Bring together every sector that meets exploited children and youth, so that "
        "people know one another and can work as partners.",
        "Find gaps in the services young people need, and work to close them.",
        "Coordinate and promote training on the sexual exploitation of children and youth, "
        "and make sure the region has someone able to teach it.",
        "Educate the community, and work to reduce the demand for buying sex from minors.",
        "Check that the laws on the exploitation of children and youth are carried out, and "
        "that local procedures keep up with new laws and policies.",
    ):
        para(document, job, style="List Number")


def principles(document: DocumentType) -> None:
    heading(document, "6. Guiding principles")
    lead_in(
        document,
        "Our work is victim-centered and trauma-informed: a young person's safety, choices "
        "and dignity come first, and we act in ways that do not add to the harm they have "
        "already lived through. Members commit to the following.",
    )
    control(document, "{%p for c in commitments %}")
    bullet(document, "{{r c.text }}").paragraph_format.keep_with_next = True
    control(document, "{%p if c.has_why %}")
    why(document, "Why it matters: ", "{{r c.why }}")
    control(document, "{%p endif %}")
    control(document, "{%p endfor %}")


def membership(document: DocumentType) -> None:
    heading(document, "7. Membership")
    para(
        document,
        "Membership is open to any agency, organization or person in the region who "
        "meets, serves or oversees the lives of exploited children and youth and who "
        "agrees to this charter. A member is someone the task force has welcomed and lists "
        "on its roster as a member. Each member organization names a representative and "
        "signs a memorandum of understanding (section 12). The coordinator keeps the roster "
        "up to date, so the task force always knows exactly who its members are.",
    )
    para(
        document,
        "To join, an organization tells the coordinator, names its representative and "
        "signs its memorandum of understanding; members welcome it at their next meeting. A "
        "member may leave at any time by telling the coordinator in writing. Members may "
        "remove a member who acts against this charter, by the same vote that changes the "
        "charter (section 15), after hearing from that member.",
    )
    para(
        document,
        "The task force aims to include every sector that meets these young people. "
        "Survivors, tribal communities and LGBTQ+ representatives are sought out not only "
        "as members but also for leadership roles and subcommittees.",
    )
    para(document, "{{r membership_summary }}").paragraph_format.keep_with_next = True
    control(document, "{%p if has_members %}")
    keep_rows_whole(
        loop_table(
            document,
            ["Sector", "Members", "Organizations"],
            ["{{r s.name }}", "{{r s.members }}", "{{r s.organizations }}"],
            "s in sectors",
            [5.0, 2.6, 9.4],
        )
    )
    control(document, "{%p endif %}")
    control(document, "{%p if has_missing %}")
    invite = para(document, "Sectors the task force is still inviting to join:")
    invite.paragraph_format.keep_with_next = True
    invite.paragraph_format.space_before = Pt(10)
    bullets(document, "missing_sectors", "m")
    control(document, "{%p else %}")
    para(document, "Every recommended sector has at least one member.")
    control(document, "{%p endif %}")


def leadership(document: DocumentType) -> None:
    heading(document, "8. Leadership")
    lead_in(
        document,
        "The task force is led by a coordinator and a chair, who agree on its priorities together.",
    )
    table = fact_table(
        document,
        [
            ("Coordinator", "{{r coordinator }}"),
            ("Position", "{{r position }}"),
            ("Funding", "{{r funding }}"),
            ("Chair", "{{r chair }}"),
            ("Chair's role", "{{r chair_role }}"),
        ],
    )
    keep_rows_whole(table, together=True)
    position = table.rows[1].cells[1].paragraphs[0]
    position.add_run(", ")
    position.add_run("{{r hours }}")

    heading(document, "The coordinator's duties", 2)
    para(
        document,
        "The coordinator keeps the task force running from week to week and is its main "
        "point of contact.",
    )
    control(document, "{%p if has_carried %}")
    lead_in(document, "The coordinator carries these duties:")
    bullets(document, "carried")
    control(document, "{%p endif %}")
    control(document, "{%p if has_shared %}")
    lead_in(document, "The coordinator shares these duties with the chair or members:")
    bullets(document, "shared")
    control(document, "{%p endif %}")
    control(document, "{%p if has_others %}")
    lead_in(document, "Other members take on these duties:")
    bullets(document, "others")
    control(document, "{%p endif %}")
    control(document, "{%p if has_undecided %}")
    lead_in(document, "{{r undecided_gap }}")
    bullets(document, "undecided")
    control(document, "{%p endif %}")

    heading(document, "The chair's duties", 2)
    lead_in(
        document,
        "The chair serves as a volunteer, alongside the coordinator, and takes on these duties:",
    )
    bullets(document, "chair_duties")
    control(document, "{%p if has_work_split %}")
    para(document, "How the chair and the coordinator share the work: ", "{{r work_split }}")
    control(document, "{%p endif %}")
    para(
        document,
        "Members choose the chair at a regular meeting. The chair serves for two years and "
        "may be chosen again. If the chair steps down early, members choose a new chair at "
        "their next regular meeting.",
    )
    para(
        document,
        "A judge who chairs the task force and speaks up for changes in policy should first "
        "check Washington's Code of Judicial Conduct. Judges must stay fair to everyone who "
        "comes before them, and the court's ethics adviser can help.",
    )


def subcommittees(document: DocumentType) -> None:
    heading(document, "9. Subcommittees")
    para(
        document,
        "Subcommittees do much of the detailed work and report back at regular meetings. "
        "The task force may form a subcommittee, change its charge or close it by a decision "
        "at a regular meeting. Any member may join a subcommittee.",
    )
    control(document, "{%p if has_subcommittees %}")
    keep_rows_whole(
        loop_table(
            document,
            ["Subcommittee", "Charge", "Chair", "Meets"],
            ["{{r c.name }}", "{{r c.charge }}", "{{r c.chair }}", "{{r c.meets }}"],
            "c in subcommittees",
            [3.6, 7.0, 3.4, 3.0],
        )
    )
    control(document, "{%p else %}")
    para(
        document,
        "No subcommittees have been formed yet. The toolkit suggests subcommittees on "
        "demand reduction and on education (training for members and events for the "
        "community), and any others the community needs.",
    )
    control(document, "{%p endif %}")


def meetings(document: DocumentType) -> None:
    heading(document, "10. Meetings and decisions")
    note(
        document,
        "The figures in this section are a starting point. Change them to suit the task "
        "force before adopting the charter.",
    )
    for text in (
        "The full task force meets at least every other month. The coordinator sends the "
        "date, place (or online link) and agenda to members at least one week ahead.",
        "The coordinator keeps brief notes of each meeting, recording attendance and any "
        "decisions, and shares them with members afterward.",
        "A quorum is one third of the members, with the chair or the coordinator present.",
        "The task force aims to decide by consensus. When consensus cannot be reached after "
        "full discussion, a decision is made by a majority of the members present at a "
        "meeting with a quorum. Each member organization has one vote, and so does each "
        "member who takes part as an individual.",
        "A member who has a conflict of interest in a matter says so and does not vote on it.",
        "The chair, or the coordinator with the chair's agreement, may call a special "
        "meeting when something cannot wait.",
    ):
        bullet(document, text)


def confidentiality_and_mous(document: DocumentType) -> None:
    heading(document, "11. Confidentiality")
    for text in (
        "No information that could identify a young person is shared at task force "
        "meetings, in notes or in reports: no names, photographs, dates of birth, addresses, "
        "schools or case details that point to one person.",
        "When the task force discusses young people, it uses counts only (for example, how "
        "many were referred to services).",
        "A member passes on what a young person has shared only with that young person's "
        "consent, unless the law requires a report.",
        "Member contact details are kept by the coordinator and used only for task force business.",
    ):
        bullet(document, text)
    para(
        document,
        "Nothing in this charter changes a member's legal duty to report, or the privacy "
        "rules each member agency already follows.",
    )
    heading(document, "12. Memoranda of understanding")
    para(
        document,
        "Each member organization signs a memorandum of understanding (MOU) with the task "
        "force. The MOU sets out what the organization and the task force each commit to, "
        "how confidential information is protected, which figures the organization shares "
        "(counts only) and the training its staff will take. Signed MOUs may also help the "
        "task force collect the same figures from every member. The coordinator keeps the "
        "signed copies, and each MOU is reviewed at least every two years or when the "
        "organization's representative changes.",
    )


def data_and_reporting(document: DocumentType) -> None:
    heading(document, "13. Data collection and reporting")
    lead_in(
        document,
        "The task force collects the same figures from every member in the same way each "
        "year, so that progress can be compared over time. Every figure about young people "
        "is a count only. The figures are:",
    )
    for text in (
        "attendance at each meeting;",
        "trainings held, and how many people attended each one;",
        "how long each member organization has been represented on the task force;",
        "how many young people were identified, and how many were referred to services;",
        "how many young people, and how many buyers, were arrested or charged;",
        "how well services are connected: whether member organizations know about one "
        "another, talk to one another and refer young people to one another.",
    ):
        bullet(document, text)
    para(
        document,
        "Small numbers can point to a person: a count of young people from 1 up to one less "
        "than the task force's threshold (10 unless members choose another) is published "
        "only as \u201cfewer than\u201d that threshold.",
    )
    para(
        document,
        "Records the task force keeps may be held by a public agency that is a member or its "
        "host. Such records may have to be released under Washington's Public Records Act "
        "(RCW 42.56), which is one more reason they hold counts, never names.",
    )
    para(
        document,
        "Each year the task force sends an annual report to the CSEC Statewide Coordinating "
        "Committee (SCC) and attends the SCC's annual meeting. The chair represents the task "
        "force at SCC meetings, and the coordinator prepares the report with the chair. The "
        "task force also contacts the SCC whenever it needs help or has something to share.",
    )


def amendments_and_adoption(document: DocumentType) -> None:
    heading(document, "14. Speaking for the task force, and its host")
    para(
        document,
        "Only the chair, or a member the chair names, speaks to the media or the public for "
        "the task force. Members speak for their own organizations, not for the task force.",
    )
    para(
        document,
        "Host or fiscal agent (if any; it holds the task force's grants and records): ",
        SIGNATURE_LINE,
    )
    heading(document, "15. Amendments and ending the task force")
    para(
        document,
        "Any member may propose a change to this charter. The proposed wording is sent to "
        "all members at least two weeks before the meeting where it will be discussed. A "
        "change is adopted by consensus or, if consensus cannot be reached, by two thirds of "
        "the members present at a meeting with a quorum. The coordinator records the date of "
        "each change, and members review the whole charter at least every two years.",
    )
    para(
        document,
        "The task force may end by the same vote. Its records then go to the host agency, or "
        "to a member agency the members choose, and any funds are used or returned as the "
        "grant that provided them requires.",
    )
    heading(document, "16. Adoption")
    para(
        document,
        "This charter was adopted by the members of ",
        "{{r task_force_name }}",
        " at their meeting on the date below.",
    )
    para(document, "")
    para(document, "Date adopted: ", DATE_LINE)
    for title, signer in (("Chair", "chair_signer"), ("Coordinator", "coordinator_signer")):
        para(document, "")
        heading_line = para(document, title)
        heading_line.runs[0].bold = True
        heading_line.paragraph_format.keep_with_next = True
        signature = para(document, "Signature: ", SIGNATURE_LINE, "   Date: ", DATE_LINE)
        signature.paragraph_format.space_before = Pt(14)
        signature.paragraph_format.keep_with_next = True
        para(document, "Printed name: ", f"{{{{r {signer} }}}}")


def build() -> DocumentType:
    document = new_document("Task force charter")
    document.add_paragraph("{{r task_force_name }}", style="Title")
    para(document, "Charter", style="Subtitle")
    para(document, "Serving ", "{{r region }}", ". Draft of ", "{{r today }}", ".")
    note(
        document,
        "This charter is a draft for members to discuss and adapt. Change anything that does "
        "not fit your community, and ask the county's attorney (or each member agency's "
        "counsel) to review it before it is adopted. Highlighted entries marked \u201cto be "
        "decided\u201d still need an answer.",
    )
    name_and_purpose(document)
    principles(document)
    membership(document)
    leadership(document)
    subcommittees(document)
    meetings(document)
    confidentiality_and_mous(document)
    data_and_reporting(document)
    amendments_and_adoption(document)
    return document
