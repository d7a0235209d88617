"""Runs 10,000 damaged project files through ``check`` and prints how each ended.

    .venv/bin/python scripts/fuzz_project_files.py [--cases 10000] [--processes 300]

Every truncation of a small valid file, then seeded random damage (tests/storage/
mutations.py). Each case must end in exit 0 or exit 2 with one plain line, never a
traceback, and leave the file as it was. ``--processes`` of them also run as real
``python -m wizard check`` processes. The suite runs a shorter version.
"""

from __future__ import annotations

import argparse
import collections
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.storage.mutations import corpus  # noqa: E402
from wizard import cli  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--processes", type=int, default=300)
    options = parser.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.tfproj"
        cases = list(corpus(options.cases))
        every = max(1, len(cases) // max(1, options.processes))
        for number, (name, content) in enumerate(cases):
            path.write_bytes(content)
            counts[_in_process(path, content, name)] += 1
            if options.processes and number % every == 0:
                counts["process: " + _as_process(path, content)] += 1
    print(f"{len(cases):,} cases in {time.perf_counter() - start:.0f} s")
    for outcome, count in sorted(counts.items()):
        print(f"{count:>7,}  {outcome}")
    bad = sum(count for outcome, count in counts.items() if "PROBLEM" in outcome)
    return 1 if bad else 0


def _in_process(path: Path, content: bytes, name: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    try:
        code = cli.check(path, out, err)
    except BaseException as error:  # what the user would see as a traceback
        return f"PROBLEM traceback ({type(error).__name__}) in {name}"
    if path.read_bytes() != content or len(list(path.parent.iterdir())) != 1:
        return f"PROBLEM file changed by {name}"
    if code == 2 and len(err.getvalue().strip().splitlines()) != 1:
        return f"PROBLEM not one line for {name}"
    return {0: "exit 0 (opens)", 2: "exit 2 (refused with one line)"}.get(code, f"PROBLEM {code}")


def _as_process(path: Path, content: bytes) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    if "Traceback" in result.stderr or result.returncode not in (0, 2):
        return f"PROBLEM exit {result.returncode}"
    if path.read_bytes() != content:
        return "PROBLEM file changed"
    return f"exit {result.returncode}"


if __name__ == "__main__":
    sys.exit(main())
