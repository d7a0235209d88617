"""Smoke test of the built installer: the bundled program, run as a user's machine would.

Runs only when told where the built program is (``make installer-smoke`` does, and
CI runs that target):
- ``TASKFORCE_SMOKE_PROGRAM``: the bundled ``taskforce-builder`` (installed from the
  .deb under /opt, or unpacked from the tarball);
- ``TASKFORCE_SMOKE_INSTALLED=1``: the .deb is installed, so check what it told the
  desktop (launcher, file type, icon) too;
- ``TASKFORCE_SMOKE_TARBALL``: the .tar.gz, unpacked and tried on its own.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import tarfile
import zipfile
from collections.abc import Iterator
from configparser import ConfigParser
from importlib import metadata
from pathlib import Path

import pytest

from wizard import cli
from wizard.model.steps import STEP_IDS
from wizard.ui.about import bundled_components

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "sample-county.tfproj"
PROGRAM = os.environ.get("TASKFORCE_SMOKE_PROGRAM")
INSTALLED = os.environ.get("TASKFORCE_SMOKE_INSTALLED") == "1"
TARBALL = os.environ.get("TASKFORCE_SMOKE_TARBALL")
DESKTOP_FILE = Path("/usr/share/applications/taskforce-builder.desktop")
MIME_TYPE = "application/x-tfproj"

if not PROGRAM:
    pytest.skip("no built bundle given: make installer-smoke runs these", allow_module_level=True)

pytestmark = pytest.mark.installer
needs_deb = pytest.mark.skipif(not INSTALLED, reason="the .deb is not installed")


@pytest.fixture
def program() -> Path:
    assert PROGRAM is not None
    path = Path(PROGRAM)
    assert path.is_file(), f"{path} is missing: was the installer built?"
    return path


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    """A fresh user: no settings, no recovery copies, no screen."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        TASKFORCE_BUILDER_HOME=str(tmp_path / "state"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    env.pop("TASKFORCE_BUILDER_PROBE_WINDOW", None)
    return env


def run(
    command: list[str | Path], env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _sample_name() -> str:
    return str(json.loads(SAMPLE.read_text(encoding="utf-8"))["region"]["name"])


def test_version_comes_from_the_package_metadata(program, user_env, tmp_path):
    result = run([program, "--version"], user_env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"taskforce-builder {metadata.version('taskforce-builder')}"


def test_check_lists_every_step_of_the_sample(program, user_env, tmp_path):
    result = run([program, "check", SAMPLE], user_env, tmp_path)
    assert result.returncode == cli.EXIT_OK, result.stderr
    assert result.stdout.startswith(_sample_name())
    assert "Phase 1: Starting" in result.stdout
    assert "[       done]  What is a task force?" in result.stdout


def test_check_refuses_a_damaged_file(program, user_env, tmp_path):
    damaged = tmp_path / "damaged.tfproj"
    damaged.write_text('{"schema_version": 1, "region": ', encoding="utf-8")
    result = run([program, "check", damaged], user_env, tmp_path)
    assert result.returncode == cli.EXIT_INVALID
    assert "Not a valid project file" in result.stderr


def _files(folder: Path) -> list[str]:
    return sorted(
        path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()
    )


def test_export_writes_the_same_packet_as_the_source_program(program, user_env, tmp_path):
    bundled, source = tmp_path / "bundled", tmp_path / "source"
    bundled.mkdir()
    source.mkdir()
    result = run([program, "export", SAMPLE, "--out", bundled, "--zip"], user_env, tmp_path)
    assert result.returncode == cli.EXIT_OK, result.stderr
    assert cli.export(SAMPLE, source, make_zip=True) == cli.EXIT_OK

    produced = _files(bundled)
    assert produced == _files(source)
    assert any(name.endswith("Charter.docx") for name in produced)

    import docx  # python-docx, a test tool here; the bundle carries its own copy

    packet = next(path for path in bundled.iterdir() if path.is_dir())
    charter = docx.Document(str(next(packet.glob("*Charter.docx"))))
    assert _sample_name() in "\n".join(paragraph.text for paragraph in charter.paragraphs)
    for document in packet.rglob("*.docx"):
        assert docx.Document(str(document)).paragraphs, document.name
    overview = next(packet.glob("*.pdf")).read_bytes()
    assert overview.startswith(b"%PDF-") and len(overview) > 10_000
    if shutil.which("pdffonts"):  # the overview embeds DejaVu, found through fontconfig
        fonts = run(["pdffonts", next(packet.glob("*.pdf"))], user_env, tmp_path).stdout
        assert "DejaVuSans" in fonts
    archive = next(bundled.glob("*.zip"))
    with zipfile.ZipFile(archive) as packed:
        assert len([name for name in packed.namelist() if not name.endswith("/")]) == len(
            list(packet.rglob("*.*"))
        )


def _open_window(command: list[str | Path], env: dict[str, str], tmp_path: Path) -> str:
    picture = tmp_path / "window.png"
    env = dict(env, TASKFORCE_BUILDER_PROBE_WINDOW=str(picture))
    result = run(command, env, tmp_path)
    assert result.returncode == 0, result.stderr
    shown = [line for line in result.stdout.splitlines() if line.startswith("window shown:")]
    assert len(shown) == 1, result.stdout + result.stderr

    from PySide6.QtGui import QImage

    image = QImage(str(picture))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, 400, 23)}
    assert len(colours) > 5, "the window's picture is blank"
    return shown[0]


