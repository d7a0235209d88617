"""Document: a sign-in sheet for a meeting, so attendance can be entered in one go.

It lists the members by organization, with a box to tick, and blank rows for
guests. In the packet it is for the next meeting on record (a dated meeting
from today on that nobody is ticked at yet); from the step's page, for the
meeting chosen there.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.common import long_date, task_force_context
from wizard.documents.packet import PacketItem
from wizard.documents.values import clean
from wizard.model.meetings import next_planned_meeting, sign_in_members
from wizard.model.project import Meeting, Project

TEMPLATE = "sign_in_sheet.docx"
FILE_NAME = "09 Sign-in sheet.docx"
GUEST_ROWS = 12
BOX = "☐"
BLANK = "_" * 24


def build_context(project: Project, meeting: Meeting | None, today: date) -> dict[str, Any]:
    names = {o.id: clean(o.name.strip()) for o in project.organisations}
    return {
        **task_force_context(project, today),
        "meeting": clean(meeting.title.strip()) if meeting and meeting.title.strip() else BLANK,
        "meeting_date": long_date(meeting.held_on) if meeting and meeting.held_on else BLANK,
        "members": [
            {
                "box": BOX,
                "name": clean(m.name.strip()) or "(no name)",
                "organization": names.get(m.organisation_id or "", ""),
            }
            for m in sign_in_members(project)
        ],
        "guests": [
            {"number": str(n), "name": "", "organization": ""} for n in range(1, GUEST_ROWS + 1)
        ],
    }


def sign_in_items(project: Project, today: date) -> list[PacketItem]:
    if not sign_in_members(project):
        return []
    meeting = next_planned_meeting(project, today)
    return [
        PacketItem(
            FILE_NAME,
            "Sign-in sheet",
            template=TEMPLATE,
            context=build_context(project, meeting, today),
        )
    ]
