"""Every step fits the window people really have, with nothing to scroll sideways:

- the first window (1180×760), with the navigator and the guidance open;
- 1024×700 logical pixels (a 1366×768 laptop at 133%, or 1536×864 at 150%), where the
  guidance tucks itself away behind a 'Show guidance' button, or the user hid it;
- 900 px, as on a 1366×768 screen at 150%.

And the window can always shrink to fit a zoomed laptop screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QWidget,
)

from tests.ui.helpers import type_new_project
from wizard.model.steps import STEP_IDS
from wizard.ui.app import configure_application
from wizard.ui.widgets.roster_model import Column

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton
ROOT = Path(__file__).resolve().parents[2]


def _too_wide(qtbot, window) -> dict[str, tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Step -> (width the page needs, width it has), for each page wider than its room."""
    found = {}
    for step_id in STEP_IDS:
        window.go_to_step(step_id)
        qtbot.wait(1)
        page = window.pages[step_id]
        areas = [
            area
            for area in page.findChildren(QScrollArea)
            if area.isVisible() and area.widget() is not None
        ]  # a hidden tab's area is measured when its tab is shown
        if not areas:
            needed, room = page.minimumSizeHint().width(), page.width()
            if needed > room:
                found[step_id] = (needed, room)
        for area in areas:
            needed = area.widget().minimumSizeHint().width()
            if needed > area.viewport().width():
                found[step_id] = (needed, area.viewport().width())
    return found


def _open(qtbot, window, project: str) -> None:  # type: ignore[no-untyped-def]
    if project == "sample":
        qtbot.mouseClick(window.welcome.sample_button, LEFT)
        qtbot.waitUntil(lambda: window.session is not None)
    else:
        type_new_project(qtbot, window, "Fresh start", ["Clark"])


