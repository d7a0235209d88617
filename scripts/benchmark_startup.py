"""How long the program takes to start, next to the floor no program can go below.

    .venv/bin/python scripts/benchmark_startup.py [--runs 7] [--members 2000]
                                                  [--program BUNDLED_PROGRAM]

Each run starts a new process (a cold start of the interpreter; the disk cache is
warm, as for a user who opened the program before). All runs of all rows happen in
the same run of this script, interleaved (the order reversed every other round), so
a busy machine slows every row alike; each row shows its median and its ratio to
its floor. The goals are those of issue 16.

The window, offscreen (packaging/entry.py, the file the bundle runs, with its probe:
``TASKFORCE_BUILDER_PROBE_WINDOW``): the clock stops once the window is painted, or
with a project given on the command line (a double-click on a ``.tfproj`` file),
once that project's last step is painted. Floor: a bare PySide6 window of the same
size, stopped at its first paint. Goals: the welcome screen within 1.1 times the
floor; a project's last step within 2.0 times, both the sample county and a project
with ``--members`` members (its last step the members' roster).

A key typed 100 ms after the window first paints (``TASKFORCE_BUILDER_PROBE_KEY``)
goes to whatever has the focus then, as a real keystroke would; the goal is that it
reaches the step's first field within 50 ms. Peak memory is the process's ru_maxrss;
the goal is 150 MB with the sample open.

Commands, to their exit: ``--version`` and ``--help`` within 3 times ``python -c
pass``, ``check`` on the sample within 10 times.

The program runs from this checkout (PYTHONPATH is set to it: packaging/entry.py on
its own would import whichever copy of ``wizard`` is installed in the venv).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTRY = ROOT / "packaging" / "entry.py"
SAMPLE = ROOT / "resources" / "sample" / "sample-county.tfproj"
MARK = "window shown:"
PAINTED_MARK = "window painted:"
CPU_MARK = "cpu time:"
KEY_MARK = "key typed:"
KEY_DELAY_MS = 100
TIMEOUT_S = 60
BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def report(mark, moment):
    print(mark, "bare", flush=True)
    print(f"{CPU_MARK} {{moment}}={{time.process_time() * 1000:.1f}}ms", flush=True)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.window() is window:
            app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (report("{PAINTED_MARK}", "painted"), app.quit()))
        return False

app = QApplication([])
first_paint = FirstPaint()
app.installEventFilter(first_paint)
window = QMainWindow()
if sys.argv[1:] == ["label"]:
    window.setCentralWidget(QLabel("Task Force Builder"))
window.resize(1180, 760)
window.show()
QTimer.singleShot(0, lambda: report("{MARK}", "shown"))
app.exec()
"""


@dataclass
class Row:
    """One thing timed: its command, what it is compared with, and its goal."""

    name: str
    command: list[str]
    floor: str | None = None
    goal: float | None = None
    window: bool = False
    key_probe: bool = False
    times: list[float] = field(default_factory=list)
    painted: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    peaks_kb: list[int] = field(default_factory=list)
    key_lates: list[float] = field(default_factory=list)
    key_fields: list[bool] = field(default_factory=list)

    def median(self) -> float:
        return statistics.median(self.times)

    def median_painted(self) -> float:
        return statistics.median(self.painted) if self.painted else float("nan")


def run_once(row: Row, env: dict[str, str]) -> None:
    """Start ``row``'s command once; note its time, its peak memory and its key."""
    env = dict(env)
    if row.key_probe:
        env["TASKFORCE_BUILDER_PROBE_KEY"] = str(KEY_DELAY_MS)
    started = time.perf_counter()
    process = subprocess.Popen(
        row.command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
    )
    assert process.stdout is not None
    elapsed: float | None = None
    for raw in process.stdout:
        line = raw.decode(errors="replace")
        if row.window and elapsed is None and line.startswith(MARK):
            elapsed = time.perf_counter() - started
        elif row.window and line.startswith(PAINTED_MARK):
            row.painted.append(time.perf_counter() - started)
        elif row.window and line.startswith(f"{CPU_MARK} shown="):
            row.cpu.append(float(line.split("=")[1].removesuffix("ms\n")) / 1000)
        elif line.startswith(KEY_MARK):
            found = re.search(r"late=(-?[\d.]+)ms field=(\w+)", line)
            if found is not None:
                row.key_lates.append(float(found.group(1)))
                row.key_fields.append(found.group(2) == "yes")
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    if not row.window:
        elapsed = time.perf_counter() - started
        row.cpu.append(usage.ru_utime + usage.ru_stime)
    if elapsed is None or process.returncode != 0:
        raise SystemExit(f"{row.name}: exit code {process.returncode}, no '{MARK}' line seen")
    row.times.append(elapsed)
    row.peaks_kb.append(usage.ru_maxrss)


_MAKE_LARGE = """
import sys
from pathlib import Path
from wizard.model.large import project_with_roster
from wizard.storage.project_file import save_project
project = project_with_roster(int(sys.argv[1]))
project.last_step = "members"
save_project(project, Path(sys.argv[2]))
"""


