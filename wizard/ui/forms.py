"""Building the Qt Designer forms in ``forms/`` and finding their widgets by name.

Pages are composed, not inherited: a page is a plain QWidget that builds its
form into itself, then looks up the widgets it needs with :func:`child`, which
fails loudly (naming the form) if a designer edit renamed one.

The forms are built from Python compiled from the .ui files
(``scripts/build_forms.py``), not read with QUiLoader: the loader's first use
alone costs about as much as building the whole welcome screen.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import PurePath
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

T = TypeVar("T", bound=QObject)
GENERATED_PACKAGE = "wizard.ui.generated_forms"


def load_form(name: str, host: QWidget) -> QWidget:
    """Build the form ``forms/<name>`` and place it as the only content of ``host``."""
    stem = PurePath(name).stem
    try:
        compiled = import_module(f"{GENERATED_PACKAGE}.{stem}")
    except ModuleNotFoundError as error:
        raise LookupError(
            f"form {name} has no compiled module; run scripts/build_forms.py"
        ) from error
    form = QWidget(host)
    compiled.Form().setupUi(form)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def child(root: QObject, kind: type[T], name: str) -> T:
    found = root.findChild(kind, name)
    if found is None:
        raise LookupError(f"{kind.__name__} '{name}' is missing from {root.objectName()}")
    return found
