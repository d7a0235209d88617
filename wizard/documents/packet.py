"""The starter packet: which documents it holds, and writing them safely.

Everything is written into a hidden folder beside the destination, then moved
into place in one rename. A failure or a cancel removes the hidden folder, so
no half-written packet or file is ever left behind, and an existing packet is
only replaced when the caller says the user agreed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from wizard.documents.render import render_to_file
from wizard.documents.values import gap_steps_in, gaps_in
from wizard.model import clock
from wizard.model.file_names import safe_file_name
from wizard.model.project import Project

Progress = Callable[[int, int, str], bool]
"""Called before each document with (done, total, title); returning False cancels."""


@dataclass(frozen=True)
class PacketItem:
    """One file of the packet: a template with its context, or a writer (the PDF)."""

    path: str
    """Where the file goes inside the packet folder, e.g. '01 Charter.docx'."""
    title: str
    """What the progress dialog says while it is made."""
    template: str | None = None
    context: Mapping[str, Any] | None = None
    writer: Callable[[Path], None] | None = None
    extra_gaps: list[str] = field(default_factory=list)

    @property
    def gaps(self) -> list[str]:
        found = gaps_in(self.context) if self.context is not None else []
        return found + [gap for gap in self.extra_gaps if gap not in found]

    @property
    def gap_steps(self) -> dict[str, str | None]:
        """Each gap with the step that answers it (None for one only named in text)."""
        found: dict[str, str | None] = {}
        if self.context is not None:
            found.update(gap_steps_in(self.context))
        for gap in self.extra_gaps:
            found.setdefault(gap, None)
        return found

    def make(self, target: Path) -> None:
        if self.template is not None and self.context is not None:
            render_to_file(self.template, self.context, target)
        elif self.writer is not None:
            self.writer(target)
        else:
            raise ValueError(f"{self.path} has neither a template nor a writer")


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: list[Path]
    zip_file: Path | None
    gaps: list[str]


class ExportCancelledError(Exception):
    """The user cancelled; nothing was written."""


class ExportError(Exception):
    """Writing the packet failed; ``str()`` says what, in plain words. Nothing was left behind."""


class PacketExistsError(ExportError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path.name} already exists in {path.parent}.")


ItemsBuilder = Callable[[Project, date], list[PacketItem]]
"""A part of the packet: the documents one module makes (wizard.documents.catalog)."""

OVERVIEW_NUMBER = "00"


def plan_packet(project: Project, today: date) -> list[PacketItem]:
    """Every file of the packet, in reading order, numbered without holes."""
    from wizard.documents.catalog import PARTS  # the parts import this module

    items = [item for part in PARTS for item in part(project, today)]
    return _numbered(sorted(items, key=lambda item: item.path))


def _numbered(items: list[PacketItem]) -> list[PacketItem]:
    """Parts are numbered in reading order (each module names its place with a number),
    but a part with nothing to show, such as the MOUs before any is drafted, makes no
    file; renumbering keeps the numbers a user sees continuous: 05 then 06, never 07."""
    tops = list(dict.fromkeys(item.path.partition("/")[0] for item in items))
    renamed: dict[str, str] = {}
    count = 0
    for top in tops:
        number, _, name = top.partition(" ")
        if number == OVERVIEW_NUMBER:
            renamed[top] = top
            continue
        count += 1
        renamed[top] = f"{count:02d} {name}"
    return [
        replace(item, path=renamed[top] + rest)
        for item in items
        for top, rest in [_split_top(item.path)]
    ]


def _split_top(path: str) -> tuple[str, str]:
    top, slash, rest = path.partition("/")
    return top, slash + rest


def packet_gaps(project: Project, today: date | None = None) -> list[str]:
    """Every answer the packet will show as '[to be decided: ...]', each once."""
    return list(distinct_gaps(plan_packet(project, today or clock.today())))


def distinct_gaps(items: list[PacketItem]) -> dict[str, str | None]:
    """The answers still to decide across ``items``, each once (an answer missing from
    thirteen letters is one answer to give), with the step that answers it. Every count
    of gaps the user sees is a count of this."""
    found: dict[str, str | None] = {}
    for item in items:
        for gap, step in item.gap_steps.items():
            if found.get(gap) is None:
                found[gap] = step
    return found


def packet_folder_name(project: Project, today: date) -> str:
    name = safe_file_name(project.region.name, "Task force")
    return f"{name} starter packet {today.isoformat()}"


def packet_destination(project: Project, out_dir: Path, today: date) -> Path:
    return out_dir / packet_folder_name(project, today)


def export_packet(
    project: Project,
    out_dir: Path,
    *,
    make_zip: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    replace_existing: bool = False,
) -> ExportResult:
    """Write the packet folder (and its .zip) into ``out_dir``."""
    today = today or clock.today()
    final = packet_destination(project, out_dir, today)
    zip_final = final.with_name(final.name + ".zip")
    if not replace_existing:
        for target in (final, zip_final) if make_zip else (final,):
            if target.exists():
                raise PacketExistsError(target)
    items = plan_packet(project, today)
    work = _make_work_folder(out_dir)
    try:
        files = _write_items(items, work / final.name, progress)
        zip_work = _zip_folder(work / final.name, work / zip_final.name) if make_zip else None
        _move_into_place(work / final.name, final)
        if zip_work is not None:
            os.replace(zip_work, zip_final)
    except OSError as error:
        raise ExportError(_describe(error, out_dir)) from error
    finally:
        shutil.rmtree(work, ignore_errors=True)
    gaps = list(distinct_gaps(items))
    moved = [final / path.relative_to(work / final.name) for path in files]
    return ExportResult(final, moved, zip_final if make_zip else None, gaps)


def _make_work_folder(out_dir: Path) -> Path:
    try:
        return Path(tempfile.mkdtemp(prefix=".packet-in-progress-", dir=out_dir))
    except FileNotFoundError as error:
        raise ExportError(f"The folder {out_dir} does not exist.") from error
    except OSError as error:
        raise ExportError(_describe(error, out_dir)) from error


def _write_items(items: list[PacketItem], folder: Path, progress: Progress | None) -> list[Path]:
    folder.mkdir()
    written = []
    for done, item in enumerate(items):
        if progress is not None and not progress(done, len(items), item.title):
            raise ExportCancelledError()
        target = folder / item.path
        target.parent.mkdir(parents=True, exist_ok=True)
        item.make(target)
        written.append(target)
    if progress is not None and not progress(len(items), len(items), "Finishing"):
        raise ExportCancelledError()
    return written


def _zip_folder(folder: Path, zip_path: Path) -> Path:
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, Path(folder.name) / path.relative_to(folder))
    return zip_path


def _move_into_place(new: Path, final: Path) -> None:
    """Swap the new packet in; an older one is moved aside first and removed after."""
    if not final.exists():
        os.replace(new, final)
        return
    old = final.with_name(f".{final.name}.old-{os.getpid()}")
    os.replace(final, old)
    try:
        os.replace(new, final)
    except OSError:
        os.replace(old, final)
        raise
    with contextlib.suppress(OSError):
        shutil.rmtree(old)


def _describe(error: OSError, out_dir: Path) -> str:
    if error.errno == 28:
        return f"The packet could not be written to {out_dir}: the disk is full."
    if isinstance(error, PermissionError):
        return f"The packet could not be written to {out_dir}: that folder does not allow changes."
    reason = error.strerror or type(error).__name__
    return f"The packet could not be written to {out_dir} ({reason})."
