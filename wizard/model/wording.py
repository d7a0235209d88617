"""Sentences built from the project that more than one place shows."""

from __future__ import annotations

from wizard.model import places


def existing_region_note(counties: list[str]) -> str:
    """A friendly note when a chosen county already has a task force; never a block."""
    regions = places.existing_regions_for(counties)
    if not regions:
        return ""
    names = ", ".join(region.name for region in regions)
    return (
        f"Good to know: a task force already works in {names}. You can still go ahead; "
        "joining forces with them, or learning how they started, may save you time."
    )
