"""Every message box and file dialog the program shows goes through here.

The window and its pages ask a :class:`Dialogs` object, never QMessageBox or
QFileDialog directly. Tests hand the window a stand-in that answers at once,
so no test ever waits on a real modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

if TYPE_CHECKING:  # the roster's CSV code loads with the members page, not at start
    from wizard.model.roster import ColumnMapping, CsvTable

PROJECT_FILTER = "Task Force Builder projects (*.tfproj)"
CSV_FILTER = "CSV files (*.csv *.txt);;All files (*)"
WORD_FILTER = "Word documents (*.docx)"


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


class Dialogs:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def choose_project_to_open(self, start_folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent, "Open a project", str(start_folder), PROJECT_FILTER
        )
        return Path(name) if name else None

    def choose_save_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent, "Save the project as", str(suggested), PROJECT_FILTER
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == ".tfproj" else path.with_name(path.name + ".tfproj")

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def show_info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def ask_unsaved_changes(self, project_name: str) -> UnsavedChoice:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Unsaved changes")
        box.setText(f"Save your changes to {project_name} before closing?")
        box.setInformativeText("If you don't save, the changes since your last save are lost.")
        save = box.addButton("&Save", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("&Don't save", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("&Cancel", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return UnsavedChoice.SAVE
        if clicked is discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def ask_open_locked(self, file_name: str, holder: str) -> LockedChoice:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Project already open")
        box.setText(f"{file_name} is already open: {holder}.")
        box.setInformativeText(
            "You can open it read-only to look at it. To keep your changes, use Save As "
            "to save them under another name."
        )
        read_only = box.addButton("Open &read-only", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("&Cancel", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return LockedChoice.READ_ONLY if box.clickedButton() is read_only else LockedChoice.CANCEL

    def ask_recover(self, description: str) -> RecoveryChoice:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Recover unsaved work?")
        box.setText("The program closed before some work was saved.")
        box.setInformativeText(f"A recovery copy was kept of {description}. Bring it back?")
        recover = box.addButton("&Recover", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("&Throw away", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Decide &later", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(recover)
        box.exec()
        if box.clickedButton() is recover:
            return RecoveryChoice.RECOVER
        if box.clickedButton() is discard:
            return RecoveryChoice.DISCARD
        return RecoveryChoice.LATER

    def show_about(self, title: str, html: str) -> None:
        QMessageBox.about(self.parent, title, html)

    # ----- the roster page ------------------------------------------------------------

    def choose_csv_to_import(self, start_folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent, "Import people from a CSV file", str(start_folder), CSV_FILTER
        )
        return Path(name) if name else None

    def choose_csv_export_path(self, suggested: Path) -> Path | None:
        """The file dialog itself asks before replacing an existing file."""
        name, _ = QFileDialog.getSaveFileName(
            self.parent, "Export the roster as CSV", str(suggested), CSV_FILTER
        )
        if not name:
            return None
        path = Path(name)
        return (
            path if path.suffix.lower() in (".csv", ".txt") else path.with_name(path.name + ".csv")
        )

    def map_csv_columns(
        self,
        file_name: str,
        table: CsvTable,
        guess: ColumnMapping,
        describe: Callable[[ColumnMapping], str] | None = None,
    ) -> ColumnMapping | None:
        """Which column holds what; None if the user cancels."""
        from wizard.ui.widgets.csv_import_dialog import CsvImportDialog

        dialog = CsvImportDialog(file_name, table, guess, describe, self.parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.mapping()
            return None
        finally:
            dialog.deleteLater()

    def confirm_remove_members(self, question: str, detail: str) -> bool:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Remove from the roster?")
        box.setText(question)
        box.setInformativeText(detail)
        remove = box.addButton("&Remove", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("&Keep", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is remove

    # ----- grant applications ---------------------------------------------------------

    def confirm_remove_draft(self, question: str, detail: str) -> bool:
        """Asked before a grant draft is deleted; the safe answer is Keep."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Remove the grant draft?")
        box.setText(question)
        box.setInformativeText(detail)
        remove = box.addButton("&Remove", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("&Keep", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is remove

    def choose_word_save_path(self, suggested: Path) -> Path | None:
        """Where to save one Word document; the file dialog asks before replacing a file."""
        name, _ = QFileDialog.getSaveFileName(
            self.parent, "Save as a Word file", str(suggested), WORD_FILTER
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")

    # ----- the starter packet ---------------------------------------------------------

    def choose_export_folder(self, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self.parent, "Choose where to save the starter packet", str(start)
        )
        return Path(name) if name else None

    def ask_replace_packet(self, path: Path) -> bool:
        """True to replace an existing packet folder or .zip; the safe answer is No."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Replace the packet?")
        box.setText(f"{path.name} is already in {path.parent}.")
        box.setInformativeText(
            "Replace it with a new packet? The old one is removed only once the new one "
            "has been written in full."
        )
        replace = box.addButton("&Replace", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("&Keep the old one", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def show_progress(self, title: str, text: str) -> ProgressHandle:
        return ProgressWindow(self.parent, title, text)
