"""Commands that run without a window. Never imports Qt, so they start fast
and work on a machine with no screen."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from wizard import __version__
from wizard.model.progress import StepState, all_progress
from wizard.model.steps import GROUPS, step_by_id
from wizard.storage.errors import ProjectFileError
from wizard.storage.project_file import open_project

EXIT_OK = 0
EXIT_INVALID = 2

_MARKS = {
    StepState.DONE: "done",
    StepState.IN_PROGRESS: "in progress",
    StepState.NOT_STARTED: "not started",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="taskforce-builder",
        description="Plan a CSEC/Y task force and write its paperwork. "
        "With no command, opens the window (and PROJECT, if given).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check", help="check a project file and list what each step still needs"
    )
    check.add_argument("project", type=Path, metavar="PROJECT.tfproj")
    shots = commands.add_parser(
        "screenshots", help="save a picture of every step (no screen needed)"
    )
    shots.add_argument("out", type=Path, metavar="FOLDER")
    shots.add_argument("--project", type=Path, help="project to show (default: the sample county)")
    return parser


def check(project_path: Path, out: TextIO | None = None, err: TextIO | None = None) -> int:
    # Looked up at call time: a default of sys.stdout would be the stream at import time.
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    try:
        opened = open_project(project_path, keep_backup=False)
    except ProjectFileError as error:
        print(f"Not a valid project file: {error}", file=err)
        return EXIT_INVALID
    project = opened.project
    name = project.region.name or "Untitled task force"
    counties = ", ".join(project.region.counties) or "no counties chosen yet"
    print(f"{name} ({counties})", file=out)
    if opened.migrated_from is not None:
        print(f"(written in the older file format {opened.migrated_from}; opens fine)", file=out)
    progress = {item.step_id: item for item in all_progress(project)}
    for group in GROUPS:
        print(f"\n{group.title}", file=out)
        for step_id, item in progress.items():
            step = step_by_id(step_id)
            if step.group != group.id:
                continue
            line = f"  [{_MARKS[item.state]:>11}]  {step.title}"
            if item.missing and item.state is not StepState.NOT_STARTED:
                line += " — still needs: " + "; ".join(item.missing)
            print(line, file=out)
    return EXIT_OK


def run(argv: list[str]) -> int:
    """Run a headless command; ``argv`` starts with the command name."""
    args = build_parser().parse_args(argv)
    if args.command == "check":
        return check(args.project)
    if args.command == "screenshots":
        from wizard.ui.screenshots import save_screenshots  # Qt only for this command

        written: int = save_screenshots(args.out, args.project)
        return written
    raise AssertionError(f"unhandled command {args.command!r}")
