"""The compiled forms in wizard/ui/generated_forms are current, and build exactly what
Qt Designer's .ui files describe (QUiLoader, reading the .ui file, is the reference)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGridLayout,
    QLayout,
    QSizePolicy,
    QWidget,
)

from wizard.ui.forms import child, load_form
from wizard.ui.widgets.attendance_list import AttendanceList
from wizard.ui.widgets.dates import DateBox
from wizard.ui.widgets.survey_grid import SurveyGrid

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import build_forms
finally:
    sys.path.remove(str(ROOT / "scripts"))

FORMS = sorted(build_forms.FORMS.glob("*.ui"))
GENERATED = build_forms.GENERATED
COMPARED_PROPERTIES = (
    "text",
    "title",
    "toolTip",
    "whatsThis",
    "accessibleName",
    "accessibleDescription",
    "placeholderText",
    "enabled",
    "checkable",
    "checked",
    "readOnly",
    "wordWrap",
    "openExternalLinks",
    "minimumSize",
    "maximumSize",
    "sizePolicy",
    "alignment",
    "frameShape",
    "widgetResizable",
    "editable",
    "minimum",
    "maximum",
    "calendarPopup",
    "displayFormat",
    "orientation",
    "childrenCollapsible",
    "selectionMode",
    "selectionBehavior",
    "alternatingRowColors",
    "horizontalScrollBarPolicy",
    "verticalScrollBarPolicy",
    "viewMode",
    "flow",
    "isWrapping",
    "tabChangesFocus",
    "currentIndex",
    "standardButtons",
    "autoDefault",
    "default",
    "focusPolicy",
    "styleSheet",
)


def test_every_form_is_compiled_and_nothing_else_is():
    compiled = {p.stem for p in GENERATED.glob("*.py") if p.name != "__init__.py"}
    assert compiled == {ui.stem for ui in FORMS}, "run scripts/build_forms.py"


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda p: p.name)
def test_compiled_form_is_current(ui_file: Path):
    recorded = build_forms.recorded_digest(GENERATED / f"{ui_file.stem}.py")
    assert recorded is not None, f"{ui_file.stem}.py was not written by scripts/build_forms.py"
    current = build_forms.source_digest(ui_file)
    assert recorded == current, f"{ui_file.name} changed; run scripts/build_forms.py"


def _designer_form(ui_file: Path, host: QWidget) -> QWidget:
    file = QFile(str(ui_file))
    assert file.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        loader = QUiLoader()
        for promoted in (DateBox, AttendanceList, SurveyGrid):  # the forms' promoted widgets
            loader.registerCustomWidget(promoted)
        form = loader.load(file, host)
    finally:
        file.close()
    assert form is not None, ui_file
    return form


def _plain(value: object) -> object:
    if isinstance(value, QSizePolicy):
        return (
            value.horizontalPolicy(),
            value.verticalPolicy(),
            value.horizontalStretch(),
            value.verticalStretch(),
        )
    return repr(value)


def _layout_facts(layout: QLayout) -> dict[str, object]:
    margins = layout.contentsMargins()
    facts: dict[str, object] = {
        "margins": (margins.left(), margins.top(), margins.right(), margins.bottom()),
        "spacing": layout.spacing(),
        "count": layout.count(),
    }
    if isinstance(layout, QBoxLayout):
        facts["stretch"] = [layout.stretch(i) for i in range(layout.count())]
    if isinstance(layout, QGridLayout):
        facts["columns"] = [layout.columnStretch(c) for c in range(layout.columnCount())]
        facts["rows"] = [layout.rowStretch(r) for r in range(layout.rowCount())]
        facts["cells"] = [layout.getItemPosition(i) for i in range(layout.count())]
    if isinstance(layout, QFormLayout):
        facts["rows"] = layout.rowCount()
    return facts


def _describe(root: QWidget) -> list[tuple[str, str, dict[str, object]]]:
    """Every object under the form, in order, with what a user could see of it."""
    described = []
    for found in root.findChildren(QObject):
        if not found.objectName() or found.objectName().startswith("qt_"):
            continue  # Qt's own parts (scroll bars, viewports), sized by the window
        facts: dict[str, object] = {}
        if isinstance(found, QWidget):
            for name in COMPARED_PROPERTIES:
                value = found.property(name)  # None when the widget has no such property
                if value is not None:
                    facts[name] = _plain(value)
            buddy = getattr(found, "buddy", None)
            if callable(buddy) and buddy() is not None:
                facts["buddy"] = buddy().objectName()
            if found.nextInFocusChain() is not None:
                facts["next_in_focus"] = found.nextInFocusChain().objectName()
        elif isinstance(found, QLayout):
            facts = _layout_facts(found)
        described.append((type(found).__name__, found.objectName(), facts))
    return described


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda p: p.name)
def test_compiled_form_builds_what_designer_describes(qtbot, ui_file: Path):
    designer_host, compiled_host = QWidget(), QWidget()
    qtbot.addWidget(designer_host)
    qtbot.addWidget(compiled_host)
    designer = _designer_form(ui_file, designer_host)
    compiled = load_form(ui_file.name, compiled_host)
    assert compiled.objectName() == designer.objectName()
    assert _describe(compiled) == _describe(designer)


def test_a_missing_widget_is_named_with_its_form(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    form = load_form("welcome.ui", host)
    with pytest.raises(LookupError, match=r"nosuchWidget.*WelcomeForm"):
        child(form, QWidget, "nosuchWidget")


def test_a_form_that_was_never_compiled_says_how_to_fix_it(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    with pytest.raises(LookupError, match=r"scripts/build_forms\.py"):
        load_form("no_such_form.ui", host)
