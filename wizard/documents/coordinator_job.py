"""Document: the coordinator job description.

Not having a coordinator yet is fine: this description is how a task force finds one.
What a posting needs (pay, closing date, who takes applications) is a gap until the
user gives it; the program never makes up a contact. Once the position is filled, the
closing date and the contact are not asked for.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.common import (
    coordinator_duties,
    coordinator_position,
    long_date,
    task_force_context,
)
from wizard.documents.packet import PacketItem
from wizard.documents.values import Gap, Text, clean, text_or_gap
from wizard.model.coordinator import pay_range_text
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


def is_open(project: Project) -> bool:
    """True while the task force is still looking (or has not said): the posting's
    closing date and contact are then needed."""
    return project.coordinator.identified is not True


def _pay(project: Project) -> Text:
    coordinator = project.coordinator
    if coordinator.position == "volunteer":
        return "Unpaid: this is a volunteer position"
    return pay_range_text(coordinator) or Gap("the pay range", "coordinator")


TRAVEL = {
    True: "The job means travel to meetings and partner agencies around the region. "
    "It needs a valid driver's license, a car and car insurance.",
    False: "The job means some travel to meetings in the region. A driver's license and "
    "a car are not required.",
}
MILEAGE = {
    True: "Miles driven for the job are paid back at the employer's usual rate.",
    False: "Miles driven for the job are not paid back.",
}


def _travel(project: Project) -> tuple[Text, Text]:
    """What the job asks of a driver, and whether miles are paid back (asked only
    when the job needs a car)."""
    coordinator = project.coordinator
    if coordinator.driving is None:
        return Gap("whether the job needs a driver's license and a car", "coordinator"), ""
    if not coordinator.driving:
        return TRAVEL[False], ""
    if coordinator.mileage_paid is None:
        return TRAVEL[True], Gap("whether miles driven for the job are paid back", "coordinator")
    return TRAVEL[True], MILEAGE[coordinator.mileage_paid]


def _applications(project: Project) -> dict[str, Text]:
    """Who takes applications and by when: the user's own words or gaps, never a
    stand-in. Not asked once the position is filled."""
    if not is_open(project):
        return {"apply_name": "", "apply_email": "", "closing": ""}
    coordinator = project.coordinator
    closes = coordinator.applications_close_on
    return {
        "apply_name": text_or_gap(
            coordinator.applications_to.name,
            "who takes applications for the coordinator position",
            "coordinator",
        ),
        "apply_email": text_or_gap(
            coordinator.applications_to.email,
            "the email address that takes applications",
            "coordinator",
        ),
        "closing": long_date(closes)
        if closes
        else Gap("the closing date for applications", "coordinator"),
    }


def build_context(project: Project, today: date) -> dict[str, Any]:
    coordinator = project.coordinator
    duties = coordinator_duties(project)
    travel, mileage = _travel(project)
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
        "pay": _pay(project),
        "travel": travel,
        "mileage": mileage,
        "is_open": is_open(project),
        **_applications(project),
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