def _resize(qtbot, window, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    QApplication.processEvents()


PROJECTS = ["sample", "new"]


@pytest.mark.parametrize("project", PROJECTS)
def test_every_step_fits_the_first_window_beside_the_guidance(qtbot, make_window, dialogs, project):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    _open(qtbot, window, project)
    assert window.width() == 1180 and window.guidance_panel.isVisible()
    assert _too_wide(qtbot, window) == {}


@pytest.mark.parametrize("width", [1024, 900])
@pytest.mark.parametrize("project", PROJECTS)
def test_on_a_laptop_the_guidance_tucks_away_and_every_step_fits(
    qtbot, make_window, dialogs, project, width
):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    _open(qtbot, window, project)
    _resize(qtbot, window, width, 700)
    assert not window.guidance_panel.isVisible()
    assert window.workspace.show_guidance_button.isVisible()
    assert _too_wide(qtbot, window) == {}


@pytest.mark.parametrize("project", PROJECTS)
def test_with_the_guidance_hidden_every_step_fits_1024(qtbot, make_window, dialogs, project):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    _open(qtbot, window, project)
    window.guidance_action.trigger()  # F1: the user hides it
    _resize(qtbot, window, 1024, 700)
    assert not window.guidance_panel.isVisible()
    assert _too_wide(qtbot, window) == {}


@pytest.mark.parametrize("project", PROJECTS)
def test_with_the_guidance_shown_on_request_every_step_fits_1024(
    qtbot, make_window, dialogs, project
):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    _open(qtbot, window, project)
    _resize(qtbot, window, 1024, 700)
    qtbot.mouseClick(window.workspace.show_guidance_button, LEFT)
    assert window.guidance_panel.isVisible()
    assert _too_wide(qtbot, window) == {}


def test_the_tucked_guidance_comes_back_on_request_and_with_room(qtbot, make_window, dialogs):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    _open(qtbot, window, "sample")
    show = window.workspace.show_guidance_button
    assert not show.isVisible()  # the panel is there: nothing to show
    _resize(qtbot, window, 1024, 700)
    assert not window.guidance_panel.isVisible() and show.isVisible()
    assert not window.guidance_action.isChecked()
    qtbot.mouseClick(show, LEFT)  # the user wants it even so: it shows
    assert window.guidance_panel.isVisible() and not show.isVisible()
    assert window.guidance_action.isChecked()
    _resize(qtbot, window, 1180, 760)
    assert window.guidance_panel.isVisible()
    _resize(qtbot, window, 1000, 700)  # narrow again: tucked again
    assert not window.guidance_panel.isVisible()
    window.guidance_action.trigger()  # F1 brings it back too
    assert window.guidance_panel.isVisible()
    assert window.settings.guidance_visible()  # tucking never changed the user's setting


# ----- zoomed screens -------------------------------------------------------------------

_ZOOMED = """
import json, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QScrollArea
from wizard.assets import asset_path
from wizard.model.steps import STEP_IDS
from wizard.storage.project_file import open_project
from wizard.ui.app import configure_application
from wizard.ui.main_window import SAMPLE_PROJECT, MainWindow
from wizard.ui.screenshots import _SilentDialogs
from wizard.ui.session import ProjectSession
from wizard.ui.settings import AppSettings

app = configure_application()
settings = QSettings(tempfile.mkdtemp() + "/settings.ini", QSettings.Format.IniFormat)
window = MainWindow(_SilentDialogs(), AppSettings(settings))
window.show()
app.processEvents()
first = list(window.size().toTuple())
smallest = [window.minimumSizeHint().toTuple()]
window.show_session(ProjectSession(open_project(asset_path(*SAMPLE_PROJECT)).project, None))
screen = window.screen().availableGeometry()
frame = {frame}  # title bar and taskbar, in logical pixels
room = [screen.width(), screen.height() - frame]
window.resize(*room)
app.processEvents()
sideways = []
for step_id in STEP_IDS:
    window.go_to_step(step_id)
    app.processEvents()
    smallest.append(window.minimumSizeHint().toTuple())
    page = window.pages[step_id]
    areas = [a for a in page.findChildren(QScrollArea) if a.isVisible() and a.widget()]
    pairs = [(a.widget(), a.viewport()) for a in areas] or [(page, page)]
    if any(content.minimumSizeHint().width() > space.width() for content, space in pairs):
        sideways.append(step_id)
print(json.dumps({{
    "room": room,
    "screen": [screen.width(), screen.height()],
    "first": first,
    "window": list(window.size().toTuple()),
    "smallest": [max(w for w, _ in smallest), max(h for _, h in smallest)],
    "sideways": sideways,
}}))
window.session = None
"""

SCREENS = {
    "1366x768 at 150%": (1.5, 1366, 768),
    "1366x768 at 200%": (2.0, 1366, 768),
    "1536x864 at 150%": (1.5, 1536, 864),
}


def _on_zoomed_screen(tmp_path: Path, scale: float, width: int, height: int) -> dict[str, list]:  # type: ignore[type-arg]
    """Run the window in a fresh program on a screen of ``width``×``height`` pixels at
    ``scale`` (QT_SCALE_FACTOR, as Windows' 150% does for Qt)."""
    laptop = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen = {"screens": [{**laptop, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    frame_logical = round(80 / scale)  # a 40 px taskbar and a 40 px title bar
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "TASKFORCE_BUILDER_HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", _ZOOMED.format(frame=frame_logical)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("screen", SCREENS, ids=list(SCREENS))
def test_the_window_shrinks_to_fit_a_zoomed_laptop_screen(tmp_path, screen) -> None:  # type: ignore[no-untyped-def]
    found = _on_zoomed_screen(tmp_path, *SCREENS[screen])
    room_width, room_height = found["room"]
    smallest_width, smallest_height = found["smallest"]
    assert smallest_width <= room_width and smallest_height <= room_height
    first_width, first_height = found["first"]  # on first start, before any resizing
    screen_width, screen_height = found["screen"]
    assert first_width <= screen_width and first_height <= screen_height
    assert found["window"] == found["room"]
    if SCREENS[screen][0] < 2:  # at 200% a 1366 px screen is 683 wide: some steps scroll
        assert found["sideways"] == []


# ----- large fonts --------------------------------------------------------------------


@pytest.fixture
def double_font(qapp):  # type: ignore[no-untyped-def]
    """Fonts at 200%, as a user who sets a large text size has them."""
    configure_application()
    normal = qapp.font()
    large = qapp.font()
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    yield
    qapp.setFont(normal)


def _names_cut(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Steps whose name, wrapped to its row's width, needs more height than the row has."""
    tree = window.navigator.tree
    metrics = tree.fontMetrics()
    cut = []
    for step_id in STEP_IDS:
        item = window.navigator.item_for(step_id)
        row = tree.visualItemRect(item)
        room = QRect(0, 0, row.width() - ICON_AND_GAPS, 10_000)
        needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text(0))
        if needed.height() > row.height() or needed.width() > room.width():
            cut.append(step_id)
    return cut


ICON_AND_GAPS = 30
"""The state icon (16 px), the gaps around it and the row's padding."""


@pytest.mark.parametrize("width", [1180, 1024])
def test_at_double_font_size_no_step_name_is_cut(qtbot, make_window, dialogs, double_font, width):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    _open(qtbot, window, "sample")
    window.resize(width, 760)
    QApplication.processEvents()
    qtbot.wait(10)
    assert _names_cut(window) == []


# ----- first actions in sight -----------------------------------------------------------


def _in_sight(widget, area: QScrollArea) -> bool:  # type: ignore[no-untyped-def]
    """Whether all of ``widget`` shows in the scroll area as the page opens (at its top)."""
    top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
    bottom_right = widget.mapTo(area.viewport(), widget.rect().bottomRight())
    return area.viewport().rect().contains(top_left) and area.viewport().rect().contains(
        bottom_right
    )


@pytest.mark.parametrize("size", [(1180, 760), (1024, 700)], ids=["first window", "1024x700"])
@pytest.mark.parametrize("project", PROJECTS)
def test_add_a_person_and_the_roster_status_show_without_scrolling(
    qtbot, make_window, dialogs, project, size
):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    _open(qtbot, window, project)
    _resize(qtbot, window, *size)
    window.go_to_step("members")
    QApplication.processEvents()
    page = window.pages["members"]
    area = page.findChild(QScrollArea)
    area.verticalScrollBar().setValue(0)
    assert _in_sight(page.add_button, area)
    table = page.table
    status = Column.STATUS
    right_edge = table.columnViewportPosition(status) + table.columnWidth(status)
    assert table.columnViewportPosition(status) >= 0 and right_edge <= table.viewport().width()


# ----- nothing cut --------------------------------------------------------------------


def _cut_headings(window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Column headings narrower than their words, in tables that cannot scroll sideways
    to show the rest (a table that scrolls shows each column at its full width)."""
    found: dict[str, list[str]] = {}
    for step_id in STEP_IDS:
        window.go_to_step(step_id)
        QApplication.processEvents()
        for table in window.pages[step_id].findChildren(QTableView):
            header = table.horizontalHeader()
            if not table.isVisible() or table.model() is None:
                continue
            font = header.font()
            font.setBold(True)
            metrics = QFontMetrics(font)
            for column in range(table.model().columnCount()):
                if header.isSectionHidden(column):
                    continue
                text = str(table.model().headerData(column, Qt.Orientation.Horizontal))
                if header.sectionSize(column) < metrics.horizontalAdvance(text) + 8:
                    found.setdefault(step_id, []).append(text)
    return found


@pytest.mark.parametrize("size", [(1180, 760), (1024, 700)], ids=["first window", "1024x700"])
def test_no_column_heading_is_cut(qtbot, make_window, dialogs, size):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    _open(qtbot, window, "sample")
    _resize(qtbot, window, *size)
    assert _cut_headings(window) == {}


def _placeholder_cut(edit: QWidget) -> bool:
    """Whether an empty box's placeholder (often the only hint of what goes in it, or of
    what the document says if it is left empty) needs more room than the box has."""
    metrics = edit.fontMetrics()
    text = edit.placeholderText()
    if isinstance(edit, QLineEdit):
        room = edit.contentsRect().width() - edit.textMargins().left() - edit.textMargins().right()
        return metrics.horizontalAdvance(text) > room - 4  # QLineEdit's own 2 px each side
    viewport = edit.viewport()  # type: ignore[attr-defined]
    margin = int(edit.document().documentMargin())  # type: ignore[attr-defined]
    room = QRect(0, 0, viewport.width() - 2 * margin, 10_000)
    needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text)
    return needed.height() > viewport.height() - 2 * margin


def _cut_placeholders(window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    found: dict[str, list[str]] = {}
    for step_id in STEP_IDS:
        window.go_to_step(step_id)
        QApplication.processEvents()
        page = window.pages[step_id]
        edits = page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit)
        for edit in edits:
            if not edit.isVisible() or not edit.placeholderText():
                continue
            empty = not (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText())
            if empty and _placeholder_cut(edit):
                found.setdefault(step_id, []).append(edit.placeholderText()[:30])
    return found


@pytest.mark.parametrize("size", [(1180, 760), (1024, 700)], ids=["first window", "1024x700"])
@pytest.mark.parametrize("project", PROJECTS)
def test_no_placeholder_is_cut(qtbot, make_window, dialogs, project, size):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    _open(qtbot, window, project)
    _resize(qtbot, window, *size)
    assert _cut_placeholders(window) == {}


def test_the_welcome_scrolls_on_a_small_screen_without_a_tab_stop_of_its_own(
    qtbot, make_window, dialogs
):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    assert window.welcome.minimumSizeHint().height() < 200  # it scrolls instead
    window.workspace  # noqa: B018 (built in an idle moment after the window shows)
    area = window.welcome.findChild(QScrollArea)
    assert area is not None and area.focusPolicy() == Qt.FocusPolicy.NoFocus
