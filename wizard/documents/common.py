"""Pieces of context that many documents share: who the task force is, and dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.values import Text, clean, text_or_gap
from wizard.model.project import Project

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(day: date) -> str:
    """'November 28, 2026', as letters in the US are dated (no locale needed)."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


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
        "task_force_name": text_or_gap(region.name, "the task force's name"),
        "region": text_or_gap(counties_text(region.counties), "the counties covered"),
        "today": long_date(today),
    }


def coordinator_name(project: Project) -> Text:
    """Who signs for the task force: the coordinator's name, or a plain stand-in."""
    coordinator = project.coordinator
    if coordinator.identified and coordinator.contact.name.strip():
        return clean(coordinator.contact.name.strip())
    return "The coordinator"
