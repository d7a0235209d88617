"""The model, storage and documents layers must never import Qt (see design.md, "The house")."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import wizard

PACKAGE = Path(wizard.__file__).resolve().parent
QT_PACKAGES = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}
CORE_LAYERS = ("model", "storage", "documents")


def qt_imports(source: str) -> list[str]:
    """Every Qt module imported anywhere in ``source``, including inside functions."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [name for name in names if name.split(".")[0] in QT_PACKAGES]
    if "importlib" in source and any(qt in source for qt in QT_PACKAGES):
        found.append("a dynamic import naming Qt")
    return found


def core_modules() -> list[Path]:
    return sorted(path for layer in CORE_LAYERS for path in (PACKAGE / layer).rglob("*.py"))


def test_the_checker_sees_every_kind_of_qt_import():
    assert qt_imports("import PySide6.QtCore") == ["PySide6.QtCore"]
    assert qt_imports("def f():\n    from PySide6.QtWidgets import QWidget\n") == [
        "PySide6.QtWidgets"
    ]
    assert qt_imports("import json, shiboken6") == ["shiboken6"]
    assert qt_imports("import importlib\nimportlib.import_module('PySide6')")
    assert qt_imports("from wizard.model import project\nimport json") == []


def test_the_core_layers_exist():
    for layer in ("model", "storage"):
        assert list((PACKAGE / layer).glob("*.py")), layer
    assert len(core_modules()) >= 10


@pytest.mark.parametrize("path", core_modules(), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_core_module_does_not_import_qt(path):
    assert qt_imports(path.read_text(encoding="utf-8")) == []