def make_projects(folder: Path, members: int, env: dict[str, str]) -> tuple[Path, Path]:
    """A copy of the sample county, and a project with ``members`` members whose last
    step is the roster (the heaviest page to land on). Made in another process: Linux
    counts a parent's peak memory into its children's (ru_maxrss survives exec), so this
    one stays small."""
    sample = folder / "sample county.tfproj"
    shutil.copyfile(SAMPLE, sample)
    large = folder / f"{members} members.tfproj"
    command = [sys.executable, "-c", _MAKE_LARGE, str(members), str(large)]
    subprocess.run(command, env=env, check=True)
    return sample, large


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--program", type=Path, help="a bundled taskforce-builder to time as well")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as home_name:
        home = Path(home_name)
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            PYTHONPATH=str(ROOT),
            TASKFORCE_BUILDER_HOME=str(home / "state"),  # no recovery copies to offer
            XDG_CONFIG_HOME=str(home / "config"),  # no remembered window layout
            TASKFORCE_BUILDER_PROBE_WINDOW="",  # report the window, save no picture
        )
        env.pop("TASKFORCE_BUILDER_PROBE_KEY", None)
        # As installed (pip and the bundle compile every module): the warm-up run writes
        # the .pyc files, which a shell with PYTHONDONTWRITEBYTECODE=1 would forbid, and
        # every run would compile the program's sources anew (150 ms here). They go to a
        # folder of their own, so nothing is written into the checkout or the venv.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
        sample, large = make_projects(home, args.members, env)
        python, entry = sys.executable, str(ENTRY)
        program = [str(args.program.resolve())] if args.program else None
        rows = [
            Row("bare PySide6 window", [python, "-c", BARE_WINDOW], window=True),
            Row("bare window, one label", [python, "-c", BARE_WINDOW, "label"], window=True),
            Row("welcome screen", [python, entry], "bare PySide6 window", 1.1, window=True),
            Row(
                "sample, last step",
                [python, entry, str(sample)],
                "bare PySide6 window",
                2.0,
                window=True,
                key_probe=True,
            ),
            Row(
                f"{args.members} members, last step",
                [python, entry, str(large)],
                "bare PySide6 window",
                2.0,
                window=True,
                key_probe=True,
            ),
            Row("python -c pass", [python, "-c", "pass"]),
            Row("--version", [python, entry, "--version"], "python -c pass", 3.0),
            Row("--help", [python, entry, "--help"], "python -c pass", 3.0),
            Row("check sample", [python, entry, "check", str(sample)], "python -c pass", 10.0),
        ]
        if program is not None:
            rows += [
                Row("bundle: welcome", program, "bare PySide6 window", 1.1, window=True),
                Row(
                    "bundle: sample, last step",
                    [*program, str(sample)],
                    "bare PySide6 window",
                    2.0,
                    window=True,
                    key_probe=True,
                ),
                Row("bundle: --version", [*program, "--version"], "python -c pass", 3.0),
                Row("bundle: check", [*program, "check", str(sample)], "python -c pass", 10.0),
            ]
        for row in rows:  # warm the disk cache; not counted
            run_once(row, env)
            row.times.clear()
            row.painted.clear()
            row.cpu.clear()
            row.peaks_kb.clear()
            row.key_lates.clear()
            row.key_fields.clear()
        for run in range(args.runs):
            for row in rows if run % 2 == 0 else reversed(rows):  # neither end always first
                run_once(row, env)

    by_name = {row.name: row for row in rows}
    label = by_name["bare window, one label"]
    where = "source and bundle" if program else "source"
    print(f"Median of {args.runs} runs, offscreen, from {where}. Windows: to the first turn of")
    print("the event loop with the window (and the project's last step) up, as issue 16")
    print("measured; 'painted' a moment later. Commands: to their exit. 'cpu' is the processor")
    print("time used by then, which a busy machine disturbs less. 'to label': the ratio to the")
    print("bare window holding one label (the first text costs any Qt program ~60 ms).")
    print(
        f"  {'what':<28} {'clock':>6} {'ratio (goal)':<16} {'fastest':>7} {'cpu':>6} {'ratio':>5}"
        f" {'to label':>8} {'painted':>7} {'peak MB':>7}"
    )
    for row in rows:
        ratio = cpu_ratio = to_label = painted = ""
        if row.floor is not None:
            floor = by_name[row.floor]
            value = row.median() / floor.median()
            verdict = "ok" if row.goal is None or value <= row.goal else "OVER"
            ratio = f"{value:4.2f} ({verdict} ≤{row.goal:g})"
            cpu_ratio = f"{statistics.median(row.cpu) / statistics.median(floor.cpu):5.2f}"
        if row.window:
            to_label = f"{row.median() / label.median():8.2f}"
            painted = f"{row.median_painted() * 1000:5.0f}ms"
        cpu, peak = statistics.median(row.cpu), statistics.median(row.peaks_kb) / 1024
        print(
            f"  {row.name:<28} {row.median() * 1000:4.0f}ms {ratio:<16}"
            f" {min(row.times) * 1000:5.0f}ms {cpu * 1000:4.0f}ms"
            f" {cpu_ratio:>5} {to_label:>8} {painted:>7} {peak:7.0f}"
        )
    print(f"A key typed {KEY_DELAY_MS} ms after the window first paints (goal: in its field")
    print("within 50 ms):")
    for row in rows:
        if row.key_lates:
            late = statistics.median(row.key_lates)
            into_field = sum(row.key_fields)
            print(
                f"  {row.name:<30} median {late:5.1f} ms late, worst {max(row.key_lates):5.1f} ms;"
                f" in the step's first field {into_field} of {len(row.key_fields)} times"
            )


if __name__ == "__main__":
    main()
