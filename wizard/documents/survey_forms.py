"""Document: the connection survey, one form per organization, to print or email.

Each organization answers three questions about every other one it is asked
about: do you know about them, do you communicate, do you refer young people
to them. In the packet the forms are for the latest period's survey, or, when
no survey is set up yet, for today's member organizations.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.common import long_date, task_force_context
from wizard.documents.packet import PacketItem
from wizard.documents.values import clean
from wizard.model.figures import periods_in_order
from wizard.model.file_names import safe_file_name
from wizard.model.project import Organisation, Project
from wizard.model.survey import member_organisations

TEMPLATE = "survey_form.docx"
FOLDER = "10 Connection survey forms"
BOX = "☐ Yes   ☐ No"


def surveyed(project: Project) -> tuple[list[Organisation], str]:
    """The organizations to ask, and the period they are asked about."""
    for period in reversed(periods_in_order(project)):
        if period.survey is not None:
            chosen = [project.organisation(i) for i in period.survey.organisation_ids]
            label = clean(period.label.strip()) or "this period"
            return [o for o in chosen if o is not None], label
    return member_organisations(project), "this year"


def _return_to(project: Project) -> str:
    contact = project.coordinator.contact
    name = clean(contact.name.strip()) if project.coordinator.identified else ""
    if not name:
        return "the task force coordinator"
    return f"{name}, {clean(contact.email.strip())}" if contact.email.strip() else name


def build_context(
    project: Project, asking: Organisation, others: list[Organisation], period: str, today: date
) -> dict[str, Any]:
    heading = task_force_context(project, today)
    return {
        "task_force_name": heading["task_force_name"],
        "organization": clean(asking.name.strip()) or "your organization",
        "period": f"{period}, sent {long_date(today)}",
        "others": [
            {"name": clean(o.name.strip()) or "(no name)", "box": BOX}
            for o in others
            if o.id != asking.id
        ],
        "return_to": _return_to(project),
    }


def survey_form_items(project: Project, today: date) -> list[PacketItem]:
    organisations, period = surveyed(project)
    if len(organisations) < 2:
        return []
    width = max(2, len(str(len(organisations))))
    return [
        PacketItem(
            f"{FOLDER}/{number:0{width}d} {safe_file_name(asking.name, 'Organization')}.docx",
            f"Connection survey for {asking.name.strip() or 'an organization'}",
            template=TEMPLATE,
            context=build_context(project, asking, organisations, period, today),
        )
        for number, asking in enumerate(organisations, start=1)
    ]
