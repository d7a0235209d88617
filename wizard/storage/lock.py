"""A lock file beside a project, so two running copies never edit it unknowingly.

``NAME.tfproj.lock`` holds who opened the project, on which computer, and when.
A lock left behind by a copy of the program that crashed on this computer is
recognised (its process is gone) and taken over quietly.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from wizard.model import clock
from wizard.model.day_words import moment_text


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        when = self.since
        with contextlib.suppress(ValueError):
            when = moment_text(datetime.fromisoformat(self.since))
        return f"{self.user} on the computer '{self.host}', since {when}"


class LockHeldError(Exception):
    def __init__(self, holder: LockHolder) -> None:
        self.holder = holder
        super().__init__(
            f"The project is open in another copy of the program: {holder.describe()}."
        )


def lock_path_for(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


def _current_holder() -> LockHolder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "someone"
    return LockHolder(
        user, socket.gethostname(), os.getpid(), clock.now().isoformat(timespec="seconds")
    )


def read_holder(lock_file: Path) -> LockHolder | None:
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8"))
        return LockHolder(
            str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def process_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # cannot tell cheaply; assume the other copy is running
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_stale(holder: LockHolder | None) -> bool:
    if holder is None:
        return True  # unreadable: left half-written by a crash
    return holder.host == socket.gethostname() and not process_alive(holder.pid)


class ProjectLock:
    """Held while a project is open for editing."""

    def __init__(self, project_path: Path) -> None:
        self.path = lock_path_for(project_path)
        self.held = False

    def acquire(self) -> bool:
        """Take the lock. Raises LockHeldError if another live copy has it.

        Returns False when no lock can be written (a read-only folder): the
        project can then not be saved there either, which saving reports.
        """
        me = _current_holder()
        for _attempt in range(2):
            try:
                descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_holder(self.path)
                if holder is not None and holder.host == me.host and holder.pid == me.pid:
                    self.held = True
                    return True
                if not _is_stale(holder):
                    assert holder is not None
                    raise LockHeldError(holder) from None
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                continue
            except OSError:
                return False
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                json.dump(asdict(me), stream)
            self.held = True
            return True
        return False

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        holder = read_holder(self.path)
        if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
            with contextlib.suppress(OSError):
                self.path.unlink()
