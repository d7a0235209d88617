"""Recovery copies of unsaved work, kept outside the project file.

While a project has unsaved changes the window writes it here every little
while. A clean save or close removes the copy; a crash leaves it, and the next
start offers to bring the work back. Copies belonging to a copy of the program
that is still running are not offered.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wizard.model import clock
from wizard.model.day_words import moment_text
from wizard.model.project import Project
from wizard.storage import errors
from wizard.storage.atomic import write_atomically
from wizard.storage.lock import process_alive
from wizard.storage.paths import recovery_dir
from wizard.storage.project_file import MAX_FILE_BYTES, project_from_json

_KIND = "taskforce-builder-recovery"


@dataclass(frozen=True)
class Recovery:
    file: Path
    original: Path | None
    saved_at: datetime
    task_force_name: str

    def describe(self) -> str:
        name = self.task_force_name or "an untitled project"
        where = f" ({self.original.name})" if self.original else ""
        return f"{name}{where}, last changed {moment_text(self.saved_at)}"


def recovery_file_for(original: Path | None, session_id: str) -> Path:
    """One recovery copy per project file (or per untitled project in a session)."""
    if original is None:
        key = f"untitled-{session_id}"
    else:
        key = hashlib.sha256(str(original.resolve()).encode("utf-8")).hexdigest()[:16]
    return recovery_dir() / f"{key}.json"


def write_recovery(project: Project, original: Path | None, session_id: str) -> Path:
    target = recovery_file_for(original, session_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    envelope = {
        "kind": _KIND,
        "original_path": str(original) if original else None,
        "saved_at": clock.now().isoformat(timespec="seconds"),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "project": project.model_dump(mode="json"),
    }
    write_atomically(target, json.dumps(envelope, ensure_ascii=False).encode("utf-8"))
    return target


def discard_recovery(file: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        file.unlink()


def _read_envelope(file: Path) -> dict[str, object] | None:
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            return None
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("kind") != _KIND:
        return None
    return data


def _belongs_to_running_copy(envelope: dict[str, object]) -> bool:
    pid = envelope.get("pid")
    same_host = envelope.get("host") == socket.gethostname()
    return same_host and isinstance(pid, int) and pid != os.getpid() and process_alive(pid)


def find_recoveries() -> list[Recovery]:
    """Recovery copies left by a crash, newest first. Unreadable ones are skipped."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for file in folder.glob("*.json"):
        envelope = _read_envelope(file)
        if envelope is None or _belongs_to_running_copy(envelope):
            continue
        project = envelope.get("project")
        region = project.get("region") if isinstance(project, dict) else None
        name = region.get("name", "") if isinstance(region, dict) else ""
        original = envelope.get("original_path")
        try:
            saved_at = datetime.fromisoformat(str(envelope.get("saved_at")))
        except ValueError:
            saved_at = datetime.fromtimestamp(file.stat().st_mtime)
        found.append(
            Recovery(
                file, Path(original) if isinstance(original, str) else None, saved_at, str(name)
            )
        )
    return sorted(found, key=lambda recovery: recovery.saved_at, reverse=True)


def load_recovery(recovery: Recovery) -> Project:
    envelope = _read_envelope(recovery.file)
    if envelope is None or not isinstance(envelope.get("project"), dict):
        raise errors.NotAProjectError(recovery.file, "is not a readable recovery copy.")
    project = envelope["project"]
    assert isinstance(project, dict)
    return project_from_json(recovery.file, project)
