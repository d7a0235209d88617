"""Grant application to Washington's Office of Crime Victims Advocacy (OCVA).

The toolkit writes the office's initials as 'OVCA'; the office itself uses OCVA.
Built by the shared builder in grant_application_voca.py.
"""

from __future__ import annotations

from common import DocumentType
from grant_application_voca import build_application

FILE = "grant_application_ovca.docx"


def build() -> DocumentType:
    return build_application("ovca")
