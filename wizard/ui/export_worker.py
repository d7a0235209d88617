"""Writing the starter packet on a worker thread, so the window stays responsive.

:class:`ExportJob` lives in the window's thread and is all a page deals with:
``start()``, ``cancel()``, and signals that always arrive in the window's thread.
Its worker runs :func:`wizard.documents.packet.export_packet` on a QThread.

Before each document the worker reports progress and *waits* until the window has
handled it (a blocking queued connection, a few milliseconds). So a Cancel seen
while handling that report is honoured before the next document is begun, and
nothing is written after the user said stop. The window therefore never waits on
the worker thread itself: only the worker waits on the window, never the reverse.

The worker gets its own copy of the project, so edits made meanwhile (the window
stays usable once a Cancel has hidden the progress dialog) cannot reach a document
half-way through.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from wizard.documents.packet import (
    ExportCancelledError,
    ExportError,
    ExportResult,
    export_packet,
)
from wizard.model.project import Project

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportRequest:
    project: Project
    """A copy the worker owns: nobody else changes it while the packet is written."""
    out_dir: Path
    make_zip: bool
    replace_existing: bool
    today: date


@dataclass(frozen=True)
class _Cancelled:
    pass


@dataclass(frozen=True)
class _Failed:
    message: str


class _Worker(QObject):
    step = Signal(int, int, str)
    done = Signal(object)
    """An ExportResult, _Cancelled or _Failed; emitted once."""

    def __init__(self, request: ExportRequest, cancel: threading.Event) -> None:
        super().__init__()
        self._request = request
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        request = self._request
        outcome: ExportResult | _Cancelled | _Failed
        try:
            outcome = export_packet(
                request.project,
                request.out_dir,
                make_zip=request.make_zip,
                today=request.today,
                progress=self._progress,
                replace_existing=request.replace_existing,
            )
        except ExportCancelledError:
            outcome = _Cancelled()
        except ExportError as error:
            outcome = _Failed(str(error))
        except Exception as error:  # a bug must not leave the window waiting forever
            log.exception("exporting the starter packet failed")
            outcome = _Failed(
                f"Something unexpected went wrong while writing the packet ({error}). "
                "Nothing was saved."
            )
        self.done.emit(outcome)

    def _progress(self, done: int, total: int, title: str) -> bool:
        if self._cancel.is_set():
            return False
        self.step.emit(done, total, title)  # returns once the window has handled it
        return not self._cancel.is_set()


class ExportJob(QObject):
    """One export. Exactly one of succeeded / cancelled / failed is emitted, after the
    worker thread has stopped; ``finished`` follows it."""

    progressed = Signal(int, int, str)
    """(documents done, documents in all, the one being made); cancel() from a slot
    connected here stops the export before the next document."""
    succeeded = Signal(object)
    """The ExportResult."""
    cancelled = Signal()
    failed = Signal(str)
    """What went wrong, in plain words; nothing was left behind."""
    finished = Signal()

    def __init__(self, request: ExportRequest, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._thread.setObjectName("starter-packet-export")
        self._worker = _Worker(request, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.step.connect(self._on_step, Qt.ConnectionType.BlockingQueuedConnection)
        self._worker.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._thread.finished.connect(self._on_thread_finished, Qt.ConnectionType.QueuedConnection)
        self._outcome: ExportResult | _Cancelled | _Failed | None = None
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running or self._outcome is not None:
            raise RuntimeError("an export job runs once")
        self._running = True
        self._thread.start()

    def cancel(self) -> None:
        """Stop before the next document; whatever was written is removed."""
        self._cancel.set()

    @Slot(int, int, str)
    def _on_step(self, done: int, total: int, title: str) -> None:
        self.progressed.emit(done, total, title)

    @Slot(object)
    def _on_done(self, outcome: ExportResult | _Cancelled | _Failed) -> None:
        self._outcome = outcome
        self._thread.quit()

    @Slot()
    def _on_thread_finished(self) -> None:
        self._thread.wait()  # already stopped: returns at once
        self._running = False
        outcome = self._outcome
        if isinstance(outcome, ExportResult):
            self.succeeded.emit(outcome)
        elif isinstance(outcome, _Failed):
            self.failed.emit(outcome.message)
        else:
            self.cancelled.emit()
        self.finished.emit()
