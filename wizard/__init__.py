"""Task Force Builder: plans a CSEC/Y task force and writes its paperwork."""

from __future__ import annotations

__version__ = "0.1.0"
"""The one place the version is written: pyproject.toml reads it from here at build time
(``[tool.hatch.version]``). Reading it back from the installed package metadata instead
imports importlib.metadata and scans site-packages, which cost ``--version`` more
than the rest of the command (issue 16)."""

APP_NAME = "Task Force Builder"
ORGANISATION_NAME = "Task Force Builder"
