"""Prints how long the Meetings and figures step takes with a big task force, offscreen.

.venv/bin/python scripts/benchmark_figures_page.py

For made-up task forces of 1, 5 and 10 years (monthly meetings, 60 organizations,
400 members, a yearly period with counts and a full connection survey): opening the
project on the step, the figures and charts appearing after a change (the work the
page does once its 300 ms pause is over: after a count changed, only the two count
charts; after a period is chosen, every chart), ticking one person, and changing a
count.
The goal in issue 12 is figures and charts within 150 ms of a change. Figures are
the median of a few runs, in milliseconds, including the repaint. It prints; it
does not judge.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from wizard.model import clock
from wizard.model import survey as survey_rules
from wizard.model.counts import COUNTS
from wizard.model.large import project_with_roster
from wizard.model.project import DataPeriod, Meeting, PeriodCount, Project
from wizard.ui.app import configure_application
from wizard.ui.main_window import MainWindow
from wizard.ui.pages.data_collection import DataCollectionPage
from wizard.ui.screenshots import _SilentDialogs
from wizard.ui.session import ProjectSession
from wizard.ui.settings import AppSettings
from wizard.ui.widgets.chart_view import CHART_NAMES

RUNS = 5
TODAY = date(2026, 12, 31)
PICTURES_TAB = 3


def big_task_force(years: int) -> Project:
    """``years`` of monthly meetings (about 30 people each) and yearly periods, 60
    organizations, 400 members (all joined before the first meeting)."""
    project = project_with_roster(400, organisation_count=60)
    for number, member in enumerate(project.members):
        member.status = "member" if number % 10 else "left"
        member.joined_on = date(TODAY.year - years, 1, 1)
    ids = [m.id for m in project.members]
    first = TODAY.year - years + 1
    for year in range(first, TODAY.year + 1):
        for month in range(1, 13):
            start = (year * 12 + month) % len(ids)
            came = [ids[(start + step * 13) % len(ids)] for step in range(30)]
            project.meetings.append(
                Meeting(
                    held_on=date(year, month, 10),
                    title="Full task force meeting",
                    attendee_member_ids=list(dict.fromkeys(came)),
                    guests=month % 4,
                )
            )
        period = DataPeriod(label=str(year), starts_on=date(year, 1, 1), ends_on=date(year, 12, 31))
        for n, definition in enumerate(COUNTS):
            period.counts[definition.kind] = PeriodCount(value=(year + n) % 40)
        survey = survey_rules.new_survey(project, date(year, 11, 1))
        for a, b in survey_rules.pairs(survey):
            for r, definition in enumerate(survey_rules.RELATIONS):
                value = (hash((a, b, r, year)) % 3) or None
                survey_rules.set_answer(
                    survey, a, b, definition.relation, None if value is None else value == 1
                )
        period.survey = survey
        project.data_periods.append(period)
    project.last_step = "data_collection"
    return project


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
        settle()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(window: MainWindow, years: int) -> dict[str, float]:
    project = big_task_force(years)
    figures = {
        "open on step": median_ms(lambda: window.show_session(ProjectSession(project, None)))
    }
    page = window.pages["data_collection"]
    assert isinstance(page, DataCollectionPage)
    page.tabs.setCurrentIndex(PICTURES_TAB)
    settle()
    row = page.count_rows.rows["youth_identified"]
    flip = iter(range(1_000_000))
    figures["count changed"] = median_ms(
        page.refresh_figures, lambda: row.spin.setValue(next(flip) % 50)
    )
    figures["every chart"] = median_ms(
        page.refresh_figures, lambda: page._figures_changed(CHART_NAMES)
    )
    page.tabs.setCurrentIndex(0)
    settle()
    figures["figures (other tab)"] = median_ms(
        page.refresh_figures, lambda: row.spin.setValue(next(flip) % 50)
    )
    page.attendees.setCurrentRow(0)
    item = page.attendees.item(0)
    figures["tick a person"] = median_ms(
        lambda: item.setCheckState(
            item.checkState().__class__(2 - item.checkState().value)  # toggle
        )
    )
    figures["change a count"] = median_ms(lambda: row.spin.setValue(next(flip) % 50))
    return figures


def main() -> None:
    configure_application()
    clock.pin(TODAY)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(_SilentDialogs(), AppSettings(settings))
        window.resize(1180, 760)
        window.show()
        names = ("open on step", "count changed", "every chart", "figures (other tab)",
                 "tick a person", "change a count")  # fmt: skip
        print(f"{'years':>6} " + " ".join(f"{n:>19}" for n in names) + "   (ms)")
        for years in (1, 5, 10):
            figures = measure(window, years)
            print(f"{years:>6} " + " ".join(f"{figures[n]:>19.1f}" for n in names))
        window.session = None
        window.close()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
