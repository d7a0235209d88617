"""Data & reporting: the CSEC Statewide Coordinating Committee (SCC). Who speaks for the
task force there, the SCC contact the user was given, this year's report and meeting,
what the task force needs from the state, the history by year and the next deadlines.

The rules live in :mod:`wizard.model.scc` and :mod:`wizard.model.deadlines`; the files
in :mod:`wizard.documents.annual_report` and :mod:`wizard.documents.calendar`. This page
only reads the project and writes the user's changes straight back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.model import clock, deadlines
from wizard.model import scc as rules
from wizard.model.day_words import day_text
from wizard.model.project import Contact, Goal
from wizard.model.validation import email_problem
from wizard.ui.calendar_export import save_calendar
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import Source, source_html
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.dates import DateBox, chosen_day, to_qdate
from wizard.ui.widgets.problem import HINT_STYLE, set_note, set_problem

ABOUT = f"<p>{rules.ABOUT_SCC}</p>{source_html(Source.WASHINGTON_LAW)}"
HOW = f"<p>{rules.HOW_TO_WORK_WITH_IT}</p>{source_html(Source.RESEARCH)}"
CHAIR = "chair"
OTHER = "other"
CONTACT_HINT = (
    "Type the SCC contact you were given. The program never fills one in. If you have "
    "none yet, ask your grant manager or the Attorney General's office."
)
FILES_NOTE = (
    "The annual report is a Word file, a PDF and a small data file for the SCC. The "
    "calendar file opens in Outlook or Google Calendar. Save it again later and the "
    "events are updated, not doubled."
)
NEEDS_PLACEHOLDER = "For example: training for school staff, or help to reach Tribal partners."
NO_DEADLINES = "No deadlines ahead yet. Add dates here and on other steps."
HISTORY_HEADERS = ("Year", "Report sent", "Meeting attended")
REVIEW_HINT = (
    "Choose a year, then say what held the task force back and how far it got with each "
    "goal. Both go into that year's report. Pick a row in the history to go to its year."
)
GOALS_TITLE = "How far we got with each goal"
NO_GOALS = "Add goals on the Mission step, then come back to say how far you got."


def _shown(day: date | None) -> str:
    return day_text(day) if day is not None else "Not yet"


class SccPage(StepPage):
    step_id = "scc"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("scc.ui", self)
        child(form, QLabel, "aboutLabel").setText(ABOUT)
        child(form, QLabel, "howLabel").setText(HOW)
        for name, text in (("contactHintLabel", CONTACT_HINT), ("filesNoteLabel", FILES_NOTE)):
            label = child(form, QLabel, name)
            label.setText(text)
            label.setStyleSheet(HINT_STYLE)
        self.representative_combo = child(form, QComboBox, "representativeCombo")
        self.other_name_edit = child(form, QLineEdit, "otherNameEdit")
        self.representative_note = child(form, QLabel, "representativeNoteLabel")
        self.contact_name_edit = child(form, QLineEdit, "contactNameEdit")
        self.contact_organisation_edit = child(form, QLineEdit, "contactOrganisationEdit")
        self.contact_email_edit = child(form, QLineEdit, "contactEmailEdit")
        self.contact_email_problem = child(form, QLabel, "contactEmailProblemLabel")
        self.contact_phone_edit = child(form, QLineEdit, "contactPhoneEdit")
        self.due_date = child(form, DateBox, "dueDateEdit")
        self.no_due_check = child(form, QCheckBox, "noDueCheck")
        self.meeting_date = child(form, DateBox, "meetingDateEdit")
        self.no_meeting_check = child(form, QCheckBox, "noMeetingCheck")
        self.sent_check = child(form, QCheckBox, "sentCheck")
        self.sent_date = child(form, DateBox, "sentDateEdit")
        self.attended_check = child(form, QCheckBox, "attendedCheck")
        self.attended_date = child(form, DateBox, "attendedDateEdit")
        self.needs_edit = child(form, QPlainTextEdit, "needsEdit")
        self.needs_edit.setPlaceholderText(NEEDS_PLACEHOLDER)
        self.history_table = child(form, QTableWidget, "historyTable")
        self.deadlines_list = child(form, QListWidget, "deadlinesList")
        self.year_spin = child(form, QSpinBox, "yearSpin")
        self.report_button = child(form, QPushButton, "reportButton")
        self.calendar_button = child(form, QPushButton, "calendarButton")
        self.challenges_edit = child(form, QPlainTextEdit, "challengesEdit")
        self.goals_label = child(form, QLabel, "goalsLabel")
        review_hint = child(form, QLabel, "reviewHintLabel")
        review_hint.setText(REVIEW_HINT)
        review_hint.setStyleSheet(HINT_STYLE)
        self.goals_area = child(form, QWidget, "goalsArea")
        self._goals_layout = QVBoxLayout(self.goals_area)
        self._goals_layout.setContentsMargins(0, 0, 0, 0)
        self.progress_edits: dict[str, QLineEdit] = {}
        """Mission goal id -> the box for how far the task force got with it."""
        self._goals_shown: list[tuple[str, str]] | None = None
        self._wants_other = False
        """'Someone not on the roster' was chosen, and no name is typed yet."""
        self._set_up_history()
        self._connect()

    def _set_up_history(self) -> None:
        table = self.history_table
        table.setColumnCount(len(HISTORY_HEADERS))
        table.setHorizontalHeaderLabels(list(HISTORY_HEADERS))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def _connect(self) -> None:
        self.representative_combo.activated.connect(self._representative_chosen)
        self.other_name_edit.textEdited.connect(self._other_name_edited)
        for edit, field in (
            (self.contact_name_edit, "name"),
            (self.contact_organisation_edit, "organisation"),
            (self.contact_email_edit, "email"),
            (self.contact_phone_edit, "phone"),
        ):
            edit.textEdited.connect(lambda text, f=field: self._contact_edited(f, text))
        self.due_date.dateChanged.connect(lambda _: self._due_changed())
        self.no_due_check.clicked.connect(lambda _: self._due_changed())
        self.meeting_date.dateChanged.connect(lambda _: self._meeting_changed())
        self.no_meeting_check.clicked.connect(lambda _: self._meeting_changed())
        self.sent_check.clicked.connect(lambda _: self._sent_changed())
        self.sent_date.dateChanged.connect(lambda _: self._sent_changed())
        self.attended_check.clicked.connect(lambda _: self._attended_changed())
        self.attended_date.dateChanged.connect(lambda _: self._attended_changed())
        self.needs_edit.textChanged.connect(self._needs_changed)
        self.report_button.clicked.connect(self._save_report)
        self.year_spin.valueChanged.connect(lambda _year: self._review_year_changed())
        self.challenges_edit.textChanged.connect(self._challenges_changed)
        self.history_table.itemActivated.connect(self._history_row_chosen)
        self.calendar_button.clicked.connect(self._save_calendar)

    # ----- showing --------------------------------------------------------------------

    def show_project(self) -> None:
        scc = self.project.scc
        today = clock.today()
        self._fill_representatives()
        if self.other_name_edit.text() != scc.representative_name:
            self.other_name_edit.setText(scc.representative_name)
        self._show_contact(scc.contact)
        self._show_day(self.due_date, self.no_due_check, scc.report_due_on, today)
        self._show_day(self.meeting_date, self.no_meeting_check, scc.annual_meeting_on, today)
        self._show_done(
            self.sent_check, self.sent_date, rules.report_sent(self.project, self._report_year())
        )
        self._show_done(
            self.attended_check,
            self.attended_date,
            rules.meeting_attended(self.project, self._meeting_year()),
        )
        if self.needs_edit.toPlainText() != scc.needs_from_state:
            self.needs_edit.setPlainText(scc.needs_from_state)
        if self.year_spin.value() == self.year_spin.minimum():
            self.year_spin.setValue(today.year)
        self._show_summaries()
        self._show_review()

    def _show_summaries(self) -> None:
        """The parts that follow from what was typed: notes, the history, the deadlines."""
        project = self.project
        today = clock.today()
        who = rules.representative(project)
        if who is None:
            note = "Nobody yet. Name the chair on the Leadership step, or choose someone here."
        elif who.is_chair:
            note = f"{who.name}, the chair, speaks for the task force at the SCC."
        else:
            note = f"{who.name} speaks for the task force at the SCC."
        set_note(self.representative_note, note)
        set_problem(self.contact_email_problem, email_problem(project.scc.contact.email))
        self.sent_check.setText(f"The {self._report_year()} report &was sent on")
        self.attended_check.setText(f"We &attended the {self._meeting_year()} meeting on")
        self._fill_history()
        self.deadlines_list.clear()
        upcoming = deadlines.upcoming(project, today)
        for deadline in upcoming:
            when = deadlines.when_text(deadline, today).lower()
            self.deadlines_list.addItem(f"{day_text(deadline.on)} ({when}): {deadline.title}")
        if not upcoming:
            self.deadlines_list.addItem(NO_DEADLINES)

    def _fill_representatives(self) -> None:
        project = self.project
        scc = project.scc
        combo = self.representative_combo
        combo.clear()
        chair = rules.chair_name(project)
        combo.addItem(f"The chair ({chair})" if chair else "The chair (no name yet)", CHAIR)
        people = [
            m
            for m in project.members
            if m.name.strip() and (m.status != "left" or m.id == scc.representative_member_id)
        ]
        for member in sorted(people, key=lambda m: m.name.casefold()):
            combo.addItem(member.name.strip(), member.id)
        combo.addItem("Someone not on the roster", OTHER)
        if scc.representative_member_id is not None:
            chosen: str = scc.representative_member_id
        else:
            typed = scc.representative_name.strip() or self._wants_other
            chosen = OTHER if typed else CHAIR
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _show_contact(self, contact: Contact) -> None:
        for edit, text in (
            (self.contact_name_edit, contact.name),
            (self.contact_organisation_edit, contact.organisation),
            (self.contact_email_edit, contact.email),
            (self.contact_phone_edit, contact.phone),
        ):
            if edit.text() != text:
                edit.setText(text)

    @staticmethod
    def _show_day(box: DateBox, none_check: QCheckBox, day: date | None, today: date) -> None:
        box.setDate(to_qdate(day or today))
        box.setEnabled(day is not None)
        none_check.setChecked(day is None)

    @staticmethod
    def _show_done(check: QCheckBox, box: DateBox, day: date | None) -> None:
        check.setChecked(day is not None)
        box.setEnabled(day is not None)
        if day is not None:
            box.setDate(to_qdate(day))
        else:
            box.setDate(to_qdate(clock.today()))

    def _report_year(self) -> int:
        return rules.report_year(self.project, clock.today())

    def _meeting_year(self) -> int:
        return rules.meeting_year(self.project, clock.today())

    def _fill_history(self) -> None:
        entries = rules.history_in_order(self.project)
        table = self.history_table
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            texts = (
                str(entry.year),
                _shown(entry.report_sent_on),
                _shown(entry.meeting_attended_on),
            )
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))

    # ----- user edits -----------------------------------------------------------------

    def _changed(self) -> None:
        with self.loading():
            self.show_project()
        self.edited()

    def _representative_chosen(self, index: int) -> None:
        scc = self.project.scc
        data = self.representative_combo.itemData(index)
        self._wants_other = data == OTHER
        if data == OTHER:
            scc.representative_member_id = None
            self.other_name_edit.setFocus()
        elif data == CHAIR:
            scc.representative_member_id = None
            scc.representative_name = ""
        else:
            scc.representative_member_id = data
            scc.representative_name = ""
        self._changed()

    def _other_name_edited(self, text: str) -> None:
        scc = self.project.scc
        scc.representative_name = text
        scc.representative_member_id = None
        with self.loading():
            self._fill_representatives()
            self._show_summaries()
        self.edited()

    def _contact_edited(self, field: str, text: str) -> None:
        setattr(self.project.scc.contact, field, text)
        with self.loading():
            self._show_summaries()
        self.edited()

    def _due_changed(self) -> None:
        if self.is_loading:
            return
        none = self.no_due_check.isChecked()
        self.project.scc.report_due_on = None if none else chosen_day(self.due_date)
        self._changed()

    def _meeting_changed(self) -> None:
        if self.is_loading:
            return
        none = self.no_meeting_check.isChecked()
        self.project.scc.annual_meeting_on = None if none else chosen_day(self.meeting_date)
        self._changed()

    def _sent_changed(self) -> None:
        if self.is_loading:
            return
        entry = rules.ensure_year(self.project, self._report_year())
        entry.report_sent_on = chosen_day(self.sent_date) if self.sent_check.isChecked() else None
        rules.drop_year_if_empty(self.project, entry.year)
        self._changed()

    def _attended_changed(self) -> None:
        if self.is_loading:
            return
        entry = rules.ensure_year(self.project, self._meeting_year())
        attended = self.attended_check.isChecked()
        entry.meeting_attended_on = chosen_day(self.attended_date) if attended else None
        rules.drop_year_if_empty(self.project, entry.year)
        self._changed()

    def _needs_changed(self) -> None:
        if self.is_loading:
            return
        self.project.scc.needs_from_state = self.needs_edit.toPlainText()
        self.edited()

    # ----- a year in review -----------------------------------------------------------

    def _show_review(self) -> None:
        """The chosen year's challenges and goal progress, which feed its report."""
        year = self.year_spin.value()
        entry = rules.history_year(self.project, year)
        challenges = entry.challenges if entry else ""
        if self.challenges_edit.toPlainText() != challenges:
            self.challenges_edit.setPlainText(challenges)
        self._build_goal_rows()
        progress = entry.goal_progress if entry else {}
        for goal_id, edit in self.progress_edits.items():
            text = progress.get(goal_id, "")
            if edit.text() != text:
                edit.setText(text)
        self.report_button.setText(f"Save the {year} annua&l report…")

    def _build_goal_rows(self) -> None:
        """One box per mission goal, rebuilt only when the goals themselves change, so
        typing never loses the cursor."""
        goals = [g for g in self.project.mission.goals if g.text.strip()]
        wanted = [(g.id, g.text.strip()) for g in goals]
        if wanted == self._goals_shown:
            return
        self._goals_shown = wanted
        while (item := self._goals_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.progress_edits = {}
        for number, goal in enumerate(goals, start=1):
            self._add_goal_row(number, goal)
        self.goals_label.setText(GOALS_TITLE if goals else NO_GOALS)
        self.goals_label.setStyleSheet("" if goals else HINT_STYLE)

    def _add_goal_row(self, number: int, goal: Goal) -> None:
        text = goal.text.strip()
        label = QLabel(f"Goal {number}: {text}", self.goals_area)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the user's words, never markup
        label.setWordWrap(True)
        edit = QLineEdit(self.goals_area)
        edit.setAccessibleName(f"Progress on goal {number}: {text[:80]}")
        edit.setPlaceholderText("For example: done, half way, not started")
        label.setBuddy(edit)
        edit.textEdited.connect(lambda typed, g=goal.id: self._progress_edited(g, typed))
        self._goals_layout.addWidget(label)
        self._goals_layout.addWidget(edit)
        self.progress_edits[goal.id] = edit

    def _review_year_changed(self) -> None:
        if self.is_loading:
            return
        with self.loading():
            self._show_review()

    def _history_row_chosen(self, item: QTableWidgetItem) -> None:
        """Enter or a double-click on a history row: go to that year's review."""
        year_item = self.history_table.item(item.row(), 0)
        if year_item is not None and year_item.text().isdigit():
            self.year_spin.setValue(int(year_item.text()))
            self.challenges_edit.setFocus()

    def _challenges_changed(self) -> None:
        if self.is_loading:
            return
        year = self.year_spin.value()
        rules.ensure_year(self.project, year).challenges = self.challenges_edit.toPlainText()
        self._review_edited(year)

    def _progress_edited(self, goal_id: str, text: str) -> None:
        year = self.year_spin.value()
        progress = rules.ensure_year(self.project, year).goal_progress
        if text.strip():
            progress[goal_id] = text
        else:
            progress.pop(goal_id, None)
        self._review_edited(year)

    def _review_edited(self, year: int) -> None:
        rules.drop_year_if_empty(self.project, year)
        with self.loading():
            self._fill_history()
        self.edited()

    # ----- files ----------------------------------------------------------------------

    def _save_report(self) -> None:
        from wizard.documents.annual_report import write_year, year_file_names

        year = self.year_spin.value()
        folder = self.dialogs.choose_report_folder(self.start_folder())
        if folder is None:
            return
        existing = [name for name in year_file_names(year) if (folder / name).exists()]
        if existing and not self.dialogs.ask_replace_report(folder, existing):
            return
        try:
            written = write_year(self.project, year, folder, clock.today())
        except OSError as error:
            self.dialogs.show_error("The report was not saved", str(error))
            return
        listed = ", ".join(path.name for path in written)
        self.dialogs.show_info("The report is saved", f"Saved in {folder}: {listed}.")

    def _save_calendar(self) -> None:
        save_calendar(self.project, self.dialogs, self.start_folder())
