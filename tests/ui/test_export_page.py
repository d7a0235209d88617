"""The 'Starter packet' page: what it lists, and exporting through the real page and the
dialog flow (folder, overwrite question, progress with Cancel, errors)."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QKeySequence

from tests.ui.helpers import click_check, click_navigator, type_new_project
from wizard.documents import packet
from wizard.documents.packet import ExportError, packet_destination, packet_gaps, plan_packet
from wizard.model import clock
from wizard.model.project import Subcommittee
from wizard.storage.project_file import open_project
from wizard.ui import export_worker
from wizard.ui.pages.export import ExportPage, progress_text

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
EXPORT_TIMEOUT_MS = 120_000
"""A ceiling for a stuck export, not a speed requirement."""


def gap_rows(page: ExportPage) -> list[str]:
    return [page.gaps_list.item(row).text() for row in range(page.gaps_list.count())]


def open_export(qtbot, window) -> ExportPage:  # type: ignore[no-untyped-def]
    click_navigator(qtbot, window, "export")
    page = window.pages["export"]
    assert isinstance(page, ExportPage)
    assert window.page_stack.currentWidget() is page
    return page


def sample_export_page(qtbot, make_window, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    return window, open_export(qtbot, window)


def export_and_wait(qtbot, page: ExportPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.export_button, LEFT)
    qtbot.waitUntil(lambda: page.job is None, timeout=EXPORT_TIMEOUT_MS)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder she chooses: empty, apart from the test's settings next to it."""
    folder = tmp_path / "chosen"
    folder.mkdir()
    return folder


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def top_level_rows(page: ExportPage) -> list[str]:
    tree = page.files_tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


# ----- what the page shows -------------------------------------------------------------


def test_the_page_lists_the_packet_files_grouped_and_the_gaps(qtbot, make_window, dialogs):
    window, page = sample_export_page(qtbot, make_window, dialogs)
    project = window.session.project
    items = plan_packet(project, clock.today())
    rows = top_level_rows(page)
    assert rows[0] == "00 Overview.pdf"
    assert "04 Roster and sector coverage.docx" in rows
    folders = {item.path.partition("/")[0] for item in items if "/" in item.path}
    for folder in folders:
        count = sum(1 for item in items if item.path.startswith(folder + "/"))
        assert any(row.startswith(f"{folder}  ({count} file") for row in rows), folder
    listed = page.files_tree.topLevelItemCount() + sum(
        page.files_tree.topLevelItem(i).childCount()
        for i in range(page.files_tree.topLevelItemCount())
    )
    assert listed == len(items) + len(folders)
    gaps = packet_gaps(project)
    assert [row.partition("  →  ")[0] for row in gap_rows(page)] == gaps
    assert page.gaps_list.isVisible() == bool(gaps)
    assert f"{len(items)} documents" in page.readiness_label.text()
    assert page.export_button.isEnabled()
    assert not page.open_folder_button.isVisible()


