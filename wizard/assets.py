"""Finds the program's own files: forms, resources and document templates.

The same code runs from a source checkout, from an installed wheel (where the
folders travel inside the package as ``wizard/_data``) and from a PyInstaller
bundle (where they sit under ``sys._MEIPASS``). Everything that reads one of
these files goes through :func:`asset_path`, so the three cases are handled once.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_FOLDERS = ("forms", "resources", "doc_templates")


def _candidate_roots() -> list[Path]:
    package_dir = Path(__file__).resolve().parent
    roots = []
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if bundle_dir:
        roots.append(Path(bundle_dir))
    roots.append(package_dir / "_data")
    roots.append(package_dir.parent)
    return roots


@cache
def assets_root() -> Path:
    """The folder holding forms/, resources/ and doc_templates/."""
    for root in _candidate_roots():
        if all((root / folder).is_dir() for folder in _FOLDERS):
            return root
    searched = ", ".join(str(root) for root in _candidate_roots())
    raise FileNotFoundError(f"The program's own files are missing (looked in {searched}).")


def asset_path(*parts: str) -> Path:
    """Path of one of the program's own files, e.g. ``asset_path("forms", "welcome.ui")``."""
    if not parts or parts[0] not in _FOLDERS:
        raise ValueError(f"asset paths start with one of {_FOLDERS}, got {parts!r}")
    return assets_root().joinpath(*parts)
