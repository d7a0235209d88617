"""Kills a saving process 1,000 times at random moments and prints what was left.

    .venv/bin/python scripts/kill_during_save.py [--kills 1000]

Each time: the project file and its .bak must both open and be versions that were
saved, with at most one temporary file beside them (tests/storage/kill_saves.py).
The suite runs 100 kills.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.storage.kill_saves import kill_and_check  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1_000)
    options = parser.parse_args()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        try:
            found = kill_and_check(Path(folder), options.kills)
        except AssertionError as error:
            print(f"DAMAGE found: {error}")
            return 1
    print(f"{options.kills:,} kills in {time.perf_counter() - start:.0f} s, no damage:")
    for outcome, count in sorted(found.items()):
        print(f"{count:>7,}  {outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
