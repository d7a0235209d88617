"""The first screen: start a project for your county, open one, or explore the sample."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.model import clock
from wizard.model.day_words import short_day_text, when_text
from wizard.model.wording import existing_region_note
from wizard.ui.forms import child, load_form
from wizard.ui.widgets.county_checklist import CountyChecklist
from wizard.ui.widgets.problem import set_note, set_problem

PATH_ROLE = 256
"""Qt.ItemDataRole.UserRole, as a number: see county_checklist for why."""
COMING_UP_SHOWN = 5
OPEN_HINT = "Press Enter or double-click to open"

DeadlinesOf = Callable[[Path], list[tuple[date, str]]]
"""A recent project's deadlines from today on, as remembered when it was last saved."""


def coming_up_lines(ahead: list[tuple[date, str]], today: date) -> list[str]:
    """'Dec 15, 2026 (in 13 days): SCC annual report due', for the next five."""
    return [
        f"{short_day_text(day)} ({when_text(day, today).lower()}): {title}"
        for day, title in ahead[:COMING_UP_SHOWN]
    ]


class WelcomePage(QWidget):
    create_requested = Signal(str, list)
    """Task force name and chosen counties."""
    open_requested = Signal()
    recent_requested = Signal(Path)
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("welcome.ui", self._scrolling_content())
        self.title = child(form, QLabel, "titleLabel")
        self.name_edit = child(form, QLineEdit, "nameEdit")
        self.name_problem = child(form, QLabel, "nameProblemLabel")
        self.counties = child(form, QListWidget, "countiesList")
        self.region_note = child(form, QLabel, "regionNoteLabel")
        self.create_button = child(form, QPushButton, "createButton")
        self.open_button = child(form, QPushButton, "openButton")
        self.recent_list = child(form, QListWidget, "recentList")
        self.sample_button = child(form, QPushButton, "sampleButton")
        self.coming_up_title = child(form, QLabel, "comingUpTitleLabel")
        self.coming_up = child(form, QLabel, "comingUpLabel")
        self._deadlines_of: DeadlinesOf = lambda _path: []
        self._keep_white_when_disabled(self.recent_list)
        self._write_texts(form)
        self.county_checklist = CountyChecklist(self.counties)
        self._connect()

    def _scrolling_content(self) -> QWidget:
        """The form scrolls, so the window can shrink to a small or zoomed screen
        (the form alone is over 500 px tall)."""
        area = self._scroll_area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(area)
        area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        return content

    def finish_building(self) -> None:
        """Take the scroll area out of the Tab order. Called once the workspace is built:
        naming Qt.FocusPolicy before the first window shows would build the whole Qt
        namespace (see county_checklist), and nobody has tabbed that far by then."""
        from PySide6.QtCore import Qt

        self._scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.coming_up.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _write_texts(self, form: QWidget) -> None:
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        child(form, QLabel, "introLabel").setText(
            "This program walks you through starting a task force against the commercial "
            "sexual exploitation of children and youth in your part of Washington, and "
            "keeping it going. Take the steps in any order and come back whenever you like. "
            "When you are ready, it writes the paperwork for you."
        )
        child(form, QLabel, "sampleLabel").setText(
            "Not sure where to begin? Look around a made-up county that is part way through."
        )
        privacy = child(form, QLabel, "privacyLabel")
        privacy.setText(
            "Everything stays on this computer, in the project file you save. Nothing is sent "
            "anywhere, and the program never asks who a young person is: only counts."
        )
        set_note(privacy, privacy.text())
        set_problem(self.name_problem, "")
        set_note(self.region_note, "")

    @staticmethod
    def _keep_white_when_disabled(widget: QWidget) -> None:
        palette = widget.palette()
        disabled, base = QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base
        palette.setColor(disabled, base, palette.color(QPalette.ColorGroup.Active, base))
        widget.setPalette(palette)

    def _connect(self) -> None:
        self.create_button.clicked.connect(self._create)
        self.name_edit.returnPressed.connect(self._create)
        self.name_edit.textEdited.connect(lambda _text: set_problem(self.name_problem, ""))
        self.county_checklist.changed.connect(self._update_region_note)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.recent_list.itemActivated.connect(self._open_recent)
        self.recent_list.currentRowChanged.connect(lambda _row: self._show_coming_up())

    def chosen_counties(self) -> list[str]:
        return self.county_checklist.checked()

    def _update_region_note(self) -> None:
        set_note(self.region_note, existing_region_note(self.chosen_counties()))

    def _create(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            set_problem(
                self.name_problem, "Give your task force a name first. You can change it later."
            )
            self.name_edit.setFocus()
            return
        self.create_requested.emit(name, self.chosen_counties())

    def _open_recent(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if isinstance(path, str):
            self.recent_requested.emit(Path(path))

    def reset(self, recent: list[Path], deadlines_of: DeadlinesOf | None = None) -> None:
        """Clear the new-project form and list the recent projects, with the next five
        deadlines of the one chosen."""
        if deadlines_of is not None:
            self._deadlines_of = deadlines_of
        self.name_edit.clear()
        set_problem(self.name_problem, "")
        self.county_checklist.set_checked([])
        set_note(self.region_note, "")
        self.recent_list.clear()
        for path in recent:
            item = QListWidgetItem(f"{path.stem}  —  {path.parent}", self.recent_list)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
        if not recent:
            QListWidgetItem("No recent projects yet", self.recent_list)
        # Nothing to choose yet: greyed text and skipped by Tab, but kept white like the
        # county list beside it rather than the grey of a disabled box.
        self.recent_list.setEnabled(bool(recent))
        self.recent_list.setCurrentRow(0 if recent else -1)
        self._show_coming_up()
        self.name_edit.setFocus()

    def _show_coming_up(self) -> None:
        """The chosen recent project's next deadlines, from what was remembered when it
        was last opened or saved: reading the file itself would hold up the first window."""
        item = self.recent_list.currentItem()
        path = item.data(PATH_ROLE) if item is not None else None
        if not isinstance(path, str):
            self.coming_up_title.setText("")
            self.coming_up.setText("")
            self.recent_list.setAccessibleDescription(OPEN_HINT)
            return
        today = clock.today()
        lines = coming_up_lines(self._deadlines_of(Path(path)), today)
        name = Path(path).stem
        self.coming_up_title.setText(f"<b>Coming up for {escape(name)}</b>")
        if lines:
            # Rich text with every title escaped: a name with "<" stays as typed.
            self.coming_up.setText("<br>".join(escape(line) for line in lines))
            spoken = "; ".join(lines)
        else:
            self.coming_up.setText("No deadlines ahead that we know of. Open the project to check.")
            spoken = "no deadlines ahead"
        self.recent_list.setAccessibleDescription(f"{OPEN_HINT}. Coming up: {spoken}")
