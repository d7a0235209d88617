"""Document: the roster and sector coverage."""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.common import short_date, task_force_context
from wizard.documents.labels import MEMBER_STATUS, sector_name
from wizard.documents.packet import PacketItem
from wizard.documents.values import clean
from wizard.model import reference
from wizard.model.progress import membership_count, missing_sectors
from wizard.model.project import Project

TEMPLATE = "roster.docx"


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def build_context(project: Project, today: date) -> dict[str, Any]:
    members = sorted(project.members, key=lambda m: (sector_name(m.sector), m.name.casefold()))
    rows = []
    for member in members:
        organisation = project.organisation(member.organisation_id)
        rows.append(
            {
                "name": clean(member.name) or "(no name)",
                "organization": clean(organisation.name) if organisation else "",
                "sector": sector_name(member.sector),
                "status": MEMBER_STATUS[member.status],
                "joined": short_date(member.joined_on) if member.joined_on else "Not recorded",
            }
        )
    sectors = []
    for sector in reference.sectors():
        in_sector = [m for m in project.members if m.sector == sector.id]
        joined = sum(1 for m in in_sector if m.status == "member")
        waiting = sum(1 for m in in_sector if m.status in ("prospect", "invited"))
        sectors.append({"name": sector.name, "members": str(joined), "others": str(waiting)})
    missing = [reference.sector_by_id(s).name for s in missing_sectors(project)]
    covered = len(reference.sectors()) - len(missing)
    summary = (
        f"{_plural(membership_count(project), 'member', 'members')} "
        f"(people whose status is 'member'), covering {covered} of "
        f"{len(reference.sectors())} recommended sectors. "
        f"{_plural(len(project.members), 'person is', 'people are')} on the roster in all."
    )
    return {
        **task_force_context(project, today),
        "summary": summary,
        "sectors": sectors,
        "missing_sectors": missing,
        "members": rows,
    }


def roster_items(project: Project, today: date) -> list[PacketItem]:
    return [
        PacketItem(
            "04 Roster and sector coverage.docx",
            "Roster and sector coverage",
            template=TEMPLATE,
            context=build_context(project, today),
        )
    ]
