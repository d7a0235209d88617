"""An answer box never takes in more text than a project file may hold in one answer."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from tests.ui.helpers import click_navigator, type_new_project, type_text
from wizard.ui.widgets import text_limit

pytestmark = pytest.mark.gui


def test_a_paste_too_long_for_any_answer_is_taken_back_and_said(
    qtbot, make_window, dialogs, monkeypatch
):
    monkeypatch.setattr(text_limit, "MAX_TEXT_CHARACTERS", 1_000)  # a real one is slow to lay out
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Limits", ["Clark"])
    click_navigator(qtbot, window, "mission")
    box = window.pages["mission"].statement_edit
    type_text(qtbot, box, "We serve young people.")
    QGuiApplication.clipboard().setText("x" * 1_010)
    box.setFocus()
    box.paste()
    assert box.toPlainText() == "We serve young people."
    assert window.session.project.mission.statement == "We serve young people."
    assert "longer than any answer" in window.statusBar().currentMessage()


def test_a_100_kb_answer_is_kept(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Limits", ["Clark"])
    click_navigator(qtbot, window, "mission")
    box = window.pages["mission"].statement_edit
    QGuiApplication.clipboard().setText("y" * 100_000)
    box.setFocus()
    box.paste()
    assert window.session.project.mission.statement == "y" * 100_000
