"""File and folder names made from what a user typed, safe on Windows, macOS and Linux."""

from __future__ import annotations

import re

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED_ON_WINDOWS = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))}
_RESERVED_ON_WINDOWS |= {f"LPT{n}" for n in range(1, 10)}
MAX_LENGTH = 80


def safe_file_name(text: str, fallback: str) -> str:
    """``text`` without characters file systems refuse, trimmed; ``fallback`` if nothing is left."""
    name = _UNSAFE.sub(" ", re.sub(r"\s*[/\\]\s*", "-", text)).strip(" .-")
    name = re.sub(r"\s+", " ", name)[:MAX_LENGTH].strip(" .")
    if not name or name.upper() in _RESERVED_ON_WINDOWS:
        return fallback
    return name
