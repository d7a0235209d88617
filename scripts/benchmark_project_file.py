"""Prints how long saving, opening and checking a project take as the roster grows.

.venv/bin/python scripts/benchmark_project_file.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from wizard.model.large import project_with_roster
from wizard.model.progress import all_progress
from wizard.storage.project_file import open_project, save_project

RUNS = 5


def median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    print(f"{'members':>8} {'file KB':>8} {'save ms':>8} {'open ms':>8} {'progress ms':>12}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.tfproj"
        for size in (100, 2_000, 10_000):
            project = project_with_roster(size)
            save = median_ms(lambda p=project: save_project(p, path))
            opened = median_ms(lambda: open_project(path))
            progress = median_ms(lambda p=project: all_progress(p))
            kb = path.stat().st_size / 1024
            print(f"{size:>8} {kb:>8.0f} {save:>8.1f} {opened:>8.1f} {progress:>12.2f}")


if __name__ == "__main__":
    main()
