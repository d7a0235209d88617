"""The first meeting's agenda: a content notice, the ground rules and the
confidentiality rule, who is here, why we meet, who does what, a short training, the sectors still
missing, and what happens next."""

from _meeting import (
    after_table,
    confidentiality,
    content_notice,
    ground_rules,
    plain_table,
    writing_rows,
)
from common import (
    DocumentType,
    bullet,
    control,
    heading,
    keep_rows_whole,
    loop_table,
    new_document,
    para,
    set_column_widths,
)
from docx.shared import Pt

FILE = "first_meeting_agenda.docx"

ITEMS = [
    ("20 min", "1. Welcome, ground rules and introductions", "{{r coordinator }}"),
    ("15 min", "2. Why we are here: purpose and mission draft", "{{r coordinator }}"),
    ("10 min", "3. Roles: coordinator, chair and members", "{{r coordinator }}"),
    ("15 min", "4. Training: a basic overview of CSEC/Y", "{{r trainer_lead }}"),
    ("15 min", "5. Sectors still missing, and who will reach out", "{{r coordinator }}"),
    ("10 min", "6. Next steps and the date of the next meeting", "{{r coordinator }}"),
]
TOTAL = "85 min"


def build() -> DocumentType:
    document = new_document("First meeting agenda")
    document.add_paragraph("{{r task_force_name }}", style="Title")
    heading(document, "First meeting agenda", 2).paragraph_format.space_before = Pt(0)
    para(document, "Serving ", "{{r region }}", ". Agenda prepared ", "{{r today }}", ".")
    para(document, "Date: ", "_" * 22, "     Time: ", "_" * 14)
    para(document, "Place: ", "_" * 52)
    content_notice(document)

    heading(document, "At a glance", 1)
    agenda = plain_table(document, ["Time", "Item", "Led by"], [list(i) for i in ITEMS])
    total = agenda.add_row().cells
    total[0].paragraphs[0].add_run(TOTAL).bold = True
    total[1].paragraphs[0].add_run("In all, with a few minutes to spare for a break").italic = True
    set_column_widths(agenda, [2.2, 9.7, 5.0])
    keep_rows_whole(agenda)
    after_table(document)

    heading(document, "1. Welcome, ground rules and introductions (20 min)", 1)
    para(
        document,
        "Read the content notice above aloud, so everyone knows they may step out. Then "
        "agree on the ground rules and read the confidentiality rule.",
    )
    ground_rules(document)
    confidentiality(document)
    para(
        document,
        "Then each person says their name, their organization and the part of the community they "
        "serve, and one thing they hope the task force will do. Add anyone not listed in the "
        "empty rows, so the roster stays complete.",
    ).paragraph_format.keep_with_next = True
    people = loop_table(
        document,
        ["Name", "Organization", "Sector", "Present"],
        ["{{r p.name }}", "{{r p.organization }}", "{{r p.sector }}", ""],
        "p in people",
    )
    writing_rows(people, 3)
    set_column_widths(people, [4.1, 5.8, 4.5, 2.5])
    keep_rows_whole(people)
    after_table(document)

    heading(document, "2. Purpose and mission draft (15 min)", 1)
    para(
        document,
        "A task force is how a region makes one coordinated response to the commercial sexual "
        "exploitation of children and youth: the people who meet, serve or oversee the lives "
        "of these young people, working together instead of apart. Together we bring every "
        "sector to the table, find gaps in services and fill them, make sure training is "
        "available, educate the community and reduce demand, and check that the laws are "
        "carried out.",
    )
    para(document, "The mission draft to discuss:").paragraph_format.keep_with_next = True
    para(document, "{{r mission }}", style="Quote")
    para(document, "Questions for the group:").paragraph_format.keep_with_next = True
    bullet(document, "Does it say whom we serve, what we do, where, and how?")
    bullet(
        document, "Is it victim-centered and trauma-informed in the way it speaks of young people?"
    )
    bullet(document, "What would you change, and who will bring a revised draft next time?")

    heading(document, "3. Roles (10 min)", 1)
    roles = plain_table(
        document,
        ["Role", "Who", "What the role does"],
        [
            [
                "Coordinator",
                "{{r coordinator }}",
                "Holds the task force together: schedules and runs meetings, writes agendas, "
                "keeps the member list, looks after agreements (MOUs) with member "
                "organizations, arranges training and events, and works with the chair on "
                "priorities.",
            ],
            [
                "Chair",
                "{{r chair }}",
                "A volunteer alongside the coordinator: welcomes new members, decides on new "
                "initiatives with the group, speaks up for policy change, and represents the "
                "task force at the Statewide Coordinating Committee.",
            ],
            [
                "Members",
                "Everyone here",
                "Come to meetings, take basic training, share what they see in their work "
                "(as counts, never names), and help reach the sectors that are still missing.",
            ],
        ],
    )
    set_column_widths(roles, [2.8, 4.4, 9.7])
    keep_rows_whole(roles)
    after_table(document)

    heading(document, "4. Training: a basic overview of CSEC/Y (15 min)", 1)
    para(document, "Given by: ", "{{r trainer }}")
    para(
        document,
        "What exploitation of children and youth is, the signs to notice, how to respond in "
        "a way that is victim-centered and trauma-informed, and whom to call locally. Then: "
        "ask who has already taken the full course, Responding to Sexual Exploitation and "
        "Trafficking of Youth, and plan basic training for everyone else.",
    )

    heading(document, "5. Sectors still missing (15 min)", 1)
    control(document, "{%p if has_missing %}")
    para(
        document,
        "No one from these sectors is a member yet. For each, agree who will reach out, to "
        "whom, and by when. It is common practice to invite people personally, through "
        "someone they already know. "
        "A letter for each sector is in the packet.",
    ).paragraph_format.keep_with_next = True
    gaps = loop_table(
        document,
        ["Sector", "Who will reach out", "To whom", "By when"],
        ["{{r g.sector }}", "{{r g.who }}", "{{r g.whom }}", "{{r g.when }}"],
        "g in missing",
    )
    set_column_widths(gaps, [5.0, 4.3, 4.6, 3.0])
    keep_rows_whole(gaps)
    after_table(document)
    control(document, "{%p else %}")
    para(
        document,
        "Every recommended sector has at least one member. Talk about whether each one also "
        "has a voice in leadership and in the subcommittees.",
    )
    control(document, "{%p endif %}")

    heading(document, "6. Next steps and the next meeting (10 min)", 1)
    para(document, "Next meeting: ", "_" * 22, "     Time: ", "_" * 14)
    para(document, "Place: ", "_" * 52)
    para(document, "Who will do what before then:").paragraph_format.keep_with_next = True
    steps = plain_table(document, ["What will be done", "Who", "By when"], [])
    writing_rows(steps, 4)
    set_column_widths(steps, [9.4, 4.5, 3.0])
    return document
