"""Every step of the sample county and of a new project, as a keyboard-only or
screen-reader user meets it (see design.md, "The window": keyboard and eyes).

The journey test sends every key to the focused widget (QApplication.focusWidget()),
as a keyboard does: no setFocus, no clicks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from tests.ui import keyboard
from tests.ui.helpers import type_new_project
from wizard.model.steps import STEP_IDS
from wizard.ui.main_window import MainWindow
from wizard.ui.pages.export import ExportPage

pytestmark = pytest.mark.gui

PROJECTS = ("sample", "new")
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
EXPORT_TIMEOUT_MS = 120_000


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    """One key, to whatever has the focus."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the focus"
    qtbot.keyClick(focused, key, modifier)


def open_project(qtbot, window: MainWindow, which: str) -> None:  # type: ignore[no-untyped-def]
    if which == "sample":
        window.open_sample()
    else:
        type_new_project(qtbot, window, "Keys County", ["Benton"])


def each_step(qtbot, window: MainWindow) -> Iterator[str]:  # type: ignore[no-untyped-def]
    for step_id in STEP_IDS:
        window.go_to_step(step_id)
        yield step_id


def names(widgets: list[QWidget]) -> list[str]:
    return [keyboard.describe(widget) for widget in widgets]


# ----- by keyboard alone --------------------------------------------------------------


def open_by_keyboard(qtbot, window: MainWindow, which: str) -> None:  # type: ignore[no-untyped-def]
    """From the welcome screen, where the focus starts in the name box."""
    assert QApplication.focusWidget() is window.welcome.name_edit
    if which == "sample":
        press(qtbot, Qt.Key.Key_X, ALT)  # 'E&xplore the sample county'
        qtbot.waitUntil(lambda: window.session is not None)
        press(qtbot, Qt.Key.Key_L, CTRL)  # to the list of steps, to the first, and in
        press(qtbot, Qt.Key.Key_Home)
        press(qtbot, Qt.Key.Key_Return)
    else:
        qtbot.keyClicks(QApplication.focusWidget(), "Keys County")
        press(qtbot, Qt.Key.Key_Return)
    assert window.current_step() == STEP_IDS[0]


def check_step_by_keyboard(qtbot, window: MainWindow, step_id: str) -> None:  # type: ignore[no-untyped-def]
    page = window.pages[step_id]
    focused = QApplication.focusWidget()
    assert page.isAncestorOf(focused) or focused is window.next_button, (step_id, focused)
    inputs = keyboard.visible_inputs(window)

    forward = keyboard.tab_walk(qtbot, window)
    assert forward.trapped_in is None, (step_id, keyboard.describe(forward.trapped_in))
    _found, missed = forward.reached(inputs)
    assert missed == [], (step_id, names(missed))
    assert not [w for w in forward.visited if type(w) is QScrollArea], step_id
    in_page = [page.isAncestorOf(widget) for widget in forward.visited]
    assert in_page == sorted(in_page, reverse=True), f"{step_id}: Tab leaves the page and returns"
    rest = [w for w in forward.visited if not page.isAncestorOf(w)]
    buttons = [button for button in (window.back_button, window.next_button) if button.isEnabled()]
    assert rest.index(buttons[-1]) < rest.index(window.guidance), step_id

    backward = keyboard.tab_walk(qtbot, window, backwards=True)
    assert backward.trapped_in is None, (step_id, keyboard.describe(backward.trapped_in))
    assert backward.reached(inputs)[1] == [], step_id
    assert QApplication.focusWidget() is focused
    assert keyboard.mnemonic_clashes(window) == {}, step_id


@pytest.mark.slow
@pytest.mark.parametrize("which", PROJECTS)
def test_every_step_by_keyboard_alone(qtbot, make_window, dialogs, tmp_path: Path, which):
    """Tab reaches every visible input of every step and leaves every widget, both ways;
    Next (Alt+Right, Alt+N), Back (Alt+Left, Alt+B), Save and Export work by keys."""
    window = make_window(dialogs)
    open_by_keyboard(qtbot, window, which)
    for number, step_id in enumerate(STEP_IDS):
        assert window.current_step() == step_id
        check_step_by_keyboard(qtbot, window, step_id)
        if number + 1 < len(STEP_IDS):
            if number % 2:
                press(qtbot, Qt.Key.Key_Right, ALT)
            else:
                press(qtbot, Qt.Key.Key_N, ALT)  # the Next button is pressed visibly
            qtbot.waitUntil(lambda n=number: window.current_step() == STEP_IDS[n + 1])

    press(qtbot, Qt.Key.Key_Left, ALT)
    assert window.current_step() == STEP_IDS[-2]
    press(qtbot, Qt.Key.Key_B, ALT)
    qtbot.waitUntil(lambda: window.current_step() == STEP_IDS[-3])

    target = tmp_path / "keys.tfproj"
    dialogs.save_paths.append(target)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert target.exists() and not window.isWindowModified()

    press(qtbot, Qt.Key.Key_E, CTRL)  # to the starter packet page...
    page = window.pages["export"]
    assert isinstance(page, ExportPage) and window.current_step() == "export"
    out = tmp_path / "packet"
    out.mkdir()
    dialogs.export_folders.append(out)
    press(qtbot, Qt.Key.Key_E, CTRL)  # ...and there, export
    qtbot.waitUntil(lambda: page.job is None, timeout=EXPORT_TIMEOUT_MS)
    assert any(path.suffix == ".docx" for path in out.rglob("*"))


