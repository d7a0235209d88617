"""Render packaging/icons/taskforce-builder.svg into the icon files installers need.

PNGs at the sizes Linux desktops look for (hicolor theme), a Windows .ico and a
macOS .icns. The results are committed, so a build needs neither this script nor
a screen; rerun it after changing the SVG:

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
SVG = ICONS / "taskforce-builder.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"taskforce-builder-{size}.png"


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    written = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size))):
            raise SystemExit(f"could not write {png_path(size)}")
        written.append(png_path(size))
    del app
    return written


def write_ico_and_icns() -> list[Path]:
    from PIL import Image

    largest = Image.open(png_path(max(PNG_SIZES)))
    ico = ICONS / "taskforce-builder.ico"
    largest.save(ico, sizes=[(size, size) for size in ICO_SIZES])
    icns = ICONS / "taskforce-builder.icns"
    largest.save(icns)
    return [ico, icns]


def main() -> None:
    for path in [*render_pngs(), *write_ico_and_icns()]:
        print(f"wrote {path.relative_to(ICONS.parent.parent)}")


if __name__ == "__main__":
    main()
