"""The open project: the one Project object, where it lives, and whether it has
unsaved changes. Pages edit ``session.project`` in place and then call
:meth:`ProjectSession.mark_edited`; everything else listens to the signals."""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from wizard.model.project import Project
from wizard.storage import autosave
from wizard.storage.errors import ProjectFileError
from wizard.storage.lock import ProjectLock
from wizard.storage.project_file import save_project


class ProjectSession(QObject):
    edited = Signal()
    """The project's content changed (navigator ticks, status lines refresh)."""
    state_changed = Signal()
    """Unsaved mark, file path or read-only state changed (title bar, actions)."""

    def __init__(
        self,
        project: Project,
        path: Path | None = None,
        *,
        lock: ProjectLock | None = None,
        read_only: bool = False,
        dirty: bool = False,
    ) -> None:
        super().__init__()
        self.project = project
        self.path = path
        self.lock = lock
        self.read_only = read_only
        self.dirty = dirty
        self.session_id = uuid.uuid4().hex[:8]
        self._saved_last_step = project.last_step if path is not None else None

    @property
    def folder(self) -> Path:
        """Where file dialogs start: beside the project file, or home when it has none."""
        return self.path.parent if self.path is not None else Path.home()

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.project.region.name.strip() or "Untitled project"

    def mark_edited(self) -> None:
        self.edited.emit()
        if not self.dirty:
            self.dirty = True
            self.state_changed.emit()

    def keep_recorded_change(self) -> None:
        """Keep a change the program recorded for the user (a packet was made), not one
        she typed. With nothing else unsaved it is saved at once, so closing does not ask
        about a change she never made by hand; otherwise it joins the unsaved changes."""
        self.edited.emit()
        if self.dirty or self.read_only or self.path is None:
            self.mark_edited()
            return
        try:
            save_project(self.project, self.path)
        except (ProjectFileError, OSError, ValueError):
            self.mark_edited()  # kept in memory; the next save writes it
            return
        self._saved_last_step = self.project.last_step

    def save_to(self, path: Path, lock: ProjectLock | None = None) -> None:
        """Save; raises ProjectFileError and leaves the state unchanged on failure."""
        save_project(self.project, path)
        if path != self.path:
            self.discard_recovery()  # the copy kept under the old name or as untitled
            if self.lock is not None and lock is not self.lock:
                self.lock.release()
            self.lock = lock
            self.read_only = False
        self.path = path
        self.dirty = False
        self._saved_last_step = self.project.last_step
        self.discard_recovery()
        self.state_changed.emit()

    def save_position_quietly(self) -> None:
        """Remember the step the user is on, even without content changes.

        Only the position differs from what is on disk, so nothing is lost if
        this fails; it is not worth troubling the user about.
        """
        if self.dirty or self.read_only or self.path is None:
            return
        if self.project.last_step == self._saved_last_step:
            return
        with contextlib.suppress(OSError, ValueError):
            save_project(self.project, self.path)
            self._saved_last_step = self.project.last_step

    def write_recovery(self) -> None:
        if self.dirty:
            autosave.write_recovery(self.project, self.path, self.session_id)

    def discard_recovery(self) -> None:
        autosave.discard_recovery(autosave.recovery_file_for(self.path, self.session_id))

    def close(self) -> None:
        self.discard_recovery()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
