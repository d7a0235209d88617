"""Kill a saving process at random moments and check what is left on disk.

A forked child saves numbered versions of one project in a loop; the parent kills
it with SIGKILL after a random pause, then checks that the project file and its
.bak each open and are each one of the versions saved, and that at most one
temporary file is left beside them. Used by the suite (100 kills) and by
scripts/kill_during_save.py (1,000).
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections import Counter
from pathlib import Path

from wizard.model.large import project_with_roster
from wizard.model.project import Project
from wizard.storage import atomic
from wizard.storage.project_file import open_project, save_project

MEMBERS = 1_500
"""About 500 KB: a save takes long enough for kills to land part-way through."""


def _save_forever(project: Project, path: Path, first_version: int) -> None:
    version = first_version
    while True:
        project.region.name = f"v{version}"
        save_project(project, path)
        version += 1


def _version_in(path: Path) -> int:
    name = open_project(path, keep_backup=False).project.region.name
    return int(name.removeprefix("v"))


def kill_and_check(folder: Path, kills: int, seed: int = 7) -> Counter[str]:
    """Returns what was found after each kill; raises AssertionError on any damage."""
    rng = random.Random(seed)
    path = folder / "killed.tfproj"
    found: Counter[str] = Counter()
    next_version = 0
    # Built once, before any fork: built in each child, it took most of the pause on a
    # busy machine, and kills landed before any save at all (87 of 100 whole, not 95).
    project = project_with_roster(MEMBERS, 60)
    for _ in range(kills):
        child = os.fork()
        if child == 0:  # pragma: no cover (the child never returns)
            try:
                atomic.STARTED = time.time()  # each run of the program is a new process
                _save_forever(project, path, next_version)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        next_version += 10_000  # later children save later versions
        found.update(_inspect(folder, path, next_version))
    return found


def _inspect(folder: Path, path: Path, below: int) -> Counter[str]:
    found: Counter[str] = Counter()
    temporaries = list(folder.glob(f".{path.name}.*.tmp"))
    assert len(temporaries) <= 1, [t.name for t in temporaries]
    found[f"{len(temporaries)} temporary file(s) left"] += 1
    if not path.exists():
        found["killed before the first save"] += 1
        return found
    assert _version_in(path) < below
    found["project file whole"] += 1
    backup = path.with_name(path.name + ".bak")
    if backup.exists():
        assert _version_in(backup) <= _version_in(path)
        found[".bak whole"] += 1
    return found
