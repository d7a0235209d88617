"""What each headless command loads (issue 16): ``--version`` and ``--help`` answer
without the model, and opening a project never searches the installed packages for
pydantic plugins. Each runs in a fresh interpreter, since this test session has long
imported everything. scripts/benchmark_startup.py times them; these tests keep the
reasons for the times from coming back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

import wizard

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "sample-county.tfproj"
HEAVY = ["pydantic", "wizard.model", "wizard.storage", "importlib.metadata", "pathlib"]

_RUN_AND_LIST = """
import contextlib, io, json, sys
from wizard.__main__ import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    try:
        code = main(sys.argv[2:])
    except SystemExit as exit:
        code = exit.code
print(json.dumps({{"code": code, "out": out.getvalue(),
                  "loaded": sorted(n for n in {heavy!r} if n in sys.modules)}}))
"""


def run_main(*args: str, env: dict[str, str] | None = None) -> dict[str, object]:
    code = _RUN_AND_LIST.format(heavy=HEAVY)
    result = subprocess.run(
        [sys.executable, "-c", code, "--", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_load_no_model(option):
    found = run_main(option)
    assert found["code"] == 0
    assert found["loaded"] == []
    assert "taskforce-builder" in str(found["out"])


def test_check_loads_the_model_but_no_package_metadata():
    found = run_main("check", str(SAMPLE))
    assert found["code"] == 0
    assert "North Ridge" in str(found["out"])
    # ...so the test above can tell the difference, and the plugin search stays skipped.
    assert found["loaded"] == ["pathlib", "pydantic", "wizard.model", "wizard.storage"]


def test_pydantic_plugins_are_still_searched_for_when_asked():
    """Someone who sets pydantic's own switch gets pydantic's own loader."""
    found = run_main("check", str(SAMPLE), env={"PYDANTIC_DISABLE_PLUGINS": "some-plugin"})
    assert found["code"] == 0
    assert "importlib.metadata" in found["loaded"]


def test_the_version_is_written_once_and_installed_from_there():
    """pyproject.toml reads the version from the package, so --version (which no longer
    reads package metadata) and the installed metadata cannot disagree."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "wizard/__init__.py"
    assert wizard.__version__ == metadata.version("taskforce-builder")
