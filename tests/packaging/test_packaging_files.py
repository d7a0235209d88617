"""The installer's files agree with each other and with the program, checked without
building anything: launcher, file type, package metadata, Windows and macOS settings."""

from __future__ import annotations

import plistlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from configparser import ConfigParser
from pathlib import Path

import pytest

from wizard.storage.project_file import FILE_SUFFIX

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
MIME_TYPE = "application/x-tfproj"

sys.path.insert(0, str(PACKAGING))
import build_linux  # noqa: E402  (a script beside the spec, not a package)


def _desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / "taskforce-builder.desktop", encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_launcher_opens_the_double_clicked_file_with_the_installed_program():
    entry = _desktop_entry()
    assert entry["Exec"] == f"/{build_linux.INSTALL_DIR}/taskforce-builder %f"
    assert entry["TryExec"] == f"/{build_linux.INSTALL_DIR}/taskforce-builder"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Icon"] == "taskforce-builder"
    assert (PACKAGING / "icons" / f"{entry['Icon']}.svg").is_file()
    assert entry["Terminal"] == "false"


def test_launcher_is_a_valid_desktop_entry():
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-utils is not installed")
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / "taskforce-builder.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_mime_type_matches_the_program_s_own_file_suffix():
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    tree = ElementTree.parse(LINUX / "taskforce-builder-mime.xml")
    (mime,) = tree.getroot().findall("m:mime-type", namespace)
    assert mime.get("type") == MIME_TYPE
    globs = [glob.get("pattern") for glob in mime.findall("m:glob", namespace)]
    assert globs == [f"*{FILE_SUFFIX}"]
    icon = mime.find("m:generic-icon", namespace)
    assert icon is not None and icon.get("name") == MIME_TYPE.replace("/", "-")


def test_the_deb_asks_for_what_qt_needs_on_a_bare_machine():
    depends = build_linux._package_list("depends.txt").split(", ")
    for package in ("libgl1", "libegl1", "libfontconfig1", "fontconfig", "fonts-dejavu-core"):
        assert package in depends
    assert any(item.startswith("libc6 (>= ") for item in depends)
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9.+-]+( \(>= [0-9.]+\))?", item) for item in depends)


def test_every_placeholder_of_the_control_file_is_filled():
    template = (LINUX / "control.in").read_text(encoding="utf-8")
    placeholders = set(re.findall(r"@[A-Z_]+@", template))
    assert placeholders == {
        "@VERSION@",
        "@ARCHITECTURE@",
        "@INSTALLED_SIZE@",
        "@DEPENDS@",
        "@RECOMMENDS@",
    }
    source = (PACKAGING / "build_linux.py").read_text(encoding="utf-8")
    assert all(f'"{placeholder}"' in source for placeholder in placeholders)


@pytest.mark.parametrize("script", ["postinst", "postrm"])
def test_maintainer_scripts_are_valid_shell_and_never_fail_without_a_desktop(script, tmp_path):
    path = LINUX / script
    assert path.stat().st_mode & 0o111, f"{script} must be executable"
    assert subprocess.run(["sh", "-n", str(path)], check=False).returncode == 0
    # On a server none of the desktop tools exist: the script must still succeed.
    empty_path = tmp_path / "bin"
    empty_path.mkdir()
    result = subprocess.run(
        ["/bin/sh", str(path), "configure" if script == "postinst" else "remove"],
        env={"PATH": str(empty_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path.name
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_icons_exist_at_every_size_the_installers_use():
    for size in build_linux.ICON_SIZES:
        assert _png_size(PACKAGING / "icons" / f"taskforce-builder-{size}.png") == (size, size)
    assert (PACKAGING / "icons" / "taskforce-builder.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (PACKAGING / "icons" / "taskforce-builder.icns").read_bytes()[:4] == b"icns"
    ElementTree.parse(PACKAGING / "icons" / "taskforce-builder.svg")


def test_spec_bundles_the_program_files_and_reportlab_fonts():
    spec = (PACKAGING / "taskforce-builder.spec").read_text(encoding="utf-8")
    for folder in ("forms", "resources", "doc_templates"):
        assert f'"{folder}"' in spec
    assert 'collect_data_files("reportlab")' in spec
    assert 'copy_metadata("taskforce-builder", recursive=True)' in spec
    assert '"entry.py"' in spec


def test_windows_installer_associates_tfproj_with_the_program():
    script = (PACKAGING / "windows" / "taskforce-builder.iss").read_text(encoding="utf-8")
    assert "ChangesAssociations=yes" in script
    assert 'Subkey: "Software\\Classes\\.tfproj"' in script
    assert '"""{app}\\{#AppExe}"" ""%1"""' in script
    assert '#define AppExe "taskforce-builder.exe"' in script
    assert 'Source: "..\\..\\dist\\taskforce-builder\\*"' in script
    assert "SetupIconFile=..\\icons\\taskforce-builder.ico" in script


def test_macos_bundle_declares_and_owns_the_tfproj_type():
    with (PACKAGING / "macos" / "Info.plist").open("rb") as file:
        info = plistlib.load(file)
    (exported,) = info["UTExportedTypeDeclarations"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [FILE_SUFFIX.lstrip(".")]
    assert tags["public.mime-type"] == MIME_TYPE
    assert "public.json" in exported["UTTypeConformsTo"]
    (document,) = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["LSHandlerRank"] == "Owner"
    assert info["CFBundleIdentifier"]
