"""Step: training. Whether the region has a CSEC trainer, the trainings held (with who
came), who has completed what, and the share of members trained in each sector.

Who counts as trained, and when, is decided by :mod:`wizard.model.training`; this
page shows it. The tables are model/views over rows worked out from the project,
so a large roster costs no more widgets than a small one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QWidget,
)

from wizard.model import clock, reference
from wizard.model.day_words import table_day_text
from wizard.model.project import Member, Project, Training, TrainingKind
from wizard.model.roster import STATUS_LABELS
from wizard.model.training import (
    KIND_LABELS,
    SUGGESTED_COURSE,
    Completion,
    attendee_choices,
    completions,
    is_held,
    overall_share,
    share_by_sector,
    share_text,
)
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import Source, source_html
from wizard.ui.pages.base import StepPage
from wizard.ui.session import ProjectSession
from wizard.ui.widgets.dates import chosen_day, to_qdate
from wizard.ui.widgets.problem import HINT_STYLE, set_note, set_problem
from wizard.ui.widgets.rows_model import RowsModel

INTRO = (
    "<p>The research advises <b>basic</b> CSEC training for every member. It advises "
    "<b>extra</b> training for local law enforcement, community advocates, CPS, youth "
    "service providers, prosecutors and defense attorneys.</p>" + source_html(Source.RESEARCH) + ""
    "<p>Add each training and tick who came. The tables further down then show who has "
    "done what, and how much of each sector is trained.</p>"
)
NO_TRAINER_NOTE = (
    "<p>In the research, one of a task force's jobs is to make sure the region has its own "
    "trainer.</p>" + source_html(Source.RESEARCH) + "<p>Until then, a neighboring task force "
    "may be able to lend one.</p>" + source_html(Source.COMMON_PRACTICE)
)
TRAINER_NAME_NEEDED = "Say who it is, so members know whom to ask."
KIND_HINTS: dict[TrainingKind, str] = {
    "basic": "Basic CSEC training, for every member",
    "extra": "Extra training for the sectors the research names",
}
PLANNED_NOTE = (
    "Still to come: the people ticked are signed up, and count as trained once the day has passed."
)
NO_TITLE = "Give the training a title, for example the name of the course."
DOCUMENT_NOTE = (
    "The starter packet includes a training plan with these trainings, who still needs "
    "training, the share trained in each sector, and next steps."
)
NO_NAME = "(no name yet)"
DONE_COLOUR = "#2e6b34"
TODO_COLOUR = "#7a4d00"


@dataclass(frozen=True)
class Row:
    """One table row: its cells' words, a colour per cell ('' for none), and a key."""

    cells: tuple[str, ...]
    tones: tuple[str, ...] = ()
    key: str = ""
    total: bool = False


class TextTable(RowsModel):
    """A read-only table of rows worked out elsewhere; rebuilt whole when they change."""

    def row_of(self, key: str) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row.key == key), None)

    def text(self, row: Row, column: int) -> str:
        return row.cells[column]

    def look(self, row: Row, column: int, role: int) -> Any:
        tone = row.tones[column] if column < len(row.tones) else ""
        if role == Qt.ItemDataRole.ForegroundRole and tone:
            return QBrush(QColor(DONE_COLOUR if tone == "done" else TODO_COLOUR))
        if role == Qt.ItemDataRole.FontRole and row.total:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _by_date(training: Training) -> tuple[bool, date]:
    return (training.held_on is None, training.held_on or date.min)


def _training_row(training: Training, today: date) -> Row:
    if training.held_on is None:
        when = "No date"
    elif is_held(training, today):
        when = table_day_text(training.held_on)
    else:
        when = f"{table_day_text(training.held_on)} (planned)"
    return Row(
        (
            when,
            KIND_LABELS[training.kind],
            str(len(training.attendee_member_ids)),
            training.title.strip() or "(no title yet)",
            training.trainer,
        ),
        key=training.id,
    )


def _done_text(done: bool, on: date | None, planned: date | None) -> tuple[str, str]:
    if done:
        return (f"Done, {table_day_text(on)}" if on else "Done (no date)", "done")
    if planned:
        return (f"Planned, {table_day_text(planned)}", "todo")
    return ("", "")


