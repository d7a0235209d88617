"""The regular meeting agenda and the minutes form: printed papers for every meeting.

Their write-on lines are the form's own blanks and never count as answers still to
decide; a real missing fact (no meeting planned, no task force name) still does."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from tests.documents.conftest import TODAY
from tests.documents.hostile import HOSTILE, text_of, with_hostile_text
from tests.documents.test_every_document import all_text
from tests.readability import grade, text_blocks
from wizard.documents import agenda, coordinator_job, minutes, regular_agenda
from wizard.documents.packet import distinct_gaps, packet_gaps, plan_packet
from wizard.documents.render import render_to_bytes
from wizard.model.project import Meeting, Project, Subcommittee

AGENDA = "15 Regular meeting agenda.docx"
MINUTES = "16 Meeting minutes form.docx"


def render_agenda(project: Project) -> bytes:
    return render_to_bytes(regular_agenda.TEMPLATE, regular_agenda.build_context(project, TODAY))


def render_minutes(project: Project) -> bytes:
    return render_to_bytes(minutes.TEMPLATE, minutes.build_context(project, TODAY))


def tables(data: bytes) -> list[list[list[str]]]:
    document = docx.Document(io.BytesIO(data))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def table_with(data: bytes, header: str) -> list[list[str]]:
    return next(t for t in tables(data) if t[0][0] == header)


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


# ----- the packet ------------------------------------------------------------------------


def test_the_packet_ends_with_the_papers_for_every_meeting(sample):
    paths = [item.path for item in plan_packet(sample, TODAY)]
    assert paths[-2:] == [AGENDA, MINUTES]
    titles = {item.path: item.title for item in plan_packet(sample, TODAY)}
    assert titles[AGENDA] == "Regular meeting agenda"
    assert titles[MINUTES] == "Meeting minutes form"


def test_an_early_project_gets_both_papers_numbered_without_a_hole():
    items = plan_packet(Project(), TODAY)
    tops = [item.path.partition("/")[0] for item in items]
    numbers = sorted({int(top.split(" ")[0]) for top in tops})
    assert numbers == list(range(len(numbers)))
    names = [top.partition(" ")[2] for top in tops]
    assert names[-2:] == ["Regular meeting agenda.docx", "Meeting minutes form.docx"]


def test_the_forms_blanks_are_not_answers_still_to_decide(sample):
    items = plan_packet(sample, TODAY)
    forms = [item for item in items if item.path in (AGENDA, MINUTES)]
    assert [item.gaps for item in forms] == [[], []]
    others = [item for item in items if item.path not in (AGENDA, MINUTES)]
    assert distinct_gaps(items) == distinct_gaps(others)  # the overview's count is unchanged
    assert "____" in all_text(render_minutes(sample))  # yet there are lines to write on


def test_an_empty_project_shows_only_its_real_missing_facts():
    project = Project()
    agenda_item, minutes_item = (
        regular_agenda.regular_agenda_items(project, TODAY)[0],
        (minutes.minutes_items(project, TODAY)[0]),
    )
    assert agenda_item.gaps == [
        "the task force's name",
        "the counties covered",
        regular_agenda.MEETING_GAP,
    ]
    assert minutes_item.gaps == ["the task force's name", "the counties covered"]
    assert regular_agenda.MEETING_GAP in packet_gaps(project, TODAY)  # the overview lists it


# ----- the regular agenda ----------------------------------------------------------------


def test_the_agenda_is_for_the_next_planned_meeting(sample):
    text = all_text(render_agenda(sample))
    lines = text.split("\n")
    assert lines[:2] == ["North Ridge CSEC/Y Task Force", "Task force meeting agenda"]
    assert "Date: December 9, 2026" in lines  # planned, nobody ticked yet
    assert "minutes of the meeting of November 11, 2026?" in text  # the last one held
    following = section(text, "7. The next meeting", "Place:")
    assert "Next meeting: ____" in following  # none planned after it: a line to fill in


def test_a_meeting_planned_after_it_is_named_as_the_next_one(sample):
    sample.meetings.append(Meeting(id="jan", held_on=date(2027, 1, 13), title="Full meeting"))
    text = all_text(render_agenda(sample))
    assert "Next meeting: January 13, 2027" in section(text, "7. The next meeting", "Place:")


def test_no_planned_meeting_is_a_gap(sample):
    sample.meetings = [m for m in sample.meetings if m.id != "meeting-next"]
    text = all_text(render_agenda(sample))
    assert "Date: [to be decided: the date of the next task force meeting]" in text
    item = regular_agenda.regular_agenda_items(sample, TODAY)[0]
    assert item.gap_steps == {regular_agenda.MEETING_GAP: "data_collection"}


def test_the_items_in_order_with_times_that_add_up(sample):
    rows = table_with(render_agenda(sample), "Time")
    items = [row[1] for row in rows[1:-1]]
    assert items == [
        "1. Welcome, content notice and confidentiality",
        "2. Minutes of the last meeting",
        "3. Updates from the subcommittees",
        "4. Data and figures",
        "5. Training",
        "6. Next steps: who does what",
        "7. Date of the next meeting",
    ]
    assert rows[-1][0] == f"{sum(int(row[0].split()[0]) for row in rows[1:-1])} min"
    assert rows[1][2] == "Avery Brooks"


def test_a_content_notice_and_the_confidentiality_rule_come_first(sample):
    text = all_text(render_agenda(sample))
    notice = text.index("Content notice. This meeting talks about the sexual exploitation")
    assert notice < text.index("At a glance")
    welcome = section(text, "1. Welcome", "2. Minutes")
    assert "Confidentiality. No one names a young person" in welcome
    assert "legal duty to report" in welcome


def test_each_subcommittee_gives_its_update(sample):
    sample.subcommittees.append(Subcommittee(id="sub-new", name="Survivor voice"))
    rows = table_with(render_agenda(sample), "Subcommittee")
    assert rows == [
        ["Subcommittee", "Chair", "Notes"],
        ["Education", "Grace Lin", ""],
        ["Demand reduction", "Marcus Reed", ""],
        ["Survivor voice", regular_agenda.NO_CHAIR, ""],
    ]


def test_no_subcommittees_yet_becomes_a_question_for_the_meeting(sample):
    sample.subcommittees = []
    data = render_agenda(sample)
    assert "has no subcommittees yet" in all_text(data)
    assert not any(t[0][0] == "Subcommittee" for t in tables(data))


def test_figures_and_training_use_the_projects_own_rules(sample):
    sample.small_count_threshold = 5
    text = all_text(render_agenda(sample))
    figures = section(text, "4. Data and figures", "5. Training")
    assert "from 1 to 4 are said as “fewer than 5”" in figures
    training = section(text, "5. Training", "6. Next steps")
    assert "2 members have not had basic CSEC training yet." in training


# ----- the minutes form ------------------------------------------------------------------


def test_attendance_lists_each_member_organization_with_a_box_to_tick(sample):
    rows = table_with(render_minutes(sample), "Organization")
    assert rows[0] == ["Organization", "Sector", "Present"]
    listed = [row for row in rows[1:] if row[0]]
    assert listed[0] == [
        "DCYF Child Protective Services, Riverbend office",
        "Child Protective Services (CPS)",
        minutes.BOX,
    ]
    names = [row[0] for row in listed]
    assert names == sorted(names, key=str.casefold)
    assert "Valley Community Clinic" not in names  # only invited so far, not a member
    assert len(listed) == 7
    assert rows[-3:] == [["", "", ""]] * 3  # guests and others


def test_the_minutes_have_decisions_and_action_items_to_fill_in(sample):
    data = render_minutes(sample)
    text = all_text(data)
    lines = text.split("\n")
    assert lines[:2] == ["North Ridge CSEC/Y Task Force", "Minutes of the task force meeting"]
    assert any(line.startswith("Date: ____") for line in lines)
    assert any(line.startswith("Place: ____") for line in lines)
    assert text.index("Confidentiality. No one names a young person") < text.index("Attendance")
    decisions = table_with(data, "Decision")
    assert len(decisions) == 5 and all(row == [""] for row in decisions[1:])
    actions = table_with(data, "What will be done")
    assert actions[0] == ["What will be done", "Who", "By when"]
    assert len(actions) == 7 and all(cell == "" for row in actions[1:] for cell in row)


# ----- hostile text ----------------------------------------------------------------------


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_names_come_back_literally(sample, hostile):
    """Names only (with_hostile_text also rewrites ids, which unlinks members from their
    organizations and subcommittees); the packet-wide hostile test covers the rest."""
    for record in (*sample.organisations, *sample.members, *sample.subcommittees):
        record.name = hostile
    expected = text_of(hostile)
    assert table_with(render_agenda(sample), "Subcommittee")[1][:2] == [expected, expected]
    organizations = table_with(render_minutes(sample), "Organization")
    assert [row[0] for row in organizations[1:8]] == [expected] * 7


def test_a_whole_hostile_project_renders(sample):
    project = with_hostile_text(sample, HOSTILE[2])
    for data in (render_agenda(project), render_minutes(project)):
        assert text_of(HOSTILE[2]) in all_text(data)


@pytest.mark.parametrize("module", [regular_agenda, minutes, agenda, coordinator_job])
def test_the_meeting_papers_and_the_job_description_read_at_grade_10_or_below(sample, module):
    """Flesch-Kincaid, measured as tests/readability.py says (each line a block)."""
    text = all_text(render_to_bytes(module.TEMPLATE, module.build_context(sample, TODAY)))
    assert grade(text_blocks(text)) <= 10
