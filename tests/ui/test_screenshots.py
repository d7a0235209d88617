from __future__ import annotations

import argparse

import pytest
from PySide6.QtGui import QImage

from wizard.cli import _window_size
from wizard.model.steps import STEP_IDS
from wizard.ui.screenshots import WINDOW_SIZE, save_screenshots

pytestmark = pytest.mark.gui


def test_screenshots_of_every_step(qtbot, tmp_path):
    assert save_screenshots(tmp_path / "shots") == 0
    names = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert names[0] == "00-welcome.png"
    assert names[1:] == [f"{n:02d}-{step}.png" for n, step in enumerate(STEP_IDS, start=1)]
    image = QImage(str(tmp_path / "shots" / "03-members.png"))
    assert (image.width(), image.height()) == WINDOW_SIZE
    assert len({image.pixel(x, 200) for x in range(0, image.width(), 7)}) > 5  # not blank


def test_screenshots_refuse_a_damaged_project(qtbot, tmp_path, capsys):
    bad = tmp_path / "bad.tfproj"
    bad.write_text("{", encoding="utf-8")
    assert save_screenshots(tmp_path / "shots", bad) == 2
    assert "incomplete" in capsys.readouterr().err


def test_screenshots_at_a_laptop_size(qtbot, tmp_path):
    assert save_screenshots(tmp_path / "shots", size=(1024, 700)) == 0
    image = QImage(str(tmp_path / "shots" / "03-members.png"))
    assert (image.width(), image.height()) == (1024, 700)


def test_the_size_is_read_as_width_by_height():
    assert _window_size("1024x700") == (1024, 700)
    for bad in ("1024", "wide", "10x10"):
        with pytest.raises(argparse.ArgumentTypeError):
            _window_size(bad)
