"""Step: meetings and figures. The toolkit's data collection, done as the task force
works: meetings and who came, the counts of each period, the connection survey, and
the same charts the figures document prints.

Every rule is asked of the model (wizard.model.meetings, counts, survey, figures);
this page shows the answers and writes the user's edits straight into the project.
Tables and editors that would make it long live in wizard.ui.widgets.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wizard.documents import sign_in
from wizard.documents.render import render_to_bytes
from wizard.model import clock
from wizard.model import meetings as meeting_rules
from wizard.model.day_words import table_day_text
from wizard.model.figures import (
    period_problems,
    periods_in_order,
)
from wizard.model.project import DataPeriod, Meeting
from wizard.storage.atomic import write_atomically
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import Source, source_html
from wizard.ui.pages.base import StepPage
from wizard.ui.session import ProjectSession
from wizard.ui.widgets.attendance_list import AttendanceList, attendance_text
from wizard.ui.widgets.chart_view import CHART_NAMES, ChartsPanel
from wizard.ui.widgets.count_rows import CountRows
from wizard.ui.widgets.dates import DateBox, chosen_day, to_qdate
from wizard.ui.widgets.meetings_table import (
    TextTable,
    fit_columns,
    fit_height,
    meeting_row,
    meetings_in_order,
    organisation_rows,
)
from wizard.ui.widgets.problem import HINT_STYLE, set_note, set_problem
from wizard.ui.widgets.survey_panel import NO_PERIOD_YET, SurveyPanel

INTRO = (
    "<p>The research asks for the same figures, kept the same way, each year.</p>"
    + source_html(Source.RESEARCH)
    + "<p>Record each meeting and who came, then each period's counts and survey.</p>"
)
NO_MEETINGS = "No meetings yet. Add each one, even one that is still to come, and tick who came."
NO_ROSTER = "No one on the roster yet: add people in Recruit members first."
PERIODS_INTRO = (
    "A period is often a year. Counts are numbers only: never write down anything that "
    "could point to a young person. “Not collected” is an answer too."
)
NO_PERIODS = "No periods yet. Add one, for example this year."
COUNTS_INTRO = "Leave a count blank until you know it. The window shows true counts."
THRESHOLD_NOTE = (
    "<p>State agencies hide small counts, most often below a number from 5 to 11.</p>"
    + source_html(Source.COMMON_PRACTICE)
    + "<p>Documents and exports print a youth count from 1 to one less than this number "
    "as “fewer than” it. Zero stays zero.</p>"
)
SURVEY_INTRO = (
    "<p>Each period, ask every member organization three questions about every other "
    "one. Only King County tracks this today, so your figures will be rare and useful.</p>"
    + source_html(Source.RESEARCH)
)
GRID_HINT = (
    "Row: the organization answering. Column: the one asked about. "
    "Keys: Y for yes, N for no, Delete to clear, Space to go round. A click works too."
)
WORDS_OFF = "Each picture is also read out in words by screen readers."
MEETING_CHARTS = frozenset({"attendance"})
COUNT_CHARTS = frozenset({"counts_youth", "counts_buyers"})
"""What a change redraws: only the charts it can alter (a period's dates: all)."""
REFRESH_DELAY_MS = 300
"""Charts and figures wait this long after the last change, so typing stays quick."""


def _people(count: int) -> str:
    return f"{count} {'person' if count == 1 else 'people'}"


class DataCollectionPage(StepPage):
    step_id = "data_collection"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("data_collection.ui", self)
        self._meeting_id: str | None = None
        self._period_id: str | None = None
        self._showing: ProjectSession | None = None
        self._stale_charts: set[str] = set(CHART_NAMES)
        """Charts to draw again the next time the pictures are in view."""
        self.last_refresh_ms = 0.0
        """How long the last refresh of figures and pictures took (for the benchmark)."""
        self._find_meeting_widgets(form)
        self._find_period_widgets(form)
        self.survey = SurveyPanel(form, self)
        self.survey_period_combo = child(form, QComboBox, "surveyPeriodCombo")
        self._find_picture_widgets(form)
        self._set_texts()
        self._set_up_tables()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(self.refresh_figures)
        self._connect()

    # ----- building -------------------------------------------------------------------

    def _find_meeting_widgets(self, form: QWidget) -> None:
        self.tabs = child(form, QTabWidget, "tabs")
        self.intro = child(form, QLabel, "introLabel")
        self.meetings_scroll = child(form, QScrollArea, "meetingsScroll")
        self.meetings_table = child(form, QTableView, "meetingsTable")
        self.meetings_label = child(form, QLabel, "meetingsLabel")
        self.meetings_empty = child(form, QLabel, "meetingsEmptyLabel")
        self.add_meeting_button = child(form, QPushButton, "addMeetingButton")
        self.remove_meeting_button = child(form, QPushButton, "removeMeetingButton")
        self.sign_in_button = child(form, QPushButton, "signInButton")
        self.meeting_box = child(form, QGroupBox, "meetingBox")
        self.meeting_date = child(form, DateBox, "meetingDateEdit")
        self.title_combo = child(form, QComboBox, "meetingTitleCombo")
        self.guests_spin = child(form, QSpinBox, "guestsSpin")
        self.notes_edit = child(form, QPlainTextEdit, "notesEdit")
        self.search_edit = child(form, QLineEdit, "searchEdit")
        self.organisation_combo = child(form, QComboBox, "organisationCombo")
        self.tick_all_button = child(form, QPushButton, "tickAllButton")
        self.untick_all_button = child(form, QPushButton, "untickAllButton")
        self.attendees = child(form, AttendanceList, "attendeesList")
        self.attendance_count = child(form, QLabel, "attendanceCountLabel")
        self.attendance_problems = child(form, QLabel, "attendanceProblemLabel")
        self.organisations_box = child(form, QGroupBox, "organisationsBox")
        self.organisations_note = child(form, QLabel, "organisationsNoteLabel")
        self.organisations_table = child(form, QTableView, "organisationsTable")

    def _find_period_widgets(self, form: QWidget) -> None:
        self.period_combo = child(form, QComboBox, "periodCombo")
        self.add_period_button = child(form, QPushButton, "addPeriodButton")
        self.remove_period_button = child(form, QPushButton, "removePeriodButton")
        self.periods_empty = child(form, QLabel, "periodsEmptyLabel")
        self.period_box = child(form, QGroupBox, "periodBox")
        self.period_name = child(form, QLineEdit, "periodNameEdit")
        self.starts_edit = child(form, DateBox, "startsEdit")
        self.ends_edit = child(form, DateBox, "endsEdit")
        self.period_problem = child(form, QLabel, "periodProblemLabel")
        self.counts_box = child(form, QGroupBox, "countsBox")
        self.count_rows = CountRows(child(form, QGridLayout, "countsGrid"), self.counts_box)
        self.threshold_spin = child(form, QSpinBox, "thresholdSpin")
        self._order_count_rows()

    def _order_count_rows(self) -> None:
        """The count rows are built after the form, so Tab would reach them last; put
        them back in reading order, between the period's dates and the threshold."""
        chain: list[QWidget] = [self.ends_edit]
        for row in self.count_rows.rows.values():
            chain += [row.spin, row.not_collected, row.source]
        chain.append(self.threshold_spin)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _find_picture_widgets(self, form: QWidget) -> None:
        self.pictures_period_combo = child(form, QComboBox, "picturesPeriodCombo")
        self.words_check = child(form, QCheckBox, "wordsCheck")
        self.pictures_empty = child(form, QLabel, "picturesEmptyLabel")
        self.pictures_scroll = child(form, QScrollArea, "picturesScroll")
        self.pictures_tab = child(form, QWidget, "picturesTab")
        self.charts = ChartsPanel(
            child(form, QVBoxLayout, "chartsLayout"), child(form, QWidget, "picturesContent")
        )
        self.period_combos = (
            self.period_combo,
            self.survey_period_combo,
            self.pictures_period_combo,
        )

    def _set_texts(self) -> None:
        self.intro.setText(INTRO)
        for name, text in (
            ("periodsIntroLabel", PERIODS_INTRO),
            ("countsIntroLabel", COUNTS_INTRO),
            ("surveyIntroLabel", SURVEY_INTRO),
            ("gridHintLabel", GRID_HINT),
        ):
            set_note(child(self, QLabel, name), text)
        note = child(self, QLabel, "thresholdNoteLabel")
        note.setText(THRESHOLD_NOTE)
        note.setStyleSheet(HINT_STYLE)
        for label in (self.meetings_empty, self.periods_empty, self.pictures_empty):
            label.setStyleSheet(HINT_STYLE)
        for label in (
            self.organisations_note,
            self.attendance_problems,
            self.attendance_count,
            self.survey.import_problems,
        ):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names and CSV cells are never markup
        self.title_combo.setCompleter(None)  # type: ignore[arg-type]  # no silent completion
        self.title_combo.addItems(list(meeting_rules.MEETING_TITLES))
        self.words_check.setToolTip(WORDS_OFF)

    def _set_up_tables(self) -> None:
        self.meetings = TextTable(("Date", "Title", "People", "Guests"), self)
        self.organisation_rows = TextTable(
            ("Organization", "Members now", "Meetings it came to", "Stopped coming?"), self
        )
        for table, model, stretched in (
            (self.meetings_table, self.meetings, 1),
            (self.organisations_table, self.organisation_rows, 0),
        ):
            table.setModel(model)
            fit_columns(table, stretched)
            rows = table.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        # Only the title takes what is left: a stretched last column as well squeezed
        # the dates to "Dec 9…".
        self.meetings_table.horizontalHeader().setStretchLastSection(False)

    def _connect(self) -> None:
        self.meetings_table.selectionModel().currentRowChanged.connect(self._meeting_chosen)
        self.add_meeting_button.clicked.connect(self.add_meeting)
        self.remove_meeting_button.clicked.connect(self.remove_meeting)
        self.sign_in_button.clicked.connect(self.save_sign_in_sheet)
        self.meeting_date.dateChanged.connect(self._meeting_date_edited)
        line = self.title_combo.lineEdit()
        assert line is not None
        line.textEdited.connect(self._title_edited)
        self.title_combo.activated.connect(
            lambda index: self._title_edited(self.title_combo.itemText(index))
        )
        self.guests_spin.valueChanged.connect(self._guests_edited)
        self.notes_edit.textChanged.connect(self._notes_edited)
        self.search_edit.textChanged.connect(self.attendees.narrow)
        self.search_edit.returnPressed.connect(self.attendees.setFocus)  # then Space ticks
        self.attendees.ticked.connect(self._person_ticked)
        self.tick_all_button.clicked.connect(lambda: self._tick_organisation(True))
        self.untick_all_button.clicked.connect(lambda: self._tick_organisation(False))
        for combo in self.period_combos:
            combo.activated.connect(lambda index, c=combo: self._period_chosen(c, index))
        self.add_period_button.clicked.connect(self.add_period)
        self.remove_period_button.clicked.connect(self.remove_period)
        self.period_name.textEdited.connect(self._period_name_edited)
        self.starts_edit.dateChanged.connect(self._period_dates_edited)
        self.ends_edit.dateChanged.connect(self._period_dates_edited)
        self.count_rows.edited.connect(self._counts_edited)
        self.threshold_spin.valueChanged.connect(self._threshold_edited)
        self.survey.edited.connect(self._survey_edited)
        self.words_check.toggled.connect(self.charts.show_words)
        self.tabs.currentChanged.connect(lambda _index: self._draw_if_stale())

    # ----- showing --------------------------------------------------------------------

    @staticmethod
    def today() -> date:
        return clock.today()

    def show_project(self) -> None:
        if self._showing is not self.session:
            self._meeting_id = None
            self._period_id = None
            self._showing = self.session
            self.survey.forget_import()
        self._show_meetings(self._meeting_id)
        self._show_periods()
        self.threshold_spin.setValue(self.project.small_count_threshold)
        self._stale_charts.update(CHART_NAMES)
        self.refresh_figures()

    def _meeting(self) -> Meeting | None:
        if self._meeting_id is None or self.session is None:
            return None
        return next((m for m in self.project.meetings if m.id == self._meeting_id), None)

    def _period(self) -> DataPeriod | None:
        if self._period_id is None or self.session is None:
            return None
        return next((p for p in self.project.data_periods if p.id == self._period_id), None)

    # ----- meetings -------------------------------------------------------------------

    def _show_meetings(self, keep: str | None) -> None:
        ordered = meetings_in_order(self.project.meetings)
        with self.loading():
            self.meetings.set_rows([meeting_row(m) for m in ordered])
            fit_columns(self.meetings_table, 1)  # wide enough for the longest date
            number = self.meetings.row_of(keep) if keep else None
            if number is None and ordered:
                number = 0
            if number is None:
                self._meeting_id = None
            else:
                self.meetings_table.setCurrentIndex(self.meetings.index(number, 0))
                self.meetings_table.selectRow(number)
                self._meeting_id = self.meetings.rows[number].key
        has_meetings = bool(ordered)
        for widget in (self.meetings_table, self.meetings_label, self.meeting_box):
            widget.setVisible(has_meetings)
        self.remove_meeting_button.setEnabled(has_meetings)
        self.sign_in_button.setEnabled(has_meetings)
        set_note(self.meetings_empty, "" if has_meetings else NO_MEETINGS)
        self.meetings_empty.setStyleSheet(HINT_STYLE)
        self._show_meeting()

    def _meeting_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.is_loading or not current.isValid():
            return
        self._meeting_id = self.meetings.rows[current.row()].key
        self._show_meeting()

    def _show_meeting(self) -> None:
        meeting = self._meeting()
        with self.loading():
            self.meeting_date.setDate(
                to_qdate(meeting.held_on or self.today()) if meeting else to_qdate(self.today())
            )
            title = meeting.title if meeting else ""
            if self.title_combo.currentText() != title:
                self.title_combo.setCurrentIndex(-1)
                self.title_combo.setEditText(title)
            self.guests_spin.setValue(meeting.guests if meeting else 0)
            if self.notes_edit.toPlainText() != (meeting.notes if meeting else ""):
                self.notes_edit.setPlainText(meeting.notes if meeting else "")
            self.attendees.fill(self.project, meeting, self.search_edit.text())
            self._fill_organisation_combo()
        self._show_attendance()

    def _fill_organisation_combo(self) -> None:
        kept = self.organisation_combo.currentData()
        self.organisation_combo.clear()
        with_members = {m.organisation_id for m in meeting_rules.sign_in_members(self.project)}
        for organisation in sorted(self.project.organisations, key=lambda o: o.name.casefold()):
            if organisation.id in with_members:
                self.organisation_combo.addItem(
                    organisation.name.strip() or "(no name)", organisation.id
                )
        found = self.organisation_combo.findData(kept)
        self.organisation_combo.setCurrentIndex(max(found, 0))
        has = self.organisation_combo.count() > 0
        for widget in (self.tick_all_button, self.untick_all_button, self.organisation_combo):
            widget.setEnabled(has)

    def _show_attendance(self) -> None:
        meeting = self._meeting()
        if meeting is None:
            set_note(self.attendance_count, "")
            set_problem(self.attendance_problems, "")
            return
        text = attendance_text(self.project, meeting) if self.project.members else NO_ROSTER
        set_note(self.attendance_count, text)
        set_problem(
            self.attendance_problems,
            "\n".join(meeting_rules.attendance_problems(self.project, meeting)),
        )

    def _meeting_changed(self, *, reorder: bool = False, attendance: bool = True) -> None:
        """After writing into the chosen meeting: its row, its counts, the figures."""
        meeting = self._meeting()
        if meeting is None:
            return
        if reorder:
            with self.loading():
                self._show_meetings_keep_details(meeting.id)
        else:
            number = self.meetings.row_of(meeting.id)
            if number is not None:
                self.meetings.replace_row(number, meeting_row(meeting))
        self._show_attendance()
        self._figures_changed(MEETING_CHARTS if attendance else set())
        self.edited()

    def _show_meetings_keep_details(self, keep: str) -> None:
        ordered = meetings_in_order(self.project.meetings)
        self.meetings.set_rows([meeting_row(m) for m in ordered])
        fit_columns(self.meetings_table, 1)  # wide enough for the longest date
        number = self.meetings.row_of(keep)
        if number is not None:
            self.meetings_table.setCurrentIndex(self.meetings.index(number, 0))
            self.meetings_table.selectRow(number)

    def add_meeting(self) -> None:
        meeting = Meeting(held_on=self.today(), title=meeting_rules.MEETING_TITLES[0])
        self.project.meetings.append(meeting)
        self._show_meetings(meeting.id)
        self._figures_changed(MEETING_CHARTS)
        self.edited()
        self.meetings_scroll.ensureWidgetVisible(self.meeting_box)
        self.meeting_date.setFocus()

    def remove_meeting(self) -> None:
        meeting = self._meeting()
        if meeting is None:
            return
        when = table_day_text(meeting.held_on, "No date")
        what = f"{meeting.title.strip() or 'The meeting'} of {when}"
        detail = f"Its attendance ({_people(len(meeting.attendee_member_ids))} ticked) goes too."
        if not self.dialogs.confirm_remove_meeting(f"Remove {what}?", detail):
            return
        self.project.meetings.remove(meeting)
        self._meeting_id = None
        self._show_meetings(None)
        self._figures_changed(MEETING_CHARTS)
        self.edited()
        self.meetings_table.setFocus()

    def _meeting_date_edited(self) -> None:
        meeting = self._meeting()
        if meeting is None or self.is_loading:
            return
        meeting.held_on = chosen_day(self.meeting_date)
        self._meeting_changed(reorder=True)

    def _title_edited(self, text: str) -> None:
        meeting = self._meeting()
        if meeting is None or self.is_loading:
            return
        meeting.title = text
        self._meeting_changed(attendance=False)

    def _guests_edited(self, value: int) -> None:
        meeting = self._meeting()
        if meeting is None or self.is_loading:
            return
        meeting.guests = value
        self._meeting_changed()

    def _notes_edited(self) -> None:
        meeting = self._meeting()
        if meeting is None or self.is_loading:
            return
        meeting.notes = self.notes_edit.toPlainText()
        self.edited()

    def _person_ticked(self, member_id: str, ticked: bool) -> None:
        meeting = self._meeting()
        if meeting is None or self.is_loading:
            return
        ids = meeting.attendee_member_ids
        if ticked and member_id not in ids:
            ids.append(member_id)
        elif not ticked and member_id in ids:
            ids.remove(member_id)
        self._meeting_changed()

    def _tick_organisation(self, ticked: bool) -> None:
        meeting = self._meeting()
        organisation_id = self.organisation_combo.currentData()
        if meeting is None or organisation_id is None:
            return
        people = [
            m
            for m in meeting_rules.sign_in_members(self.project)
            if m.organisation_id == organisation_id
        ]
        meeting_rules.tick_organisation(meeting, people, ticked)
        self.attendees.set_ticks(set(meeting.attendee_member_ids))
        self._meeting_changed()

    def save_sign_in_sheet(self) -> None:
        meeting = self._meeting()
        if meeting is None:
            return
        day = meeting.held_on.isoformat() if meeting.held_on else "next meeting"
        path = self.dialogs.choose_word_save_path(self.start_folder() / f"Sign-in sheet {day}.docx")
        if path is None:
            return
        context = sign_in.build_context(self.project, meeting, self.today())
        try:
            write_atomically(path, render_to_bytes(sign_in.TEMPLATE, context))
        except OSError as error:
            reason = error.strerror or "the file could not be written"
            self.dialogs.show_error(
                "Sign-in sheet not saved",
                f"The sign-in sheet could not be saved as {path.name} ({reason}). Nothing "
                "was written there. Try another folder, such as Documents.",
            )

    def _show_organisation_attendance(self) -> None:
        rows, note = organisation_rows(self.project)
        self.organisation_rows.set_rows(rows)
        set_note(self.organisations_note, note)
        self.organisations_box.setVisible(bool(rows))
        fit_height(self.organisations_table, len(rows))

    # ----- periods and counts ---------------------------------------------------------

    def _show_periods(self) -> None:
        ordered = periods_in_order(self.project)
        if self._period() is None:
            self._period_id = ordered[-1].id if ordered else None  # the latest, most often wanted
        for combo in self.period_combos:
            combo.clear()
            for period in ordered:
                combo.addItem(period.label.strip() or "(no label yet)", period.id)
            combo.setCurrentIndex(max(combo.findData(self._period_id), 0))
            combo.setEnabled(bool(ordered))
        self._show_period()

    def _period_chosen(self, combo: QComboBox, index: int) -> None:
        self._period_id = combo.itemData(index)
        with self.loading():
            for other in self.period_combos:
                other.setCurrentIndex(max(other.findData(self._period_id), 0))
            self._show_period()
        self._figures_changed(now=True)

    def _show_period(self) -> None:
        period = self._period()
        has = period is not None
        for widget in (self.period_box, self.counts_box):
            widget.setVisible(has)
        self.remove_period_button.setEnabled(has)
        set_note(self.periods_empty, "" if has else NO_PERIODS)
        self.periods_empty.setStyleSheet(HINT_STYLE)
        with self.loading():
            self.period_name.setText(period.label if period else "")
            self.starts_edit.setDate(to_qdate((period and period.starts_on) or self.today()))
            self.ends_edit.setDate(to_qdate((period and period.ends_on) or self.today()))
            self.count_rows.show(period, self._organisations(), self.project.small_count_threshold)
        self._show_period_problems()
        self.survey.show(period)

    def _organisations(self) -> list[Any]:
        return sorted(self.project.organisations, key=lambda o: o.name.strip().casefold())

    def _show_period_problems(self) -> None:
        period = self._period()
        set_problem(self.period_problem, "\n".join(period_problems(period)) if period else "")

    def add_period(self) -> None:
        today = self.today()
        period = DataPeriod(
            label=str(today.year),
            starts_on=date(today.year, 1, 1),
            ends_on=date(today.year, 12, 31),
        )
        self.project.data_periods.append(period)
        self._period_id = period.id
        self._show_periods()
        self._figures_changed()
        self.edited()
        self.period_name.setFocus()
        self.period_name.selectAll()

    def remove_period(self) -> None:
        period = self._period()
        if period is None:
            return
        label = period.label.strip() or "this period"
        detail = "Its counts and its connection survey go too."
        if not self.dialogs.confirm_remove_period(f"Remove {label}?", detail):
            return
        self.project.data_periods.remove(period)
        self._period_id = None
        self._show_periods()
        self._figures_changed()
        self.edited()
        self.period_combo.setFocus()

    def _period_name_edited(self, text: str) -> None:
        period = self._period()
        if period is None:
            return
        period.label = text
        for combo in self.period_combos:
            found = combo.findData(period.id)
            if found >= 0:
                combo.setItemText(found, text.strip() or "(no label yet)")
        self._figures_changed(COUNT_CHARTS)
        self.edited()

    def _period_dates_edited(self) -> None:
        period = self._period()
        if period is None or self.is_loading:
            return
        period.starts_on = chosen_day(self.starts_edit)
        period.ends_on = chosen_day(self.ends_edit)
        self._show_period_problems()
        self._figures_changed()
        self.edited()

    def _survey_edited(self) -> None:
        self._figures_changed({"network", "densities"})
        self.edited()

    def _counts_edited(self) -> None:
        self._figures_changed(COUNT_CHARTS)
        self.edited()

    def _threshold_edited(self, value: int) -> None:
        if self.is_loading:
            return
        self.project.small_count_threshold = value
        self.count_rows.set_threshold(value)
        self._figures_changed(COUNT_CHARTS)
        self.edited()

    # ----- figures and pictures ---------------------------------------------------------

    def _figures_changed(self, charts: Iterable[str] = CHART_NAMES, *, now: bool = False) -> None:
        """Figures, and the charts named, are worked out again a moment after the last
        change (at once when ``now``): a keystroke never waits for a picture."""
        self._stale_charts.update(charts)
        if now:
            self.refresh_figures()
        else:
            self.refresh_timer.start()

    def _draw_if_stale(self) -> None:
        if self._stale_charts and self.session is not None:
            self.refresh_figures()

    def refresh_figures(self) -> None:
        """The organization table, the survey's figures and (when in view) the charts
        that changed since they were last drawn."""
        if self.session is None:
            return
        started = time.perf_counter()
        self.refresh_timer.stop()
        period = self._period()
        self._show_organisation_attendance()
        self.survey.show_figures()
        if self.tabs.currentWidget() is self.pictures_tab and self._stale_charts:
            self._draw_charts(period, set(self._stale_charts))
            self._stale_charts.clear()
        self.last_refresh_ms = (time.perf_counter() - started) * 1000

    def _draw_charts(self, period: DataPeriod | None, names: set[str]) -> None:
        set_note(self.pictures_empty, "" if period else NO_PERIOD_YET)
        scroll_bar = self.pictures_scroll.verticalScrollBar().sizeHint().width()
        room = self.pictures_scroll.width() - scroll_bar - 28.0
        self.charts.draw(self.project, period, self.today(), room, names)
