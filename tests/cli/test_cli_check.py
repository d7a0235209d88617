"""The headless commands: `check`, `--version`, and that they never load Qt."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import wizard
from wizard import cli
from wizard.model import clock
from wizard.model.project import Member, Project, Region
from wizard.model.steps import GROUPS, STEPS
from wizard.storage.project_file import save_project

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_V1 = ROOT / "tests" / "fixtures" / "project_v1.tfproj"


@pytest.fixture
def saved(tmp_path) -> Path:
    path = tmp_path / "Cascade.tfproj"
    project = Project(
        region=Region(name="Cascade Valley Task Force", counties=["King", "Pierce"], kind="new"),
        members=[Member(name="Ana", sector="cps", status="member")],
    )
    save_project(project, path)
    return path


def run_check(path: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.check(path, out, err)
    return code, out.getvalue(), err.getvalue()


def test_check_a_valid_project(saved):
    before = saved.read_bytes()
    code, out, err = run_check(saved)
    assert code == cli.EXIT_OK == 0
    assert err == ""
    assert out.startswith("Cascade Valley Task Force (King, Pierce)")
    for group in GROUPS:
        assert group.title in out
    for step in STEPS:
        assert step.title in out
    assert "[       done]  What is a task force?" in out
    assert "[       done]  Recruit members" in out
    assert "[not started]  Subcommittees" in out
    assert saved.read_bytes() == before
    assert sorted(p.name for p in saved.parent.iterdir()) == ["Cascade.tfproj"]


def test_check_names_what_an_unfinished_step_still_needs(tmp_path):
    path = tmp_path / "p.tfproj"
    save_project(Project(region=Region(counties=["Yakima"])), path)
    code, out, _ = run_check(path)
    assert code == 0
    line = next(line for line in out.splitlines() if "What is a task force?" in line)
    assert "[in progress]" in line
    assert "still needs" in line
    assert "name" in line
    assert out.startswith("Untitled task force (Yakima)")


def test_check_a_truncated_copy(saved, tmp_path):
    cut = tmp_path / "Cut.tfproj"
    cut.write_bytes(saved.read_bytes()[:200])
    code, out, err = run_check(cut)
    assert code == cli.EXIT_INVALID == 2
    assert out == ""
    assert "Cut.tfproj" in err
    assert "incomplete" in err


def test_check_a_missing_file(tmp_path):
    code, _, err = run_check(tmp_path / "nowhere.tfproj")
    assert code == 2
    assert "could not be found" in err


def test_check_the_version_1_fixture(tmp_path):
    copy = tmp_path / "old.tfproj"
    shutil.copyfile(FIXTURE_V1, copy)
    code, out, err = run_check(copy)
    assert code == 0, err
    assert out.startswith("Skagit & Island CSEC/Y Task Force (Skagit, Island)")
    assert "older file format 1" in out
    assert [p.name for p in tmp_path.iterdir()] == ["old.tfproj"]  # checking writes nothing


def test_run_writes_to_the_current_stdout(saved):
    """Output follows sys.stdout as it is when the command runs, not when cli was imported."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = cli.run(["check", str(saved)])
    assert code == 0
    assert "Cascade Valley Task Force" in buffer.getvalue()


def test_run_reports_errors_on_the_current_stderr(tmp_path):
    buffer = io.StringIO()
    with contextlib.redirect_stderr(buffer):
        code = cli.run(["check", str(tmp_path / "nowhere.tfproj")])
    assert code == 2
    assert "could not be found" in buffer.getvalue()


def python(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TASKFORCE_BUILDER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_python_m_wizard_check(saved, taskforce_home):
    result = python("-m", "wizard", "check", str(saved), home=taskforce_home)
    assert result.returncode == 0, result.stderr
    assert "Cascade Valley Task Force" in result.stdout
    assert "Phase 1: Starting" in result.stdout


def test_python_m_wizard_check_bad_file_exits_2(tmp_path, taskforce_home):
    bad = tmp_path / "bad.tfproj"
    bad.write_text("hello", encoding="utf-8")
    result = python("-m", "wizard", "check", str(bad), home=taskforce_home)
    assert result.returncode == 2
    assert "not a Task Force Builder project" in result.stderr


def test_python_m_wizard_version(taskforce_home):
    result = python("-m", "wizard", "--version", home=taskforce_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"taskforce-builder {wizard.__version__}"


def test_the_cli_does_not_load_qt(taskforce_home):
    code = (
        "import sys, wizard.cli, wizard.__main__\n"
        "from wizard.model.progress import all_progress\n"
        "from wizard.storage import autosave, lock, project_file\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'shiboken6', 'PyQt5', 'PyQt6'})\n"
        "print('QT:', loaded)\n"
    )
    result = python("-c", code, home=taskforce_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "QT: []"


SAMPLE = ROOT / "resources" / "sample" / "sample-county.tfproj"


def test_check_the_shipped_sample_county():
    code, out, err = run_check(SAMPLE)
    assert code == 0, err
    assert out.startswith("North Ridge CSEC/Y Task Force (Chelan, Douglas)")


def test_check_a_truncated_copy_of_the_sample(tmp_path):
    cut = tmp_path / "sample-cut.tfproj"
    data = SAMPLE.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    code, out, err = run_check(cut)
    assert code == 2
    assert out == ""
    assert "sample-cut.tfproj" in err and "incomplete" in err


def test_the_sample_is_what_the_script_builds():
    """The committed sample must not drift from scripts/make_sample_project.py."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_sample_project
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    from wizard.storage.project_file import open_project

    assert open_project(SAMPLE, keep_backup=False).project == make_sample_project.build()


def test_export_writes_the_packet_and_lists_gaps(tmp_path):
    out = io.StringIO()
    code = cli.export(SAMPLE, tmp_path, make_zip=True, out=out, err=io.StringIO())
    assert code == 0
    folders = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert len(folders) == 1 and folders[0].name.endswith("starter packet " + str(clock.today()))
    assert (tmp_path / (folders[0].name + ".zip")).is_file()
    assert f"to {folders[0]}" in out.getvalue()


def test_export_refuses_to_replace_without_being_told(tmp_path):
    assert cli.export(SAMPLE, tmp_path, out=io.StringIO(), err=io.StringIO()) == 0
    err = io.StringIO()
    assert cli.export(SAMPLE, tmp_path, out=io.StringIO(), err=err) == 1
    assert "already exists" in err.getvalue() and "--replace" in err.getvalue()
    assert cli.export(SAMPLE, tmp_path, replace=True, out=io.StringIO(), err=err) == 0


def test_export_of_a_damaged_file_exits_2(tmp_path):
    bad = tmp_path / "bad.tfproj"
    bad.write_text("{", encoding="utf-8")
    err = io.StringIO()
    assert cli.export(bad, tmp_path, out=io.StringIO(), err=err) == 2
    assert "incomplete" in err.getvalue()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.tfproj"]


def test_python_m_wizard_export_runs_without_qt(tmp_path, taskforce_home):
    code = (
        "import sys; from wizard.__main__ import main; "
        f"rc = main(['export', {str(SAMPLE)!r}, '--out', {str(tmp_path)!r}]); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'; "
        "sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
