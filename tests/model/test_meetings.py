"""Attendance per meeting and per organization, and who stopped coming."""

from __future__ import annotations

from datetime import date

from wizard.model.meetings import (
    attendance,
    attendance_problems,
    average_attendance,
    dated_meetings,
    last_held_meeting,
    meeting_after,
    meetings_in,
    next_planned_meeting,
    organisation_attendance,
    sign_in_members,
    stopped_coming,
    tick_organisation,
)
from wizard.model.project import Meeting, Member, Organisation, Project


def _project(*meetings: Meeting) -> Project:
    return Project(
        organisations=[
            Organisation(id="sheriff", name="Sheriff's Office"),
            Organisation(id="ywca", name="YWCA"),
            Organisation(id="gone", name="Gone Org"),
        ],
        members=[
            Member(id="ana", name="Ana", organisation_id="ywca", status="member"),
            Member(id="bo", name="Bo", organisation_id="sheriff", status="member"),
            Member(id="cy", name="Cy", organisation_id="sheriff", status="member"),
            Member(id="di", name="Di", organisation_id="gone", status="left"),
            Member(id="ed", name="Ed", status="member"),
        ],
        meetings=list(meetings),
    )


def _meeting(month: int, *who: str, guests: int = 0) -> Meeting:
    return Meeting(held_on=date(2026, month, 10), attendee_member_ids=list(who), guests=guests)


def test_attendance_counts_members_and_guests():
    meeting = _meeting(1, "ana", "bo", guests=3)
    assert attendance(meeting) == 5
    assert average_attendance([meeting, _meeting(2, "ana")]) == 3
    assert average_attendance([]) is None


def test_meetings_are_ordered_by_date_and_undated_ones_left_out_of_time():
    later, earlier, undated = _meeting(5, "ana"), _meeting(2, "bo"), Meeting(title="?")
    project = _project(later, undated, earlier)
    assert dated_meetings(project) == [earlier, later]
    assert meetings_in(project, date(2026, 3, 1), None) == [later]
    assert meetings_in(project, None, date(2026, 3, 1)) == [earlier]


def test_an_organisation_absent_from_the_last_three_meetings_has_stopped_coming():
    project = _project(
        _meeting(1, "ana", "bo"), _meeting(2, "ana"), _meeting(3, "ana"), _meeting(4, "ana")
    )
    assert [o.id for o in stopped_coming(project)] == ["sheriff"]
    rows = {row.organisation.id: row for row in organisation_attendance(project)}
    assert (rows["ywca"].came, rows["ywca"].meetings) == (4, 4)
    assert (rows["sheriff"].came, rows["sheriff"].members) == (1, 2)
    assert "gone" not in rows  # no members now and never came


def test_two_missed_meetings_are_not_yet_stopping():
    project = _project(_meeting(1, "bo"), _meeting(2, "ana"), _meeting(3, "ana"))
    assert stopped_coming(project) == []


def test_a_new_organisation_is_judged_only_on_meetings_since_it_joined():
    project = _project(_meeting(1, "ana"), _meeting(2, "ana"), _meeting(3, "ana"))
    project.organisations.append(Organisation(id="new", name="New Org"))
    project.members.append(
        Member(id="fi", organisation_id="new", status="member", joined_on=date(2026, 2, 20))
    )
    rows = {row.organisation.id: row for row in organisation_attendance(project)}
    assert rows["new"].meetings == 1 and not rows["new"].stopped_coming


def test_someone_ticked_before_joining_or_after_leaving_is_said_not_changed():
    project = _project()
    project.member("ana").joined_on = date(2026, 3, 1)  # type: ignore[union-attr]
    project.member("di").left_on = date(2025, 12, 1)  # type: ignore[union-attr]
    meeting = _meeting(2, "ana", "di", "bo")
    assert attendance_problems(project, meeting) == [
        "Ana is ticked, but joined after this meeting.",
        "Di is ticked, but left before this meeting.",
    ]
    assert meeting.attendee_member_ids == ["ana", "di", "bo"]
    assert attendance_problems(project, Meeting(attendee_member_ids=["ana"])) == []


def test_the_sign_in_sheet_lists_members_by_organisation_then_name():
    project = _project()
    assert [m.id for m in sign_in_members(project)] == ["bo", "cy", "ana", "ed"]


def test_ticking_a_whole_organisation_at_once():
    project = _project()
    meeting = _meeting(1, "bo")
    sheriff = [m for m in project.members if m.organisation_id == "sheriff"]
    assert tick_organisation(meeting, sheriff, True) == 1
    assert meeting.attendee_member_ids == ["bo", "cy"]
    assert tick_organisation(meeting, sheriff, False) == 2
    assert meeting.attendee_member_ids == []


def test_the_next_planned_meeting_the_one_after_it_and_the_last_held():
    today = date(2026, 12, 31)
    held = Meeting(id="held", held_on=date(2026, 12, 10), guests=2)
    ticked_today = Meeting(id="today", held_on=today, attendee_member_ids=["ana"])
    undated = Meeting(id="undated")
    planned = Meeting(id="planned", held_on=date(2027, 1, 1))  # across the year end
    later = Meeting(id="later", held_on=date(2027, 2, 3))
    project = _project(later, undated, planned, ticked_today, held)
    assert next_planned_meeting(project, today) is planned  # today's already has people
    assert meeting_after(project, planned) is later
    assert meeting_after(project, later) is None
    assert meeting_after(project, undated) is None
    assert last_held_meeting(project, planned.held_on or today) is ticked_today
    assert last_held_meeting(project, today) is held  # before the day, not on it
    assert next_planned_meeting(_project(held), today) is None
    empty_today = Meeting(id="empty-today", held_on=today)
    assert next_planned_meeting(_project(empty_today), today) is empty_today
