"""Document: the task force charter."""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.common import (
    coordinator_duties,
    coordinator_position,
    task_force_context,
)
from wizard.documents.packet import PacketItem
from wizard.documents.values import Gap, Text, clean, text_or_gap
from wizard.model import reference
from wizard.model.commitments import chosen_commitments
from wizard.model.progress import membership_count, missing_sectors
from wizard.model.project import Project
from wizard.model.wording import CSECY_DEFINITION

TEMPLATE = "charter.docx"
FILE_NAME = "01 Charter.docx"
BLANK_NAME = "_" * 38
"""Where a signer's name is not known yet: a line to write it on, not a gap."""


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def _with_organization(name: Text, organization: str) -> Text:
    if isinstance(name, Gap) or not organization.strip():
        return name
    return f"{name}, {clean(organization.strip())}"


def _goals(project: Project) -> list[dict[str, Text]]:
    goals = [g for g in project.mission.goals if g.text.strip() or g.measure.strip()]
    if not goals:
        return [{"number": "", "text": Gap("the task force's goals", "mission"), "measure": ""}]
    return [
        {
            "number": str(number),
            "text": text_or_gap(goal.text, f"the wording of goal {number}", "mission"),
            "measure": text_or_gap(goal.measure, f"a measure for goal {number}", "mission"),
        }
        for number, goal in enumerate(goals, start=1)
    ]


def _commitments(project: Project) -> list[dict[str, Any]]:
    chosen = chosen_commitments(project.principles)
    if not chosen:
        return [
            {
                "text": Gap("the task force's guiding commitments", "approach"),
                "why": "",
                "has_why": False,
            }
        ]
    return [
        {"text": clean(p.text.strip()), "why": clean(p.why.strip()), "has_why": bool(p.why.strip())}
        for p in chosen
    ]


def _membership(project: Project) -> dict[str, Any]:
    members = [m for m in project.members if m.status == "member"]
    rows = []
    for sector in reference.sectors():
        in_sector = [m for m in members if m.sector == sector.id]
        if not in_sector:
            continue
        organizations: list[str] = []
        for member in in_sector:
            organisation = project.organisation(member.organisation_id)
            name = clean(organisation.name.strip()) if organisation else ""
            if name and name not in organizations:
                organizations.append(name)
        rows.append(
            {
                "name": sector.name,
                "members": str(len(in_sector)),
                "organizations": "; ".join(organizations) or "Taking part as individuals",
            }
        )
    organisation_ids = {m.organisation_id for m in members if m.organisation_id}
    missing = [reference.sector_by_id(s).name for s in missing_sectors(project)]
    total = len(reference.sectors())
    if members:
        summary = (
            f"Today the task force has {_plural(membership_count(project), 'member', 'members')}"
            f" from {_plural(len(organisation_ids), 'organization', 'organizations')}, "
            f"covering {total - len(missing)} of the {total} recommended sectors."
        )
    else:
        summary = (
            "No one has joined as a member yet. As people join, the roster shows them by sector."
        )
    return {
        "membership_summary": summary,
        "has_members": bool(rows),
        "sectors": rows,
        "has_missing": bool(missing),
        "missing_sectors": missing,
    }


def _coordinator(project: Project) -> Text:
    coordinator = project.coordinator
    if coordinator.identified is None:
        return Gap("who the coordinator is", "coordinator")
    if not coordinator.identified:
        return "Not yet appointed (see the coordinator job description)"
    name = text_or_gap(coordinator.contact.name, "the coordinator's name", "coordinator")
    return _with_organization(name, coordinator.contact.organisation)


def _signer(name: str) -> str:
    return clean(name.strip()) or BLANK_NAME


def _leadership(project: Project) -> dict[str, Any]:
    chair = project.chair
    duties = coordinator_duties(project)
    chair_duties = [d.text for d in reference.chair_duties() if d.id in chair.duties]
    coordinator = project.coordinator
    return {
        "coordinator": _coordinator(project),
        **coordinator_position(project),
        "chair": _with_organization(
            text_or_gap(chair.contact.name, "the chair's name", "leadership"),
            chair.contact.organisation,
        ),
        "chair_role": text_or_gap(chair.role, "the chair's role", "leadership"),
        "has_carried": bool(duties["coordinator"]),
        "carried": duties["coordinator"],
        "has_shared": bool(duties["shared"]),
        "shared": duties["shared"],
        "has_others": bool(duties["others"]),
        "others": duties["others"],
        "has_undecided": bool(duties["undecided"]),
        "undecided_gap": Gap("who carries these coordinator duties", "coordinator")
        if duties["undecided"]
        else "",
        "undecided": duties["undecided"],
        "chair_duties": chair_duties or [Gap("the chair's duties", "leadership")],
        "has_work_split": bool(chair.work_split.strip()),
        "work_split": clean(chair.work_split.strip()),
        "chair_signer": _signer(chair.contact.name),
        "coordinator_signer": _signer(coordinator.contact.name if coordinator.identified else ""),
    }


def _subcommittees(project: Project) -> list[dict[str, Text]]:
    rows = []
    for committee in project.subcommittees:
        name = text_or_gap(committee.name, "a name for each subcommittee", "subcommittees")
        label = committee.name.strip() or "a subcommittee"
        chair = project.member(committee.chair_member_id)
        rows.append(
            {
                "name": name,
                "charge": text_or_gap(committee.charge, f"the charge of {label}", "subcommittees"),
                "chair": clean(chair.name.strip())
                if chair and chair.name.strip()
                else "To be chosen",
                "meets": clean(committee.meets.strip()) or "To be agreed",
            }
        )
    return rows


def build_context(project: Project, today: date) -> dict[str, Any]:
    mission = project.mission
    subcommittees = _subcommittees(project)
    return {
        **task_force_context(project, today),
        "definition": CSECY_DEFINITION,
        "mission": text_or_gap(mission.statement, "the mission statement", "mission"),
        "vision": text_or_gap(mission.vision, "the vision statement", "mission"),
        "goals": _goals(project),
        "commitments": _commitments(project),
        **_membership(project),
        **_leadership(project),
        "has_subcommittees": bool(subcommittees),
        "subcommittees": subcommittees,
    }


def charter_items(project: Project, today: date) -> list[PacketItem]:
    return [
        PacketItem(
            FILE_NAME,
            "Task force charter",
            template=TEMPLATE,
            context=build_context(project, today),
        )
    ]
