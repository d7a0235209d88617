"""Washington's counties, and the task force regions that already work in them.

Kept apart from :mod:`wizard.model.reference` because the welcome screen needs
only these, and the window should not wait for the rest of the reference data
(its dataclasses and Decimal amounts) before it can show.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any, NamedTuple

from wizard.assets import asset_path


class TaskForceRegion(NamedTuple):
    name: str
    counties: tuple[str, ...]


def load_reference(name: str) -> dict[str, Any]:
    """One of the reference files in ``resources/reference/``, parsed."""
    with asset_path("resources", "reference", name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@cache
def counties() -> tuple[str, ...]:
    return tuple(load_reference("counties.json")["counties"])


@cache
def task_force_regions() -> tuple[TaskForceRegion, ...]:
    return tuple(
        TaskForceRegion(name=item["name"], counties=tuple(item["counties"]))
        for item in load_reference("counties.json")["task_force_regions"]
    )


def existing_regions_for(chosen_counties: list[str]) -> list[TaskForceRegion]:
    """Existing task force regions that already cover one of these counties.

    Used to show a friendly note, never to block: two task forces can share a
    county, and a restart of an old one is common.
    """
    chosen = set(chosen_counties)
    return [region for region in task_force_regions() if chosen & set(region.counties)]
