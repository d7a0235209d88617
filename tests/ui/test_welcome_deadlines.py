"""The welcome screen lists the next five deadlines of the chosen recent project, from
what the settings remembered when it was last opened or saved: the first window never
waits for a project file to load."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.ui.helpers import type_new_project
from wizard.model import clock
from wizard.model.project import Meeting
from wizard.ui.pages.welcome import coming_up_lines
from wizard.ui.settings import AppSettings

pytestmark = pytest.mark.gui

TODAY = date(2026, 12, 31)


@pytest.fixture(autouse=True)
def pinned_today():  # type: ignore[no-untyped-def]
    with clock.pinned(TODAY):
        yield


def save_with_meetings(qtbot, window, dialogs, path: Path, titles: list[str]) -> None:  # type: ignore[no-untyped-def]
    type_new_project(qtbot, window, path.stem, ["Yakima"])
    project = window.session.project
    project.meetings.extend(
        Meeting(id=f"meet-{n}", title=title, held_on=TODAY + timedelta(days=n))
        for n, title in enumerate(titles)
    )
    project.meetings.append(Meeting(id="meet-past", title="Old", held_on=date(2026, 1, 5)))
    project.scc.report_due_on = date(2027, 1, 1)
    dialogs.save_paths.append(path)
    assert window.save()
    assert window.close_project()


def shown(window) -> list[str]:  # type: ignore[no-untyped-def]
    return window.welcome.coming_up.text().split("<br>")


def test_the_next_five_of_a_saved_project_show_on_the_welcome_screen(
    qtbot, make_window, dialogs, tmp_path: Path
):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    titles = ["Kickoff", "Data & <b>bold</b>", "Third", "Fourth", "Fifth", "Sixth"]
    save_with_meetings(qtbot, window, dialogs, tmp_path / "Yakima TF.tfproj", titles)

    later = make_window(dialogs)  # the next start of the program
    assert "Coming up for Yakima TF" in later.welcome.coming_up_title.text()
    lines = shown(later)
    assert lines == [
        "Dec 31, 2026 (today): Kickoff",
        "Jan 1, 2027 (tomorrow): Data &amp; &lt;b&gt;bold&lt;/b&gt;",
        "Jan 1, 2027 (tomorrow): SCC annual report due",
        "Jan 2, 2027 (in 2 days): Third",
        "Jan 3, 2027 (in 3 days): Fourth",
    ]
    description = later.welcome.recent_list.accessibleDescription()
    assert "Coming up: Dec 31, 2026 (today): Kickoff;" in description


def test_what_has_passed_drops_off_and_each_project_shows_its_own(
    qtbot, make_window, dialogs, tmp_path: Path
):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    save_with_meetings(qtbot, window, dialogs, tmp_path / "First.tfproj", ["One"])
    save_with_meetings(qtbot, window, dialogs, tmp_path / "Second.tfproj", ["Two", "Three"])
    welcome = window.welcome
    assert "Second" in welcome.coming_up_title.text()
    assert shown(window)[0] == "Dec 31, 2026 (today): Two"
    welcome.recent_list.setFocus()
    qtbot.keyClick(welcome.recent_list, Qt.Key.Key_Down)
    assert "First" in welcome.coming_up_title.text()
    assert shown(window)[0] == "Dec 31, 2026 (today): One"

    with clock.pinned(TODAY + timedelta(days=1)):
        later = make_window(dialogs)
        assert shown(later)[0] == "Jan 1, 2027 (today): Three"


def test_a_project_with_nothing_remembered_says_so(qtbot, make_window, dialogs, tmp_path):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    save_with_meetings(qtbot, window, dialogs, tmp_path / "Busy.tfproj", [])
    with clock.pinned(date(2027, 6, 1)):  # everything saved has passed
        later = make_window(dialogs)
    assert later.welcome.coming_up.text().startswith("No deadlines ahead")


def test_the_settings_forget_deadlines_of_projects_no_longer_recent(tmp_path: Path):
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    first, second = tmp_path / "a.tfproj", tmp_path / "b.tfproj"
    for path in (first, second):
        settings.add_recent_project(path)
        settings.remember_deadlines(path, [(TODAY, f"Due for {path.stem}")])
    assert settings.remembered_deadlines(first.resolve(), TODAY) == [(TODAY, "Due for a")]
    settings.forget_recent_project(first.resolve())
    assert settings.remembered_deadlines(first.resolve(), TODAY) == []
    assert settings.remembered_deadlines(second.resolve(), TODAY) == [(TODAY, "Due for b")]


def test_a_damaged_settings_entry_is_skipped_not_fatal(tmp_path: Path):
    raw = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(raw)
    path = (tmp_path / "a.tfproj").resolve()
    settings.add_recent_project(path)
    damaged = f'{{"{path}": [["not a date", "x"], ["2027-01-02", "Ok"], 7]}}'
    raw.setValue("recent_deadlines", damaged)
    assert settings.remembered_deadlines(path, TODAY) == [(date(2027, 1, 2), "Ok")]
    raw.setValue("recent_deadlines", "{not json")
    assert settings.remembered_deadlines(path, TODAY) == []


def test_lines_name_the_day_how_far_off_and_the_title():
    ahead = [(TODAY + timedelta(days=n), f"Item {n}") for n in range(8)]
    assert coming_up_lines(ahead, TODAY)[-1] == "Jan 4, 2027 (in 4 days): Item 4"
    assert len(coming_up_lines(ahead, TODAY)) == 5
