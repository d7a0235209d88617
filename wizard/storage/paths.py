"""Where the program keeps its own files (autosave copies), outside any project.

Plain Python so the storage layer needs no Qt. ``TASKFORCE_BUILDER_HOME``
overrides everything, which is how tests keep their files in a temporary folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "taskforce-builder"


def user_state_dir() -> Path:
    override = os.environ.get("TASKFORCE_BUILDER_HOME")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_STATE_HOME") or home / ".local" / "state")
    return base / APP_FOLDER


def recovery_dir() -> Path:
    return user_state_dir() / "recovery"
