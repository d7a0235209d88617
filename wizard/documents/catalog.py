"""Imports every document module, so each registers its part of the packet.

Numbering in file names sets the order in the packet folder:
00 overview, 01 charter, 02 coordinator job description, 03 first meeting
agenda, 04 roster and sector coverage, 05 invitation letters, 06 MOUs,
07 outreach plan, 08 training plan, 09 grant applications.
"""

from wizard.documents import (
    agenda,  # noqa: F401
    charter,  # noqa: F401
    coordinator_job,  # noqa: F401
    grants,  # noqa: F401
    invitations,  # noqa: F401
    mou,  # noqa: F401
    outreach_plan,  # noqa: F401
    overview,  # noqa: F401
    roster,  # noqa: F401
    training_plan,  # noqa: F401
)
