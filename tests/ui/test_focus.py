"""Where the focus goes (wizard/ui/focus.py): the first input of a step the user moves to,
Tab in reading order (page before guidance, no stop on a scroll area), F6 between the
window's parts, Ctrl+L to the list of steps. Keys go to the focused widget, as a user's do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.ui.helpers import click_navigator, type_new_project
from wizard.ui.main_window import MainWindow
from wizard.ui.pages import registry
from wizard.ui.pages.not_built import NotBuiltPage

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)
    return QApplication.focusWidget()


def in_page(window: MainWindow, step_id: str) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and window.pages[step_id].isAncestorOf(focused)


@pytest.fixture
def window(qtbot, make_window, dialogs) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Focus County", ["Adams"])
    return window


def test_a_new_project_starts_in_its_first_field(window):
    assert QApplication.focusWidget() is window.pages["what_is"].name_edit


def test_back_next_a_click_and_enter_put_the_focus_on_the_first_field(qtbot, window):
    key(qtbot, Qt.Key.Key_Right, ALT)
    assert window.current_step() == "coordinator" and in_page(window, "coordinator")
    key(qtbot, Qt.Key.Key_N, ALT)  # the Next button's own Alt+N, pressed visibly: a moment
    qtbot.waitUntil(lambda: window.current_step() == "members")
    assert in_page(window, "members")
    key(qtbot, Qt.Key.Key_Left, ALT)
    assert window.current_step() == "coordinator" and in_page(window, "coordinator")
    click_navigator(qtbot, window, "mission")
    assert in_page(window, "mission")
    key(qtbot, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is window.navigator.tree
    key(qtbot, Qt.Key.Key_Down)
    assert window.current_step() == "approach"
    assert QApplication.focusWidget() is window.navigator.tree  # arrowing stays in the list
    key(qtbot, Qt.Key.Key_Return)
    assert in_page(window, "approach")
    assert not isinstance(QApplication.focusWidget(), QScrollArea)


def test_a_page_with_nothing_to_fill_in_hands_the_focus_to_next(qtbot, window, monkeypatch):
    """Every step has its own page now: take one away to get the plain 'not built' page."""
    monkeypatch.delitem(registry.PAGES, "scc")
    window.go_to_step("scc")
    assert isinstance(window.pages["scc"], NotBuiltPage)
    assert QApplication.focusWidget() is window.next_button


def stops_from_here(qtbot, backwards: bool = False, limit: int = 200) -> list[QWidget]:
    """Tab (or Shift+Tab) round once from the focused widget; the widgets it stops on."""
    start = QApplication.focusWidget()
    seen: list[QWidget] = [start]
    for _ in range(limit):
        now = key(qtbot, Qt.Key.Key_Backtab, SHIFT) if backwards else key(qtbot, Qt.Key.Key_Tab)
        if now is start:
            return seen
        seen.append(now)
    raise AssertionError(f"Tab never came back to {start}")


def test_tab_goes_navigator_page_back_next_guidance(qtbot, window):
    key(qtbot, Qt.Key.Key_Right, ALT)
    page = window.pages["coordinator"]
    key(qtbot, Qt.Key.Key_L, CTRL)
    stops = stops_from_here(qtbot)
    assert stops[0] is window.navigator.tree
    in_the_page = [page.isAncestorOf(widget) for widget in stops]
    first, last = in_the_page.index(True), len(in_the_page) - in_the_page[::-1].index(True) - 1
    assert first == 1 and all(in_the_page[first : last + 1])
    assert stops[last + 1 :] == [
        window.back_button,
        window.next_button,
        window.guidance,
        window.workspace.findChild(QWidget, "hideGuidanceButton"),
    ]
    assert not any(
        isinstance(widget, QScrollArea) and type(widget) is QScrollArea for widget in stops
    )
    backwards = stops_from_here(qtbot, backwards=True)
    assert backwards == [stops[0], *reversed(stops[1:])]


def test_f6_moves_between_the_parts_of_the_window(qtbot, window):
    assert in_page(window, "what_is")
    assert key(qtbot, Qt.Key.Key_F6) is window.guidance
    assert key(qtbot, Qt.Key.Key_F6) is window.navigator.tree
    key(qtbot, Qt.Key.Key_F6)
    assert in_page(window, "what_is")
    assert key(qtbot, Qt.Key.Key_F6, SHIFT) is window.navigator.tree
    assert key(qtbot, Qt.Key.Key_F6, SHIFT) is window.guidance
    key(qtbot, Qt.Key.Key_F1)  # guidance tucked away: F6 skips it
    key(qtbot, Qt.Key.Key_F6)
    assert in_page(window, "what_is")
    assert key(qtbot, Qt.Key.Key_F6) is window.navigator.tree


def test_tab_scrolls_the_page_to_what_it_focuses(qtbot, window):
    window.resize(900, 600)
    click_navigator(qtbot, window, "missing_voices")
    page = window.pages["missing_voices"]
    area = page.findChild(QScrollArea)
    assert area is not None and area.verticalScrollBar().maximum() > 0
    key(qtbot, Qt.Key.Key_F6, SHIFT)  # to the navigator, then Shift+Tab into the page's end
    for _ in range(8):  # past the guidance (or the button that shows it), Next and Back
        if page.isAncestorOf(key(qtbot, Qt.Key.Key_Backtab, SHIFT)):
            break
    focused = QApplication.focusWidget()
    assert page.isAncestorOf(focused)
    assert area.verticalScrollBar().value() > 0
    top_left = focused.mapTo(area.viewport(), focused.rect().topLeft())
    assert 0 <= top_left.y() < area.viewport().height()


def test_going_through_every_step_changes_nothing(qtbot, make_window, dialogs):
    """The focus landing on a field, or leaving it, is not an edit."""
    window = make_window(dialogs)
    window.open_sample()
    assert not window.isWindowModified()
    key(qtbot, Qt.Key.Key_L, CTRL)
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Return)
    while window.next_button.isEnabled():
        key(qtbot, Qt.Key.Key_Right, ALT)
        key(qtbot, Qt.Key.Key_Tab)
    assert window.current_step() == "export"
    assert not window.isWindowModified()