def test_the_window_opens_offscreen_with_a_project(program, user_env, tmp_path):
    project = tmp_path / "my county.tfproj"
    shutil.copyfile(SAMPLE, project)
    shown = _open_window([program, project], user_env, tmp_path)
    assert "my county.tfproj" in shown and "Task Force Builder" in shown


def test_every_step_page_loads_from_the_bundle(program, user_env, tmp_path):
    shots = tmp_path / "shots"
    result = run([program, "screenshots", shots], user_env, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(list(shots.glob("*.png"))) == len(STEP_IDS) + 1


def _internal(program: Path) -> Path:
    return program.resolve().parent / "_internal"


def test_the_about_box_finds_every_license_in_the_bundle(program):
    """Help > About reads versions and licenses from package metadata: it must travel along."""
    carried = {
        re.sub(r"[-_.]+", "-", folder.name.split("-")[0]).lower()
        for folder in _internal(program).glob("*.dist-info")
    }
    wanted = {
        re.sub(r"[-_.]+", "-", item.name).lower()
        for item in bundled_components()
        if item.name not in ("Python", "Qt")
    }
    assert wanted <= carried, wanted - carried
    assert "taskforce-builder" in carried


def test_reportlab_fonts_and_program_files_are_bundled(program):
    internal = _internal(program)
    assert list((internal / "reportlab" / "fonts").glob("*.ttf"))
    for folder in ("forms", "resources", "doc_templates"):
        assert (internal / folder).is_dir()
    assert (internal / "resources" / "sample" / "sample-county.tfproj").is_file()
    assert len(list((internal / "doc_templates").glob("*.docx"))) == len(
        list((ROOT / "doc_templates").glob("*.docx"))
    )


# ----- the installed .deb ---------------------------------------------------------------


@needs_deb
def test_every_library_the_bundle_links_to_is_on_the_machine(program, user_env, tmp_path):
    """The .deb's Depends bring what the bundle does not carry (apt installed them)."""
    internal = _internal(program)
    search = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    env = dict(user_env, LD_LIBRARY_PATH=search)
    missing = set()
    for path in [program, *internal.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file():
            continue
        output = run(["ldd", path], env, tmp_path).stdout
        missing.update(line.split()[0] for line in output.splitlines() if "not found" in line)
    assert not missing, f"libraries missing on this machine: {sorted(missing)}"


def _desktop_exec() -> list[str]:
    entry = ConfigParser(interpolation=None)
    entry.read(DESKTOP_FILE, encoding="utf-8")
    return shlex.split(entry["Desktop Entry"]["Exec"])


@needs_deb
def test_the_launcher_runs_the_installed_program_on_a_double_clicked_file(
    program, user_env, tmp_path
):
    command = _desktop_exec()
    assert Path(command[0]) == program
    assert command[1:] == ["%f"]
    project = tmp_path / "Chelan county.tfproj"
    shutil.copyfile(SAMPLE, project)
    shown = _open_window([command[0], project], user_env, tmp_path)
    assert "Chelan county.tfproj" in shown


@needs_deb
def test_the_desktop_knows_tfproj_files_belong_to_the_program(user_env, tmp_path):
    globs = Path("/usr/share/mime/globs2").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}:*.tfproj" in globs
    assert Path("/usr/share/icons/hicolor/48x48/apps/taskforce-builder.png").is_file()
    assert Path("/usr/share/icons/hicolor/scalable/mimetypes/application-x-tfproj.svg").is_file()
    if not shutil.which("xdg-mime"):
        pytest.skip("xdg-utils is not installed")
    project = tmp_path / "county.tfproj"
    shutil.copyfile(SAMPLE, project)
    filetype = run(["xdg-mime", "query", "filetype", project], user_env, tmp_path)
    assert filetype.stdout.strip() == MIME_TYPE, filetype.stderr
    default = run(["xdg-mime", "query", "default", MIME_TYPE], user_env, tmp_path)
    assert default.stdout.strip() == "taskforce-builder.desktop", default.stderr


@needs_deb
def test_the_installed_launcher_is_a_valid_desktop_entry(user_env, tmp_path):
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-utils is not installed")
    result = run(["desktop-file-validate", DESKTOP_FILE], user_env, tmp_path)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@needs_deb
def test_dpkg_finds_every_installed_file_intact(user_env, tmp_path):
    result = run(["dpkg", "--verify", "taskforce-builder"], user_env, tmp_path)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


# ----- the tarball ----------------------------------------------------------------------


@pytest.fixture
def unpacked(tmp_path: Path) -> Iterator[Path]:
    if not TARBALL:
        pytest.skip("no tarball given")
    with tarfile.open(TARBALL) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    (top,) = (tmp_path / "unpacked").iterdir()
    yield top


def test_the_tarball_runs_where_it_is_unpacked(unpacked, user_env, tmp_path):
    program = unpacked / "taskforce-builder"
    assert (unpacked / "INSTALL.txt").is_file()
    result = run([program, "check", SAMPLE], user_env, tmp_path)
    assert result.returncode == cli.EXIT_OK, result.stderr
    assert result.stdout.startswith(_sample_name())
    shown = _open_window([program, SAMPLE], user_env, tmp_path)
    assert "sample-county.tfproj" in shown
