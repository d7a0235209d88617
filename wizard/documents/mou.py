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
from wizard.documents.values import Gap, Text, clean, text_or_gap
from wizard.model import reference
from wizard.model.file_names import safe_file_name
from wizard.model.mous import (
    EXPIRY_WARNING_DAYS,
    contact_member,
    default_roles,
    mou_for,
    organisation_sector,
    organisations_needing_mou,
)
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
NOTICE_DAYS = 30
"""Written notice either party gives to end an agreement early."""
TERMS = {
    "review_days": str(EXPIRY_WARNING_DAYS),
    "notice_days": str(NOTICE_DAYS),
}
"""The fixed numbers of every MOU's term: the review starts when the tracker flags the
agreement as ending soon, so the page, the overview and the document agree."""
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


def _reach(email: str, phone: str) -> str:
    """' (email: a@b.org, phone: 509-555-0100)', or '' when neither is known."""
    pairs = (("email", email), ("phone", phone))
    known = [f"{kind}: {value.strip()}" for kind, value in pairs if value.strip()]
    return f" ({', '.join(known)})" if known else ""


def _who(name: str, title: str) -> str:
    return ", ".join(part.strip() for part in (name, title) if part.strip())


def organisation_contact(project: Project, organisation: Organisation, mou: Mou | None) -> Text:
    """The organization's contact person with title, email and phone where the roster
    has them; a gap naming the organization when nobody is named."""
    member = contact_member(project, organisation.id, mou)
    if member is None or not member.name.strip():
        where = organisation.name.strip() or "the organization"
        return Gap(f"the contact person at {clean(where)}", "members")
    return clean(_who(member.name, member.title) + _reach(member.email, member.phone))


def coordinator_contact(project: Project) -> Text:
    """The coordinator as the task force's contact, or a gap until one is named."""
    coordinator = project.coordinator
    name = coordinator.contact.name.strip() if coordinator.identified else ""
    if not name:
        return Gap("the coordinator's name", "coordinator")
    contact = coordinator.contact
    return clean(_who(name, "coordinator") + _reach(contact.email, contact.phone))


def roles(project: Project, organisation: Organisation, mou: Mou | None) -> list[str]:
    """The organization's roles: the record's own lines, else its sector's usual ones."""
    own = _lines(mou.roles) if mou else []
    return own or list(default_roles(organisation_sector(project, organisation)))


def default_data(sector: str | None) -> list[str]:
    """The figures an organization of this sector holds (arrests only for enforcement)."""
    return DATA_FOR_EVERYONE + (DATA_FOR_ENFORCEMENT if sector in ENFORCEMENT_SECTORS else [])


def data_shared(mou: Mou | None, sector: str | None) -> list[str]:
    data = [_figure_wording(item) for item in mou.data_shared if item.strip()] if mou else []
    return data or default_data(sector)


def approval(organisation: Organisation, mou: Mou | None) -> dict[str, Any]:
    """The approval line for an organization whose governing body must approve it."""
    needed = mou is not None and mou.needs_approval
    body: Text = ""
    if mou is not None and needed:
        where = organisation.name.strip() or "the organization"
        body = text_or_gap(mou.approval_body, f"which body approves the MOU for {where}", "mous")
    return {"needs_approval": needed, "approval_body": body}


def host_context(project: Project) -> dict[str, Any]:
    """The host or fiscal agent, who signs beside the coordinator when one is named."""
    host = clean(project.mou_options.host_agent.strip())
    return {"has_host": bool(host), "host": host}


def build_context(
    project: Project, organisation: Organisation, mou: Mou | None, today: date
) -> dict[str, Any]:
    sector = organisation_sector(project, organisation)
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
        **TERMS,
        "organization": text_or_gap(organisation.name, "the organization's name", "members"),
        "definition": CSECY_DEFINITION,
        "roles": roles(project, organisation, mou),
        "organization_commitments": theirs or ORGANIZATION_COMMITMENTS,
        "task_force_commitments": ours or TASK_FORCE_COMMITMENTS,
        "organization_contact": organisation_contact(project, organisation, mou),
        "coordinator_contact": coordinator_contact(project),
        "has_more_confidentiality": bool(confidentiality),
        "more_confidentiality": confidentiality,
        "data_shared": data_shared(mou, sector),
        "training": clean(training),
        "term": _term(mou),
        "coordinator": coordinator_name(project) if known_coordinator else BLANK,
        "signatory": signatory or BLANK,
        "signatory_title": signatory_title or BLANK,
        **approval(organisation, mou),
        **host_context(project),
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


ALL_MEMBERS_TEMPLATE = "mou_all_members.docx"
ALL_MEMBERS_PATH = f"{FOLDER}/00 All member organizations.docx"
"""In the MOUs folder, before the organizations' own: the packet's numbering stays as it is."""
ALL_MEMBERS_TRAINING = (
    "The staff who take part in the task force for each organization will complete basic "
    "training on the commercial sexual exploitation of children and youth within the first "
    "year of this memorandum, if they have not done so already. The task force will offer "
    "this training or help arrange it, at no cost to the organizations wherever it can. "
    "Organizations whose staff work directly with young people who may be exploited will also "
    "encourage them to take further training as it becomes available."
)


def _party(project: Project, organisation: Organisation) -> dict[str, Any]:
    """One signing organization of the multi-party MOU, from its own MOU record."""
    record = mou_for(project, organisation.id)
    sector = organisation_sector(project, organisation)
    signatory = clean(record.signatory_name.strip()) if record else ""
    title = clean(record.signatory_title.strip()) if record else ""
    own_data = data_shared(record, sector) if record and record.data_shared else []
    return {
        "name": text_or_gap(organisation.name, "the organization's name", "members"),
        "sector": reference.sector_by_id(sector).name if sector else "No sector given",
        "roles": roles(project, organisation, record),
        "contact": organisation_contact(project, organisation, record),
        "has_own_data": bool(own_data),
        "data": own_data,
        "signatory": signatory or BLANK,
        "signatory_title": title or BLANK,
        **approval(organisation, record),
    }


def all_members_context(project: Project, today: date) -> dict[str, Any]:
    """One MOU for every member organization: the shared promises and the usual figures
    once, then each organization's role, contact and any figures of its own (those ticked
    on its MOU record), and one signature block each."""
    known_coordinator = project.coordinator.identified and project.coordinator.contact.name.strip()
    return {
        **task_force_context(project, today),
        **TERMS,
        "definition": CSECY_DEFINITION,
        "parties": [_party(project, o) for o in organisations_needing_mou(project)],
        "organization_commitments": ORGANIZATION_COMMITMENTS,
        "task_force_commitments": TASK_FORCE_COMMITMENTS,
        "coordinator_contact": coordinator_contact(project),
        "usual_data": DATA_FOR_EVERYONE,
        "enforcement_data": DATA_FOR_ENFORCEMENT,
        "training": ALL_MEMBERS_TRAINING,
        "coordinator": coordinator_name(project) if known_coordinator else BLANK,
        "is_draft": True,  # there is no record of it being signed: always a draft
        "signed_date": DATE_BLANK,
        **host_context(project),
    }


def all_members_items(project: Project, today: date) -> list[PacketItem]:
    """The multi-party MOU, when the user asks for it on the MOUs step and there is at
    least one organization to sign it."""
    if not project.mou_options.all_members or not organisations_needing_mou(project):
        return []
    return [
        PacketItem(
            ALL_MEMBERS_PATH,
            "MOU signed by all member organizations",
            template=ALL_MEMBERS_TEMPLATE,
            context=all_members_context(project, today),
        )
    ]
