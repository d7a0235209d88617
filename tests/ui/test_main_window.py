"""The window's own behaviour: navigation, the unsaved mark, questions on close,
locks, recovery and bad files."""

from __future__ import annotations

import json
import socket
from datetime import timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import click_navigator, type_new_project
from wizard.assets import asset_path
from wizard.model import clock
from wizard.model.project import Project, Region
from wizard.model.steps import STEP_IDS
from wizard.storage import autosave
from wizard.storage.lock import lock_path_for
from wizard.storage.project_file import open_project, save_project
from wizard.ui.dialogs import LockedChoice, RecoveryChoice, UnsavedChoice
from wizard.ui.main_window import SAMPLE_PROJECT
from wizard.ui.pages.registry import PAGES

pytestmark = pytest.mark.gui


def test_welcome_then_new_project_lands_on_first_step(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    assert window.modes.currentWidget() is window.welcome
    type_new_project(qtbot, window, "Skagit Valley Task Force", ["Skagit", "Island"])
    assert window.modes.currentWidget() is window.workspace
    assert window.session is not None
    assert window.session.project.region.name == "Skagit Valley Task Force"
    assert window.session.project.region.counties == ["Island", "Skagit"]
    assert window.current_step() == "what_is"
    assert window.step_title.text() == "What is a task force?"


def test_a_name_is_needed_and_the_problem_is_shown_inline(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    assert window.session is None
    assert window.welcome.name_problem.isVisible()
    assert "name" in window.welcome.name_problem.text()
    assert dialogs.asked == []  # no pop-up
    qtbot.keyClicks(window.welcome.name_edit, "X")
    assert not window.welcome.name_problem.isVisible()


def test_existing_region_gets_a_note_not_a_block(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "King and friends", ["King"])
    assert window.session is not None  # still created


def test_next_back_and_navigator_move_between_steps(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Steps", [])
    assert not window.back_button.isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == "coordinator"
    assert window.session.project.last_step == "coordinator"
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == "what_is"
    click_navigator(qtbot, window, "mous")
    assert window.current_step() == "mous"
    assert window.page_stack.currentWidget() is window.pages["mous"]
    click_navigator(qtbot, window, "export")
    assert not window.next_button.isEnabled()
    for _ in range(len(STEP_IDS) - 1):
        window.back_action.trigger()
    assert window.current_step() == STEP_IDS[0]


def test_navigator_states_follow_the_project(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "States", ["Yakima"])
    assert window.navigator.state_of("what_is") == "in progress"
    assert window.navigator.state_of("mission") == "not started"
    window.session.project.region.kind = "new"
    window.session.mark_edited()
    assert window.navigator.state_of("what_is") == "done"
    tooltip = window.navigator.item_for("coordinator").toolTip(0)
    assert tooltip == "Not started yet."


def test_unsaved_mark_and_save(qtbot, make_window, dialogs, tmp_path):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Mark & <Test>", [])
    assert window.isWindowModified()
    target = tmp_path / "mark.tfproj"
    dialogs.save_paths.append(target)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert "mark.tfproj" in window.windowTitle()
    assert open_project(target).project.region.name == "Mark & <Test>"
    suggested = dialogs.asked[0][1]
    assert suggested.endswith("Mark & Test.tfproj")  # < > are not allowed in file names
    window.session.project.region.kind = "restart"
    window.session.mark_edited()
    assert window.isWindowModified()


def test_close_question_cancel_keeps_everything(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Keep me", [])
    dialogs.unsaved_answers.append(UnsavedChoice.CANCEL)
    assert not window.close()
    assert window.isVisible()
    assert window.session is not None and window.session.project.region.name == "Keep me"
    assert dialogs.kinds() == ["unsaved"]


def test_close_question_save_writes_the_file(qtbot, make_window, dialogs, tmp_path):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Save on close", [])
    target = tmp_path / "closing.tfproj"
    dialogs.unsaved_answers.append(UnsavedChoice.SAVE)
    dialogs.save_paths.append(target)
    assert window.close()
    assert open_project(target).project.region.name == "Save on close"
    assert not lock_path_for(target).exists()


def test_close_question_discard_closes_without_writing(qtbot, make_window, dialogs, tmp_path):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Throw away", [])
    dialogs.unsaved_answers.append(UnsavedChoice.DISCARD)
    assert window.close()
    assert list(tmp_path.glob("*.tfproj")) == []


def test_save_failure_is_reported_and_work_stays_unsaved(qtbot, make_window, dialogs, tmp_path):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Nowhere", [])
    dialogs.save_paths.append(tmp_path / "missing-folder" / "x.tfproj")
    assert not window.save()
    assert window.isWindowModified()
    errors = [text for kind, text in dialogs.asked if kind == "error"]
    assert errors and "could not be saved" in errors[0]


def test_opening_a_damaged_file_says_why_and_changes_nothing(qtbot, make_window, dialogs, tmp_path):
    damaged = tmp_path / "damaged.tfproj"
    damaged.write_bytes(b'{"schema_version": 2, "region": {"name": "Cut')
    window = make_window(dialogs)
    dialogs.open_paths.append(damaged)
    window.open_action.trigger()
    assert window.session is None
    assert window.modes.currentWidget() is window.welcome
    assert any("incomplete" in text for kind, text in dialogs.asked if kind == "error")
    assert damaged.read_bytes() == b'{"schema_version": 2, "region": {"name": "Cut'
    assert [p.name for p in tmp_path.iterdir() if p.name != "settings"] == ["damaged.tfproj"]


def test_newer_file_is_refused_in_plain_words(qtbot, make_window, dialogs, tmp_path):
    newer = tmp_path / "newer.tfproj"
    newer.write_text(json.dumps({"schema_version": 99}), encoding="utf-8")
    window = make_window(dialogs)
    window.open_path(newer)
    assert window.session is None
    assert any("newer version" in text for kind, text in dialogs.asked if kind == "error")


def test_second_copy_is_told_who_holds_the_lock_and_may_open_read_only(
    qtbot, make_window, dialogs, tmp_path
):
    path = tmp_path / "shared.tfproj"
    save_project(Project(region=Region(name="Shared")), path)
    lock_path_for(path).write_text(
        json.dumps(
            {"user": "maria", "host": "front-desk-pc", "pid": 4242, "since": "2026-11-02T09:15:00"}
        ),
        encoding="utf-8",
    )
    dialogs.locked_answers.append(LockedChoice.READ_ONLY)
    window = make_window(dialogs)
    window.open_path(path)
    asked = [text for kind, text in dialogs.asked if kind == "locked"]
    assert asked and "maria" in asked[0] and "front-desk-pc" in asked[0]
    assert window.session is not None and window.session.read_only
    assert "read-only" in window.windowTitle()
    # Saving a read-only project asks for a new name and never touches the original.
    before = path.read_bytes()
    copy = tmp_path / "my copy.tfproj"
    dialogs.save_paths.append(copy)
    window.session.mark_edited()
    assert window.save()
    assert path.read_bytes() == before
    assert open_project(copy).project.region.name == "Shared"
    assert not window.session.read_only


def test_a_file_marked_read_only_opens_read_only_and_is_never_replaced(
    qtbot, make_window, dialogs, tmp_path
):
    """Even as root, who may write any file: read-only means 'do not change'."""
    path = tmp_path / "archived.tfproj"
    save_project(Project(region=Region(name="Archived")), path)
    path.chmod(0o444)
    before = path.read_bytes()
    window = make_window(dialogs)
    window.open_path(path)
    assert window.session is not None and window.session.read_only
    assert "read-only" in window.windowTitle()
    assert any("marked read-only" in text for kind, text in dialogs.asked if kind == "info")
    assert not lock_path_for(path).exists()  # nothing written beside it either
    copy = tmp_path / "working copy.tfproj"
    dialogs.save_paths.append(copy)
    window.session.mark_edited()
    assert window.save()  # Save becomes Save As
    assert path.read_bytes() == before
    assert open_project(copy).project.region.name == "Archived"


def test_lock_cancel_leaves_window_on_welcome(qtbot, make_window, dialogs, tmp_path):
    path = tmp_path / "busy.tfproj"
    save_project(Project(), path)
    lock_path_for(path).write_text(
        json.dumps(
            {"user": "sam", "host": socket.gethostname() + "-other", "pid": 1, "since": "x"}
        ),
        encoding="utf-8",
    )
    dialogs.locked_answers.append(LockedChoice.CANCEL)
    window = make_window(dialogs)
    window.open_path(path)
    assert window.session is None


def test_autosave_after_a_crash_is_offered_and_recovered(qtbot, make_window, dialogs, tmp_path):
    first = make_window(dialogs)
    type_new_project(qtbot, first, "Crashy", ["Lewis"])
    first.session.project.region.kind = "restart"
    first.session.mark_edited()
    first._autosave_timer.timeout.emit()  # what the timer does after a quiet moment
    assert len(autosave.find_recoveries()) == 1
    first.session = None  # the program dies: nothing is cleaned up

    second_dialogs = type(dialogs)()
    second_dialogs.recover_answers.append(RecoveryChoice.RECOVER)
    second = make_window(second_dialogs)
    second.recover_after_crash()
    assert second.session is not None
    assert second.session.project.region.name == "Crashy"
    assert second.session.project.region.kind == "restart"
    assert second.isWindowModified()
    assert "Crashy" in second_dialogs.asked[0][1]


def test_recovery_can_be_thrown_away(qtbot, make_window, dialogs):
    autosave.write_recovery(Project(region=Region(name="Old")), None, "abc")
    dialogs.recover_answers.append(RecoveryChoice.DISCARD)
    window = make_window(dialogs)
    window.recover_after_crash()
    assert window.session is None
    assert autosave.find_recoveries() == []


def test_clean_save_removes_the_recovery_copy(qtbot, make_window, dialogs, tmp_path):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Tidy", [])
    window._autosave_timer.timeout.emit()
    assert autosave.find_recoveries()
    dialogs.save_paths.append(tmp_path / "tidy.tfproj")
    assert window.save()
    assert autosave.find_recoveries() == []


def test_sample_opens_as_an_untitled_copy(qtbot, make_window, dialogs, tmp_path):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    assert window.session.path is None
    assert window.session.project.region.name
    assert window.settings.recent_projects() == []
    assert not lock_path_for(asset_path(*SAMPLE_PROJECT)).exists()
    assert window.current_step() == window.session.project.last_step
    dialogs.save_paths.append(tmp_path / "mine.tfproj")
    assert window.save()
    assert (tmp_path / "mine.tfproj").exists()


def test_guidance_panel_follows_the_step_and_can_be_hidden(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Guided", [])
    assert "no single right way" in window.guidance.toPlainText()
    click_navigator(qtbot, window, "coordinator")
    assert "glue" in window.guidance.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert not window.guidance_panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.guidance_panel.isVisible()


def test_unbuilt_pages_say_so_plainly(qtbot, make_window, dialogs):
    unbuilt = [step_id for step_id in STEP_IDS if step_id not in PAGES]
    if not unbuilt:
        pytest.skip("every step has its page")
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Plain", [])
    click_navigator(qtbot, window, unbuilt[0])
    page = window.page_stack.currentWidget()
    assert "not built yet" in page.message.text()


def test_every_menu_action_has_a_keyboard_path(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
        for action in menu_action.menu().actions():
            if not action.isSeparator() and action.menu() is None:
                assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()
    assert not window.save_action.shortcut().isEmpty()
    assert not window.open_action.shortcut().isEmpty()


def test_the_test_stand_in_answers_every_question_the_program_can_ask():
    """A question the stand-in does not answer would open a real modal dialog and hang."""
    from tests.ui.conftest import FakeDialogs
    from wizard.ui.dialogs import Dialogs

    asked = {name for name in vars(Dialogs) if callable(vars(Dialogs)[name])}
    asked = {name for name in asked if not name.startswith("_")}  # helpers behind them
    answered = {name for name in asked if getattr(FakeDialogs, name) is not getattr(Dialogs, name)}
    assert asked - answered == set()


def test_every_registered_page_is_the_page_for_its_step():
    from wizard.ui.pages.registry import page_class

    for step_id in PAGES:
        page = page_class(step_id)
        assert page is not None and page.step_id == step_id, step_id


def test_the_file_menu_saves_the_deadlines_calendar_beside_the_project(
    qtbot, make_window, dialogs, tmp_path
):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    assert not window.calendar_action.isEnabled()  # nothing to put in it yet
    type_new_project(qtbot, window, "Dated", [])
    window.session.project.scc.report_due_on = clock.today() + timedelta(days=90)
    dialogs.save_paths.append(tmp_path / "dated.tfproj")
    assert window.save()
    target = tmp_path / "elsewhere.ics"
    dialogs.calendar_paths.append(target)
    assert window.calendar_action.isEnabled()
    window.calendar_action.trigger()
    asked = [detail for kind, detail in dialogs.asked if kind == "save_calendar"]
    assert asked and Path(str(asked[0])).parent == tmp_path  # offered beside the project
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["SCC annual report due"]
