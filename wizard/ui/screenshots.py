"""``taskforce-builder screenshots FOLDER``: a PNG of the window at every step.

Runs offscreen, with settings kept in a throwaway folder, so it needs no screen
and leaves the user's recent files and window layout alone.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from wizard.assets import asset_path
from wizard.model.steps import STEP_IDS
from wizard.storage.errors import ProjectFileError
from wizard.storage.project_file import open_project
from wizard.ui.app import configure_application
from wizard.ui.dialogs import Dialogs, LockedChoice, RecoveryChoice, UnsavedChoice
from wizard.ui.main_window import SAMPLE_PROJECT, MainWindow
from wizard.ui.project_flows import add_recent
from wizard.ui.session import ProjectSession
from wizard.ui.settings import AppSettings

WINDOW_SIZE = (1280, 800)


class _SilentDialogs(Dialogs):
    """Answers every question without showing anything: nothing is saved or recovered."""

    def show_error(self, title: str, text: str) -> None:
        print(f"{title}: {text}", file=sys.stderr)

    def show_info(self, title: str, text: str) -> None:
        pass

    def ask_unsaved_changes(self, project_name: str) -> UnsavedChoice:
        return UnsavedChoice.DISCARD

    def ask_open_locked(self, file_name: str, holder: str) -> LockedChoice:
        return LockedChoice.READ_ONLY

    def ask_recover(self, description: str) -> RecoveryChoice:
        return RecoveryChoice.LATER


def save_screenshots(
    out: Path,
    project_path: Path | None = None,
    *,
    size: tuple[int, int] | None = None,
    scale: float | None = None,
) -> int:
    """Write ``00-welcome.png`` and one ``NN-<step>.png`` per step. Returns an exit code.

    ``size`` is the window in logical pixels; ``scale`` emulates screen scaling (Windows'
    150% is 1.5) through QT_SCALE_FACTOR, so it only works before Qt has started, as
    from the command line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if scale is not None:
        os.environ["QT_SCALE_FACTOR"] = str(scale)
    source = project_path or asset_path(*SAMPLE_PROJECT)
    try:
        project = open_project(source, keep_backup=False).project
    except ProjectFileError as error:
        print(f"Not a valid project file: {error}", file=sys.stderr)
        return 2
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"Could not create {out}: {error.strerror}", file=sys.stderr)
        return 1
    application = configure_application()
    with tempfile.TemporaryDirectory() as settings_dir:
        settings = QSettings(str(Path(settings_dir) / "settings.ini"), QSettings.Format.IniFormat)
        add_recent(AppSettings(settings), source, project)  # the welcome shows a recent one
        window = MainWindow(_SilentDialogs(), AppSettings(settings))
        window.resize(*(size or WINDOW_SIZE))
        window.show()
        written = [_grab(window, out / "00-welcome.png")]
        window.show_session(ProjectSession(project, None))
        for number, step_id in enumerate(STEP_IDS, start=1):
            window.go_to_step(step_id)
            written.append(_grab(window, out / f"{number:02d}-{step_id}.png"))
        window.session = None
        window.close()
        application.processEvents()
    print(f"Saved {len(written)} pictures in {out}")
    return 0 if all(written) else 1


def _grab(window: MainWindow, path: Path) -> bool:
    QApplication.processEvents()  # let layouts settle before the picture
    return window.grab().save(str(path))
