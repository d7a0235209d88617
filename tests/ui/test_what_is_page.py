"""The first Phase 1 step, driven through its real widgets."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.helpers import click_navigator, type_new_project, type_text
from wizard.model.wording import CSECY_DEFINITION

pytestmark = pytest.mark.gui


def open_page(qtbot, make_window, dialogs, name="Start", counties=()):
    window = make_window(dialogs)
    type_new_project(qtbot, window, name, list(counties))
    click_navigator(qtbot, window, "what_is")
    return window, window.pages["what_is"]


def tick(qtbot, page, county: str) -> None:
    listing = page.counties.list
    item = listing.findItems(county, Qt.MatchFlag.MatchExactly)[0]
    listing.setCurrentItem(item)
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Space)


def test_shows_what_the_welcome_screen_created(qtbot, make_window, dialogs):
    _window, page = open_page(qtbot, make_window, dialogs, "Yakima Valley", ["Yakima"])
    assert page.name_edit.text() == "Yakima Valley"
    assert page.counties.checked() == ["Yakima"]
    assert not page.new_radio.isChecked() and not page.restart_radio.isChecked()
    assert "five jobs" in page.findChild(QLabel, "explanationLabel").text()


def test_typing_and_choosing_fill_the_project_and_finish_the_step(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs, "X")
    page.name_edit.selectAll()
    type_text(qtbot, page.name_edit, "Okanogan & Ferry <Rural> Task Force 🌲")
    tick(qtbot, page, "Okanogan")
    tick(qtbot, page, "Ferry")
    qtbot.mouseClick(page.restart_radio, Qt.MouseButton.LeftButton)
    region = window.session.project.region
    assert region.name == "Okanogan & Ferry <Rural> Task Force 🌲"
    assert region.counties == ["Ferry", "Okanogan"]
    assert region.kind == "restart"
    assert window.navigator.state_of("what_is") == "done"
    assert window.isWindowModified()


def test_problems_show_inline_and_nothing_typed_is_lost(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs, "Name", ["Adams"])
    page.name_edit.selectAll()
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Delete)
    assert page.name_problem.isVisible()
    assert "name" in page.name_problem.text()
    tick(qtbot, page, "Adams")  # untick the only county
    assert page.counties_problem.isVisible()
    assert window.session.project.region.counties == []
    assert dialogs.asked == []  # never a pop-up
    type_text(qtbot, page.name_edit, "Back again")
    assert not page.name_problem.isVisible()
    assert window.navigator.state_of("what_is") == "in progress"


def test_a_county_with_a_task_force_gets_a_friendly_note(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs, "Pair", ["Lewis"])
    assert not page.region_note.isVisible()
    tick(qtbot, page, "Benton")
    assert page.region_note.isVisible()
    assert "Tri-Cities" in page.region_note.text()
    assert window.session.project.region.counties == ["Benton", "Lewis"]  # not blocked


def test_keyboard_reaches_every_field(qtbot, make_window, dialogs):
    _window, page = open_page(qtbot, make_window, dialogs)
    all_labels = page.findChildren(QLabel)
    labels = {label.buddy() for label in all_labels if label.buddy()}
    assert page.name_edit in labels
    assert page.counties.list in labels
    for widget in (page.name_edit, page.counties.list, page.kind_group.buttons()[0].parentWidget()):
        assert widget.accessibleName()
    assert "&" in page.new_radio.text() and "&" in page.restart_radio.text()


def test_the_page_gives_the_one_definition_of_csec_y(qtbot, make_window, dialogs):
    _window, page = open_page(qtbot, make_window, dialogs)
    shown = page.findChild(QLabel, "explanationLabel").text()
    assert html.escape(CSECY_DEFINITION) in shown
