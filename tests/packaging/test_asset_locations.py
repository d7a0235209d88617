"""One function finds the program's own files in a source checkout, an installed wheel
and a PyInstaller bundle (wizard/assets.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wizard import assets

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("forms", "resources", "doc_templates")


@pytest.fixture(autouse=True)
def fresh_lookup() -> Iterator[None]:
    assets.assets_root.cache_clear()
    yield
    assets.assets_root.cache_clear()


def _program_files(root: Path) -> Path:
    for folder in FOLDERS:
        (root / folder).mkdir(parents=True)
    return root


def _installed_at(monkeypatch: pytest.MonkeyPatch, package_dir: Path) -> None:
    """Pretend wizard/assets.py lives in ``package_dir``."""
    package_dir.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(assets, "__file__", str(package_dir / "assets.py"))
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)


def test_source_checkout_uses_the_folders_beside_the_package(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert assets.assets_root() == ROOT
    assert assets.asset_path("forms", "what_is.ui").is_file()


def test_installed_wheel_uses_the_data_inside_the_package(monkeypatch, tmp_path):
    site_packages = tmp_path / "site-packages"
    _installed_at(monkeypatch, site_packages / "wizard")
    data = _program_files(site_packages / "wizard" / "_data")
    assert assets.assets_root() == data
    assert assets.asset_path("resources", "x.json") == data / "resources" / "x.json"


def test_frozen_bundle_uses_the_bundle_folder_first(monkeypatch, tmp_path):
    bundle = _program_files(tmp_path / "_internal")
    _installed_at(monkeypatch, bundle / "wizard")
    _program_files(bundle / "wizard" / "_data")  # even if a stray copy sits there too
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert assets.assets_root() == bundle


def test_a_copy_missing_a_folder_is_not_taken(monkeypatch, tmp_path):
    site_packages = tmp_path / "site-packages"
    _installed_at(monkeypatch, site_packages / "wizard")
    (site_packages / "wizard" / "_data" / "forms").mkdir(parents=True)
    with pytest.raises(FileNotFoundError, match="own files are missing"):
        assets.assets_root()


def test_wheel_build_carries_the_three_folders_into_the_package():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for folder in FOLDERS:
        assert f'"{folder}" = "wizard/_data/{folder}"' in pyproject
