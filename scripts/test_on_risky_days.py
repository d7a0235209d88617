"""Runs the whole test suite once for each risky day, with "today" pinned to it.

    .venv/bin/python scripts/test_on_risky_days.py [pytest arguments]

`make test-dates` and CI call this. The program reads TASKFORCE_BUILDER_TODAY
through wizard.model.clock, so each run sees that day as today everywhere: in
the rules, the pages, the documents and the tests' own expectations.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.risky_days import RISKY_DAYS  # noqa: E402 (needs the path above)
from wizard.model.clock import TODAY_VARIABLE  # noqa: E402


def main(arguments: list[str]) -> int:
    for day in RISKY_DAYS:
        print(f"== today is {day.isoformat()}", flush=True)
        environment = {**os.environ, TODAY_VARIABLE: day.isoformat()}
        environment.setdefault("QT_QPA_PLATFORM", "offscreen")
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        command += ["-m", "not installer", *arguments]
        result = subprocess.run(command, cwd=ROOT, env=environment, check=False)
        if result.returncode != 0:
            print(f"== the suite failed with today pinned to {day.isoformat()}", flush=True)
            return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
