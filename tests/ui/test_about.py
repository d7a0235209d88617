"""Help → About: version from the package metadata, the bundled components' licenses,
and where the program keeps its autosave copies and settings."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from wizard.storage.paths import recovery_dir
from wizard.ui.about import (
    _requirement_name,
    about_html,
    bundled_components,
    license_of,
)

pytestmark = pytest.mark.gui


def _about_action(window):
    help_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Help"
    )
    return next(action for action in help_menu.actions() if "About" in action.text())


def test_help_about_shows_version_licenses_and_folders(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    _about_action(window).trigger()

    assert dialogs.kinds() == ["about"]
    html = dialogs.asked[0][1]
    version = metadata.version("taskforce-builder")
    assert f"Version {version}" in html
    assert "0.0.0+source" not in html
    assert "Building a Toolkit for CSEC Task Forces in Washington State" in html  # the source
    for name, license_name in [
        ("PySide6_Essentials", "LGPL-3.0"),
        ("Qt", "LGPL-3.0-only"),
        ("pydantic", "MIT"),
        ("docxtpl", "LGPL-2.1"),
        ("python-docx", "MIT"),
        ("reportlab", "BSD"),
        ("Jinja2", "BSD"),
        ("lxml", "BSD"),
    ]:
        row_start = html.index(f"<tr><td>{name}</td>")
        row = html[row_start : html.index("</tr>", row_start)]
        assert license_name in row, row
    assert str(recovery_dir()) in html
    assert QSettings().fileName() in html


def test_every_runtime_library_is_listed_with_its_installed_version():
    listed = {item.name: item.version for item in bundled_components()}
    for name in ("pydantic", "docxtpl", "reportlab", "python-docx", "lxml", "Jinja2"):
        assert listed[name] == metadata.version(name)
    assert "taskforce-builder" not in listed
    assert "pytest" not in listed  # a test tool, not part of the program
    assert all(item.license for item in bundled_components())


def _distribution(tmp_path: Path, *fields: str) -> metadata.Distribution:
    folder = tmp_path / "example-1.0.dist-info"
    folder.mkdir()
    (folder / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: example\nVersion: 1.0\n" + "".join(f"{f}\n" for f in fields),
        encoding="utf-8",
    )
    return metadata.PathDistribution(folder)


def test_license_prefers_the_spdx_expression(tmp_path):
    found = _distribution(tmp_path, "License-Expression: Apache-2.0", "License: Apache")
    assert license_of(found) == "Apache-2.0"


def test_a_whole_license_text_gives_way_to_the_classifier(tmp_path):
    long_text = (
        "License: BSD license (see license.txt for details), Copyright (c) 2000-2025, Someone"
    )
    found = _distribution(tmp_path, long_text, "Classifier: License :: OSI Approved :: BSD License")
    assert license_of(found) == "BSD License"


def test_a_package_that_names_no_license_says_where_to_look(tmp_path):
    assert license_of(_distribution(tmp_path)) == "see the package's own license file"


def test_optional_extras_are_not_bundled_components():
    assert _requirement_name("python-docx>=1.1") == "python-docx"
    assert _requirement_name('email-validator>=2.0.0; extra == "email"') is None
    assert _requirement_name("typing_extensions>=4.6; python_version < '3.13'") == (
        "typing_extensions"
    )


def test_folder_names_are_shown_as_text_not_markup():
    html = about_html(Path("/home/a&b/<recovery>"), "/home/a&b/settings.conf")
    assert "/home/a&amp;b/&lt;recovery&gt;" in html
    assert "<recovery>" not in html
