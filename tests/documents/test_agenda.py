"""The first meeting's agenda: the people, the mission draft, the roles, the training slot
and the missing sectors land in their sections and tables; blanks stay blank to write on."""

from __future__ import annotations

import io
from datetime import date

import docx

from tests.documents.conftest import TODAY
from tests.documents.test_every_document import all_text
from wizard.documents import agenda
from wizard.documents.packet import packet_gaps, plan_packet
from wizard.documents.render import render_to_bytes
from wizard.model import reference
from wizard.model.project import Member, OutreachPlan, Project


def render(project: Project) -> bytes:
    return render_to_bytes(agenda.TEMPLATE, agenda.build_context(project, TODAY))


def tables(data: bytes) -> list[list[list[str]]]:
    document = docx.Document(io.BytesIO(data))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def table_with(data: bytes, header: str) -> list[list[str]]:
    return next(t for t in tables(data) if t[0][0] == header)


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


def test_the_sample_agenda_has_one_gap_the_trainer_it_has_not_named(sample):
    items = [i for i in plan_packet(sample, TODAY) if i.path == "03 First meeting agenda.docx"]
    assert len(items) == 1 and items[0].template == agenda.TEMPLATE
    assert items[0].gaps == [agenda.TRAINER_GAP]
    sample.training.trainer_name = "Maria Santos"
    assert "[to be decided:" not in all_text(render(sample))


def test_heading_and_blank_date_time_and_place(sample):
    text = all_text(render(sample))
    lines = text.split("\n")
    assert lines[0] == "North Ridge CSEC/Y Task Force"
    assert lines[1] == "First meeting agenda"
    assert "Serving Chelan and Douglas Counties. Agenda prepared November 28, 2026." in lines
    date_line = next(line for line in lines if line.startswith("Date: "))
    assert "____" in date_line and "Time: ____" in date_line
    assert any(line.startswith("Place: ____") for line in lines)


def test_the_items_have_times_that_add_up(sample):
    rows = table_with(render(sample), "Time")
    items = rows[1:-1]
    assert [row[1].split(". ")[0] for row in items] == ["1", "2", "3", "4", "5", "6"]
    minutes = sum(int(row[0].split()[0]) for row in items)
    assert rows[-1][0] == f"{minutes} min"
    assert items[0][2] == "Avery Brooks"
    assert items[3][2] == "[to be decided: who gives the basic training]"  # a gap, not a blank


def test_introductions_list_everyone_still_involved_with_organization_and_sector(sample):
    sample.members.append(Member(id="gone", name="Zed Former", status="left"))
    rows = table_with(render(sample), "Name")
    people = [row for row in rows[1:] if row[0]]
    assert people[0] == [
        "Dana Whitfield",
        "North Ridge County Sheriff's Office",
        "Local law enforcement",
        "",
    ]
    assert ["Ray Fuentes", "", "Defense attorneys", ""] in people
    assert len(people) == len(sample.members) - 1  # not the person who left
    assert [row[0] for row in people] == sorted(row[0] for row in people)
    assert rows[-3:] == [["", "", "", ""]] * 3  # rows for anyone not listed


def test_purpose_and_mission_draft(sample):
    text = all_text(render(sample))
    purpose = section(text, "2. Purpose and mission draft", "3. Roles")
    assert "The mission draft to discuss:\n" + sample.mission.statement in purpose
    assert "coordinated response" in purpose


def test_roles_name_the_coordinator_and_chair_and_say_what_each_does(sample):
    rows = table_with(render(sample), "Role")
    assert [row[:2] for row in rows[1:]] == [
        ["Coordinator", "Avery Brooks"],
        ["Chair", "Judge Ellen Park, Superior Court judge"],
        ["Members", "Everyone here"],
    ]
    assert "runs meetings" in rows[1][2]
    assert "Statewide Coordinating Committee" in rows[2][2]


def test_no_chair_yet_becomes_a_decision_for_the_meeting(sample):
    sample.chair.contact.name = ""
    rows = table_with(render(sample), "Role")
    assert rows[2][1].startswith("Not chosen yet")


