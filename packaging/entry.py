"""Entry point of the bundled program (PyInstaller runs this file).

It is the installed ``taskforce-builder`` command in every way: the same
``wizard.__main__.main``, so ``check`` and ``export`` answer without a screen
and anything else opens the window.

One addition, for testing a build without a screen: when the environment
variable ``TASKFORCE_BUILDER_PROBE_WINDOW`` is set, the program starts exactly
as usual, and once its window is up (with a project given on the command line:
once that project's step page is the one showing) it prints ``window shown:
<title>``; once that is painted, ``window painted: <title>``; then it quits. If
the variable holds a file name ending in ``.png``, a picture of the window is
saved first. After each, a line ``cpu time: shown=<ms>`` (or ``painted=``) gives
the processor time the program had used by then, which a busy machine disturbs far
less than the time on the clock. The smoke test uses this to prove that the bundle
really opens a window, and ``scripts/benchmark_startup.py`` uses it to time the start.

With ``TASKFORCE_BUILDER_PROBE_KEY=MS`` as well, a key is typed MS milliseconds
after the window first paints, into whatever has the focus then, as a real
keystroke would be; the program prints ``key typed: late=<ms> field=<yes|no>
widget=<name>`` (how long after it was typed the key reached a widget, and
whether that widget is the step page's first field) and only then quits. A
window busy with work the user cannot see shows up as a late key.
"""

from __future__ import annotations

import os
import sys
import time

PROBE_VARIABLE = "TASKFORCE_BUILDER_PROBE_WINDOW"
KEY_VARIABLE = "TASKFORCE_BUILDER_PROBE_KEY"
PROBE_MARK = "window shown:"
PAINTED_MARK = "window painted:"
CPU_MARK = "cpu time:"
KEY_MARK = "key typed:"
_COMMANDS = {"check", "export", "statewide", "screenshots", "-h", "--help", "--version"}


def _install_window_probe(picture: str, key_delay_ms: int | None, wants_project: bool) -> None:
    """Make the window report itself and quit once it is shown and painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QWidget

    import wizard.ui.app as app_module
    from wizard.ui.dialogs import Dialogs
    from wizard.ui.main_window import MainWindow

    original_start = app_module.start_window
    paint = QEvent.Type.Paint
    key_press = QEvent.Type.KeyPress

    class Probe(QObject):
        """Watches every event (its type first, so the cost per event stays tiny)."""

        def __init__(self) -> None:
            super().__init__()
            self.window: MainWindow | None = None
            self.first_painted_at: float | None = None
            self.shown = False
            self.painted = False
            self.watching = False
            self.key_typed_at: float | None = None
            self.key_done = key_delay_ms is None
            self.key_timer = QTimer(self, singleShot=True)
            if key_delay_ms is not None:  # Qt's enums cost 14 ms the first time (see tests)
                from PySide6.QtCore import Qt

                self.key_timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.key_timer.timeout.connect(self.type_key)

        def step_page(self) -> QWidget | None:
            if self.window is None or self.window.session is None:
                return None
            page = self.window.page_stack.currentWidget()
            return page if isinstance(page, QWidget) else None

        def ready(self) -> bool:
            """The window is up, with the project's step page current when one was given."""
            if self.window is None or not self.window.isVisible():
                return False
            page = self.step_page()
            return not wants_project or (page is not None and page.isVisible())

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
            kind = event.type()
            if kind == paint and not self.painted and isinstance(watched, QWidget):
                if self.first_painted_at is None and isinstance(watched.window(), MainWindow):
                    self.first_painted_at = time.perf_counter()
                    if key_delay_ms is not None:
                        self.key_timer.start(key_delay_ms)
                if self.ready() and self._shows_what_matters(watched):
                    self.painted = True
                    QTimer.singleShot(0, self.report_painted)  # after the rest of this paint
            elif kind == key_press and self.key_typed_at is not None and not self.key_done:
                self.key_done = True
                self.key_reached(watched, (time.perf_counter() - self.key_typed_at) * 1000)
            return False

        def _shows_what_matters(self, painted: QWidget) -> bool:
            page = self.step_page()
            if page is None:
                return painted.window() is self.window
            return painted is page or page.isAncestorOf(painted)

        def check_shown(self) -> None:
            """At each turn of the event loop until the window is up: the moment the
            issue's first numbers were taken at (Qt paints a moment later).

            Only from the first call on does every event pass through this probe: a
            Python filter on the thousands of events of building the window cost the
            welcome screen 40 ms, which the program itself never pays. Qt paints
            after this first call; the update() makes sure a paint is still to come.
            """
            application = QApplication.instance()
            if not self.watching and application is not None and self.window is not None:
                self.watching = True
                application.installEventFilter(self)
                self.window.update()
            if not self.ready():
                QTimer.singleShot(0, self.check_shown)
                return
            self.shown = True
            cpu = time.process_time() * 1000
            print(f"{PROBE_MARK} {self.window.windowTitle() if self.window else ''}", flush=True)
            print(f"{CPU_MARK} shown={cpu:.1f}ms", flush=True)
            self.finish()

        def type_key(self) -> None:
            """When this runs late, the window was busy: a real key would wait as long."""
            assert key_delay_ms is not None and self.first_painted_at is not None
            self.key_typed_at = self.first_painted_at + key_delay_ms / 1000
            from PySide6.QtCore import Qt

            target = QApplication.focusWidget() or self.window
            key = QKeyEvent(key_press, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x")
            QApplication.postEvent(target, key)

        def key_reached(self, widget: QObject, late: float) -> None:
            from wizard.ui.focus import first_input

            page = self.step_page()
            expected = first_input(page) if page is not None else None
            name = f"{type(widget).__name__}:{widget.objectName()}"
            field = "yes" if expected is not None and widget is expected else "no"
            print(f"{KEY_MARK} late={late:.1f}ms field={field} widget={name}", flush=True)
            self.finish()

        def report_painted(self) -> None:
            assert self.window is not None
            if picture.lower().endswith(".png"):
                self.window.grab().save(picture)
            cpu = time.process_time() * 1000
            print(f"{PAINTED_MARK} {self.window.windowTitle()}", flush=True)
            print(f"{CPU_MARK} painted={cpu:.1f}ms", flush=True)
            self.finish()

        def finish(self) -> None:
            if self.shown and self.painted and self.key_done:
                QApplication.quit()

    def start_window(project: object = None, dialogs: Dialogs | None = None) -> MainWindow:
        probe = Probe()
        probe.window = original_start(project, dialogs)  # type: ignore[arg-type]
        probe.setParent(probe.window)
        # Queued after start_window's own zero-delay step (recovery, then opening the
        # project), so the report sees the window as the user would.
        QTimer.singleShot(0, probe.check_shown)
        return probe.window

    app_module.start_window = start_window  # type: ignore[assignment]


def run() -> int:
    from wizard.__main__ import main

    picture = os.environ.get(PROBE_VARIABLE)
    arguments = sys.argv[1:]
    wants_window = not arguments or arguments[0] not in _COMMANDS
    if picture is not None and wants_window:
        key = os.environ.get(KEY_VARIABLE)
        _install_window_probe(picture, int(key) if key else None, bool(arguments))

    return main()


if __name__ == "__main__":
    sys.exit(run())
