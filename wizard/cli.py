"""Commands that run without a window. Never imports Qt, so they start fast
and work on a machine with no screen.

The arguments are parsed before anything else is imported: ``--version`` and
``--help`` need neither the model nor pydantic, and each command imports only
what it uses, inside its own function (issue 16).
"""

from __future__ import annotations

import argparse
import sys

from wizard import __version__

TYPE_CHECKING = False  # typing itself costs --version a tenth of its time; mypy knows this name

if TYPE_CHECKING:
    from pathlib import Path
    from typing import TextIO

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INVALID = 2


def _path(text: str) -> Path:
    """A path argument. pathlib (with re, fnmatch and urllib) loads only once a command
    takes one: ``--version`` and ``--help`` are done before (issue 16)."""
    from pathlib import Path

    return Path(text)


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
    check.add_argument("project", type=_path, metavar="PROJECT.tfproj")
    export = commands.add_parser(
        "export", help="write the starter packet (Word documents and an overview PDF)"
    )
    export.add_argument("project", type=_path, metavar="PROJECT.tfproj")
    export.add_argument("--out", type=_path, required=True, metavar="FOLDER")
    export.add_argument("--zip", action="store_true", help="also write a .zip of the packet")
    export.add_argument(
        "--replace", action="store_true", help="replace a packet of the same name and date"
    )
    statewide = commands.add_parser(
        "statewide",
        help="combine task forces' annual data files into a statewide summary (DOCX and CSV)",
    )
    statewide.add_argument("files", type=_path, nargs="+", metavar="FILE.json")
    statewide.add_argument("--out", type=_path, required=True, metavar="FOLDER")
    shots = commands.add_parser(
        "screenshots", help="save a picture of every step (no screen needed)"
    )
    shots.add_argument("out", type=_path, metavar="FOLDER")
    shots.add_argument("--project", type=_path, help="project to show (default: the sample county)")
    shots.add_argument(
        "--size",
        type=_window_size,
        default=None,
        metavar="WIDTHxHEIGHT",
        help="window size in logical pixels (default: 1280x800)",
    )
    shots.add_argument(
        "--scale",
        type=float,
        default=None,
        metavar="FACTOR",
        help="screen scaling, as Windows' 150%% is 1.5 (pictures are then that much larger)",
    )
    return parser


def _window_size(text: str) -> tuple[int, int]:
    """'1024x700' -> (1024, 700), for argparse."""
    width, _, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1024x700: {text!r}") from None
    if min(size) < 100:
        raise argparse.ArgumentTypeError(f"too small a window: {text!r}")
    return size


def check(project_path: Path, out: TextIO | None = None, err: TextIO | None = None) -> int:
    # Looked up at call time: a default of sys.stdout would be the stream at import time.
    from wizard.model.progress import StepState, all_progress
    from wizard.model.steps import GROUPS, step_by_id
    from wizard.storage.errors import ProjectFileError
    from wizard.storage.project_file import open_project

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
            line = f"  [{item.state.value:>11}]  {step.title}"  # "done", "in progress"...
            if item.missing and item.state is not StepState.NOT_STARTED:
                line += " — still needs: " + "; ".join(item.missing)
            print(line, file=out)
    return EXIT_OK


def export(
    project_path: Path,
    out_dir: Path,
    *,
    make_zip: bool = False,
    replace: bool = False,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Write the packet; 0 on success, 2 for a bad project file, 1 if it could not be written."""
    from wizard.documents.packet import ExportError, PacketExistsError, export_packet
    from wizard.storage.errors import ProjectFileError
    from wizard.storage.project_file import open_project

    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    try:
        project = open_project(project_path, keep_backup=False).project
    except ProjectFileError as error:
        print(f"Not a valid project file: {error}", file=err)
        return EXIT_INVALID
    try:
        result = export_packet(project, out_dir, make_zip=make_zip, replace_existing=replace)
    except PacketExistsError as error:
        print(f"{error} Nothing was written; add --replace to replace it.", file=err)
        return EXIT_FAILED
    except ExportError as error:
        print(f"{error} Nothing was written.", file=err)
        return EXIT_FAILED
    count = len(result.files)
    print(f"Wrote {count} file{'' if count == 1 else 's'} to {result.folder}", file=out)
    if result.zip_file is not None:
        print(f"and the same as {result.zip_file}", file=out)
    if result.gaps:
        print("Marked in the documents as still to be decided:", file=out)
        for gap in result.gaps:
            print(f"  - {gap}", file=out)
    return EXIT_OK


def statewide(
    files: list[Path],
    out_dir: Path,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Combine annual data files. A file that cannot be used is named with the reason and
    left out; the rest are still combined. 0 when every file was used, 1 when some were
    skipped or nothing could be written, 2 when no file could be used."""
    from wizard.documents.statewide import write_statewide
    from wizard.model import clock
    from wizard.model.statewide import load_files

    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    result = load_files(files)
    for skipped in result.skipped:
        print(skipped.message, file=err)
    if not result.loaded:
        print("No file could be used, so nothing was written.", file=err)
        return EXIT_INVALID
    if not out_dir.is_dir():
        print(f"The folder {out_dir} does not exist. Nothing was written.", file=err)
        return EXIT_FAILED
    try:
        written = write_statewide(result, out_dir, clock.today())
    except OSError as error:
        print(f"Could not write to {out_dir} ({error.strerror or error}).", file=err)
        return EXIT_FAILED
    used = len(result.loaded)
    print(f"Combined {used} file{'' if used == 1 else 's'} into:", file=out)
    for path in written:
        print(f"  {path}", file=out)
    if result.skipped:
        count = len(result.skipped)
        print(f"{count} file{'' if count == 1 else 's'} left out (see above).", file=err)
        return EXIT_FAILED
    return EXIT_OK


def run(argv: list[str]) -> int:
    """Run a headless command; ``argv`` starts with the command name."""
    args = build_parser().parse_args(argv)
    if args.command == "check":
        return check(args.project)
    if args.command == "export":
        return export(args.project, args.out, make_zip=args.zip, replace=args.replace)
    if args.command == "statewide":
        return statewide(args.files, args.out)
    if args.command == "screenshots":
        from wizard.ui.screenshots import save_screenshots  # Qt only for this command

        written: int = save_screenshots(args.out, args.project, size=args.size, scale=args.scale)
        return written
    raise AssertionError(f"unhandled command {args.command!r}")
