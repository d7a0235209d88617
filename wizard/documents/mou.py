"""Document: a memorandum of understanding (MOU) with each member organization.

Where the project has an MOU record with details (Phase 2), its words are used;
where a detail is missing, a sound default takes its place, so the draft is
always complete enough to discuss with the organization and its counsel.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from wizard.documents.common import coordinator_name, long_date, task_force_context
from wizard.documents.packet import PacketItem
from wizard.documents.values import clean, text_or_gap
from wizard.model import reference
from wizard.model.file_names import safe_file_name
from wizard.model.mous import mou_for, organisations_needing_mou
from wizard.model.project import Mou, Organisation, Project
from wizard.model.training import extra_recommended
from wizard.model.wording import CSECY_DEFINITION

TEMPLATE = "mou.docx"
FOLDER = "06 MOUs"
DATE_BLANK = "_" * 20
BLANK = "_" * 34
"""A line to write on where the project does not know the answer yet."""

ORGANIZATION_COMMITMENTS = [
    "Name at least one staff member to take part in the task force, and send a colleague to "
    "meetings when that person cannot attend.",
    "Share the combined figures listed under Data sharing, at least once a year.",
    "Make sure the staff who take part complete basic training, as set out under Training.",
    "Keep confidential what is shared in task force meetings, as set out under "
    "Confidentiality and consent.",
    "Tell the coordinator when the organization's contact person changes.",
]
TASK_FORCE_COMMITMENTS = [
    "Coordinate the task force's work: schedule meetings, send agendas ahead of time, keep "
    "notes of decisions and keep the member list current.",
    "Share information with the organization: what other members are doing, new resources "
    "and training, and the task force's reports, including its annual report to the "
    "Statewide Coordinating Committee.",
    "Offer basic training on the commercial sexual exploitation of children and youth to the "
    "organization's staff, or help arrange it.",
    "Use the figures the organization shares only in combined form, and name the "
    "organization in a public report only with its agreement.",
]
DATA_FOR_EVERYONE = [
    "Attendance of the organization's staff at task force meetings.",
    "The number of the organization's staff who have completed basic training, and any "
    "further training.",
    "The number of young people the organization identified as exploited or at risk, and "
    "the number it referred to services, where it keeps these counts.",
    "Whether the organization knows of, communicates with and refers young people to the "
    "other member organizations, through a short yearly survey.",
]
DATA_FOR_ENFORCEMENT = [
    "The number of young people arrested or charged in connection with their own "
    "exploitation, and the number of buyers arrested or charged.",
]
ENFORCEMENT_SECTORS = {"law_enforcement", "federal_law_enforcement", "prosecutors"}
BASIC_TRAINING = (
    "The organization's staff who take part in the task force will complete basic training "
    "on the commercial sexual exploitation of children and youth within the first year of "
    "this memorandum, if they have not done so already. The task force will offer this "
    "training or help arrange it, at no cost to the organization wherever it can."
)
EXTRA_TRAINING = (
    " Because the organization's staff work directly with young people who may be exploited, "
    "the organization will also encourage them to take further training as it becomes "
    "available."
)
_LIST_MARK = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")


def _lines(text: str) -> list[str]:
    """A typed answer as list items: one per line, without typed bullets or numbers."""
    items = [_LIST_MARK.sub("", line).strip() for line in clean(text).split("\n")]
    return [item for item in items if item]


def _figure_wording(item: str) -> str:
    """A figure ticked on the MOUs page (stored by id) as the sentence the MOU lists;
    anything else stored there is the user's own words, kept as written."""
    wordings = {figure.id: figure.wording for figure in reference.shared_figures()}
    return clean(wordings.get(item.strip(), item.strip()))


def _sector(project: Project, organisation: Organisation) -> str | None:
    if organisation.sector is not None:
        return organisation.sector
    sectors = [m.sector for m in project.members if m.organisation_id == organisation.id]
    return next((s for s in sectors if s is not None), None)


def _term(mou: Mou | None) -> str:
    starts = mou.signed_on if mou else None
    ends = mou.ends_on if mou else None
    if starts and ends:
        return f"This memorandum takes effect on {long_date(starts)} and ends on {long_date(ends)}"
    if starts:
        return f"This memorandum takes effect on {long_date(starts)} and lasts one year"
    if ends:
        return (
            "This memorandum takes effect on the date of the last signature below and ends on "
            f"{long_date(ends)}"
        )
    return (
        "This memorandum takes effect on the date of the last signature below and lasts one "
        "year from that date"
    )


def build_context(
    project: Project, organisation: Organisation, mou: Mou | None, today: date
) -> dict[str, Any]:
    sector = _sector(project, organisation)
    data = [_figure_wording(item) for item in mou.data_shared if item.strip()] if mou else []
    if not data:
        data = DATA_FOR_EVERYONE + (DATA_FOR_ENFORCEMENT if sector in ENFORCEMENT_SECTORS else [])
    training = mou.training_commitment.strip() if mou else ""
    if not training:
        training = BASIC_TRAINING + (EXTRA_TRAINING if extra_recommended(sector) else "")
    theirs = _lines(mou.organisation_commitments) if mou else []
    ours = _lines(mou.task_force_commitments) if mou else []
    confidentiality = clean(mou.confidentiality.strip()) if mou else ""
    signatory = clean(mou.signatory_name.strip()) if mou else ""
    signatory_title = clean(mou.signatory_title.strip()) if mou else ""
    known_coordinator = project.coordinator.identified and project.coordinator.contact.name.strip()
    return {
        **task_force_context(project, today),
        "organization": text_or_gap(organisation.name, "the organization's name", "members"),
        "definition": CSECY_DEFINITION,
        "organization_commitments": theirs or ORGANIZATION_COMMITMENTS,
        "task_force_commitments": ours or TASK_FORCE_COMMITMENTS,
        "has_more_confidentiality": bool(confidentiality),
        "more_confidentiality": confidentiality,
        "data_shared": data,
        "training": clean(training),
        "term": _term(mou),
        "coordinator": coordinator_name(project) if known_coordinator else BLANK,
        "signatory": signatory or BLANK,
        "signatory_title": signatory_title or BLANK,
        **_signed(mou),
    }


def _signed(mou: Mou | None) -> dict[str, Any]:
    """A signed MOU prints as the record of what was signed, not as a draft: its dates
    in place of the blanks, and no draft banner."""
    signed_on = mou.signed_on if mou is not None and mou.status == "signed" else None
    if signed_on is None:
        return {"is_draft": True, "signed_record": "", "signed_date": DATE_BLANK}
    record = f"Signed on {long_date(signed_on)}"
    if mou is not None and mou.ends_on is not None:
        record += f"; in effect until {long_date(mou.ends_on)}"
    return {
        "is_draft": False,
        "signed_record": record
        + ". A copy of the memorandum as recorded in the task force's files.",
        "signed_date": long_date(signed_on),
    }


def mou_items(project: Project, today: date) -> list[PacketItem]:
    organisations = organisations_needing_mou(project)
    width = max(2, len(str(len(organisations))))
    items = []
    for number, organisation in enumerate(organisations, start=1):
        name = safe_file_name(organisation.name, "Organization")
        items.append(
            PacketItem(
                f"{FOLDER}/{number:0{width}d} {name}.docx",
                f"MOU with {organisation.name.strip() or 'an organization'}",
                template=TEMPLATE,
                context=build_context(
                    project, organisation, mou_for(project, organisation.id), today
                ),
            )
        )
    return items
