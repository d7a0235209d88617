"""Prints how long the roster page takes with big rosters, offscreen.

.venv/bin/python scripts/benchmark_roster.py

For 2,000 and 10,000 made-up members: showing the page (opening the project on
it, then coming back to it), sorting by name, filtering by status and by a search
word, one keystroke in the name field, and importing a 2,000-row CSV file
through the page. Figures are the median of a few runs, in milliseconds. It
prints; it does not judge (the tests hold the behaviour, this shows the speed).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from wizard.model.large import project_with_roster
from wizard.model.project import Project, Region
from wizard.model.roster import ColumnMapping, CsvTable, export_csv
from wizard.ui.app import configure_application
from wizard.ui.main_window import MainWindow
from wizard.ui.pages.members import MembersPage
from wizard.ui.screenshots import _SilentDialogs
from wizard.ui.session import ProjectSession
from wizard.ui.settings import AppSettings
from wizard.ui.widgets.roster_model import Column

RUNS = 3


class _BenchDialogs(_SilentDialogs):
    """Chooses the benchmark's CSV file and accepts the guessed columns."""

    csv_path: Path | None = None

    def choose_csv_to_import(self, start_folder: Path) -> Path | None:
        return self.csv_path

    def map_csv_columns(
        self,
        file_name: str,
        table: CsvTable,
        guess: ColumnMapping,
        describe: Callable[[ColumnMapping], str] | None = None,
    ) -> ColumnMapping | None:
        return guess


def settle() -> None:
    QApplication.processEvents()


def median_ms(action: Callable[[], object], before: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(RUNS):
        if before is not None:
            before()
            settle()
        start = time.perf_counter()
        action()
        settle()  # include the repaint the user waits for
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(window: MainWindow, page: MembersPage, size: int) -> dict[str, float]:
    project = project_with_roster(size)
    project.last_step = "members"
    figures = {
        "open on page": median_ms(lambda: window.show_session(ProjectSession(project, None)))
    }
    figures["show again"] = median_ms(page.refresh)
    header = page.table.horizontalHeader()
    figures["sort by name"] = median_ms(
        lambda: page.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder),
        lambda: page.table.sortByColumn(Column.EMAIL, Qt.SortOrder.AscendingOrder),
    )
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    figures["filter status"] = median_ms(
        lambda: page.status_filter.setCurrentIndex(page.status_filter.findData("member")),
        lambda: page.status_filter.setCurrentIndex(0),
    )
    page.status_filter.setCurrentIndex(0)
    figures["search word"] = median_ms(
        lambda: page.search_edit.setText("partners 1"), lambda: page.search_edit.setText("")
    )
    page.search_edit.setText("")
    page.table.selectRow(0)
    figures["one keystroke"] = median_ms(lambda: page._name_edited(page.name_edit.text() + "x"))
    return figures


def measure_import(window: MainWindow, dialogs: _BenchDialogs, folder: Path) -> float:
    path = folder / "import.csv"
    path.write_bytes(export_csv(project_with_roster(2_000)))
    dialogs.csv_path = path
    page = window.pages["members"]

    def fresh() -> None:
        empty = Project(region=Region(name="Import"), last_step="members")
        window.show_session(ProjectSession(empty, None))

    result = median_ms(page.import_csv, fresh)
    assert len(page.project.members) == 2_000, "the import did not add every row"
    return result


def main() -> None:
    configure_application()
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        dialogs = _BenchDialogs()
        window = MainWindow(dialogs, AppSettings(settings))
        window.resize(1280, 800)
        window.show()
        page = window.pages["members"]
        assert isinstance(page, MembersPage)
        names = ("open on page", "show again", "sort by name", "filter status",
                 "search word", "one keystroke")  # fmt: skip
        print(f"{'members':>8} " + " ".join(f"{n:>14}" for n in names) + "   (ms)")
        for size in (2_000, 10_000):
            figures = measure(window, page, size)
            print(f"{size:>8,} " + " ".join(f"{figures[n]:>14.1f}" for n in names))
        imported = measure_import(window, dialogs, Path(folder))
        print(f"import of a 2,000-row CSV through the page: {imported:.0f} ms")
        window.session = None
        window.close()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
