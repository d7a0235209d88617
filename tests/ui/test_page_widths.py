"""Every step fits the window a new user first sees: 1180 px wide, with the navigator
and the guidance open, no page needs scrolling sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from tests.ui.helpers import type_new_project
from wizard.model.steps import STEP_IDS

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton


def _too_wide(qtbot, window) -> dict[str, tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Step -> (width the page needs, width it has), for each page wider than its room."""
    assert window.width() == 1180 and window.guidance_panel.isVisible()
    found = {}
    for step_id in STEP_IDS:
        window.go_to_step(step_id)
        qtbot.wait(1)
        for area in window.pages[step_id].findChildren(QScrollArea):
            if not area.isVisible() or area.widget() is None:
                continue  # a hidden tab's area is measured when its tab is shown
            needed = area.widget().minimumSizeHint().width()
            if needed > area.viewport().width():
                found[step_id] = (needed, area.viewport().width())
    return found


def test_the_sample_fits_the_first_window_without_sideways_scrolling(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    qtbot.waitUntil(lambda: window.session is not None)
    assert _too_wide(qtbot, window) == {}


def test_a_new_project_fits_the_first_window_too(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Fresh start", ["Clark"])
    assert _too_wide(qtbot, window) == {}
