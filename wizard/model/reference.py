"""Reference data shipped with the program: sectors, duties, funders, suggestions.

It lives in ``resources/reference/*.json`` so that wording can be reviewed and
changed without touching widget code. Loaded once and cached; immutable.
Counties and existing task force regions are in :mod:`wizard.model.places`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from wizard.model.places import load_reference


@dataclass(frozen=True)
class Sector:
    id: str
    name: str
    description: str
    highlight: bool
    """True for the voices to seek out on purpose: community advocates, survivors, tribal
    communities and LGBTQ+ representatives. The research found only that tribal members had
    little influence and that few members knew of community advocates; survivors and
    LGBTQ+ representatives are marked as common practice, never as a research finding."""


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


@cache
def sectors() -> tuple[Sector, ...]:
    return tuple(Sector(**item) for item in load_reference("sectors.json")["sectors"])


@cache
def sector_ids() -> frozenset[str]:
    return frozenset(sector.id for sector in sectors())


def sector_by_id(sector_id: str) -> Sector:
    for sector in sectors():
        if sector.id == sector_id:
            return sector
    raise KeyError(sector_id)


@cache
def coordinator_duties() -> tuple[Duty, ...]:
    return tuple(Duty(**item) for item in load_reference("duties.json")["coordinator"])


@cache
def chair_duties() -> tuple[Duty, ...]:
    return tuple(Duty(**item) for item in load_reference("duties.json")["chair"])


@cache
def suggested_commitments() -> tuple[Commitment, ...]:
    return tuple(Commitment(**item) for item in load_reference("commitments.json")["commitments"])


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
        for item in load_reference("funders.json")["funders"]
    )


@cache
def mission_examples() -> tuple[MissionExample, ...]:
    """Example mission statements a coordinator can start from (never copied silently)."""
    examples = load_reference("mission_examples.json")["examples"]
    return tuple(MissionExample(**item) for item in examples)


@cache
def shared_figures() -> tuple[SharedFigure, ...]:
    """Aggregate figures an MOU can list under data sharing (counts, never identities)."""
    return tuple(SharedFigure(**item) for item in load_reference("shared_figures.json")["figures"])


@cache
def suggested_subcommittees() -> tuple[SubcommitteeSuggestion, ...]:
    """The two subcommittees most task forces start with: demand reduction and education."""
    data = load_reference("subcommittees.json")["subcommittees"]
    return tuple(SubcommitteeSuggestion(**item) for item in data)


DEFAULT_ROLES_KEY = "default"
"""The roles an organization with no sector is offered in ``mou_roles.json``."""


@cache
def sector_roles() -> dict[str, tuple[str, ...]]:
    """Each sector's usual roles in the task force's response, for its MOU, keyed by
    sector id (and ``DEFAULT_ROLES_KEY``). Common practice, never a legal duty."""
    roles = load_reference("mou_roles.json")["roles"]
    return {key: tuple(items) for key, items in roles.items()}
