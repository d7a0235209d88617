"""Sentences built from the project that more than one place shows."""

from __future__ import annotations

from wizard.model import places

CSECY_DEFINITION = (
    "CSEC/Y is the commercial sexual exploitation of children and youth. A child aged 17 or "
    "under is exploited when they take part in a sexual act in exchange for anything of "
    "value, such as money, food or a place to stay, whether willingly or not. The work also "
    "covers youth aged 18 to 24 who are commercially sexually exploited."
)
"""The one definition every page and document uses. The toolkit's "willingly or
unwillingly" applies to children 17 and under; CSEC/Y extends the work to youth up
to 24 who are commercially sexually exploited (domain brief, "Words")."""

RESEARCH_TITLE = "Building a Toolkit for CSEC Task Forces in Washington State"
RESEARCH_CREDIT = (
    f"Most of the advice comes from the research “{RESEARCH_TITLE}” by Radu Smintina, "
    "Camille Hakansson, Maria Mathew and Brittany Dymond, shared in the “Responding to "
    "CSEC” series of the Center for Children & Youth Justice. The rest is Washington law, "
    "federal rules or common practice, and the program says which."
)
"""Who the advice is owed to (domain brief: credit the research where the product names
its sources): the About box and the packet overview say the same."""


def greeting_default(name: str) -> str:
    """The greeting a letter uses when none is typed: the first name ('Hannah')."""
    words = name.split()
    return words[0] if words else ""


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
