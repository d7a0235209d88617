"""Opening and saving ``.tfproj`` files.

Save: JSON from the model, written atomically, the previous version kept as
``NAME.tfproj.bak``. Open: size cap, decode, parse, version check, migrate,
validate (including cross-references). Every refusal is a ProjectFileError
whose message names the problem, and a failed open writes nothing to disk.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from wizard.model.project import SCHEMA_VERSION, Project
from wizard.storage import errors
from wizard.storage.atomic import write_atomically
from wizard.storage.migrations import OLDEST_READABLE_VERSION, migrate

FILE_SUFFIX = ".tfproj"
MAX_FILE_BYTES = 64 * 1024 * 1024
"""Far above any real project (a 10,000-member roster is about 4 MB), far below trouble."""
_SHOWN_PROBLEMS = 3


@dataclass(frozen=True)
class OpenedProject:
    project: Project
    migrated_from: int | None = None
    """The file's older format version, when it was upgraded on opening."""
    backup: Path | None = None
    """Copy of the older file kept before upgrading."""


def project_to_bytes(project: Project) -> bytes:
    text = json.dumps(project.model_dump(mode="json"), ensure_ascii=False, indent=1)
    return (text + "\n").encode("utf-8")


def is_marked_read_only(path: Path) -> bool:
    """The file's own write permission is off (chmod 444, or Windows' read-only box).
    Root may write it anyway, but "read-only" means "do not change", so nobody does."""
    try:
        return not path.stat().st_mode & 0o222
    except OSError:
        return False


def save_project(project: Project, path: Path) -> None:
    """Save atomically; on any failure the file on disk is the previous version."""
    if is_marked_read_only(path):
        raise errors.SaveFailedError(
            path,
            "was not saved: the file is marked read-only.",
            "Choose Save As to keep your work in a new file. Your work is still open.",
        )
    data = project_to_bytes(project)
    try:
        write_atomically(path, data, keep_backup=True)
    except PermissionError as error:
        raise errors.SaveFailedError(
            path,
            "could not be saved: the folder does not allow changes.",
            "Choose Save As and pick another folder, such as Documents. Your work is still open.",
        ) from error
    except OSError as error:
        raise errors.SaveFailedError(
            path,
            f"could not be saved ({_os_reason(error)}).",
            "Your previous save is untouched and your work is still open; "
            "free some space or choose Save As to save elsewhere.",
        ) from error


def _os_reason(error: OSError) -> str:
    if error.errno == 28:  # ENOSPC
        return "the disk is full"
    return error.strerror or type(error).__name__


def open_project(path: Path, keep_backup: bool = True) -> OpenedProject:
    """Read, check and, if it is older, upgrade a project file.

    Upgrading happens in memory. With ``keep_backup`` (for opening to edit) a copy
    of the older file is kept beside it first; a read-only look such as
    ``taskforce-builder check`` passes False and leaves the folder as it was.
    """
    data = _read_bytes(path)
    raw = _parse(path, data)
    version = _version_of(path, raw)
    migrated_from = None
    if version < SCHEMA_VERSION:
        raw = _migrate(path, raw, version)
        migrated_from = version
    project = project_from_json(path, raw)
    upgraded = migrated_from is not None
    backup = _keep_old_copy(path, version) if upgraded and keep_backup else None
    return OpenedProject(project, migrated_from, backup)


def project_from_json(path: Path, raw: dict[str, Any]) -> Project:
    """Validate already-parsed JSON of the current version into a Project."""
    try:
        return Project.model_validate(raw)
    except ValidationError as error:
        raise errors.WrongShapeError(
            path,
            "has parts this program does not understand: " + _describe(error),
            "It may have been edited by hand or damaged. Try the .bak copy beside it.",
        ) from error


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise errors.TooLargeError(
                path,
                f"is {size // (1024 * 1024)} MB, far larger than any project file "
                f"(the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB).",
                "It is probably not a Task Force Builder project.",
            )
        with path.open("rb") as stream:
            return stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise errors.FileMissingError(
            path, "could not be found.", "It may have been moved or renamed."
        ) from error
    except IsADirectoryError as error:
        raise errors.NotAProjectError(path, "is a folder, not a project file.") from error
    except PermissionError as error:
        raise errors.ProjectFileError(
            path, "could not be read: you do not have permission."
        ) from error
    except OSError as error:
        raise errors.ProjectFileError(path, f"could not be read ({_os_reason(error)}).") from error


