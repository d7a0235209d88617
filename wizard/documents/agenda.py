"""Document: the agenda of the task force's first meeting."""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.common import coordinator_name, long_date, task_force_context
from wizard.documents.labels import sector_name
from wizard.documents.packet import PacketItem
from wizard.documents.values import Gap, Text, clean, text_or_gap
from wizard.model import reference
from wizard.model.progress import missing_sectors
from wizard.model.project import OutreachPlan, Project

TEMPLATE = "first_meeting_agenda.docx"
BLANK = "_" * 28
"""A line to write a name on, where the project has none yet."""


def _people(project: Project) -> list[dict[str, str]]:
    """Everyone expected at the table: members, and people invited or still to be asked."""
    present = [m for m in project.members if m.status != "left"]
    rows = []
    for member in sorted(present, key=lambda m: m.name.casefold()):
        organisation = project.organisation(member.organisation_id)
        rows.append(
            {
                "name": clean(member.name.strip()) or "(no name)",
                "organization": clean(organisation.name.strip()) if organisation else "",
                "sector": sector_name(member.sector) if member.sector else "",
            }
        )
    return rows


def _outreach_for(project: Project, sector_id: str) -> OutreachPlan | None:
    plans = [p for p in project.outreach if p.sector == sector_id and p.level == "membership"]
    return plans[-1] if plans else None


def _missing(project: Project) -> list[dict[str, str]]:
    """Sectors with no member yet; the reach-out columns are left blank to fill in at the
    meeting, unless an outreach plan already says who, to whom and by when."""
    rows = []
    for sector_id in missing_sectors(project):
        plan = _outreach_for(project, sector_id)
        rows.append(
            {
                "sector": reference.sector_by_id(sector_id).name,
                "who": clean(plan.who_reaches_out.strip()) if plan else "",
                "whom": clean(plan.reach_out_to.strip()) if plan else "",
                "when": long_date(plan.due_on) if plan and plan.due_on else "",
            }
        )
    return rows


def _chair(project: Project) -> str:
    chair = project.chair
    name, role = chair.contact.name.strip(), chair.role.strip()
    if not name:
        return "Not chosen yet: agree today how the chair will be chosen."
    return clean(f"{name}, {role}" if role else name)


TRAINER_GAP = "who gives the basic training"


def build_context(project: Project, today: date) -> dict[str, Any]:
    trainer = project.training.trainer_name.strip()
    missing = _missing(project)
    coordinator: Text = coordinator_name(project)
    return {
        **task_force_context(project, today),
        "coordinator": coordinator,
        "chair": _chair(project),
        # A blank in a document is a gap: the overview and the packet page count it.
        "trainer": clean(trainer) if trainer else Gap(TRAINER_GAP, "training"),
        "trainer_lead": clean(trainer) if trainer else Gap(TRAINER_GAP, "training"),
        "people": _people(project),
        "mission": text_or_gap(project.mission.statement, "the mission statement", "mission"),
        "has_missing": bool(missing),
        "missing": missing,
    }


def agenda_items(project: Project, today: date) -> list[PacketItem]:
    return [
        PacketItem(
            "03 First meeting agenda.docx",
            "First meeting agenda",
            template=TEMPLATE,
            context=build_context(project, today),
        )
    ]
