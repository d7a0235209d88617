"""Fonts for the PDFs and charts: one that can draw far more than Latin.

DejaVu Sans (or Arial) is found in reportlab's folder, the usual system folders,
or through fontconfig. Charts need a font file for both renderers (the PDF and
the PNG for Word), so :func:`chart_font_files` falls back to reportlab's own
Vera, which is always there. No Qt here.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from pathlib import Path

_FONT_FILES = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("Arial.ttf", "Arial Bold.ttf"),
    ("arial.ttf", "arialbd.ttf"),
)
_FONT_FOLDERS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/System/Library/Fonts/Supplemental"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)


def font_candidates() -> list[tuple[Path, Path]]:
    """Fonts that can draw far more than Latin (DejaVu Sans, or Arial), best first:
    reportlab's own folder, the usual system folders, then what fontconfig finds."""
    import reportlab

    folders = [Path(reportlab.__file__).parent / "fonts", *_FONT_FOLDERS]
    found = [
        (folder / regular, folder / bold)
        for folder in folders
        for regular, bold in _FONT_FILES
        if (folder / regular).is_file()
    ]
    if shutil.which("fc-match"):
        regular_file = _fc_match("DejaVu Sans:style=Book")
        bold_file = _fc_match("DejaVu Sans:style=Bold")
        if regular_file is not None:
            found.append((regular_file, bold_file or regular_file))
    return found


def _fc_match(pattern: str) -> Path | None:
    try:
        result = subprocess.run(
            ["fc-match", "-f", "%{file}", pattern],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(result.stdout.strip())
    return path if result.returncode == 0 and path.suffix.lower() == ".ttf" else None


@cache
def chart_font_files() -> tuple[Path, Path]:
    """Regular and bold font files that both reportlab and Pillow can read."""
    from PIL import ImageFont

    for regular, bold in font_candidates():
        try:
            ImageFont.truetype(str(regular), 10)
            ImageFont.truetype(str(bold if bold.is_file() else regular), 10)
        except OSError:
            continue
        return regular, bold if bold.is_file() else regular
    import reportlab

    folder = Path(reportlab.__file__).parent / "fonts"
    return folder / "Vera.ttf", folder / "VeraBd.ttf"