def _parse(path: Path, data: bytes) -> dict[str, Any]:
    if not data.strip():
        raise errors.TruncatedFileError(path, "is empty.", "Try the .bak copy beside it.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # A copy cut short in the middle of a multi-byte character (é, emoji, Arabic).
        cut_mid_character = error.reason == "unexpected end of data"
        if cut_mid_character and data.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
            raise _cut_short(path) from error
        raise errors.NotAProjectError(
            path, "is not a Task Force Builder project (it is not a text file)."
        ) from error
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        if _looks_cut_short(text, error):
            raise _cut_short(path) from error
        raise errors.NotAProjectError(
            path,
            f"is not a Task Force Builder project (it could not be read at line {error.lineno}).",
        ) from error
    except (ValueError, RecursionError) as error:
        # A number thousands of digits long, or lists inside lists thousands deep:
        # nothing the program writes, and Python refuses to read them.
        raise errors.NotAProjectError(
            path, "is not a Task Force Builder project (it holds data no project has)."
        ) from error
    if not isinstance(raw, dict):
        raise errors.WrongShapeError(path, "is not a Task Force Builder project.")
    _check_sizes(path, raw)
    return raw


MAX_TEXT_CHARACTERS = 1_000_000
"""Far more than any answer (the pages take 100 KB answers), far less than would make the
window crawl: a 50 MB piece of text is refused on opening, with its place named."""
MAX_DEPTH = 32
"""The project's own nesting is under ten levels."""


_Entry = tuple[Any, "_Entry | None", "str | int | None", int]
"""A value met while checking sizes: the value, the entry holding it, its key there
(a list's items counted from 1), and its depth."""


def _check_sizes(path: Path, raw: dict[str, Any]) -> None:
    """Refuse text too long for any field, and nesting deeper than any project, before
    validating: checking a 50 MB string field by field is what made the window hang.
    Where a value sits is worked out only for the one refused: naming the place of
    every value cost a 2,000-member project 20 ms on opening (issue 16)."""
    stack: list[_Entry] = [(raw, None, None, 0)]
    while stack:
        entry = stack.pop()
        value, _holder, _key, depth = entry
        if depth > MAX_DEPTH:
            raise errors.WrongShapeError(
                path, "is not a Task Force Builder project (its parts are nested too deep)."
            )
        if isinstance(value, str) and len(value) > MAX_TEXT_CHARACTERS:
            raise errors.TooLargeError(
                path,
                f"holds a piece of text {len(value):,} characters long at "
                f"{_where(entry) or 'the top'}, "
                f"more than any answer can be ({MAX_TEXT_CHARACTERS:,}).",
                "It may be damaged. Try the .bak copy beside it.",
            )
        if isinstance(value, dict):
            stack += [(item, entry, key, depth + 1) for key, item in value.items()]
        elif isinstance(value, list):
            stack += [(item, entry, n + 1, depth + 1) for n, item in enumerate(value)]


def _where(entry: _Entry) -> str:
    """'members › item 3 › notes' for the value ``entry`` holds."""
    keys: list[str | int | None] = []
    holder: _Entry | None = entry
    while holder is not None and holder[1] is not None:
        keys.append(holder[2])
        holder = holder[1]
    where = ""
    for key in reversed(keys):
        where = _place(where, key)
    return where


def _place(where: str, key: object) -> str:
    part = f"item {key}" if isinstance(key, int) else str(key).replace("_", " ")
    return f"{where} › {part}" if where else part


def _cut_short(path: Path) -> errors.TruncatedFileError:
    return errors.TruncatedFileError(
        path,
        "is incomplete: it stops part-way through.",
        "It was probably cut short while copying or saving. Try the .bak copy beside it.",
    )


_UNFINISHED_NUMBER = re.compile(r"-|\.|[eE][-+]?")
"""The end of a number cut off part-way: '-', '1.', '1e', '1e-'."""
_UNFINISHED_ESCAPE = re.compile(r"u[0-9A-Fa-f]{0,3}")
"""The end of a \\uXXXX escape cut off part-way (the error points just after the backslash)."""


def _looks_cut_short(text: str, error: json.JSONDecodeError) -> bool:
    """True when the JSON fails only because it ends early, not because it is garbled."""
    starts_like_ours = text.lstrip().startswith("{")
    rest = text[error.pos :].rstrip()
    at_the_end = not rest
    in_escape = error.msg.startswith("Invalid \\uXXXX")
    in_last_word = bool(rest) and (
        any(word.startswith(rest) for word in ("true", "false", "null"))
        or _UNFINISHED_NUMBER.fullmatch(rest) is not None
        or (in_escape and _UNFINISHED_ESCAPE.fullmatch(rest) is not None)
    )
    unterminated = error.msg.startswith("Unterminated string")
    return starts_like_ours and (at_the_end or in_last_word or unterminated)


def _version_of(path: Path, raw: dict[str, Any]) -> int:
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise errors.WrongShapeError(
            path, "is not a Task Force Builder project (it has no format version)."
        )
    if version > SCHEMA_VERSION:
        raise errors.NewerVersionError(
            path,
            f"was saved by a newer version of Task Force Builder (file format {version}; "
            f"this version reads up to {SCHEMA_VERSION}).",
            "Please install the newest version to open it. The file has not been changed.",
        )
    if version < OLDEST_READABLE_VERSION:
        raise errors.WrongShapeError(
            path, f"uses a file format ({version}) this program never wrote."
        )
    return version


def _migrate(path: Path, raw: dict[str, Any], version: int) -> dict[str, Any]:
    try:
        return migrate(raw, version, SCHEMA_VERSION)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.WrongShapeError(
            path,
            f"is in an older format ({version}) and could not be upgraded: it looks damaged.",
        ) from error


def _keep_old_copy(path: Path, version: int) -> Path | None:
    """Before the upgraded project is ever saved over it, keep the old file as it was."""
    backup = path.with_name(f"{path.name}.v{version}.bak")
    counter = 1
    while backup.exists():
        counter += 1
        backup = path.with_name(f"{path.name}.v{version}-{counter}.bak")
    try:
        shutil.copy2(path, backup)
    except OSError:
        return None  # a read-only folder: the original itself stays untouched until a save
    return backup


def _describe(error: ValidationError) -> str:
    problems = [_describe_one(item) for item in error.errors()[:_SHOWN_PROBLEMS]]
    extra = error.error_count() - len(problems)
    text = "; ".join(problems)
    return text + (f" (and {extra} more)" if extra > 0 else "") + "."


def _describe_one(item: Any) -> str:
    where = " › ".join(
        f"item {part + 1}" if isinstance(part, int) else str(part).replace("_", " ")
        for part in item["loc"]
    )
    message = str(item["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message
