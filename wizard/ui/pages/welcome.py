"""The first screen: start a project for your county, open one, or explore the sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget

from wizard.model import reference
from wizard.ui.forms import child, load_form

PATH_ROLE = Qt.ItemDataRole.UserRole
_PROBLEM_STYLE = "color: #a4262c;"
_NOTE_STYLE = "color: #41566e;"


class WelcomePage(QWidget):
    create_requested = Signal(str, list)
    """Task force name and chosen counties."""
    open_requested = Signal()
    recent_requested = Signal(Path)
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("welcome.ui", self)
        self.title = child(form, QLabel, "titleLabel")
        self.name_edit = child(form, QLineEdit, "nameEdit")
        self.name_problem = child(form, QLabel, "nameProblemLabel")
        self.counties = child(form, QListWidget, "countiesList")
        self.region_note = child(form, QLabel, "regionNoteLabel")
        self.create_button = child(form, QPushButton, "createButton")
        self.open_button = child(form, QPushButton, "openButton")
        self.recent_list = child(form, QListWidget, "recentList")
        self.sample_button = child(form, QPushButton, "sampleButton")
        self._write_texts(form)
        self._fill_counties()
        self._connect()

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
        privacy.setStyleSheet(_NOTE_STYLE)
        self.name_problem.setStyleSheet(_PROBLEM_STYLE)
        self.name_problem.hide()
        self.region_note.setStyleSheet(_NOTE_STYLE)
        self.region_note.hide()

    def _fill_counties(self) -> None:
        metrics = self.counties.fontMetrics()
        widest = max(metrics.horizontalAdvance(county) for county in reference.counties())
        cell = QSize(widest + 44, metrics.height() + 10)
        self.counties.setGridSize(cell)
        for county in reference.counties():
            item = QListWidgetItem(county, self.counties)
            item.setSizeHint(cell)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _connect(self) -> None:
        self.create_button.clicked.connect(self._create)
        self.name_edit.returnPressed.connect(self._create)
        self.name_edit.textEdited.connect(lambda _text: self.name_problem.hide())
        self.counties.itemChanged.connect(lambda _item: self._update_region_note())
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.recent_list.itemActivated.connect(self._open_recent)

    def chosen_counties(self) -> list[str]:
        return [
            item.text()
            for item in (self.counties.item(row) for row in range(self.counties.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _update_region_note(self) -> None:
        regions = reference.existing_regions_for(self.chosen_counties())
        if not regions:
            self.region_note.hide()
            return
        names = ", ".join(region.name for region in regions)
        self.region_note.setText(
            f"Good to know: a task force already works in {names}. You can still go ahead; "
            "joining forces with them, or learning how they started, may save you time."
        )
        self.region_note.show()

    def _create(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_problem.setText("Give your task force a name first. You can change it later.")
            self.name_problem.show()
            self.name_edit.setFocus()
            return
        self.create_requested.emit(name, self.chosen_counties())

    def _open_recent(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if isinstance(path, str):
            self.recent_requested.emit(Path(path))

    def reset(self, recent: list[Path]) -> None:
        """Clear the new-project form and list the recent projects."""
        self.name_edit.clear()
        self.name_problem.hide()
        for row in range(self.counties.count()):
            self.counties.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.recent_list.clear()
        for path in recent:
            item = QListWidgetItem(f"{path.stem}  —  {path.parent}", self.recent_list)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
        if not recent:
            placeholder = QListWidgetItem("No recent projects yet", self.recent_list)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self.recent_list.setCurrentRow(0 if recent else -1)
        self.name_edit.setFocus()
