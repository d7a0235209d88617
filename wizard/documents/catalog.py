"""Imports every document module, so each registers its part of the packet.

Numbering in file names sets the order in the packet folder:
00 overview, 01 charter, 02 coordinator job description, 03 first meeting
agenda, 04 roster and sector coverage, 05 invitation letters, 06 MOUs.
"""

from wizard.documents import roster  # noqa: F401
