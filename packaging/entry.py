"""Entry point of the bundled program (PyInstaller runs this file).

It is the installed ``taskforce-builder`` command in every way: the same
``wizard.__main__.main``, so ``check`` and ``export`` answer without a screen
and anything else opens the window.

One addition, for testing a build without a screen: when the environment
variable ``TASKFORCE_BUILDER_PROBE_WINDOW`` is set, the program starts exactly
as usual, and once its window is up (and the project given on the command line
is open) it prints one line ``window shown: <title>`` and quits. If the
variable holds a file name ending in ``.png``, a picture of the window is saved
there first. The smoke test uses this to prove that the bundle really opens a
window, and ``scripts/benchmark_startup.py`` uses it to time the start.
"""

from __future__ import annotations

import os
import sys

PROBE_VARIABLE = "TASKFORCE_BUILDER_PROBE_WINDOW"
PROBE_MARK = "window shown:"
_COMMANDS = {"check", "export", "screenshots", "-h", "--help", "--version"}


def _install_window_probe(picture: str) -> None:
    """Make the window report itself and quit once it is shown and settled."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import wizard.ui.app as app_module
    from wizard.ui.dialogs import Dialogs
    from wizard.ui.main_window import MainWindow

    original_start = app_module.start_window

    def start_window(project: object = None, dialogs: Dialogs | None = None) -> MainWindow:
        window = original_start(project, dialogs)  # type: ignore[arg-type]

        def report() -> None:
            if picture.lower().endswith(".png"):
                window.grab().save(picture)
            print(f"{PROBE_MARK} {window.windowTitle()}", flush=True)
            QApplication.quit()

        # Queued after start_window's own zero-delay step (recovery, then opening the
        # project), so the report sees the window as the user would.
        QTimer.singleShot(0, report)
        return window

    app_module.start_window = start_window  # type: ignore[assignment]


def run() -> int:
    from wizard.__main__ import main

    picture = os.environ.get(PROBE_VARIABLE)
    wants_window = not sys.argv[1:] or sys.argv[1] not in _COMMANDS
    if picture is not None and wants_window:
        _install_window_probe(picture)

    return main()


if __name__ == "__main__":
    sys.exit(run())