def _completion_row(completion: Completion) -> Row:
    member = completion.member
    sector = reference.sector_by_id(member.sector).name if member.sector else ""
    basic, basic_tone = _done_text(
        completion.basic_done, completion.basic_on, completion.basic_planned
    )
    if not basic:
        basic, basic_tone = "Not yet", "todo"
    extra, extra_tone = _done_text(
        completion.extra_done, completion.extra_on, completion.extra_planned
    )
    if not extra:
        recommended = completion.extra_recommended
        extra, extra_tone = ("Needed, not yet", "todo") if recommended else ("Not needed", "")
    return Row(
        (member.name.strip() or NO_NAME, sector, basic, extra),
        ("", "", basic_tone, extra_tone),
        key=member.id,
    )


def _share_rows(project: Project, today: date) -> list[Row]:
    rows = [
        Row(
            (
                share.name,
                str(share.members),
                share_text(share.basic, share.members),
                share_text(share.extra, share.members) if share.extra_recommended else "Not needed",
            ),
            key=share.sector_id or "",
        )
        for share in share_by_sector(project, today)
    ]
    overall = overall_share(project, today)
    if overall.members:
        rows.append(
            Row(
                (
                    "All members",
                    str(overall.members),
                    share_text(overall.basic, overall.members),
                    "",
                ),
                total=True,
            )
        )
    return rows


def _overall_text(project: Project, today: date) -> str:
    overall = overall_share(project, today)
    if overall.members == 0:
        return (
            "No one has the status “Member” on the roster yet, so there is no one to count. "
            "The shares count members only."
        )
    text = f"{share_text(overall.basic, overall.members)} of members have completed basic training."
    needing = [c for c in completions(project, today) if c.extra_recommended]
    if needing:
        done = sum(1 for c in needing if c.extra_done)
        who = "member is" if len(needing) == 1 else "members are"
        text += (
            f" {len(needing)} {who} in a sector that needs extra training; "
            f"{share_text(done, len(needing))} have had it."
        )
    return text


def _attendee_text(member: Member) -> str:
    parts = [member.name.strip() or NO_NAME]
    if member.sector:
        parts.append(f"({reference.sector_by_id(member.sector).name})")
    text = " ".join(parts)
    if member.status != "member":
        text += f" · {STATUS_LABELS[member.status].lower()}"
    return text


