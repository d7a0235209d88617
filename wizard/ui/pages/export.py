"""The 'Starter packet' step: what the packet will hold, what is still to be decided,
and the export itself.

Exporting asks for a folder, asks before replacing a packet already there, then
writes on a worker thread (:mod:`wizard.ui.export_worker`) behind a window-modal
progress dialog with Cancel, so the window keeps repainting. How it ended is said
on the page itself (where the packet went, with a button to open the folder);
a failure is also reported in a message box, in the words of the ExportError.
The page never changes the project: the worker writes from a copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from wizard.documents.packet import (
    ExportResult,
    PacketItem,
    distinct_gaps,
    packet_destination,
    plan_packet,
)
from wizard.model import clock
from wizard.model.day_words import day_text
from wizard.model.exports import last_export, record_export
from wizard.model.steps import STEP_IDS, step_by_id
from wizard.ui.dialogs import ProgressHandle
from wizard.ui.export_worker import ExportJob, ExportRequest
from wizard.ui.forms import child, load_form
from wizard.ui.pages.base import StepPage
from wizard.ui.session import ProjectSession
from wizard.ui.settings import AppSettings
from wizard.ui.widgets.problem import HINT_STYLE, NOTE_STYLE, PROBLEM_STYLE

PROGRESS_TITLE = "Exporting the starter packet"
EXPAND_FOLDERS_UP_TO = 12
GAP_ROWS_SHOWN = 10
"""The list of answers to decide grows to this many rows, then scrolls."""
"""A folder with more files than this starts folded, so the list stays readable."""
DONE_STYLE = "color: #1d5b2c; font-weight: bold;"


@dataclass(frozen=True)
class _Planned:
    """One row of the list: a file, or a folder with the files in it."""

    name: str
    item: PacketItem | None
    children: tuple[PacketItem, ...] = ()


def _group(items: list[PacketItem]) -> list[_Planned]:
    rows: list[_Planned] = []
    folders: dict[str, list[PacketItem]] = {}
    for item in items:
        folder, _, rest = item.path.partition("/")
        if not rest:
            rows.append(_Planned(item.path, item))
            continue
        if folder not in folders:
            folders[folder] = []
            rows.append(_Planned(folder, None))
        folders[folder].append(item)
    return [
        _Planned(row.name, None, tuple(folders[row.name])) if row.item is None else row
        for row in rows
    ]


def _gap_words(count: int) -> str:
    return "" if count == 0 else f"{count} {'answer' if count == 1 else 'answers'}"


def _gap_line(gap: str, step: str | None) -> str:
    """One answer still to decide, and the step where it is given."""
    return gap if step is None else f"{gap}  →  {step_by_id(step).title}"


def progress_text(done: int, total: int, title: str) -> str:
    """What the progress dialog says: the document being made, and how far along."""
    if done >= total:
        return "Putting the packet in its folder…"
    return f"Making {title} ({done + 1} of {total})…"


class ExportPage(StepPage):
    step_id = "export"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("export.ui", self)
        self.settings: AppSettings | None = None
        """Given by the window; remembers the last folder and the .zip choice."""
        self.readiness_label = child(form, QLabel, "readinessLabel")
        self.zip_check = child(form, QCheckBox, "zipCheck")
        self.export_button = child(form, QPushButton, "exportButton")
        self.status_label = child(form, QLabel, "statusLabel")
        self.open_folder_button = child(form, QPushButton, "openFolderButton")
        self.files_label = child(form, QLabel, "filesLabel")
        self.files_tree = child(form, QTreeWidget, "filesTree")
        self.gaps_box = child(form, QGroupBox, "gapsBox")
        self.gaps_intro = child(form, QLabel, "gapsIntroLabel")
        self.gaps_list = child(form, QListWidget, "gapsList")
        # Each answer still to decide leads to the step that answers it: one Tab stop,
        # the arrows to move, Enter (or a double-click) to go there.
        self.gaps_list.itemActivated.connect(self._gap_chosen)
        self._style()
        self.job: ExportJob | None = None
        self.progress: ProgressHandle | None = None
        self.last_result: ExportResult | None = None
        self._request: ExportRequest | None = None
        self._show_status("", "")
        self.export_button.clicked.connect(self.start_export)
        self.zip_check.toggled.connect(self._zip_toggled)
        self.open_folder_button.clicked.connect(self.open_folder)

    def _style(self) -> None:
        font = self.export_button.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.export_button.setFont(font)
        header = self.files_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.gaps_intro.setStyleSheet(HINT_STYLE)

    def use_settings(self, settings: AppSettings) -> None:
        self.settings = settings
        self.zip_check.setChecked(settings.export_zip())

    # ----- showing the plan -----------------------------------------------------------

    def attach(self, session: ProjectSession) -> None:
        """Another project: what was said about the last export no longer applies."""
        if not self.busy:
            self.last_result = None
            self._show_status("", "")
        super().attach(session)

    def show_project(self) -> None:
        items = plan_packet(self.project, clock.today())
        gaps = distinct_gaps(items)
        self._show_files(items)
        self._show_gaps(gaps)
        documents = len(items)
        if gaps:
            readiness = (
                f"The packet will hold {documents} documents. {len(gaps)} "
                f"{'answer is' if len(gaps) == 1 else 'answers are'} still to be decided "
                "(listed below). Each shows in the documents as '[to be decided: …]', so "
                "you can export now and fill them in later."
            )
        else:
            readiness = (
                f"The packet will hold {documents} documents, and every answer they need "
                "is in place."
            )
        last = last_export(self.project)
        if last is not None:
            readiness += (
                f"\n\nYou last made a packet on {day_text(last.made_on)}, in {last.folder}."
            )
        self.readiness_label.setText(readiness)
        self.readiness_label.setAccessibleName(readiness)
        self.export_button.setEnabled(not self.busy)

    def _show_files(self, items: list[PacketItem]) -> None:
        tree = self.files_tree
        tree.clear()
        for row in _group(items):
            if row.item is not None:
                tree.addTopLevelItem(self._file_row(row.item.path, row.item))
                continue
            count = len(row.children)
            gaps = len(distinct_gaps(list(row.children)))  # one answer, however many letters
            folder = QTreeWidgetItem(
                [f"{row.name}  ({count} {'file' if count == 1 else 'files'})", _gap_words(gaps)]
            )
            folder.setToolTip(0, f"A folder of {count} documents")
            tree.addTopLevelItem(folder)
            for item in row.children:
                folder.addChild(self._file_row(item.path.partition("/")[2], item))
            folder.setExpanded(count <= EXPAND_FOLDERS_UP_TO)
        no_gaps = not any(item.gaps for item in items)
        tree.setColumnHidden(1, no_gaps)
        tree.setHeaderHidden(no_gaps)  # a lone 'File' heading says nothing
        files = len(items)
        self.files_label.setText(
            f"A folder named '{self._destination_name()}' with {files} "
            f"{'file' if files == 1 else 'files'}, numbered in reading order:"
        )

    @staticmethod
    def _file_row(name: str, item: PacketItem) -> QTreeWidgetItem:
        gaps = item.gaps
        row = QTreeWidgetItem([name, _gap_words(len(gaps))])
        row.setToolTip(0, item.title)
        if gaps:
            row.setToolTip(1, "\n".join(f"[to be decided: {gap}]" for gap in gaps))
        return row

    def _destination_name(self) -> str:
        return packet_destination(self.project, Path(), clock.today()).name

    def _show_gaps(self, gaps: dict[str, str | None]) -> None:
        if gaps:
            self.gaps_intro.setText(
                "These answers are missing. The documents mark each one as "
                "'[to be decided: …]'. Double-click one, or press Enter on it, to go to "
                "its step."
            )
            self._fill_gaps(gaps)
        else:
            self.gaps_intro.setText("Nothing: every document has all the answers it needs.")
            self.gaps_list.clear()
        self.gaps_list.setVisible(bool(gaps))

    def _fill_gaps(self, gaps: dict[str, str | None]) -> None:
        self.gaps_list.clear()
        for gap, step in gaps.items():
            item = QListWidgetItem(_gap_line(gap, step), self.gaps_list)
            item.setData(Qt.ItemDataRole.UserRole, step)
            if step is not None:
                item.setToolTip(f"Go to {step_by_id(step).title}")
        rows = min(self.gaps_list.count(), GAP_ROWS_SHOWN)
        height = sum(self.gaps_list.sizeHintForRow(row) for row in range(rows))
        self.gaps_list.setFixedHeight(height + 2 * self.gaps_list.frameWidth() + 4)

    def _gap_chosen(self, item: QListWidgetItem) -> None:
        step = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(step, str) and step in STEP_IDS:
            self.go_to_step.emit(step)

    # ----- exporting ------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def _zip_toggled(self, checked: bool) -> None:
        if self.settings is not None:
            self.settings.set_export_zip(checked)

    def _start_folder(self) -> Path:
        remembered = self.settings.last_export_folder() if self.settings else None
        if remembered is not None:
            return remembered
        return self.start_folder()

    def start_export(self) -> None:
        """Ask where, ask before replacing, then write on the worker thread."""
        if self.busy or self.session is None:
            return
        folder = self.dialogs.choose_export_folder(self._start_folder())
        if folder is None:
            return
        today = clock.today()
        make_zip = self.zip_check.isChecked()
        destination = packet_destination(self.project, folder, today)
        zip_file = destination.with_name(destination.name + ".zip")
        targets = [destination, zip_file] if make_zip else [destination]
        existing = [target for target in targets if target.exists()]
        replace = False
        if existing:
            if not self.dialogs.ask_replace_packet(existing[0]):
                self._show_status("The old packet was kept; nothing was written.", NOTE_STYLE)
                return
            replace = True
        if self.settings is not None:
            self.settings.set_last_export_folder(folder)
        request = ExportRequest(
            project=self.project.model_copy(deep=True),
            out_dir=folder,
            make_zip=make_zip,
            replace_existing=replace,
            today=today,
        )
        self._run(request)

    def _run(self, request: ExportRequest) -> None:
        self.last_result = None
        self._request = request
        self._show_status("Writing the packet…", HINT_STYLE)
        self.export_button.setEnabled(False)
        self.progress = self.dialogs.show_progress(PROGRESS_TITLE, "Getting ready…")
        job = ExportJob(request, self)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._succeeded)
        job.cancelled.connect(self._cancelled)
        job.failed.connect(self._failed)
        job.finished.connect(self._finished)
        self.job = job
        job.start()

    def _progressed(self, done: int, total: int, title: str) -> None:
        if self.progress is None or self.job is None:
            return
        if not self.progress.was_cancelled():
            self.progress.set_progress(done, total, progress_text(done, total, title))
        if self.progress.was_cancelled():
            self.job.cancel()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _succeeded(self, result: ExportResult) -> None:
        self._close_progress()
        self.last_result = result
        if self.session is not None:  # remembered in the project: the step can be done
            made_on = self._request.today if self._request is not None else clock.today()
            record_export(self.project, made_on, result.folder, len(result.files), len(result.gaps))
            self.session.keep_recorded_change()
            self.refresh()
        lines = [f"Done. Your starter packet is in:\n{result.folder}"]
        if result.zip_file is not None:
            lines.append(f"A .zip copy is beside it: {result.zip_file.name}")
        self._show_status("\n".join(lines), DONE_STYLE, show_open=True)

    def _cancelled(self) -> None:
        self._close_progress()
        self._show_status("Export cancelled. Nothing was written.", NOTE_STYLE)

    def _failed(self, message: str) -> None:
        self._close_progress()
        self._show_status(f"The packet was not exported. {message}", PROBLEM_STYLE)
        self.dialogs.show_error("The packet was not exported", message)

    def _finished(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self.export_button.setEnabled(True)

    def _show_status(self, text: str, style: str, *, show_open: bool = False) -> None:
        self.status_label.setStyleSheet(style)
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text or "No export yet")
        self.status_label.setVisible(bool(text))
        self.open_folder_button.setVisible(show_open)

    def open_folder(self) -> None:
        """Show the packet in the file manager (a local folder: nothing goes online)."""
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.folder)))

    def wait_for_export(self) -> None:
        """Cancel a running export and wait until it has cleaned up (the window is closing).
        Events keep flowing meanwhile, since the worker waits on the window at each step."""
        job = self.job
        if job is None or not job.running:
            return
        loop = QEventLoop()
        job.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        job.cancel()
        if job.running:
            loop.exec()
