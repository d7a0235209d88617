"""Display names of stored codes, as documents print them."""

from __future__ import annotations

from wizard.model import reference

MEMBER_STATUS = {
    "prospect": "Prospective",
    "invited": "Invited",
    "member": "Member",
    "left": "Has left",
}


def sector_name(sector_id: str | None) -> str:
    if sector_id is None:
        return "No sector given"
    return reference.sector_by_id(sector_id).name
