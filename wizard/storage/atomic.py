"""Writing a file so that a crash or a full disk never leaves it half-written.

The previous version is kept as ``NAME.bak`` the same careful way: the backup is
made by a hard link to the file being replaced (no bytes copied, so nothing can
be torn), or where links are not possible by a copy written, synced and renamed
like the file itself. At every moment both the file and its ``.bak`` are whole
versions that were saved. Temporary files are named ``.NAME.*.tmp``; any left by
an earlier run that was killed are removed the next time that file is written.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

STARTED = time.time()
"""When this process started: a temporary file older than that is left from a crash."""


def _read_umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


_UMASK = _read_umask()
"""Read once at import: changing the umask later would race with other threads."""


def write_atomically(path: Path, data: bytes, keep_backup: bool = False) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder.

    The temporary file is flushed and fsynced, then swapped in with
    ``os.replace``, which is atomic on the same filesystem. If anything fails,
    the temporary file is removed and ``path`` is exactly as it was. With
    ``keep_backup`` the previous contents are first copied to ``path.bak``.
    """
    folder = path.parent
    remove_stale_temporaries(path)
    if keep_backup and path.exists():
        # First, so that at most one temporary file ever exists: a kill at any moment
        # leaves the file and its .bak whole, and one temporary at most.
        _replace_backup(path)
    temp_path = _write_temporary(path, data)
    try:
        _keep_permissions(path, temp_path)
        os.replace(temp_path, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise
    _sync_folder(folder)


def _write_temporary(path: Path, data: bytes) -> Path:
    """``data`` in a new temporary file beside ``path``, flushed and synced to disk."""
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp_path = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise
    return temp_path


def _replace_backup(path: Path) -> None:
    """Make the current ``path`` the new ``.bak`` in one atomic step."""
    backup = path.with_name(path.name + ".bak")
    temp_name = tempfile.mktemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp_backup = Path(temp_name)
    try:
        try:
            os.link(path, temp_backup)  # the same bytes, under a second name
        except OSError:
            shutil.copyfile(path, temp_backup)  # a file system without hard links
            _sync_file(temp_backup)
        os.replace(temp_backup, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            temp_backup.unlink()
        raise


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temporaries(path: Path) -> int:
    """Remove temporary files an earlier, interrupted save of ``path`` left beside it.
    Only our own names, and only files older than this process (another window's save
    in progress is never touched). Returns how many were removed."""
    removed = 0
    with contextlib.suppress(OSError):
        for candidate in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if candidate.is_file() and candidate.stat().st_mtime < STARTED:
                    candidate.unlink()
                    removed += 1
    return removed


def glob_escape(text: str) -> str:
    """``text`` with glob's special characters taken literally."""
    return "".join(f"[{char}]" if char in "*?[" else char for char in text)


def _keep_permissions(original: Path, replacement: Path) -> None:
    """mkstemp makes a private file; give the new version the old one's mode, if any."""
    try:
        mode = original.stat().st_mode
    except FileNotFoundError:
        mode = 0o666 & ~_UMASK
    with contextlib.suppress(OSError):
        os.chmod(replacement, mode & 0o7777)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible (nor needed) on Windows."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
