"""Fixtures for driving the real window offscreen, with every dialog answered by a
stand-in and every setting kept in a temporary folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from wizard.model.roster import ColumnMapping
from wizard.ui.app import configure_application
from wizard.ui.dialogs import Dialogs, LockedChoice, RecoveryChoice, UnsavedChoice
from wizard.ui.main_window import FIRST_SIZE, MainWindow
from wizard.ui.settings import AppSettings

ACCEPT_GUESS = "accept the guess"


@dataclass
class FakeProgress:
    """The export's progress dialog: records each step, and 'clicks' Cancel once it has
    seen ``cancel_after`` steps (never, if None)."""

    cancel_after: int | None = None
    steps: list[tuple[int, int, str]] = field(default_factory=list)
    closed: bool = False

    def set_progress(self, done: int, total: int, text: str) -> None:
        assert not self.closed, "progress shown after the dialog was closed"
        self.steps.append((done, total, text))

    def was_cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.steps) >= self.cancel_after

    def close(self) -> None:
        self.closed = True


@dataclass
class FakeDialogs(Dialogs):
    """Answers from queues set by the test; records every question asked."""

    save_paths: list[Path | None] = field(default_factory=list)
    open_paths: list[Path | None] = field(default_factory=list)
    unsaved_answers: list[UnsavedChoice] = field(default_factory=list)
    locked_answers: list[LockedChoice] = field(default_factory=list)
    recover_answers: list[RecoveryChoice] = field(default_factory=list)
    csv_open_paths: list[Path | None] = field(default_factory=list)
    csv_save_paths: list[Path | None] = field(default_factory=list)
    csv_mappings: list[ColumnMapping | str | None] = field(default_factory=list)
    """A mapping, None for Cancel, or ACCEPT_GUESS to continue with the program's guess."""
    remove_answers: list[bool] = field(default_factory=list)
    draft_remove_answers: list[bool] = field(default_factory=list)
    word_paths: list[Path | None] = field(default_factory=list)
    export_folders: list[Path | None] = field(default_factory=list)
    replace_answers: list[bool] = field(default_factory=list)
    meeting_remove_answers: list[bool] = field(default_factory=list)
    period_remove_answers: list[bool] = field(default_factory=list)
    survey_import_answers: list[bool] = field(default_factory=list)
    calendar_paths: list[Path | None] = field(default_factory=list)
    report_folders: list[Path | None] = field(default_factory=list)
    replace_report_answers: list[bool] = field(default_factory=list)
    cancel_export_after: int | None = None
    """Steps the export's progress dialog shows before the fake user clicks Cancel."""
    progresses: list[FakeProgress] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(None)

    def _take(self, queue: list, kind: str, text: str):  # type: ignore[no-untyped-def]
        self.asked.append((kind, text))
        if not queue:
            raise AssertionError(f"unexpected question {kind}: {text}")
        return queue.pop(0)

    def choose_project_to_open(self, start_folder: Path) -> Path | None:
        return self._take(self.open_paths, "open", str(start_folder))

    def choose_save_path(self, suggested: Path) -> Path | None:
        return self._take(self.save_paths, "save_as", str(suggested))

    def show_error(self, title: str, text: str) -> None:
        self.asked.append(("error", f"{title}: {text}"))

    def show_info(self, title: str, text: str) -> None:
        self.asked.append(("info", f"{title}: {text}"))

    def ask_unsaved_changes(self, project_name: str) -> UnsavedChoice:
        return self._take(self.unsaved_answers, "unsaved", project_name)

    def ask_open_locked(self, file_name: str, holder: str) -> LockedChoice:
        return self._take(self.locked_answers, "locked", f"{file_name}: {holder}")

    def ask_recover(self, description: str) -> RecoveryChoice:
        return self._take(self.recover_answers, "recover", description)

    def show_about(self, title: str, html: str) -> None:
        self.asked.append(("about", html))

    def choose_csv_to_import(self, start_folder: Path, title: str = "") -> Path | None:
        return self._take(self.csv_open_paths, "csv_open", str(start_folder))

    def choose_csv_export_path(self, suggested: Path, title: str = "") -> Path | None:
        return self._take(self.csv_save_paths, "csv_save", str(suggested))

    def confirm_remove_meeting(self, question: str, detail: str) -> bool:
        return self._take(self.meeting_remove_answers, "remove_meeting", f"{question} {detail}")

    def confirm_remove_period(self, question: str, detail: str) -> bool:
        return self._take(self.period_remove_answers, "remove_period", f"{question} {detail}")

    def confirm_survey_import(self, summary: str) -> bool:
        return self._take(self.survey_import_answers, "survey_import", summary)

    def map_csv_columns(self, file_name, table, guess, describe=None):  # type: ignore[no-untyped-def]
        summary = describe(guess) if describe and not guess.problems() else ""
        answer = self._take(self.csv_mappings, "map_columns", f"{file_name}: {summary}")
        return guess if answer == ACCEPT_GUESS else answer

    def confirm_remove_members(self, question: str, detail: str) -> bool:
        return self._take(self.remove_answers, "remove", f"{question} {detail}".strip())

    def confirm_remove_draft(self, question: str, detail: str) -> bool:
        return self._take(self.draft_remove_answers, "remove_draft", question)

    def choose_word_save_path(self, suggested: Path) -> Path | None:
        return self._take(self.word_paths, "save_word", str(suggested))

    def choose_export_folder(self, start: Path) -> Path | None:
        return self._take(self.export_folders, "export_folder", str(start))

    def ask_replace_packet(self, path: Path) -> bool:
        return self._take(self.replace_answers, "replace_packet", str(path))

    def choose_calendar_save_path(self, suggested: Path) -> Path | None:
        return self._take(self.calendar_paths, "save_calendar", str(suggested))

    def ask_replace_report(self, folder: Path, names: list[str]) -> bool:
        return self._take(self.replace_report_answers, "replace_report", ", ".join(names))

    def choose_report_folder(self, start: Path) -> Path | None:
        return self._take(self.report_folders, "report_folder", str(start))

    def show_progress(self, title: str, text: str) -> FakeProgress:
        self.asked.append(("progress", title))
        progress = FakeProgress(self.cancel_export_after)
        self.progresses.append(progress)
        return progress

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.asked]


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Code that opens the default QSettings writes into the test's folder, not the user's."""
    folder = tmp_path / "default-settings"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "settings.ini"


@pytest.fixture
def make_window(qtbot, settings_file: Path) -> Iterator[Callable[[FakeDialogs], MainWindow]]:  # type: ignore[no-untyped-def]
    """Build windows that share one settings file, as two runs of the program would."""
    configure_application()
    windows: list[MainWindow] = []

    def make(dialogs: FakeDialogs) -> MainWindow:
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        window = MainWindow(dialogs, AppSettings(settings))
        if AppSettings(settings).window_geometry() is None:
            # As on a screen with room for it: the offscreen screen is only 800x800, and a
            # first window is never larger than its screen (test_page_widths checks that).
            window.resize(*FIRST_SIZE)
        window.show()
        window.activateWindow()  # so keyboard shortcuts reach it, as for a real user
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    for window in windows:  # close as the test left it, without questions
        if window.session is not None:
            window.session.close()
            window.session = None
        window.close()
        window.deleteLater()


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()
