"""The window probe in packaging/entry.py, from source: what the smoke test and
scripts/benchmark_startup.py read. Nothing here is timed; the benchmark times."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENTRY = ROOT / "packaging" / "entry.py"
SAMPLE = ROOT / "resources" / "sample" / "sample-county.tfproj"


def probe(tmp_path: Path, *args: str, key: bool = False) -> list[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),  # this checkout, not the venv's installed copy
        "TASKFORCE_BUILDER_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TASKFORCE_BUILDER_PROBE_WINDOW": "",
    }
    env.pop("TASKFORCE_BUILDER_PROBE_KEY", None)
    if key:
        env["TASKFORCE_BUILDER_PROBE_KEY"] = "100"
    result = subprocess.run(
        [sys.executable, str(ENTRY), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_a_double_clicked_project_is_reported_shown_painted_and_typed_into(tmp_path):
    project = tmp_path / "my county.tfproj"
    shutil.copyfile(SAMPLE, project)
    lines = probe(tmp_path, str(project), key=True)
    marks = [line.split(":")[0] for line in lines]
    assert marks.index("window shown") < marks.index("window painted")
    shown = next(line for line in lines if line.startswith("window shown:"))
    assert "my county.tfproj" in shown
    assert any(re.fullmatch(r"cpu time: shown=[\d.]+ms", line) for line in lines)
    typed = next(line for line in lines if line.startswith("key typed:"))
    # The sample's last step is the roster: the key lands on its first input.
    assert re.fullmatch(r"key typed: late=-?[\d.]+ms field=yes widget=\w+:\w+", typed), typed


def test_the_welcome_screen_is_reported_once(tmp_path):
    lines = probe(tmp_path)
    assert [line for line in lines if line.startswith("window shown:")] == [
        "window shown: Task Force Builder"
    ]
    assert "window painted: Task Force Builder" in lines
