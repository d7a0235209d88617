"""Document: letters of support, one per member organization, for the grant drafts.

Funders ask for letters from an applicant's partners. Each letter is a draft the
member organization adapts, prints on its own letterhead and signs: who it is,
what it commits to as a member (its MOU's own words when it has them), and the
staff time it gives as in-kind match, at the hours × rate the grant step holds.

The letters sit in a folder beside the grant drafts, so they exist only while
there is a draft to support. The applicant itself gets no letter: it applies.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.common import long_date, task_force_context
from wizard.documents.grants import FOLDER, SUPPORT_LETTERS, source_amount
from wizard.documents.packet import PacketItem
from wizard.documents.values import Gap, Text, clean, text_or_gap
from wizard.model import reference
from wizard.model.file_names import safe_file_name
from wizard.model.grants import partner_organisations, time_given_by, time_working
from wizard.model.project import Member, Mou, Organisation, Project

TEMPLATE = "support_letter.docx"
COMMITMENTS = (
    "send someone to the task force's regular meetings",
    "make sure our staff who take part complete basic CSEC training",
    "share the figures we hold as counts only, never a young person's name or details",
    "work with the other members so that young people are referred to the help they need",
)
"""What every member commits to, when its MOU does not say it in its own words."""


def _listed(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _representative(project: Project, organisation: Organisation) -> Member | None:
    members = [
        m for m in project.members if m.organisation_id == organisation.id and m.status == "member"
    ]
    return min(members, key=lambda m: m.name.casefold(), default=None)


def _mou(project: Project, organisation: Organisation) -> Mou | None:
    return next((m for m in project.mous if m.organisation_id == organisation.id), None)


def _signer(project: Project, organisation: Organisation) -> tuple[Text, str]:
    """Who signs: the MOU's signatory (someone who can commit the organization), else its
    member on the roster; a gap if neither is known."""
    mou = _mou(project, organisation)
    if mou is not None and mou.signatory_name.strip():
        return clean(mou.signatory_name.strip()), clean(mou.signatory_title.strip())
    member = _representative(project, organisation)
    if member is not None and member.name.strip():
        return clean(member.name.strip()), clean(member.title.strip())
    return Gap("who signs the letter of support", "members"), ""


def _commitments(mou: Mou | None) -> list[str]:
    own = mou.organisation_commitments.strip() if mou is not None else ""
    if own:
        lines = [clean(line.strip(" -•\t")) for line in own.splitlines()]
        return [line for line in lines if line]
    return list(COMMITMENTS)


def _mou_line(mou: Mou | None) -> str:
    if mou is None:
        return ""
    if mou.status == "signed":
        when = f" on {long_date(mou.signed_on)}" if mou.signed_on else ""
        return (
            "These commitments are set out in the memorandum of understanding (MOU) we "
            f"signed with the task force{when}."
        )
    if mou.status in ("drafted", "sent"):
        return "We are working with the task force on a memorandum of understanding (MOU)."
    return ""


FUNDS = {"voca": "federal VOCA funds", "ovca": "an OCVA grant"}
TO = "Office of Crime Victims Advocacy (OCVA), Washington State Department of Commerce"
"""Both drafts go to OCVA: it makes the state's grants and administers its VOCA funds."""


def _projects(project: Project) -> Text:
    """'“North Ridge coordinator” (federal VOCA funds)', or several joined."""
    named = []
    for grant in project.grants:
        if not grant.title.strip():
            return Gap("the grant project's title", "grants")
        named.append(f"“{clean(grant.title.strip())}” ({FUNDS[grant.funder]})")
    return _listed(list(dict.fromkeys(named)))


def _applicant(project: Project) -> Text:
    names = [g.applicant.organisation.strip() for g in project.grants]
    if not all(names):
        return Gap("the applicant organization", "grants")
    return clean(_listed(list(dict.fromkeys(names))))


def _in_kind(project: Project, organisation: Organisation) -> list[dict[str, Text]]:
    rows = []
    for grant in project.grants:
        for source in time_given_by(grant, organisation.id):
            working: Text = time_working(source) or source_amount(source)
            rows.append(
                {
                    "description": text_or_gap(
                        source.description, "what this time is given for", "grants"
                    ),
                    "working": working,
                }
            )
    return rows


def letter_context(project: Project, organisation: Organisation, today: date) -> dict[str, Any]:
    heading = task_force_context(project, today)
    mou = _mou(project, organisation)
    signer, title = _signer(project, organisation)
    sector = reference.sector_by_id(organisation.sector) if organisation.sector else None
    in_kind = _in_kind(project, organisation)
    mou_line = _mou_line(mou)
    return {
        "task_force_name": heading["task_force_name"],
        "region": heading["region"],
        "today": heading["today"],
        "organisation": text_or_gap(organisation.name, "the organization's name", "members"),
        "to": TO,
        "applicant": _applicant(project),
        "projects": _projects(project),
        "sector": sector.name if sector else Gap("the organization's sector", "members"),
        "commitments": _commitments(mou),
        "has_mou_line": bool(mou_line),
        "mou_line": mou_line,
        "has_in_kind": bool(in_kind),
        "in_kind": in_kind,
        "signer": signer,
        "has_signer_title": bool(title),
        "signer_title": title,
    }


def support_letter_items(project: Project, today: date) -> list[PacketItem]:
    organisations = partner_organisations(project)
    width = max(2, len(str(len(organisations))))
    return [
        PacketItem(
            f"{FOLDER}/{SUPPORT_LETTERS}/{number:0{width}d} "
            f"{safe_file_name(organisation.name, 'Member organization')}.docx",
            f"Letter of support from {organisation.name.strip() or 'a member organization'}",
            template=TEMPLATE,
            context=letter_context(project, organisation, today),
        )
        for number, organisation in enumerate(organisations, start=1)
    ]
