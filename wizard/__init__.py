"""Task Force Builder: plans a CSEC/Y task force and writes its paperwork."""

from __future__ import annotations

from functools import cache

APP_NAME = "Task Force Builder"
ORGANISATION_NAME = "Task Force Builder"


@cache
def version() -> str:
    """The installed version; read on first use (package metadata is slow to load)."""
    from importlib import metadata

    try:
        return metadata.version("taskforce-builder")
    except metadata.PackageNotFoundError:  # a checkout that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(name)
