"""Display names of stored codes, as documents print them."""

from __future__ import annotations

from wizard.model import reference

MEMBER_STATUS = {
    "prospect": "Prospective",
    "invited": "Invited",
    "member": "Member",
    "left": "Has left",
}

POSITION_TYPE = {
    "paid_full_time": "Paid, full-time",
    "paid_part_time": "Paid, part-time",
    "volunteer": "Volunteer",
}

FUNDING_SOURCE = {
    "ovca": "Office of Crime Victims Advocacy (OCVA) state grant",
    "voca": "Victims of Crime Act (VOCA) federal grant, passed through the state",
    "county_budget": "County or agency budget",
    "none_yet": "Not funded yet: the task force is looking for funding",
}
"""'other' prints the source the user named."""


def sector_name(sector_id: str | None) -> str:
    if sector_id is None:
        return "No sector given"
    return reference.sector_by_id(sector_id).name