def test_the_training_slot_names_the_trainer_or_marks_the_gap(sample):
    text = all_text(render(sample))
    training = section(text, "4. Training", "5. Sectors")
    assert "Given by: [to be decided: who gives the basic training]" in training
    assert "who gives the basic training" in packet_gaps(sample, TODAY)
    assert "15 min" in training
    sample.training.trainer_name = "Maria Santos"
    data = render(sample)
    assert "Given by: Maria Santos" in all_text(data)
    assert table_with(data, "Time")[4][2] == "Maria Santos"


def test_missing_sectors_have_a_blank_who_will_reach_out_column(sample):
    sample.outreach = [
        OutreachPlan(
            sector="tribal",
            who_reaches_out="Sofia Morales",
            reach_out_to="Tribal court staff",
            due_on=date(2027, 1, 15),
        )
    ]
    rows = table_with(render(sample), "Sector")
    assert rows[0] == ["Sector", "Who will reach out", "To whom", "By when"]
    assert [row[0] for row in rows[1:]] == [
        "Defense attorneys",
        "Healthcare providers",
        "Federal law enforcement",
        "Human trafficking survivors",
        "Tribal communities",
        "LGBTQ+ representatives",
    ]
    assert rows[1][1:] == ["", "", ""]
    assert rows[5][1:] == ["Sofia Morales", "Tribal court staff", "January 15, 2027"]


def test_when_every_sector_is_covered_the_agenda_says_so(sample):
    sample.members = [
        Member(id=f"m{n}", name=f"Member {n}", sector=sector.id, status="member")
        for n, sector in enumerate(reference.sectors())
    ]
    data = render(sample)
    assert "Every recommended sector has at least one member." in all_text(data)
    assert not any(t[0][0] == "Sector" for t in tables(data))


def test_next_steps_leave_room_to_write(sample):
    data = render(sample)
    text = all_text(data)
    steps = text[text.index("6. Next steps") :]
    assert "Next meeting: ____" in steps
    rows = table_with(data, "What will be done")
    assert len(rows) == 5 and all(cell == "" for row in rows[1:] for cell in row)


def test_an_empty_project_marks_its_gaps_and_still_lists_every_sector():
    project = Project()
    data = render(project)
    text = all_text(data)
    assert text.startswith("[to be decided: the task force's name]\nFirst meeting agenda")
    assert "The mission draft to discuss:\n[to be decided: the mission statement]" in text
    assert table_with(data, "Role")[1][1] == "The coordinator"
    assert len(table_with(data, "Sector")) == 1 + len(reference.sectors())
    assert [row for row in table_with(data, "Name")[1:]] == [["", "", "", ""]] * 3
    item = agenda.agenda_items(project, TODAY)[0]
    assert item.gaps == [
        "the task force's name",
        "the counties covered",
        agenda.TRAINER_GAP,
        "the mission statement",
    ]


def test_a_content_notice_comes_first_and_says_people_may_step_out(sample):
    text = all_text(render(sample))
    notice = text.index("Content notice. ")
    assert notice < text.index("At a glance")  # before anything is discussed
    line = text[notice:].split("\n")[0]
    assert "sexual exploitation of children and youth" in line
    assert "step out at any time" in line


def test_ground_rules_and_the_confidentiality_rule_open_the_meeting(sample):
    data = render(sample)
    text = all_text(data)
    welcome = section(text, "1. Welcome, ground rules and introductions", "Then each person")
    assert "Ground rules (common practice" in welcome
    for rule in ("Respect every person", "One voice at a time", "step out whenever"):
        assert rule in welcome
    assert "Confidentiality. No one names a young person" in welcome
    assert "counts only" in welcome
    assert "legal duty to report" in welcome  # the law comes first, as in the charter
    assert table_with(data, "Time")[1][1] == "1. Welcome, ground rules and introductions"


def test_the_confidentiality_reminder_matches_the_charter(sample):
    """One rule, said the same way: what the charter forbids, the agenda reminds of."""
    from wizard.documents import charter

    charter_text = all_text(render_to_bytes(charter.TEMPLATE, charter.build_context(sample, TODAY)))
    agenda_text = all_text(render(sample))
    for detail in ("photographs", "dates of birth", "addresses", "schools", "case details"):
        assert detail in charter_text and detail in agenda_text
    assert "invitation from someone they already know works best" not in agenda_text
