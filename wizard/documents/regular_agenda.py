"""Document: the agenda of a regular task force meeting, printed to run the meeting from.

It is for the next meeting on record (wizard.model.meetings.next_planned_meeting). Its
date is a gap when no meeting is planned: that is a fact the project should hold. The
lines left to write on (time, place, notes, who does what) are the form's own blanks,
meant to be filled in by hand, and are never counted as answers still to decide.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.common import coordinator_name, long_date, task_force_context
from wizard.documents.packet import PacketItem
from wizard.documents.values import Gap, Text, clean
from wizard.model.meetings import last_held_meeting, meeting_after, next_planned_meeting
from wizard.model.project import Project, Subcommittee
from wizard.model.training import still_need_basic

TEMPLATE = "regular_meeting_agenda.docx"
FILE_NAME = "15 Regular meeting agenda.docx"
BLANK = "_" * 22
"""A line to write on: the form's own blank, not a missing answer."""
NO_CHAIR = "No chair named yet"
MEETING_GAP = "the date of the next task force meeting"


def _subcommittee_row(project: Project, subcommittee: Subcommittee) -> dict[str, str]:
    chair = project.member(subcommittee.chair_member_id)
    name = chair.name.strip() if chair else ""
    return {
        "name": clean(subcommittee.name.strip()) or "(no name)",
        "chair": clean(name) if name else NO_CHAIR,
    }


def _training_line(project: Project, today: date) -> str:
    """How many members still need basic training: a count the meeting can act on."""
    people = len(still_need_basic(project, today))
    if not project.members:
        return "Plan basic CSEC training for every member."
    if not people:
        return "Every member has had basic CSEC training. Plan extra training where needed."
    members = "member has" if people == 1 else "members have"
    return f"{people} {members} not had basic CSEC training yet. Plan a session for them."


def build_context(project: Project, today: date) -> dict[str, Any]:
    meeting = next_planned_meeting(project, today)
    meeting_day: Text = (
        long_date(meeting.held_on)
        if meeting and meeting.held_on
        else Gap(MEETING_GAP, "data_collection")
    )
    following = meeting_after(project, meeting) if meeting else None
    last = last_held_meeting(project, meeting.held_on if meeting and meeting.held_on else today)
    threshold = project.small_count_threshold
    subcommittees = [_subcommittee_row(project, s) for s in project.subcommittees]
    return {
        **task_force_context(project, today),
        "meeting_date": meeting_day,
        "coordinator": coordinator_name(project),
        "last_meeting": f"the meeting of {long_date(last.held_on)}"
        if last and last.held_on
        else "the last meeting",
        "has_subcommittees": bool(subcommittees),
        "subcommittees": subcommittees,
        "small_counts": f"Counts of young people from 1 to {threshold - 1} are said as "
        f"“fewer than {threshold}”, so no one can be picked out.",
        "training_line": _training_line(project, today),
        "next_meeting": long_date(following.held_on) if following and following.held_on else BLANK,
    }


def regular_agenda_items(project: Project, today: date) -> list[PacketItem]:
    return [
        PacketItem(
            FILE_NAME,
            "Regular meeting agenda",
            template=TEMPLATE,
            context=build_context(project, today),
        )
    ]