def test_an_empty_project_lists_its_gaps_before_exporting(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Brand new", [])
    page = open_export(qtbot, window)
    rows = gap_rows(page)
    assert "the counties covered  →  What is a task force?" in rows
    assert "the mission statement  →  Establish a mission" in rows
    assert page.gaps_list.isVisible()
    assert "still to be decided" in page.readiness_label.text()
    assert "Brand new starter packet" in page.files_label.text()


def test_every_count_of_answers_counts_each_answer_once(qtbot, make_window, dialogs):
    """An answer missing from all thirteen letters is one answer to give, not thirteen."""
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Brand new", ["Clark"])
    page = open_export(qtbot, window)
    total = len(packet_gaps(window.session.project))
    assert f" {total} answers are still to be decided" in page.readiness_label.text()
    tree = page.files_tree
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        shown = int(item.text(1).split()[0]) if item.text(1) else 0
        assert shown <= total, item.text(0)
        if item.childCount():
            in_children = {
                gap
                for child in range(item.childCount())
                for gap in item.child(child).toolTip(1).splitlines()
            }
            assert shown == len(in_children), item.text(0)


def test_a_listed_answer_takes_the_user_to_its_step(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Brand new", ["Clark"])
    page = open_export(qtbot, window)
    gaps = page.gaps_list
    gaps.setFocus()
    qtbot.keyClick(gaps, Qt.Key.Key_Home)
    qtbot.keyClick(gaps, Qt.Key.Key_Down)  # the second answer
    wanted = gaps.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(gaps, Qt.Key.Key_Return)
    assert window.current_step() == wanted != "export"


def test_answers_with_markup_in_them_are_shown_as_typed(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Brand new", ["Clark"])
    window.session.project.subcommittees.append(Subcommittee(name="<b>Youth</b> & co"))
    page = open_export(qtbot, window)
    assert "the charge of <b>Youth</b> & co  →  Subcommittees" in gap_rows(page)


# ----- exporting -----------------------------------------------------------------------


def test_export_writes_the_packet_and_the_zip(qtbot, make_window, dialogs, out):
    window, page = sample_export_page(qtbot, make_window, dialogs)
    project = window.session.project
    click_check(qtbot, page.zip_check)
    assert page.zip_check.isChecked()
    dialogs.export_folders.append(out)
    export_and_wait(qtbot, page)

    folder = packet_destination(project, out, clock.today())
    expected = {item.path for item in plan_packet(project, clock.today())}
    assert files_under(folder) == expected
    assert {"00 Overview.pdf", "01 Charter.docx"} <= expected
    assert (folder / "00 Overview.pdf").read_bytes().startswith(b"%PDF-")
    archive = folder.with_name(folder.name + ".zip")
    with zipfile.ZipFile(archive) as opened:
        assert {name.partition("/")[2] for name in opened.namelist()} == expected
    assert sorted(p.name for p in out.iterdir()) == [folder.name, archive.name]

    progress = dialogs.progresses[0]
    assert progress.closed
    assert [done for done, _, _ in progress.steps] == list(range(len(expected) + 1))
    assert progress.steps[0][2] == f"Making Starter packet overview (1 of {len(expected)})…"
    assert dialogs.kinds() == ["export_folder", "progress"]
    assert str(folder) in page.status_label.text()
    assert archive.name in page.status_label.text()
    assert page.open_folder_button.isVisible()
    assert page.export_button.isEnabled()
    assert window.isWindowModified()  # the sample has no file yet: the packet made is unsaved
    [made] = project.exports
    assert (made.made_on, made.folder) == (clock.today(), str(folder))
    assert made.documents == len(expected)
    assert window.navigator.state_of("export") != "not started"
    assert "You last made a packet on" in page.readiness_label.text()
    assert page.settings.last_export_folder() == out
    assert page.settings.export_zip()


def test_a_packet_made_from_a_saved_project_is_remembered_without_a_question(
    qtbot, make_window, dialogs, out, tmp_path
):
    window, page = sample_export_page(qtbot, make_window, dialogs)
    saved = tmp_path / "North Ridge.tfproj"
    dialogs.save_paths.append(saved)
    window.save_as()
    assert not window.isWindowModified()
    dialogs.export_folders.append(out)
    export_and_wait(qtbot, page)
    assert not window.isWindowModified()  # nothing she typed is unsaved
    reopened = open_project(saved).project
    assert [e.made_on for e in reopened.exports] == [clock.today()]


def test_export_runs_off_the_window_thread(qtbot, make_window, dialogs, out, monkeypatch):
    threads = []
    real = export_worker.export_packet

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(export_worker, "export_packet", recording)
    _, page = sample_export_page(qtbot, make_window, dialogs)
    dialogs.export_folders.append(out)
    export_and_wait(qtbot, page)
    assert threads and threads[0] is not threading.main_thread()
    assert page.last_result is not None


def test_cancel_leaves_nothing_behind(qtbot, make_window, dialogs, out):
    _, page = sample_export_page(qtbot, make_window, dialogs)
    click_check(qtbot, page.zip_check)
    dialogs.cancel_export_after = 1
    dialogs.export_folders.append(out)
    export_and_wait(qtbot, page)
    assert list(out.iterdir()) == []  # not even the hidden work folder
    progress = dialogs.progresses[0]
    assert len(progress.steps) == 1 and progress.closed
    assert "error" not in dialogs.kinds()
    assert page.status_label.text() == "Export cancelled. Nothing was written."
    assert not page.open_folder_button.isVisible()
    assert page.export_button.isEnabled()


def test_cancel_late_in_the_export_still_leaves_nothing(qtbot, make_window, dialogs, out):
    window, page = sample_export_page(qtbot, make_window, dialogs)
    total = len(plan_packet(window.session.project, clock.today()))
    dialogs.cancel_export_after = total + 1  # on 'putting the packet in its folder'
    dialogs.export_folders.append(out)
    export_and_wait(qtbot, page)
    assert list(out.iterdir()) == []
    assert "cancelled" in page.status_label.text()


def test_choosing_no_folder_does_nothing(qtbot, make_window, dialogs, out):
    _, page = sample_export_page(qtbot, make_window, dialogs)
    dialogs.export_folders.append(None)
    qtbot.mouseClick(page.export_button, LEFT)
    assert page.job is None
    assert dialogs.kinds() == ["export_folder"]
    assert not page.status_label.isVisible()


def test_an_existing_packet_is_kept_unless_she_says_replace(qtbot, make_window, dialogs, out):
    window, page = sample_export_page(qtbot, make_window, dialogs)
    folder = packet_destination(window.session.project, out, clock.today())
    folder.mkdir()
    (folder / "my notes.txt").write_text("keep me", encoding="utf-8")

    dialogs.export_folders.append(out)
    dialogs.replace_answers.append(False)
    qtbot.mouseClick(page.export_button, LEFT)
    assert page.job is None  # nothing started
    assert dialogs.asked[-1] == ("replace_packet", str(folder))
    assert files_under(folder) == {"my notes.txt"}
    assert sorted(p.name for p in out.iterdir()) == [folder.name]
    assert "kept" in page.status_label.text()
    assert "progress" not in dialogs.kinds()

    dialogs.export_folders.append(out)
    dialogs.replace_answers.append(True)
    export_and_wait(qtbot, page)
    written = files_under(folder)
    assert "my notes.txt" not in written
    assert "00 Overview.pdf" in written
    assert sorted(p.name for p in out.iterdir()) == [folder.name]  # no leftovers


def test_an_existing_zip_is_asked_about_too(qtbot, make_window, dialogs, out):
    window, page = sample_export_page(qtbot, make_window, dialogs)
    click_check(qtbot, page.zip_check)
    folder = packet_destination(window.session.project, out, clock.today())
    archive = folder.with_name(folder.name + ".zip")
    archive.write_bytes(b"an older zip")
    dialogs.export_folders.append(out)
    dialogs.replace_answers.append(False)
    qtbot.mouseClick(page.export_button, LEFT)
    assert dialogs.asked[-1] == ("replace_packet", str(archive))
    assert archive.read_bytes() == b"an older zip"
    assert not folder.exists()


def test_a_folder_that_does_not_exist_is_reported(qtbot, make_window, dialogs, out):
    _, page = sample_export_page(qtbot, make_window, dialogs)
    missing = out / "gone"
    dialogs.export_folders.append(missing)
    export_and_wait(qtbot, page)
    errors = [text for kind, text in dialogs.asked if kind == "error"]
    assert errors == [f"The packet was not exported: The folder {missing} does not exist."]
    assert "does not exist" in page.status_label.text()
    assert not missing.exists()
    assert dialogs.progresses[0].closed
    assert page.export_button.isEnabled()


def test_an_export_error_is_reported_in_its_own_words(
    qtbot, make_window, dialogs, out, monkeypatch
):
    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ExportError("The disk is full.")

    monkeypatch.setattr(export_worker, "export_packet", failing)
    _, page = sample_export_page(qtbot, make_window, dialogs)
    dialogs.export_folders.append(out)
    export_and_wait(qtbot, page)
    assert ("error", "The packet was not exported: The disk is full.") in dialogs.asked
    assert list(out.iterdir()) == []


def test_a_broken_document_is_reported_and_nothing_is_left(
    qtbot, make_window, dialogs, out, monkeypatch
):
    """A bug in one document's writer must not hang the window or leave a half packet."""
    real_plan = packet.plan_packet

    def plan_with_a_broken_writer(project, today):  # type: ignore[no-untyped-def]
        items = real_plan(project, today)

        def broken(target: Path) -> None:
            target.write_bytes(b"half")
            raise RuntimeError("the writer broke")

        return [*items, packet.PacketItem("99 Broken.pdf", "Broken", writer=broken)]

    monkeypatch.setattr(packet, "plan_packet", plan_with_a_broken_writer)
    _, page = sample_export_page(qtbot, make_window, dialogs)
    dialogs.export_folders.append(out)
    export_and_wait(qtbot, page)
    errors = [text for kind, text in dialogs.asked if kind == "error"]
    assert len(errors) == 1 and "the writer broke" in errors[0]
    assert list(out.iterdir()) == []


def test_open_the_folder_opens_the_local_folder(qtbot, make_window, dialogs, out, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    _, page = sample_export_page(qtbot, make_window, dialogs)
    dialogs.export_folders.append(out)
    export_and_wait(qtbot, page)
    qtbot.mouseClick(page.open_folder_button, LEFT)
    assert len(opened) == 1
    assert opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == page.last_result.folder


def test_the_last_folder_and_zip_choice_are_remembered(qtbot, make_window, dialogs, out):
    _, page = sample_export_page(qtbot, make_window, dialogs)
    click_check(qtbot, page.zip_check)
    dialogs.export_folders.append(out)
    export_and_wait(qtbot, page)

    again = make_window(dialogs)
    qtbot.mouseClick(again.welcome.sample_button, LEFT)
    second = open_export(qtbot, again)
    assert second.zip_check.isChecked()
    dialogs.export_folders.append(None)
    qtbot.mouseClick(second.export_button, LEFT)
    assert dialogs.asked[-1] == ("export_folder", str(out))


# ----- the menu and the keyboard -------------------------------------------------------


def test_ctrl_e_shows_the_page_then_exports(qtbot, make_window, dialogs, out):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    click_navigator(qtbot, window, "mission")
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["export"]
    assert window.current_step() == "export"
    assert page.export_button.hasFocus()
    assert "export_folder" not in dialogs.kinds()  # the gaps are shown first

    dialogs.export_folders.append(out)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.job is None, timeout=EXPORT_TIMEOUT_MS)
    assert page.last_result is not None and page.last_result.folder.is_dir()


def test_the_export_button_works_from_the_keyboard(qtbot, make_window, dialogs, out):
    _, page = sample_export_page(qtbot, make_window, dialogs)
    dialogs.export_folders.append(None)
    page.export_button.setFocus()
    qtbot.keyClick(page.export_button, Qt.Key.Key_Space)
    assert dialogs.kinds() == ["export_folder"]


def test_progress_words():
    assert progress_text(0, 7, "Charter") == "Making Charter (1 of 7)…"
    assert progress_text(7, 7, "Finishing") == "Putting the packet in its folder…"


def test_closing_the_window_during_an_export_cancels_it(qtbot, make_window, dialogs, out):
    window, page = sample_export_page(qtbot, make_window, dialogs)
    assert not window.session.dirty  # so closing asks nothing
    dialogs.export_folders.append(out)
    qtbot.mouseClick(page.export_button, LEFT)
    assert page.busy
    window.close()  # returns only once the worker has stopped and cleaned up
    assert not page.busy
    assert list(out.iterdir()) == []
    assert "cancelled" in page.status_label.text()
