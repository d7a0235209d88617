"""Document: invitation letters.

One letter to each prospective or invited person on the roster, and one
'Dear colleague' letter to each recommended sector that has no member yet.
The words about each sector live in resources/reference/invitations.json, so
they can be reviewed without reading code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from wizard.assets import asset_path
from wizard.documents.common import coordinator_name, task_force_context
from wizard.documents.packet import PacketItem
from wizard.documents.values import Gap, Text, clean
from wizard.model import reference
from wizard.model.file_names import safe_file_name
from wizard.model.progress import missing_sectors
from wizard.model.project import Member, Project
from wizard.model.wording import greeting_default

MEMBER_TEMPLATE = "invitation_member.docx"
SECTOR_TEMPLATE = "invitation_sector.docx"
FOLDER = "05 Invitation letters"
INVITED_STATUSES = ("prospect", "invited")


@dataclass(frozen=True)
class SectorWords:
    addressee: str
    missing: str
    why: str
    care: tuple[str, ...]
    asks: tuple[str, ...]
    pass_on: str
    to: str | None = None
    """The 'To:' line; None uses ``addressee``, '' leaves the line out (a letter to a
    survivor must not say on its face what it is about)."""
    salutation: str = "Dear colleague,"
    subject: str | None = None
    """None: 'Your voice on the {task force}'."""


@cache
def _wording() -> dict[str, Any]:
    with asset_path("resources", "reference", "invitations.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def sector_words(sector_id: str | None) -> SectorWords:
    """What the letters say about a sector (or about no sector in particular)."""
    data = _wording()
    asks = tuple(data["asks"])
    if sector_id is None:
        return SectorWords("", "", data["default_why"], (), asks, data["pass_on"])
    item = data["sectors"][sector_id]
    return SectorWords(
        addressee=item["addressee"],
        missing=item["missing"],
        why=item["why"],
        care=tuple(item.get("care", ())),
        asks=tuple(item.get("asks", asks)),
        pass_on=item.get("pass_on", data["pass_on"]),
        to=item.get("to"),
        salutation=item.get("salutation", data["default_salutation"]),
        subject=item.get("subject"),
    )


def _letter_context(project: Project, today: date, sector_id: str | None) -> dict[str, Any]:
    """What every letter shares: who writes, the task force, the mission, how to reply."""
    coordinator = project.coordinator
    contact = coordinator.contact
    ways = [clean(w.strip()) for w in (contact.email, contact.phone) if w.strip()]
    reply: Text = (
        " or ".join(ways) if ways else Gap("the coordinator's email or phone", "coordinator")
    )
    statement = project.mission.statement.strip()
    words = sector_words(sector_id)
    return {
        **task_force_context(project, today),
        "forming": "being renewed" if project.region.kind == "restart" else "now forming",
        "why": words.why,
        "care": list(words.care),
        "asks": list(words.asks),
        "has_mission": bool(statement),
        "mission": clean(statement),
        "reply_to": reply,
        "coordinator": coordinator_name(project),
        "coordinator_known": bool(coordinator.identified and contact.name.strip()),
        "has_coordinator_organization": bool(contact.organisation.strip()),
        "coordinator_organization": clean(contact.organisation.strip()),
    }


def salutation(member: Member) -> str:
    """'Dear Ms. Cole,' as typed on the roster, else 'Dear Hannah,' (the first name)."""
    greeting = clean(member.salutation.strip()) or greeting_default(member.name)
    return f"Dear {greeting}," if greeting else "Dear colleague,"


def member_context(project: Project, member: Member, today: date) -> dict[str, Any]:
    organisation = project.organisation(member.organisation_id)
    name = clean(member.name.strip())
    lines = [name, clean(member.title.strip())]
    lines.append(clean(organisation.name.strip()) if organisation else "")
    return {
        **_letter_context(project, today, member.sector),
        "address": "\n".join(line for line in lines if line),
        "salutation": salutation(member),
    }


TRIBE_GAP = "the tribe the letter goes to (write to its Chair and Council by name)"


def _to_line(words: SectorWords) -> Text:
    """Who the letter is to. A tribe is written to by name, government to government: the
    program cannot know which tribe, so that is a gap until the letter is adapted."""
    to = words.addressee if words.to is None else words.to
    return Gap(TRIBE_GAP, "missing_voices") if "{tribe}" in to else to


def sector_context(project: Project, sector_id: str, today: date) -> dict[str, Any]:
    words = sector_words(sector_id)
    to = _to_line(words)
    name = clean(project.region.name.strip()) or "task force"
    subject = words.subject.replace("{task_force}", name) if words.subject else None
    return {
        **_letter_context(project, today, sector_id),
        "has_to": bool(to),
        "to": to,
        "salutation": words.salutation,
        "has_own_subject": subject is not None,
        "subject": subject or "",
        "missing": words.missing,
        "pass_on": words.pass_on,
    }


def invitees(project: Project) -> list[Member]:
    """People to invite personally, by name."""
    waiting = [m for m in project.members if m.status in INVITED_STATUSES]
    return sorted(waiting, key=lambda m: m.name.casefold())


def invitation_items(project: Project, today: date) -> list[PacketItem]:
    people = invitees(project)
    sectors = missing_sectors(project)
    width = max(2, len(str(len(people) + len(sectors))))
    items = []
    for number, member in enumerate(people, start=1):
        file_name = safe_file_name(member.name, "Prospective member")
        items.append(
            PacketItem(
                f"{FOLDER}/{number:0{width}d} {file_name}.docx",
                f"Invitation letter to {member.name.strip() or 'a prospective member'}",
                template=MEMBER_TEMPLATE,
                context=member_context(project, member, today),
            )
        )
    for number, sector_id in enumerate(sectors, start=len(people) + 1):
        sector = reference.sector_by_id(sector_id)
        items.append(
            PacketItem(
                f"{FOLDER}/{number:0{width}d} To {safe_file_name(sector.name, 'a sector')}.docx",
                f"Invitation letter to {sector.name}",
                template=SECTOR_TEMPLATE,
                context=sector_context(project, sector_id, today),
            )
        )
    return items
