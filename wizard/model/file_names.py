"""File and folder names made from what a user typed, safe on Windows, macOS and Linux."""

from __future__ import annotations

import re

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED_ON_WINDOWS = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))}
_RESERVED_ON_WINDOWS |= {f"LPT{n}" for n in range(1, 10)}
MAX_LENGTH = 80
MAX_BYTES = 150
"""File systems allow 255 bytes a name, not 255 characters: 50 emoji are 200 bytes. A
name part stays under 150 bytes of UTF-8, leaving room for what the program adds
around it ('NN ', ' starter packet 2026-12-02.zip', '.tfproj.v2.bak', a temporary
file's '.NAME.12345678.tmp')."""


def within_bytes(text: str, limit: int = MAX_BYTES) -> str:
    """``text`` cut to at most ``limit`` bytes of UTF-8, never inside a character."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def safe_file_name(text: str, fallback: str) -> str:
    """``text`` without characters file systems refuse, trimmed to a length every file
    system takes; ``fallback`` if nothing is left."""
    name = _UNSAFE.sub(" ", re.sub(r"\s*[/\\]\s*", "-", text)).strip(" .-")
    name = within_bytes(re.sub(r"\s+", " ", name)[:MAX_LENGTH]).strip(" .")
    if not name or name.upper() in _RESERVED_ON_WINDOWS:
        return fallback
    return name
