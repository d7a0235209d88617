"""A coordinator's first session and her return a month later, through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import click_navigator, type_new_project
from wizard.storage.lock import lock_path_for
from wizard.storage.project_file import open_project

pytestmark = pytest.mark.gui

NAME = 'Skagit & Island "Safe Harbor" <Task Force> 🌲 فريق العمل'


def test_create_save_quit_reopen_lands_where_she_left_off(qtbot, make_window, tmp_path):
    project_file = tmp_path / "skagit.tfproj"

    first_dialogs = FakeDialogs(save_paths=[project_file])
    first = make_window(first_dialogs)
    type_new_project(qtbot, first, NAME, ["Skagit", "Island"])
    qtbot.mouseClick(first.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.next_button, Qt.MouseButton.LeftButton)
    click_navigator(qtbot, first, "mission")
    qtbot.keyClick(first.navigator.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert project_file.exists()
    assert lock_path_for(project_file).exists()
    qtbot.keyClick(first.navigator.tree, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not first.isVisible()
    assert first_dialogs.kinds() == ["save_as"]  # saved, so no question on quitting
    assert not lock_path_for(project_file).exists()

    second_dialogs = FakeDialogs()
    second = make_window(second_dialogs)
    recent = second.welcome.recent_list
    assert recent.count() == 1 and recent.item(0).toolTip() == str(project_file.resolve())
    recent.setFocus()
    recent.setCurrentRow(0)
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert second.session is not None
    assert second.session.project.region.name == NAME
    assert second.session.project.region.counties == ["Island", "Skagit"]
    assert second.current_step() == "mission"
    assert second.step_title.text() == "Establish a mission"
    assert not second.isWindowModified()
    assert second_dialogs.asked == []


def test_moving_after_saving_is_remembered_without_a_question(qtbot, make_window, tmp_path):
    project_file = tmp_path / "moved.tfproj"
    dialogs = FakeDialogs(save_paths=[project_file])
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Moved", [])
    assert window.save()
    click_navigator(qtbot, window, "training")
    assert not window.isWindowModified()  # moving around is not an unsaved change
    assert window.close()
    assert dialogs.kinds() == ["save_as"]
    assert open_project(project_file).project.last_step == "training"
