"""What an action makes is put in front of the user: focused, and scrolled into view,
even in a small window (1024×700) where the page scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.ui.helpers import click_navigator, press, type_new_project, type_text

pytestmark = pytest.mark.gui
SMALL = (1024, 700)


def in_view(widget: QWidget) -> bool:
    """The widget's top-left part shows in every scroll area around it."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QScrollArea):
            viewport = ancestor.viewport()
            top_left = widget.mapTo(viewport, widget.rect().topLeft())
            shown = QRect(top_left, widget.size()).intersected(viewport.rect())
            if shown.height() < min(widget.height(), 12) or shown.width() < 12:
                return False
        ancestor = ancestor.parentWidget()
    return True


def small_window(qtbot, make_window, dialogs, sample: bool):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    window.resize(*SMALL)
    if sample:
        qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.session is not None)
    else:
        type_new_project(qtbot, window, "Fresh start", ["Clark"])
    return window


def scroll_to_top(page: QWidget) -> None:
    area = page.findChild(QScrollArea)
    if area is not None:
        area.verticalScrollBar().setValue(0)


def shown_and_focused(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    assert in_view(widget), widget.objectName()


def test_a_new_person_is_shown_with_the_name_box_focused(qtbot, make_window, dialogs):
    window = small_window(qtbot, make_window, dialogs, sample=True)
    click_navigator(qtbot, window, "members")
    page = window.pages["members"]
    scroll_to_top(page)
    press(qtbot, page.add_button)
    shown_and_focused(qtbot, page.name_edit)


def test_a_drafted_statement_is_shown_with_its_box_focused(qtbot, make_window, dialogs):
    window = small_window(qtbot, make_window, dialogs, sample=False)
    click_navigator(qtbot, window, "mission")
    page = window.pages["mission"]
    type_text(qtbot, page.who_edit, "young people")
    scroll_to_top(page)
    press(qtbot, page.draft_button)
    assert window.session.project.mission.statement.startswith("We serve young people")
    shown_and_focused(qtbot, page.statement_edit)


def test_a_new_activity_is_shown_with_its_topic_focused(qtbot, make_window, dialogs):
    window = small_window(qtbot, make_window, dialogs, sample=True)
    click_navigator(qtbot, window, "activities")
    page = window.pages["activities"]
    scroll_to_top(page)
    press(qtbot, page.add_event_button)
    shown_and_focused(qtbot, page.topic_edit)


def test_a_new_grant_draft_and_budget_line_are_shown(qtbot, make_window, dialogs):
    window = small_window(qtbot, make_window, dialogs, sample=False)
    click_navigator(qtbot, window, "grants")
    page = window.pages["grants"]
    press(qtbot, page.add_button)
    shown_and_focused(qtbot, page.title_edit)
    scroll_to_top(page)
    press(qtbot, page.add_line_button)
    shown_and_focused(qtbot, page.category_combo)


def test_a_new_training_is_shown_with_its_first_field_focused(qtbot, make_window, dialogs):
    window = small_window(qtbot, make_window, dialogs, sample=True)
    click_navigator(qtbot, window, "training")
    page = window.pages["training"]
    scroll_to_top(page)
    press(qtbot, page.add_button)
    shown_and_focused(qtbot, page.title_combo)