class TrainingPage(StepPage):
    step_id = "training"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("training.ui", self)
        child(form, QLabel, "introLabel").setText(INTRO)
        self._training_id: str | None = None
        """The training the details show (looked up each time, never a copy)."""
        self._removed: tuple[int, Training] | None = None
        """The last training removed, and where it was, for Undo."""
        self._showing: ProjectSession | None = None
        self._find_widgets(form)
        self._set_up_tables()
        self._fill_combos()
        self._connect()

    # ----- building -------------------------------------------------------------------

    def _find_widgets(self, form: QWidget) -> None:
        self.scroll_area = child(form, QScrollArea, "scrollArea")
        self.yes_radio = child(form, QRadioButton, "yesRadio")
        self.no_radio = child(form, QRadioButton, "noRadio")
        self.trainer_group = QButtonGroup(self)
        self.trainer_group.addButton(self.yes_radio)
        self.trainer_group.addButton(self.no_radio)
        self.trainer_name_label = child(form, QLabel, "trainerNameLabel")
        self.trainer_name_edit = child(form, QLineEdit, "trainerNameEdit")
        self.trainer_note = child(form, QLabel, "trainerNoteLabel")
        self.trainings_table = child(form, QTableView, "trainingsTable")
        self.trainings_label = child(form, QLabel, "trainingsLabel")
        self.trainings_empty = child(form, QLabel, "trainingsEmptyLabel")
        self.trainings_empty.setStyleSheet(HINT_STYLE)
        self.completion_box = child(form, QGroupBox, "completionBox")
        self.share_label = child(form, QLabel, "shareLabel")
        self.add_button = child(form, QPushButton, "addButton")
        self.remove_button = child(form, QPushButton, "removeButton")
        self.undo_button = child(form, QPushButton, "undoButton")
        self.action_note = child(form, QLabel, "actionNoteLabel")
        self.details_box = child(form, QGroupBox, "detailsBox")
        self.details_hint = child(form, QLabel, "detailsHintLabel")
        self.details_hint.setStyleSheet(HINT_STYLE)
        self.kind_combo = child(form, QComboBox, "kindCombo")
        self.date_check = child(form, QCheckBox, "dateCheck")
        self.date_edit = child(form, QDateEdit, "dateEdit")
        self.date_note = child(form, QLabel, "dateNoteLabel")
        self.title_combo = child(form, QComboBox, "titleCombo")
        self.title_problem = child(form, QLabel, "titleProblemLabel")
        self.trainer_edit = child(form, QLineEdit, "trainerEdit")
        self.search_edit = child(form, QLineEdit, "searchEdit")
        self.attendees_list = child(form, QListWidget, "attendeesList")
        self.attendees_count = child(form, QLabel, "attendeesCountLabel")
        self.completion_table = child(form, QTableView, "completionTable")
        self.overall = child(form, QLabel, "overallLabel")
        self.share_table = child(form, QTableView, "shareTable")
        document_note = child(form, QLabel, "documentNoteLabel")
        document_note.setText(DOCUMENT_NOTE)
        document_note.setStyleSheet(HINT_STYLE)
        self._detail_fields: list[QWidget] = [
            self.kind_combo,
            self.date_check,
            self.title_combo,
            self.trainer_edit,
            self.search_edit,
            self.attendees_list,
        ]

    def _set_up_tables(self) -> None:
        self.trainings = TextTable(("Date", "Kind", "Attended", "Title", "Trainer"), self)
        self.completion = TextTable(("Member", "Sector", "Basic training", "Extra training"), self)
        self.shares = TextTable(("Sector", "Members", "Basic training", "Extra training"), self)
        for table, model, widths in (
            (self.trainings_table, self.trainings, (150, 55, 75, 220)),
            # The last column stretches into any room left, but never below its heading.
            (self.completion_table, self.completion, (140, 150, 160, 130)),
            (self.share_table, self.shares, (200, 70, 140, 130)),
        ):
            table.setModel(model)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width)
            rows = table.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(table.fontMetrics().height() + 8)

    def _fill_combos(self) -> None:
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(label, kind)
            self.kind_combo.setItemData(
                self.kind_combo.count() - 1, KIND_HINTS[kind], Qt.ItemDataRole.ToolTipRole
            )
        self.title_combo.setCompleter(None)  # type: ignore[arg-type]  # no silent completion
        self.title_combo.addItem(SUGGESTED_COURSE)
        self.title_combo.setItemData(
            0,
            "The course most task force members in Washington have taken",
            Qt.ItemDataRole.ToolTipRole,
        )
        line = self.title_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(f"For example: {SUGGESTED_COURSE}")

    def _connect(self) -> None:
        self.trainer_group.buttonClicked.connect(self._trainer_clicked)
        self.trainer_name_edit.textEdited.connect(self._trainer_name_edited)
        self.trainings_table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_training)
        self.remove_button.clicked.connect(self.remove_training)
        self.undo_button.clicked.connect(self.undo_remove)
        self.kind_combo.activated.connect(self._kind_chosen)
        self.date_check.clicked.connect(self._date_edited)
        self.date_edit.dateChanged.connect(self._date_edited)
        line = self.title_combo.lineEdit()
        assert line is not None
        line.textEdited.connect(self._title_edited)
        self.title_combo.activated.connect(
            lambda index: self._title_edited(self.title_combo.itemText(index))
        )
        self.trainer_edit.textEdited.connect(self._training_trainer_edited)
        self.search_edit.textChanged.connect(self._filter_attendees)
        self.attendees_list.itemChanged.connect(self._attendee_changed)

    # ----- showing --------------------------------------------------------------------

    @staticmethod
    def today() -> date:
        return clock.today()

    def show_project(self) -> None:
        if self._showing is not self.session:
            self._removed = None  # an undo never crosses into another project
            self._training_id = None
            self._showing = self.session
            set_note(self.action_note, "")
        self._show_trainer()
        self._show_trainings(self._training_id)
        self._show_results()
        self.undo_button.setVisible(self._removed is not None)
        if self._removed is None:
            set_note(self.action_note, "")

    def _show_trainer(self) -> None:
        plan = self.project.training
        self.trainer_group.setExclusive(False)
        self.yes_radio.setChecked(plan.region_has_trainer is True)
        self.no_radio.setChecked(plan.region_has_trainer is False)
        self.trainer_group.setExclusive(True)
        self.trainer_name_edit.setText(plan.trainer_name)
        self._show_trainer_state()

    def _show_trainer_state(self) -> None:
        plan = self.project.training
        has_trainer = plan.region_has_trainer is True
        self.trainer_name_label.setVisible(has_trainer)
        self.trainer_name_edit.setVisible(has_trainer)
        if has_trainer:
            set_problem(self.trainer_note, "" if plan.trainer_name.strip() else TRAINER_NAME_NEEDED)
        else:
            set_note(self.trainer_note, NO_TRAINER_NOTE if plan.region_has_trainer is False else "")

    def _training(self) -> Training | None:
        if self._training_id is None or self.session is None:
            return None
        found = (t for t in self.project.training.trainings if t.id == self._training_id)
        return next(found, None)

    def _show_trainings(self, keep: str | None, *, refill: bool = True) -> None:
        """Rebuild the list of trainings (by date) and select ``keep`` or the first; the
        details are filled again unless ``refill`` is False (the user is editing them)."""
        today = self.today()
        ordered = sorted(self.project.training.trainings, key=_by_date)
        with self.loading():
            self.trainings.set_rows([_training_row(t, today) for t in ordered])
            number = self.trainings.row_of(keep) if keep else None
            if number is None and ordered:
                number = 0
            if number is None:
                self.trainings_table.setCurrentIndex(QModelIndex())
                self._training_id = None
            else:
                self.trainings_table.setCurrentIndex(self.trainings.index(number, 0))
                self.trainings_table.selectRow(number)
                self._training_id = self.trainings.rows[number].key
        self.remove_button.setEnabled(self._training_id is not None)
        for widget in (self.details_box, self.trainings_table, self.trainings_label):
            widget.setVisible(bool(ordered))  # nothing to show or edit before the first one
        self.trainings_empty.setVisible(not ordered)
        if refill:
            self._show_details()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.is_loading:
            return
        self._training_id = self.trainings.rows[current.row()].key if current.isValid() else None
        self.remove_button.setEnabled(self._training_id is not None)
        self._show_details()

    def _show_details(self) -> None:
        training = self._training()
        chosen = training is not None
        self.details_hint.setVisible(not chosen)
        for widget in self._detail_fields:
            widget.setEnabled(chosen)
        with self.loading():
            self._fill_details(training)
        self._show_detail_problems()

    def _fill_details(self, training: Training | None) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(training.kind) if training else 0)
        day = training.held_on if training else None
        self.date_check.setChecked(day is not None)
        self.date_edit.setEnabled(day is not None)
        self.date_edit.setDate(to_qdate(day or self.today()))
        title = training.title if training else ""
        if self.title_combo.currentText() != title:
            self.title_combo.setCurrentIndex(-1)
            self.title_combo.setEditText(title)
        line = self.title_combo.lineEdit()
        if line is not None and not line.hasFocus():
            line.setCursorPosition(0)
        self.trainer_edit.setText(training.trainer if training else "")
        self._fill_attendees(training)

    def _fill_attendees(self, training: Training | None) -> None:
        self.attendees_list.clear()
        if training is None:
            self.attendees_count.setText("")
            return
        came = set(training.attendee_member_ids)
        words = self.search_edit.text().casefold().split()
        for member in attendee_choices(self.project):
            item = QListWidgetItem(_attendee_text(member))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            checked = member.id in came
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.attendees_list.addItem(item)
            item.setHidden(not all(word in item.text().casefold() for word in words))
        self._show_attendee_count(training)

    def _show_attendee_count(self, training: Training) -> None:
        count = len(training.attendee_member_ids)
        if not self.project.members:
            text = "No one on the roster yet: add people in Recruit members first."
        elif count == 0:
            text = "No one ticked yet."
        else:
            text = f"{count} {'person' if count == 1 else 'people'} ticked."
        set_note(self.attendees_count, text)

    def _show_detail_problems(self) -> None:
        training = self._training()
        if training is None:
            set_problem(self.title_problem, "")
            set_note(self.date_note, "")
            return
        set_problem(self.title_problem, "" if training.title.strip() else NO_TITLE)
        planned = not is_held(training, self.today())
        set_note(self.date_note, PLANNED_NOTE if planned else "")

    def _show_results(self) -> None:
        today = self.today()
        people = sorted(
            (m for m in self.project.members if m.status == "member"),
            key=lambda m: (not m.name.strip(), m.name.casefold()),
        )
        self.completion.set_rows(
            [_completion_row(c) for c in completions(self.project, today, people)]
        )
        self.shares.set_rows(_share_rows(self.project, today))
        self._fit_height(self.share_table)
        counted = bool(people)
        for widget in (self.completion_box, self.share_label, self.share_table):
            widget.setVisible(counted)  # the overall line says why there is nothing to count
        set_note(self.overall, _overall_text(self.project, today))

    @staticmethod
    def _fit_height(table: QTableView) -> None:
        """Tall enough for every row (a sector table is short): no scrolling inside it."""
        rows = max(table.model().rowCount(), 1)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += rows * table.verticalHeader().defaultSectionSize()
        scroll_bar = table.horizontalScrollBar().sizeHint().height()  # room for it, if needed
        table.setFixedHeight(height + scroll_bar + 2)

    # ----- the trainer ----------------------------------------------------------------

    def _trainer_clicked(self, button: QAbstractButton) -> None:
        self.project.training.region_has_trainer = button is self.yes_radio
        self._show_trainer_state()
        self.edited()
        if button is self.yes_radio and not self.project.training.trainer_name.strip():
            self.trainer_name_edit.setFocus()

    def _trainer_name_edited(self, text: str) -> None:
        self.project.training.trainer_name = text
        self._show_trainer_state()
        self.edited()

    # ----- adding and removing --------------------------------------------------------

    def add_training(self) -> None:
        training = Training(kind="basic")
        self.project.training.trainings.append(training)
        self._forget_undo()
        self._show_trainings(training.id)
        self._show_results()
        self.edited()
        self.scroll_area.ensureWidgetVisible(self.details_box)
        self.title_combo.setFocus()

    def remove_training(self) -> None:
        training = self._training()
        if training is None:
            return
        trainings = self.project.training.trainings
        index = trainings.index(training)
        del trainings[index]
        self._removed = (index, training)
        title = training.title.strip() or "the training with no title"
        set_note(self.action_note, f"Removed {title}.")
        self.undo_button.show()
        self._show_trainings(None)
        self._show_results()
        self.edited()
        self.undo_button.setFocus()

    def undo_remove(self) -> None:
        if self._removed is None:
            return
        index, training = self._removed
        trainings = self.project.training.trainings
        trainings.insert(min(index, len(trainings)), training)
        self._forget_undo()
        set_note(self.action_note, f"Put back {training.title.strip() or 'the training'}.")
        self._show_trainings(training.id)
        self._show_results()
        self.edited()
        self.trainings_table.setFocus()

    def _forget_undo(self) -> None:
        self._removed = None
        self.undo_button.hide()
        set_note(self.action_note, "")

    # ----- editing the selected training ----------------------------------------------

    def _changed(self, *, reorder: bool = False, results: bool = False) -> None:
        """After writing into the selected training: refresh its row, problems, results."""
        if reorder:
            self._show_trainings(self._training_id, refill=False)
        else:
            training = self._training()
            number = self.trainings.row_of(self._training_id or "")
            if training is not None and number is not None:
                self.trainings.rows[number] = _training_row(training, self.today())
                last = self.trainings.columnCount() - 1
                self.trainings.dataChanged.emit(
                    self.trainings.index(number, 0), self.trainings.index(number, last)
                )
        self._show_detail_problems()
        if results:
            self._show_results()
        self.edited()

    def _kind_chosen(self, index: int) -> None:
        training = self._training()
        if training is None or self.is_loading:
            return
        kind: TrainingKind = self.kind_combo.itemData(index)
        training.kind = kind
        self._changed(results=True)

    def _date_edited(self) -> None:
        training = self._training()
        if training is None or self.is_loading:
            return
        self.date_edit.setEnabled(self.date_check.isChecked())
        training.held_on = chosen_day(self.date_edit) if self.date_check.isChecked() else None
        self._changed(reorder=True, results=True)

    def _title_edited(self, text: str) -> None:
        training = self._training()
        if training is None or self.is_loading:
            return
        training.title = text
        self._changed()

    def _training_trainer_edited(self, text: str) -> None:
        training = self._training()
        if training is None or self.is_loading:
            return
        training.trainer = text
        self._changed()

    def _filter_attendees(self) -> None:
        words = self.search_edit.text().casefold().split()
        for row in range(self.attendees_list.count()):
            item = self.attendees_list.item(row)
            item.setHidden(not all(word in item.text().casefold() for word in words))

    def _attendee_changed(self, item: QListWidgetItem) -> None:
        training = self._training()
        if training is None or self.is_loading:
            return
        member_id: str = item.data(Qt.ItemDataRole.UserRole)
        ids = training.attendee_member_ids
        if item.checkState() == Qt.CheckState.Checked:
            if member_id not in ids:
                ids.append(member_id)
        elif member_id in ids:
            ids.remove(member_id)
        self._show_attendee_count(training)
        self._changed(results=True)
