"""Task Force Builder: plans a CSEC/Y task force and writes its paperwork."""

from importlib import metadata

try:
    __version__ = metadata.version("taskforce-builder")
except metadata.PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Task Force Builder"
ORGANISATION_NAME = "Task Force Builder"
