"""Reference data shipped with the program: sectors, counties, duties, funders.

It lives in ``resources/reference/*.json`` so that wording can be reviewed and
changed without touching widget code. Loaded once and cached; immutable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from wizard.assets import asset_path


@dataclass(frozen=True)
class Sector:
    id: str
    name: str
    description: str
    highlight: bool
    """True for the voices the research found most often missing or without influence."""


@dataclass(frozen=True)
class TaskForceRegion:
    name: str
    counties: tuple[str, ...]


@dataclass(frozen=True)
class Duty:
    id: str
    text: str


@dataclass(frozen=True)
class Commitment:
    """A suggested victim-centered, trauma-informed commitment the user can pick."""

    key: str
    """Stable: stored in project files as ``Principle.builtin``."""
    title: str
    text: str
    why: str


@dataclass(frozen=True)
class MissionExample:
    id: str
    region_kind: str
    """The kind of region it was written for, e.g. 'A busy urban county'."""
    statement: str


@dataclass(frozen=True)
class SharedFigure:
    """An aggregate figure a member organization can agree, in its MOU, to share."""

    id: str
    """Stable: stored in project files in ``Mou.data_shared``."""
    label: str
    """A check box's words on the MOUs page."""
    wording: str
    """The sentence the MOU document lists."""


@dataclass(frozen=True)
class SubcommitteeSuggestion:
    """A ready-made subcommittee the user can add with one click, then change."""

    key: str
    name: str
    summary: str
    charge: str


@dataclass(frozen=True)
class Funder:
    id: str
    short_name: str
    name: str
    level: str
    default_match_percent: Decimal


def _load(name: str) -> dict[str, Any]:
    with asset_path("resources", "reference", name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@cache
def sectors() -> tuple[Sector, ...]:
    return tuple(Sector(**item) for item in _load("sectors.json")["sectors"])


@cache
def sector_ids() -> frozenset[str]:
    return frozenset(sector.id for sector in sectors())


def sector_by_id(sector_id: str) -> Sector:
    for sector in sectors():
        if sector.id == sector_id:
            return sector
    raise KeyError(sector_id)


@cache
def counties() -> tuple[str, ...]:
    return tuple(_load("counties.json")["counties"])


@cache
def task_force_regions() -> tuple[TaskForceRegion, ...]:
    return tuple(
        TaskForceRegion(name=item["name"], counties=tuple(item["counties"]))
        for item in _load("counties.json")["task_force_regions"]
    )


def existing_regions_for(chosen_counties: list[str]) -> list[TaskForceRegion]:
    """Existing task force regions that already cover one of these counties.

    Used to show a friendly note, never to block: two task forces can share a
    county, and a restart of an old one is common.
    """
    chosen = set(chosen_counties)
    return [region for region in task_force_regions() if chosen & set(region.counties)]


@cache
def coordinator_duties() -> tuple[Duty, ...]:
    return tuple(Duty(**item) for item in _load("duties.json")["coordinator"])


@cache
def chair_duties() -> tuple[Duty, ...]:
    return tuple(Duty(**item) for item in _load("duties.json")["chair"])


@cache
def suggested_commitments() -> tuple[Commitment, ...]:
    return tuple(Commitment(**item) for item in _load("commitments.json")["commitments"])


@cache
def funders() -> tuple[Funder, ...]:
    return tuple(
        Funder(
            id=item["id"],
            short_name=item["short_name"],
            name=item["name"],
            level=item["level"],
            default_match_percent=Decimal(item["default_match_percent"]),
        )
        for item in _load("funders.json")["funders"]
    )


@cache
def mission_examples() -> tuple[MissionExample, ...]:
    """Example mission statements a coordinator can start from (never copied silently)."""
    return tuple(MissionExample(**item) for item in _load("mission_examples.json")["examples"])


@cache
def shared_figures() -> tuple[SharedFigure, ...]:
    """Aggregate figures an MOU can list under data sharing (counts, never identities)."""
    return tuple(SharedFigure(**item) for item in _load("shared_figures.json")["figures"])


@cache
def suggested_subcommittees() -> tuple[SubcommitteeSuggestion, ...]:
    """The two subcommittees most task forces start with: demand reduction and education."""
    data = _load("subcommittees.json")["subcommittees"]
    return tuple(SubcommitteeSuggestion(**item) for item in data)
