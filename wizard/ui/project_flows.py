"""Opening, saving and recovering projects, with the questions they may need.

Kept apart from the window's layout code: these flows only need the dialogs,
the settings and storage, so tests can drive them with a stand-in Dialogs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wizard.model import clock, deadlines
from wizard.model.file_names import safe_file_name
from wizard.model.project import Project
from wizard.storage import autosave
from wizard.storage.errors import ProjectFileError
from wizard.storage.lock import LockHeldError, ProjectLock
from wizard.storage.project_file import FILE_SUFFIX, is_marked_read_only, open_project
from wizard.ui.dialogs import Dialogs, LockedChoice, RecoveryChoice, UnsavedChoice
from wizard.ui.session import ProjectSession
from wizard.ui.settings import AppSettings


def suggested_file_name(project: Project) -> str:
    return safe_file_name(project.region.name, "Task force project") + FILE_SUFFIX


def add_recent(settings: AppSettings, path: Path, project: Project) -> None:
    """Put the file first on the recent list, with the deadlines the welcome screen
    shows for it."""
    settings.add_recent_project(path)
    ahead = deadlines.ahead(project, clock.today())
    settings.remember_deadlines(path, [(d.on, d.title) for d in ahead])


@dataclass
class ProjectFlows:
    dialogs: Dialogs
    settings: AppSettings

    def open_file(self, path: Path) -> ProjectSession | None:
        """Open a project file, asking what to do if another copy has it open."""
        try:
            opened = open_project(path)
        except ProjectFileError as error:
            self.dialogs.show_error("Could not open the project", str(error))
            if not path.exists():
                self.settings.forget_recent_project(path)
            return None
        if is_marked_read_only(path):
            self.dialogs.show_info(
                "Opened read-only",
                f"{path.name} is marked read-only on this computer, so the program will not "
                "change it. You can still work on it, then choose File › Save As to keep "
                "your changes in a new file.",
            )
            self._add_recent(path, opened.project)
            return ProjectSession(opened.project, path, lock=None, read_only=True, dirty=False)
        lock: ProjectLock | None = ProjectLock(path)
        read_only = False
        try:
            assert lock is not None
            lock.acquire()
        except LockHeldError as held:
            if (
                self.dialogs.ask_open_locked(path.name, held.holder.describe())
                is LockedChoice.CANCEL
            ):
                return None
            lock, read_only = None, True
        if opened.migrated_from is not None:
            kept = (
                f" A copy of the old file was kept as {opened.backup.name}."
                if opened.backup
                else ""
            )
            self.dialogs.show_info(
                "Project updated",
                f"{path.name} was saved by an older version of the program. It has been brought "
                f"up to date; save it to keep the update.{kept}",
            )
        self._add_recent(path, opened.project)
        return ProjectSession(
            opened.project,
            path,
            lock=lock,
            read_only=read_only,
            dirty=opened.migrated_from is not None,
        )

    def open_sample(self, sample: Path) -> ProjectSession | None:
        """The sample opens as an untitled copy: no lock, no recent entry, and
        saving asks for a new file, so the shipped sample is never changed."""
        try:
            project = open_project(sample, keep_backup=False).project
        except ProjectFileError as error:
            self.dialogs.show_error("Could not open the sample", str(error))
            return None
        return ProjectSession(project, None)

    def save(self, session: ProjectSession) -> bool:
        if session.path is None or session.read_only:
            return self.save_as(session)
        return self._save_to(session, session.path, session.lock)

    def save_as(self, session: ProjectSession) -> bool:
        folder = session.path.parent if session.path else self.settings.last_folder()
        chosen = self.dialogs.choose_save_path(folder / suggested_file_name(session.project))
        if chosen is None:
            return False
        if chosen == session.path:
            return self.save(session) if not session.read_only else self._refuse_locked(chosen)
        lock = ProjectLock(chosen)
        try:
            lock.acquire()
        except LockHeldError as held:
            self.dialogs.show_error(
                "Could not save there",
                f"{chosen.name} is open elsewhere ({held.holder.describe()}). "
                "Please choose another name.",
            )
            return False
        if not self._save_to(session, chosen, lock):
            lock.release()
            return False
        return True

    def _refuse_locked(self, path: Path) -> bool:
        self.dialogs.show_error(
            "Could not save there",
            f"{path.name} is open elsewhere, so it was opened read-only. "
            "Please choose another name.",
        )
        return False

    def _save_to(self, session: ProjectSession, path: Path, lock: ProjectLock | None) -> bool:
        try:
            session.save_to(path, lock)
        except ProjectFileError as error:
            self.dialogs.show_error("Could not save the project", str(error))
            return False
        self._add_recent(path, session.project)
        return True

    def _add_recent(self, path: Path, project: Project) -> None:
        add_recent(self.settings, path, project)

    def settle_unsaved(self, session: ProjectSession | None) -> bool:
        """Ask about unsaved changes. True when it is fine to close the project."""
        if session is None or not session.dirty:
            return True
        choice = self.dialogs.ask_unsaved_changes(session.display_name)
        if choice is UnsavedChoice.SAVE:
            return self.save(session)
        return choice is UnsavedChoice.DISCARD

    def offer_recoveries(self) -> ProjectSession | None:
        """After a crash: offer each recovery copy; return the first one taken back."""
        for recovery in autosave.find_recoveries():
            choice = self.dialogs.ask_recover(recovery.describe())
            if choice is RecoveryChoice.DISCARD:
                autosave.discard_recovery(recovery.file)
            if choice is not RecoveryChoice.RECOVER:
                continue
            session = self._recover(recovery)
            if session is not None:
                return session
        return None

    def _recover(self, recovery: autosave.Recovery) -> ProjectSession | None:
        try:
            project = autosave.load_recovery(recovery)
        except ProjectFileError as error:
            self.dialogs.show_error("Could not recover the work", str(error))
            return None
        original = recovery.original if recovery.original and recovery.original.exists() else None
        lock = ProjectLock(original) if original else None
        read_only = False
        if lock is not None:
            try:
                lock.acquire()
            except LockHeldError:
                lock, read_only = None, True
        session = ProjectSession(project, original, lock=lock, read_only=read_only, dirty=True)
        autosave.discard_recovery(recovery.file)
        session.write_recovery()
        return session
