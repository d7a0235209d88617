"""Loading the Qt Designer forms in ``forms/`` and finding their widgets by name.

Pages are composed, not inherited: a page is a plain QWidget that loads its
form into itself, then looks up the widgets it needs with :func:`child`, which
fails loudly (naming the form) if a designer edit renamed one.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wizard.assets import asset_path

T = TypeVar("T", bound=QObject)


def load_form(name: str, host: QWidget) -> QWidget:
    """Load ``forms/<name>`` and place it as the only content of ``host``."""
    path = asset_path("forms", name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {path} could not be opened")
    try:
        form = QUiLoader().load(file, host)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"form {path} could not be loaded")
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def child(root: QObject, kind: type[T], name: str) -> T:
    found = root.findChild(kind, name)
    if found is None:
        raise LookupError(f"{kind.__name__} '{name}' is missing from {root.objectName()}")
    return found
