from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

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
