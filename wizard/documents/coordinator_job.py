"""Document: the coordinator job description.

Not having a coordinator yet is fine: this description is how a task force finds one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.common import coordinator_duties, coordinator_position, task_force_context
from wizard.documents.packet import PacketItem
from wizard.documents.values import Gap, Text, clean, text_or_gap
from wizard.model.project import Project

TEMPLATE = "coordinator_job.docx"
FILE_NAME = "02 Coordinator job description.docx"


def _holder(project: Project) -> Text:
    coordinator = project.coordinator
    if not coordinator.identified:
        return "Open: the task force is looking for the right person"
    return text_or_gap(coordinator.contact.name, "the coordinator's name", "coordinator")


def _host(project: Project) -> str:
    """The coordinator's organization, where the position is based (only asked once
    a coordinator is found; an answer left from before 'not yet' is not used)."""
    coordinator = project.coordinator
    return clean(coordinator.contact.organisation.strip()) if coordinator.identified else ""


def _apply_to(project: Project) -> Text:
    """The host organization if there is one, else the chair, else a gap."""
    host = _host(project)
    if host:
        return host
    chair = project.chair.contact.name.strip()
    if chair:
        return f"{clean(chair)}, chair of the task force"
    return Gap("who applicants should contact", "coordinator")


def build_context(project: Project, today: date) -> dict[str, Any]:
    coordinator = project.coordinator
    duties = coordinator_duties(project)
    return {
        **task_force_context(project, today),
        **coordinator_position(project),
        "reports_to": text_or_gap(
            coordinator.reports_to, "who the coordinator reports to", "coordinator"
        ),
        "host": _host(project) or "None named yet",
        "holder": _holder(project),
        "has_carried": bool(duties["coordinator"]),
        "carried": duties["coordinator"],
        "has_shared": bool(duties["shared"]),
        "shared": duties["shared"],
        "has_undecided": bool(duties["undecided"]),
        "undecided_gap": Gap("who carries these coordinator duties", "coordinator")
        if duties["undecided"]
        else "",
        "undecided": duties["undecided"],
        "qualifications": text_or_gap(
            coordinator.qualifications, "the qualifications the coordinator needs", "coordinator"
        ),
        "apply_to": _apply_to(project),
    }


def coordinator_job_items(project: Project, today: date) -> list[PacketItem]:
    return [
        PacketItem(
            FILE_NAME,
            "Coordinator job description",
            template=TEMPLATE,
            context=build_context(project, today),
        )
    ]
