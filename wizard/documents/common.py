"""Pieces of context that many documents share: who the task force is, and dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from wizard.documents.labels import FUNDING_SOURCE, POSITION_TYPE
from wizard.documents.values import Gap, Text, clean, text_or_gap
from wizard.model import reference
from wizard.model.day_words import day_text, short_day_text
from wizard.model.project import Project

long_date = day_text
"""'November 28, 2026', as letters in the US are dated."""
short_date = short_day_text
"""'Nov 8, 2026', for chart labels."""


def counties_text(counties: list[str]) -> str:
    if not counties:
        return ""
    names = [f"{county}" for county in counties]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{joined} {'County' if len(names) == 1 else 'Counties'}"


def task_force_context(project: Project, today: date) -> dict[str, Any]:
    """The heading facts every document starts from."""
    region = project.region
    return {
        "task_force_name": text_or_gap(region.name, "the task force's name", "what_is"),
        "region": text_or_gap(counties_text(region.counties), "the counties covered", "what_is"),
        "today": long_date(today),
    }


def hours_text(hours: Decimal | None) -> Text:
    """'20 hours a week' (never '20.00' or '2E+1'), or a gap."""
    if not hours:
        return Gap("the coordinator's hours a week", "coordinator")
    figure = format(hours.normalize(), "f")
    return f"{figure} {'hour' if hours == 1 else 'hours'} a week"


def coordinator_position(project: Project) -> dict[str, Text]:
    """The coordinator position as documents describe it: kind, hours and funding."""
    coordinator = project.coordinator
    if coordinator.position is None:
        position: Text = Gap("the kind of coordinator position", "coordinator")
    else:
        position = POSITION_TYPE[coordinator.position]
    if coordinator.funding is None:
        funding: Text = Gap("how the coordinator position is funded", "coordinator")
    elif coordinator.funding == "other":
        funding = text_or_gap(
            coordinator.funding_other,
            "which other source funds the coordinator position",
            "coordinator",
        )
    else:
        funding = FUNDING_SOURCE[coordinator.funding]
    return {
        "position": position,
        "hours": hours_text(coordinator.hours_per_week),
        "funding": funding,
    }


def coordinator_duties(project: Project) -> dict[str, list[str]]:
    """Coordinator duty wordings grouped by who carries them, in reference order:
    'coordinator', 'shared', 'others', and 'undecided' for duties nobody has yet."""
    groups: dict[str, list[str]] = {"coordinator": [], "shared": [], "others": [], "undecided": []}
    for duty in reference.coordinator_duties():
        groups[project.coordinator.duties.get(duty.id, "undecided")].append(duty.text)
    return groups


def coordinator_name(project: Project) -> Text:
    """Who signs for the task force: the coordinator's name, or a plain stand-in."""
    coordinator = project.coordinator
    if coordinator.identified and coordinator.contact.name.strip():
        return clean(coordinator.contact.name.strip())
    return "The coordinator"
