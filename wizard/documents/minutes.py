"""Document: a minutes form for task force meetings, printed and filled in by hand.

Attendance is taken by organization, from the roster's member organizations, with a
box to tick. The date, place, decisions and action items are the form's own blanks,
meant to be written on, and are never counted as answers still to decide; only a
real missing fact (such as the task force's name) is a gap.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.common import task_force_context
from wizard.documents.labels import sector_name
from wizard.documents.packet import PacketItem
from wizard.documents.values import clean
from wizard.model.project import Organisation, Project

TEMPLATE = "minutes.docx"
FILE_NAME = "16 Meeting minutes form.docx"
BOX = "☐"


def member_organisations(project: Project) -> list[Organisation]:
    """Organizations with at least one current member, by name: who is expected."""
    current = {m.organisation_id for m in project.members if m.status == "member"}
    chosen = [o for o in project.organisations if o.id in current]
    return sorted(chosen, key=lambda o: o.name.strip().casefold())


def build_context(project: Project, today: date) -> dict[str, Any]:
    return {
        **task_force_context(project, today),
        "organizations": [
            {
                "name": clean(o.name.strip()) or "(no name)",
                "sector": sector_name(o.sector) if o.sector else "",
                "box": BOX,
            }
            for o in member_organisations(project)
        ],
    }


def minutes_items(project: Project, today: date) -> list[PacketItem]:
    return [
        PacketItem(
            FILE_NAME,
            "Meeting minutes form",
            template=TEMPLATE,
            context=build_context(project, today),
        )
    ]
