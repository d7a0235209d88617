"""Prints how long the SCC work takes: the statewide summary over 39 counties × 10 years
of annual data files, and the annual report for 1 and 10 years of a task force's record.

    .venv/bin/python scripts/benchmark_statewide.py

- statewide: the whole ``taskforce-builder statewide`` command in a fresh process (start,
  read and check 390 files, write the DOCX and the CSV); goal (issue 13) under 5 s;
- the annual report of the latest year, for 1 and 10 years of monthly meetings with 60
  organizations, 400 members and a full connection survey each year: building the
  context, rendering the Word document (charts included) and drawing the PDF twin.
Each figure is the median of several runs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from wizard.documents.annual_data import write_made_up_files
from wizard.documents.annual_report import build_context
from wizard.documents.annual_report_pdf import write_annual_report_pdf
from wizard.documents.render import render_to_bytes
from wizard.model.large import project_with_years

RUNS = 3
TODAY = date(2027, 1, 15)
ROOT = Path(__file__).resolve().parent.parent


def median_s(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def statewide(folder: Path) -> float:
    files = write_made_up_files(folder / "in", task_forces=39, years=10, today=TODAY)
    out = folder / "out"
    out.mkdir()
    command = [sys.executable, "-m", "wizard", "statewide", *map(str, files), "--out", str(out)]
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}

    def run() -> None:
        subprocess.run(command, check=True, capture_output=True, env=environment)

    return median_s(run)


def report(years: int, folder: Path) -> tuple[float, float, float]:
    project = project_with_years(years)
    year = TODAY.year - 1
    context = build_context(project, year, TODAY)
    return (
        median_s(lambda: build_context(project, year, TODAY)),
        median_s(lambda: render_to_bytes("annual_report.docx", context)),
        median_s(lambda: write_annual_report_pdf(context, folder / f"{years}.pdf")),
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        (folder / "in").mkdir()
        print(f"statewide, 39 counties × 10 years (390 files): {statewide(folder):.2f} s")
        report(1, folder)  # warm up: fonts, templates and imports load once
        for years in (1, 10):
            built, word, pdf = report(years, folder)
            print(
                f"annual report, {years:>2} year{'s' if years > 1 else ' '}: context "
                f"{built * 1000:.0f} ms, Word {word * 1000:.0f} ms, PDF {pdf * 1000:.0f} ms"
            )


if __name__ == "__main__":
    main()
