"""Writing a file so that a crash or a full disk never leaves it half-written."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path


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
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    temp_path = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if keep_backup and path.exists():
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        _keep_permissions(path, temp_path)
        os.replace(temp_path, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise
    _sync_folder(folder)


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
