"""Every message box and file dialog the program shows goes through here.

The window and its pages ask a :class:`Dialogs` object, never QMessageBox or
QFileDialog directly. Tests hand the window a stand-in that answers at once,
so no test ever waits on a real modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the roster's CSV code loads with the members page, not at start
    from wizard.model.roster import ColumnMapping, CsvTable

# The dialog classes are imported where they are used: this module loads before the
# window first shows, and each Qt class touched then adds to the wait.

PROJECT_FILTER = "Task Force Builder projects (*.tfproj)"
CSV_FILTER = "CSV files (*.csv *.txt);;All files (*)"
WORD_FILTER = "Word documents (*.docx)"
CALENDAR_FILTER = "Calendar files (*.ics)"


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class LockedChoice(Enum):
    READ_ONLY = "read_only"
    CANCEL = "cancel"


class RecoveryChoice(Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


class ProgressHandle(Protocol):
    """A progress window with Cancel, as long work sees it."""

    def set_progress(self, done: int, total: int, text: str) -> None: ...

    def was_cancelled(self) -> bool: ...

    def close(self) -> None: ...


class ProgressWindow:
    """A window-modal QProgressDialog: the window cannot be edited meanwhile, but it
    keeps repainting, and Cancel (or Esc) is always there."""

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        self.dialog = QProgressDialog(text, "&Cancel", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(420)
        self.dialog.show()

    def set_progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setLabelText(text)
        self.dialog.setValue(min(done, max(total, 1)))

    def was_cancelled(self) -> bool:
        return self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


ButtonRole = Literal["AcceptRole", "RejectRole", "DestructiveRole"]
"""A QMessageBox.ButtonRole, by name: the enum itself is looked up when a box is shown."""
IconName = Literal["Question", "Information"]
_ACCEPT: ButtonRole = "AcceptRole"
_REJECT: ButtonRole = "RejectRole"
_DESTROY: ButtonRole = "DestructiveRole"


def _with_suffix(name: str, suffixes: tuple[str, ...]) -> Path | None:
    """The chosen file, with the first suffix added when the user typed none of them."""
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() in suffixes else path.with_name(path.name + suffixes[0])


class Dialogs:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def _ask(
        self,
        title: str,
        text: str,
        detail: str,
        buttons: list[tuple[str, ButtonRole]],
        default: int,
        icon: IconName = "Question",
    ) -> int | None:
        """Show a question; the index of the button chosen, None if closed another way."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon[icon])
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(detail)
        added = [box.addButton(label, QMessageBox.ButtonRole[role]) for label, role in buttons]
        box.setDefaultButton(added[default])
        box.exec()
        clicked = box.clickedButton()
        return next((n for n, button in enumerate(added) if button is clicked), None)

    def _save_path(
        self, title: str, suggested: Path, file_filter: str, suffixes: tuple[str, ...]
    ) -> Path | None:
        """The file dialog itself asks before replacing an existing file."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), file_filter)
        return _with_suffix(name, suffixes)

    def _open_path(self, title: str, start_folder: Path, file_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self.parent, title, str(start_folder), file_filter)
        return Path(name) if name else None

    def choose_project_to_open(self, start_folder: Path) -> Path | None:
        return self._open_path("Open a project", start_folder, PROJECT_FILTER)

    def choose_save_path(self, suggested: Path) -> Path | None:
        return self._save_path("Save the project as", suggested, PROJECT_FILTER, (".tfproj",))

    def show_error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, title, text)

    def show_info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, title, text)

    def ask_unsaved_changes(self, project_name: str) -> UnsavedChoice:
        answer = self._ask(
            "Unsaved changes",
            f"Save your changes to {project_name} before closing?",
            "If you don't save, the changes since your last save are lost.",
            [("&Save", _ACCEPT), ("&Don't save", _DESTROY), ("&Cancel", _REJECT)],
            default=0,
        )
        choices: dict[int | None, UnsavedChoice] = {0: UnsavedChoice.SAVE, 1: UnsavedChoice.DISCARD}
        return choices.get(answer, UnsavedChoice.CANCEL)

    def ask_open_locked(self, file_name: str, holder: str) -> LockedChoice:
        answer = self._ask(
            "Project already open",
            f"{file_name} is already open: {holder}.",
            "You can open it read-only to look at it. To keep your changes, use Save As "
            "to save them under another name.",
            [("Open &read-only", _ACCEPT), ("&Cancel", _REJECT)],
            default=0,
            icon="Information",
        )
        return LockedChoice.READ_ONLY if answer == 0 else LockedChoice.CANCEL

    def ask_recover(self, description: str) -> RecoveryChoice:
        answer = self._ask(
            "Recover unsaved work?",
            "The program closed before some work was saved.",
            f"A recovery copy was kept of {description}. Bring it back?",
            [("&Recover", _ACCEPT), ("&Throw away", _DESTROY), ("Decide &later", _REJECT)],
            default=0,
        )
        choices: dict[int | None, RecoveryChoice] = {
            0: RecoveryChoice.RECOVER,
            1: RecoveryChoice.DISCARD,
        }
        return choices.get(answer, RecoveryChoice.LATER)

    def show_about(self, title: str, html: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self.parent, title, html)

    def _confirm_removal(
        self, title: str, question: str, detail: str, *, act: str = "&Remove", keep: str = "&Keep"
    ) -> bool:
        """Removing or replacing is never the default: Enter keeps."""
        buttons = [(act, _DESTROY), (keep, _REJECT)]
        return self._ask(title, question, detail, buttons, default=1) == 0

    # ----- the roster page ------------------------------------------------------------

    def choose_csv_to_import(
        self, start_folder: Path, title: str = "Import people from a CSV file"
    ) -> Path | None:
        return self._open_path(title, start_folder, CSV_FILTER)

    def choose_csv_export_path(
        self, suggested: Path, title: str = "Export the roster as CSV"
    ) -> Path | None:
        return self._save_path(title, suggested, CSV_FILTER, (".csv", ".txt"))

    def map_csv_columns(
        self,
        file_name: str,
        table: CsvTable,
        guess: ColumnMapping,
        describe: Callable[[ColumnMapping], str] | None = None,
    ) -> ColumnMapping | None:
        """Which column holds what; None if the user cancels."""
        from PySide6.QtWidgets import QDialog

        from wizard.ui.widgets.csv_import_dialog import CsvImportDialog

        dialog = CsvImportDialog(file_name, table, guess, describe, self.parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.mapping()
            return None
        finally:
            dialog.deleteLater()

    def confirm_remove_members(self, question: str, detail: str) -> bool:
        return self._confirm_removal("Remove from the roster?", question, detail)

    # ----- grant applications ---------------------------------------------------------

    def confirm_remove_draft(self, question: str, detail: str) -> bool:
        return self._confirm_removal("Remove the grant draft?", question, detail)

    def choose_word_save_path(self, suggested: Path) -> Path | None:
        return self._save_path("Save as a Word file", suggested, WORD_FILTER, (".docx",))

    # ----- meetings and figures -------------------------------------------------------

    def confirm_remove_meeting(self, question: str, detail: str) -> bool:
        return self._confirm_removal("Remove the meeting?", question, detail)

    def confirm_remove_period(self, question: str, detail: str) -> bool:
        return self._confirm_removal("Remove the period?", question, detail)

    def confirm_survey_import(self, summary: str) -> bool:
        """True to put the file's answers in the survey; Enter (the default) imports,
        since the file was checked and nothing is lost: blank cells keep old answers."""
        answer = self._ask(
            "Import the survey answers?",
            "The file has no problems.",
            summary,
            [("&Import", _ACCEPT), ("&Cancel", _REJECT)],
            default=0,
        )
        return answer == 0

    # ----- the starter packet ---------------------------------------------------------

    def choose_export_folder(self, start: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name = QFileDialog.getExistingDirectory(
            self.parent, "Choose where to save the starter packet", str(start)
        )
        return Path(name) if name else None

    def ask_replace_packet(self, path: Path) -> bool:
        """True to replace an existing packet folder or .zip; the safe answer is No."""
        return self._confirm_removal(
            "Replace the packet?",
            f"{path.name} is already in {path.parent}.",
            "Replace it with a new packet? The old one is removed only once the new one "
            "has been written in full.",
            act="&Replace",
            keep="&Keep the old one",
        )

    # ----- the statewide committee (SCC) ----------------------------------------------

    def choose_calendar_save_path(self, suggested: Path) -> Path | None:
        return self._save_path("Save the deadlines calendar", suggested, CALENDAR_FILTER, (".ics",))

    def ask_replace_report(self, folder: Path, names: list[str]) -> bool:
        """True to replace last time's annual report files; the safe answer is No."""
        return self._confirm_removal(
            "Replace the files?",
            f"{folder} already has {', '.join(names)}.",
            "Replace them with the new report?",
            act="&Replace",
            keep="&Keep the old ones",
        )

    def choose_report_folder(self, start: Path) -> Path | None:
        """The folder for the annual report's Word file, PDF and data file."""
        from PySide6.QtWidgets import QFileDialog

        name = QFileDialog.getExistingDirectory(
            self.parent, "Choose where to save the annual report", str(start)
        )
        return Path(name) if name else None

    def show_progress(self, title: str, text: str) -> ProgressHandle:
        return ProgressWindow(self.parent, title, text)