# ----- Alt+letter ---------------------------------------------------------------------


@pytest.mark.parametrize("which", PROJECTS)
def test_no_alt_letter_does_two_things_on_any_step(qtbot, make_window, dialogs, which):
    """Among everything visible at once, the menu bar's titles included."""
    window = make_window(dialogs)
    open_project(qtbot, window, which)
    clashes = {
        step_id: found
        for step_id in each_step(qtbot, window)
        if (found := keyboard.mnemonic_clashes(window))
    }
    assert clashes == {}


def test_the_clash_finder_sees_labels_buttons_group_boxes_and_menus(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Clash", [])
    owners = keyboard.mnemonic_owners(window)
    assert set("fgvh") <= set(owners)  # File, Go, View, Help
    assert any("nextButton" in owner for owner in owners["n"])
    assert any("nameLabel" in owner for owner in owners["t"])  # '&Task force name', a buddy
    window.go_to_step("coordinator")  # 'Do you have a coordinator &yet?', a group box
    assert any("QGroupBox" in owner for owner in keyboard.mnemonic_owners(window).get("y", []))
    window.next_button.setText("&Go on")
    assert "g" in keyboard.mnemonic_clashes(window)
    assert keyboard.mnemonic("Save && &quit") == "q"
    assert keyboard.mnemonic("Save && quit") is None


# ----- names for screen readers -------------------------------------------------------


@pytest.mark.parametrize("which", PROJECTS)
def test_every_input_has_a_name_and_no_two_share_one(qtbot, make_window, dialogs, which):
    window = make_window(dialogs)
    open_project(qtbot, window, which)
    unnamed, shared = {}, {}
    for step_id in each_step(qtbot, window):
        page = window.pages[step_id]
        if found := keyboard.unnamed_inputs(page, window):
            unnamed[step_id] = names(found)
        if duplicates := keyboard.duplicate_names(page, window):
            shared[step_id] = {name: len(widgets) for name, widgets in duplicates.items()}
    assert unnamed == {}
    assert shared == {}


# ----- no traps -----------------------------------------------------------------------


def test_no_table_or_text_box_keeps_tab(qtbot, make_window, dialogs):
    """Tables move between cells with the arrows, text boxes take Tab as 'next field':
    neither keeps Tab for itself, on any page, shown or not."""
    window = make_window(dialogs)
    open_project(qtbot, window, "sample")
    keeps_tab = []
    for step_id in each_step(qtbot, window):
        page = window.pages[step_id]
        for view in page.findChildren(QAbstractItemView):
            if view.tabKeyNavigation():
                keeps_tab.append(f"{step_id}: {keyboard.describe(view)}")
        for box in [*page.findChildren(QPlainTextEdit), *page.findChildren(QTextEdit)]:
            if not box.isReadOnly() and not box.tabChangesFocus():
                keeps_tab.append(f"{step_id}: {keyboard.describe(box)}")
    assert keeps_tab == []


def test_the_name_finder_flags_an_unnamed_input_and_a_shared_name(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Names", [])
    page = window.pages["what_is"]
    assert keyboard.unnamed_inputs(page, window) == []
    host = page.findChild(QWidget, "content")
    combo, twin = QComboBox(host), QLineEdit(host)
    for widget in (combo, twin):
        host.layout().addWidget(widget)
        widget.show()
    assert keyboard.unnamed_inputs(page, window) == [combo, twin]
    combo.setAccessibleName("Task force name")  # the same as the name box's
    assert combo in keyboard.duplicate_names(page, window)["task force name"]


MENU_LETTERS = set("fgvh")
"""File, Go, View, Help: always on screen above every page."""
FORMS = Path(__file__).resolve().parents[2] / "forms"


def form_mnemonics(path: Path) -> list[str]:
    """The Alt+letters a form's texts claim, whether or not shown in the states tested."""
    texts = ElementTree.parse(path).getroot().iter("string")
    return [letter for text in texts if (letter := keyboard.mnemonic(text.text or ""))]


@pytest.mark.parametrize(
    "form", sorted(p.name for p in FORMS.glob("*.ui") if p.stem not in {"workspace"})
)
def test_no_form_claims_a_letter_twice_or_one_the_window_uses(form):
    """Beyond the states the walk above sees: a page's hidden panel shown later must not
    bring a clash with it. Pages sit under the menu bar and beside Back and Next; the
    welcome screen under the menu bar; a dialog is a window of its own."""
    letters = form_mnemonics(FORMS / form)
    assert sorted(letters) == sorted(set(letters)), form
    if form == "csv_import_dialog.ui":
        return
    window_letters = MENU_LETTERS | set(form_mnemonics(FORMS / "workspace.ui"))
    if form == "welcome.ui":
        window_letters = MENU_LETTERS
    assert set(letters) & window_letters == set(), form
