"""Prints how long the figures step's work takes as a task force's record grows.

    .venv/bin/python scripts/benchmark_figures.py

For 1, 2, 5 and 10 years of monthly meetings, with 60 organizations, 400 members
and a full connection survey each year (60×59 pairs, three answers each), the
median of several runs of:
- save and open of the project file;
- the figures and five charts of the latest period, laid out and painted (as images,
  not PNG files), as the step shows them after a change;
- rendering the period's "Task force figures" Word document.
Goals (issue 12): open + save ≤ 500 ms, figures ≤ 150 ms, document ≤ 1 s at 10 years.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from wizard.documents.charts import layout, to_image
from wizard.documents.figures import (
    attendance_chart,
    build_context,
    counts_chart,
    network_chart,
    tenure_chart,
    training_chart,
)
from wizard.documents.render import render_to_bytes
from wizard.model.figures import period_figures
from wizard.model.large import project_with_years
from wizard.model.project import Project
from wizard.storage.project_file import open_project, save_project

RUNS = 5
TODAY = date(2027, 1, 15)


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def figures_and_charts(project: Project) -> None:
    period = project.data_periods[-1]
    figures = period_figures(project, period, TODAY)
    charts = [
        attendance_chart(project, period, TODAY),
        tenure_chart(project, TODAY),
        training_chart(figures),
        network_chart(project, period),
        counts_chart(project, youth=True),
    ]
    for chart in charts:
        if chart is not None:
            to_image(layout(chart), scale=2.0)  # what the window shows


def figures_document(project: Project) -> None:
    render_to_bytes("figures.docx", build_context(project, project.data_periods[-1], TODAY))


def main() -> None:
    print(
        f"{'years':>5} {'meetings':>8} {'file KB':>8} {'save ms':>8} {'open ms':>8} "
        f"{'figures ms':>10} {'document ms':>11}"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.tfproj"
        for years in (1, 2, 5, 10):
            project = project_with_years(years)
            save = median_ms(lambda p=project: save_project(p, path))
            opened = median_ms(lambda: open_project(path))
            figures_and_charts(project)  # fonts loaded once, as in the running program
            figures = median_ms(lambda p=project: figures_and_charts(p))
            document = median_ms(lambda p=project: figures_document(p), runs=3)
            kb = path.stat().st_size / 1024
            print(
                f"{years:>5} {len(project.meetings):>8} {kb:>8.0f} {save:>8.1f} {opened:>8.1f} "
                f"{figures:>10.1f} {document:>11.1f}"
            )


if __name__ == "__main__":
    main()
