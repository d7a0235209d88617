"""How long the program takes to show its window, next to a bare PySide6 window.

    .venv/bin/python scripts/benchmark_startup.py [--runs 9] [--program BUNDLED_PROGRAM]

Each run starts a new process (a cold start of the interpreter; the disk cache is
warm, as for a user who opened the program before) and stops the clock when the
process says its first window is shown, offscreen. In the same run, alternating
with it, a bare PySide6 program shows an empty QMainWindow of the same size: the
floor no Qt program can go below on this machine. The program is timed through
packaging/entry.py, the very file the bundle runs, and the bundle itself is timed
too when --program names it. The goal is a ratio under 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTRY = ROOT / "packaging" / "entry.py"
MARK = "window shown:"
BARE_WINDOW = f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1180, 760)
window.show()
QTimer.singleShot(0, lambda: (print("{MARK} bare", flush=True), app.quit()))
app.exec()
"""


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to its 'window shown' line."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert process.stdout is not None
    for raw in process.stdout:
        if raw.decode(errors="replace").startswith(MARK):
            elapsed = time.perf_counter() - started
            break
    else:
        process.wait()
        raise SystemExit(f"{command[0]} never showed its window (exit code {process.returncode})")
    process.wait(timeout=60)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--program", type=Path, help="a bundled taskforce-builder to time as well")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            TASKFORCE_BUILDER_HOME=str(Path(home) / "state"),  # no recovery copies to offer
            XDG_CONFIG_HOME=str(Path(home) / "config"),  # no remembered window layout
            TASKFORCE_BUILDER_PROBE_WINDOW="",  # report the window, save no picture
        )
        commands = {
            "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW],
            "Task Force Builder": [sys.executable, str(ENTRY)],
        }
        if args.program is not None:
            commands["bundled program"] = [str(args.program.resolve())]
        for command in commands.values():  # warm the disk cache; not counted
            time_to_window(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(args.runs):
            order = list(commands.items())
            if run % 2:
                order.reverse()  # neither side always runs first
            for name, command in order:
                times[name].append(time_to_window(command, env))

    bare = statistics.median(times["bare PySide6 window"])
    print(f"Start to first shown window, offscreen, median of {args.runs} runs:")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"  {name:<22} {median * 1000:6.0f} ms  (fastest {min(values) * 1000:4.0f} ms)"
            f"   ratio to bare: {median / bare:.2f}"
        )


if __name__ == "__main__":
    main()
