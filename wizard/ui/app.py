"""Starting the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from wizard import APP_NAME, ORGANISATION_NAME
from wizard.ui.contrast import make_readable
from wizard.ui.dialogs import Dialogs
from wizard.ui.main_window import MainWindow


def configure_application() -> QApplication:
    """The one application object, named for settings, with a palette people can read."""
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(sys.argv[:1])
        app.setApplicationDisplayName(APP_NAME)
    app.setPalette(make_readable(app.palette()))
    return app


def start_window(project: Path | None = None, dialogs: Dialogs | None = None) -> MainWindow:
    """Show the window; once it is up, offer crash recovery, then open ``project``."""
    window = MainWindow(dialogs)
    window.show()

    def after_start() -> None:
        window.recover_after_crash()
        if project is not None and window.session is None:
            window.open_path(project)

    QTimer.singleShot(0, after_start)
    return window


def run_gui(project: Path | None = None) -> int:
    app = configure_application()
    window = start_window(project)
    code = app.exec()
    del window
    return code
