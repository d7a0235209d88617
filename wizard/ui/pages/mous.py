"""Step: agreements (MOUs) with member organizations.

A tracker table shows every organization that needs an MOU at once, with the
agreements about to end flagged; under it, the selected organization's
agreement can be edited. The organization's MOU record is created on the
user's first edit, never merely by looking. Which organizations appear, the
expiry rule and the date problems all come from :mod:`wizard.model.mous`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from wizard.model import clock, reference
from wizard.model.day_words import table_day_text
from wizard.model.mous import (
    EXPIRY_WARNING_DAYS,
    STATUS_HINTS,
    STATUS_LABELS,
    Expiry,
    contact_member,
    days_left,
    default_roles,
    end_date_problem,
    ensure_mou,
    expiry,
    mou_for,
    organisation_sector,
    people_of,
    signed_date_problem,
    tracker_row,
    tracker_rows,
    tracker_summary,
)
from wizard.model.project import Mou, MouStatus, Organisation, Project
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import Source, source_html
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.dates import chosen_day, to_qdate
from wizard.ui.widgets.mou_tracker import TrackerModel
from wizard.ui.widgets.placeholders import grow_to_placeholder
from wizard.ui.widgets.problem import HINT_STYLE, set_note, set_problem

INTRO = (
    "<p>An <b>MOU</b> (memorandum of understanding) is a short written agreement. It is "
    "between the task force and one member organization. It says what each side will do, "
    "how young people's privacy is kept safe, and which figures the organization will "
    "share.</p>" + source_html(Source.COMMON_PRACTICE) + "<p>The research says MOUs may help "
    "with collecting data.</p>" + source_html(Source.RESEARCH) + ""
    "<p>Each organization with someone marked &ldquo;Member&rdquo; on the roster is listed "
    f"below. An agreement that ends within {EXPIRY_WARNING_DAYS} days is flagged, so there "
    "is time to renew it.</p>"
)
EMPTY_TEXT = (
    "No member organizations yet. An organization shows up here once someone from it is "
    "marked “Member” on the roster."
)
DOCUMENT_NOTE = (
    "The starter packet holds an MOU for each organization in the table, with the details "
    "you enter here. Anything left empty gets standard words, which both sides can adapt "
    "with their lawyers."
)
TASK_FORCE_PLACEHOLDER = (
    "One commitment per line. Left empty, the MOU says the task force will coordinate "
    "meetings, share news and reports, offer basic training, and use the figures shared "
    "only in combined form."
)
ORGANISATION_PLACEHOLDER = (
    "One commitment per line. Left empty, the MOU says the organization will send someone "
    "to meetings, share the figures ticked below, train its staff, keep meetings "
    "confidential, and say when its contact person changes."
)
CONFIDENTIALITY_PLACEHOLDER = (
    "The MOU always promises that no young person is identified, that nothing about one "
    "passes between organizations without their consent, and that meetings stay "
    "confidential. Add anything else you agree."
)
TRAINING_PLACEHOLDER = (
    "Left empty, the MOU says the organization's staff on the task force complete basic "
    "CSEC training within the first year, and, in the front-line sectors, further training."
)
DATA_NOTE_NONE = (
    "None ticked: the MOU lists the usual figures for this organization's sector. Counts "
    "only: never a name or anything that could identify a young person."
)
DATA_NOTE_SOME = "Counts only: never a name or anything that could identify a young person."
ROLES_PLACEHOLDER = (
    "What this organization does for the task force, within its normal work, one per line. "
    "Left empty, the MOU says it will:\n"
)
NO_CONTACT = "Nobody from this organization is on the roster yet"
CONTACT_NOTE = "The MOU prints their email and phone from the roster."
NO_CONTACT_NOTE = (
    "Add someone from this organization to the roster. Until then, the MOU marks the "
    "contact as still to be decided."
)
CHOOSE_CONTACT_NOTE = (
    "Nobody from this organization is a member yet. Choose who to list, or the MOU marks "
    "the contact as still to be decided."
)
ALL_MEMBERS_NOTE = (
    "The starter packet then also holds one MOU that the task force and every organization "
    "in the table sign, each in its own signature block. Each one's part comes from its "
    "agreement above."
)
HOST_NOTE = (
    "An agency that hosts the task force or holds its money. Named here, it signs every MOU "
    "beside the coordinator."
)
TEXT_LINES = 3


def _text_box(edit: QPlainTextEdit, placeholder: str) -> None:
    """A few lines tall, or more if the placeholder needs them, with the suggestion as a
    placeholder only: nothing is stored unless the user types it."""
    edit.setPlaceholderText(placeholder)
    margins = 2 * (edit.document().documentMargin() + edit.frameWidth())
    edit.setFixedHeight(int(TEXT_LINES * edit.fontMetrics().lineSpacing() + margins) + 2)
    grow_to_placeholder(edit)  # it says what the MOU says if left empty: never cut it


class MousPage(StepPage):
    step_id = "mous"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("mous.ui", self)
        child(form, QLabel, "introLabel").setText(INTRO)
        self._organisation_id: str | None = None
        """The organization whose agreement the editor shows (looked up each time)."""
        self._find_widgets(form)
        self._set_up_table()
        self._build_data_checks()
        self._fill_status_combo()
        self._connect()
        self._set_tab_order()

    # ----- building -------------------------------------------------------------------

    def _find_widgets(self, form: QWidget) -> None:
        self.summary = child(form, QLabel, "summaryLabel")
        self.tracker_label = child(form, QLabel, "trackerLabel")
        self.table = child(form, QTableView, "trackerTable")
        self.empty_label = child(form, QLabel, "emptyLabel")
        self.roster_button = child(form, QPushButton, "rosterButton")
        self.editor_box = child(form, QGroupBox, "editorBox")
        self.editor_hint = child(form, QLabel, "editorHintLabel")
        self.editor_heading = child(form, QLabel, "editorHeadingLabel")
        self.status_combo = child(form, QComboBox, "statusCombo")
        self.signed_check = child(form, QCheckBox, "signedCheck")
        self.signed_edit = child(form, QDateEdit, "signedEdit")
        self.ends_check = child(form, QCheckBox, "endsCheck")
        self.ends_edit = child(form, QDateEdit, "endsEdit")
        self.signed_problem = child(form, QLabel, "signedProblemLabel")
        self.ends_problem = child(form, QLabel, "endsProblemLabel")
        self.expiry_note = child(form, QLabel, "expiryNoteLabel")
        self.signatory_name_edit = child(form, QLineEdit, "signatoryNameEdit")
        self.signatory_title_edit = child(form, QLineEdit, "signatoryTitleEdit")
        self.task_force_edit = child(form, QPlainTextEdit, "taskForceEdit")
        self.organisation_edit = child(form, QPlainTextEdit, "organisationEdit")
        self.confidentiality_edit = child(form, QPlainTextEdit, "confidentialityEdit")
        self.data_label = child(form, QLabel, "dataLabel")
        self.data_host = child(form, QWidget, "dataHost")
        self.data_note = child(form, QLabel, "dataNoteLabel")
        self.training_edit = child(form, QPlainTextEdit, "trainingEdit")
        self.contact_combo = child(form, QComboBox, "contactCombo")
        self.contact_note = child(form, QLabel, "contactNoteLabel")
        self.roles_edit = child(form, QPlainTextEdit, "rolesEdit")
        self.roles_button = child(form, QPushButton, "rolesButton")
        self.approval_check = child(form, QCheckBox, "approvalCheck")
        self.approval_body_edit = child(form, QLineEdit, "approvalBodyEdit")
        self.options_box = child(form, QGroupBox, "optionsBox")
        self.all_members_check = child(form, QCheckBox, "allMembersCheck")
        self.host_edit = child(form, QLineEdit, "hostEdit")
        for name, text in (("allMembersNoteLabel", ALL_MEMBERS_NOTE), ("hostNoteLabel", HOST_NOTE)):
            note = child(form, QLabel, name)
            note.setText(text)
            note.setStyleSheet(HINT_STYLE)
        self.contact_note.setStyleSheet(HINT_STYLE)
        document_note = child(form, QLabel, "documentNoteLabel")
        document_note.setText(DOCUMENT_NOTE)
        document_note.setStyleSheet(HINT_STYLE)
        self.editor_hint.setStyleSheet(HINT_STYLE)
        self.empty_label.setText(EMPTY_TEXT)
        _text_box(self.task_force_edit, TASK_FORCE_PLACEHOLDER)
        _text_box(self.organisation_edit, ORGANISATION_PLACEHOLDER)
        _text_box(self.confidentiality_edit, CONFIDENTIALITY_PLACEHOLDER)
        _text_box(self.training_edit, TRAINING_PLACEHOLDER)
        _text_box(self.roles_edit, ROLES_PLACEHOLDER)  # the sector's roles added when shown

    def _set_up_table(self) -> None:
        self.tracker = TrackerModel(self)
        self.table.setModel(self.tracker)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((190, 85, 92, 92, 115)):
            self.table.setColumnWidth(column, width)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)

    def _build_data_checks(self) -> None:
        """One check box per figure from the reference list, one under another (two
        columns would not fit a narrow laptop screen)."""
        self.data_grid = QGridLayout(self.data_host)
        self.data_grid.setContentsMargins(16, 0, 0, 0)
        self.data_grid.setVerticalSpacing(2)
        self.data_checks: dict[str, QCheckBox] = {}
        for number, figure in enumerate(reference.shared_figures()):
            check = QCheckBox(figure.label, self.data_host)
            check.setAccessibleName(f"Shares: {figure.label}")
            check.setToolTip(figure.wording)
            check.clicked.connect(self._data_clicked)
            self.data_grid.addWidget(check, number, 0)
            self.data_checks[figure.id] = check
        self.data_label.setBuddy(next(iter(self.data_checks.values())))
        self.own_checks: list[tuple[QCheckBox, str]] = []
        """Figures stored in the file that are not on the list (kept, never dropped),
        with their stored words (a check box's text would turn '&' into a shortcut)."""

    def _fill_status_combo(self) -> None:
        for status, label in STATUS_LABELS.items():
            self.status_combo.addItem(label, status)
            self.status_combo.setItemData(
                self.status_combo.count() - 1, STATUS_HINTS[status], Qt.ItemDataRole.ToolTipRole
            )

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.roster_button.clicked.connect(lambda: self.go_to_step.emit("members"))
        self.status_combo.activated.connect(self._status_chosen)
        self.signed_check.clicked.connect(self._dates_edited)
        self.ends_check.clicked.connect(self._dates_edited)
        self.signed_edit.dateChanged.connect(self._dates_edited)
        self.ends_edit.dateChanged.connect(self._dates_edited)
        self.signatory_name_edit.textEdited.connect(
            lambda text: self._edit(lambda mou: setattr(mou, "signatory_name", text))
        )
        self.signatory_title_edit.textEdited.connect(
            lambda text: self._edit(lambda mou: setattr(mou, "signatory_title", text))
        )
        self.contact_combo.activated.connect(self._contact_chosen)
        self.roles_button.clicked.connect(self._start_from_usual_roles)
        self.approval_check.clicked.connect(self._approval_clicked)
        self.approval_body_edit.textEdited.connect(
            lambda text: self._edit(lambda mou: setattr(mou, "approval_body", text))
        )
        self.all_members_check.clicked.connect(self._all_members_clicked)
        self.host_edit.textEdited.connect(self._host_edited)
        for edit, field in (
            (self.roles_edit, "roles"),
            (self.task_force_edit, "task_force_commitments"),
            (self.organisation_edit, "organisation_commitments"),
            (self.confidentiality_edit, "confidentiality"),
            (self.training_edit, "training_commitment"),
        ):
            edit.textChanged.connect(
                lambda e=edit, f=field: self._edit(lambda mou: setattr(mou, f, e.toPlainText()))
            )

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.confidentiality_edit,
            *self.data_checks.values(),
            *(check for check, _text in self.own_checks),
            self.training_edit,
            self.all_members_check,
            self.host_edit,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ----- showing --------------------------------------------------------------------

    @staticmethod
    def today() -> date:
        return clock.today()

    def show_project(self) -> None:
        keep = self._organisation_id
        rows = tracker_rows(self.project, self.today())
        self.tracker.set_rows(rows)
        for widget in (self.table, self.tracker_label, self.editor_box):
            widget.setVisible(bool(rows))  # nothing to edit until an organization joins
        self.empty_label.setVisible(not rows)
        self.roster_button.setVisible(not rows)
        self._show_summary()
        self._show_options()
        number = self.tracker.row_of(keep) if keep else None
        if number is None and rows:
            number = 0
        self._select_row(number)

    def _show_options(self) -> None:
        """The choices for every agreement (shown once there is an agreement to make)."""
        options = self.project.mou_options
        self.options_box.setVisible(self.tracker.rowCount() > 0)
        with self.loading():
            self.all_members_check.setChecked(options.all_members)
            if self.host_edit.text() != options.host_agent:
                self.host_edit.setText(options.host_agent)

    def _show_summary(self) -> None:
        rows = [self.tracker.row_at(n) for n in range(self.tracker.rowCount())]
        set_note(self.summary, tracker_summary(rows))

    def _select_row(self, number: int | None) -> None:
        if number is None:
            self.table.setCurrentIndex(QModelIndex())
            self._organisation_id = None
        else:
            index = self.tracker.index(number, 0)
            self.table.setCurrentIndex(index)
            self.table.selectRow(number)
            self._organisation_id = self.tracker.row_at(number).organisation.id
        self._show_editor()

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._organisation_id = (
            self.tracker.row_at(current.row()).organisation.id if current.isValid() else None
        )
        self._show_editor()

    def _record(self) -> Mou | None:
        if self._organisation_id is None or self.session is None:
            return None
        return mou_for(self.project, self._organisation_id)

    def _show_editor(self) -> None:
        """Fill the editor from the selected organization's record (or the defaults of a
        record not made yet)."""
        organisation = (
            self.project.organisation(self._organisation_id)
            if self._organisation_id and self.session is not None
            else None
        )
        chosen = organisation is not None
        self.editor_hint.setVisible(not chosen)
        for widget in self._editor_fields():
            widget.setEnabled(chosen)
        name = (organisation.name.strip() if organisation else "") or "an unnamed organization"
        # a wrapping label, not the box's title: a long name must not widen the page
        self.editor_heading.setText(f"Agreement with {name}" if chosen else "")
        self.editor_heading.setVisible(chosen)
        with self.loading():
            self._fill_editor(self._record() or Mou(organisation_id="none"))
            self._fill_contact()
            self._fill_roles_placeholder()
        self._show_problems()

    def _editor_fields(self) -> list[QWidget]:
        return [
            self.status_combo,
            self.signed_check,
            self.ends_check,
            self.signatory_name_edit,
            self.signatory_title_edit,
            self.contact_combo,
            self.roles_edit,
            self.roles_button,
            self.approval_check,
            self.approval_body_edit,
            self.task_force_edit,
            self.organisation_edit,
            self.confidentiality_edit,
            *self.data_checks.values(),
            *(check for check, _text in self.own_checks),
            self.training_edit,
        ]

    def _fill_editor(self, mou: Mou) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(mou.status))
        self._fill_dates(mou)
        self.signatory_name_edit.setText(mou.signatory_name)
        self.signatory_title_edit.setText(mou.signatory_title)
        self.approval_check.setChecked(mou.needs_approval)
        self.approval_body_edit.setText(mou.approval_body)
        self.approval_body_edit.setEnabled(self._organisation_id is not None and mou.needs_approval)
        for edit, text in (
            (self.roles_edit, mou.roles),
            (self.task_force_edit, mou.task_force_commitments),
            (self.organisation_edit, mou.organisation_commitments),
            (self.confidentiality_edit, mou.confidentiality),
            (self.training_edit, mou.training_commitment),
        ):
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        self._fill_data(mou)

    def _organisation(self) -> Organisation | None:
        if self._organisation_id is None or self.session is None:
            return None
        return self.project.organisation(self._organisation_id)

    def _fill_contact(self) -> None:
        """The organization's people on the roster, its contact chosen (the first member
        until the user picks someone)."""
        self.contact_combo.clear()
        organisation = self._organisation()
        people = people_of(self.project, organisation.id) if organisation else []
        for person in people:
            words = ", ".join(part for part in (person.name.strip(), person.title.strip()) if part)
            self.contact_combo.addItem(words or "(no name yet)", person.id)
        if not people:
            self.contact_combo.addItem(NO_CONTACT, None)
        self.contact_combo.setEnabled(bool(people))
        chosen = (
            contact_member(self.project, organisation.id, self._record()) if organisation else None
        )
        if chosen is not None:
            self.contact_combo.setCurrentIndex(self.contact_combo.findData(chosen.id))
        elif people:
            self.contact_combo.setCurrentIndex(-1)  # only invited people: nobody chosen yet
        if chosen is not None or organisation is None:
            set_note(self.contact_note, CONTACT_NOTE)
        else:
            set_note(self.contact_note, CHOOSE_CONTACT_NOTE if people else NO_CONTACT_NOTE)

    def _usual_roles(self) -> tuple[str, ...]:
        organisation = self._organisation()
        sector = organisation_sector(self.project, organisation) if organisation else None
        return default_roles(sector)

    def _fill_roles_placeholder(self) -> None:
        """The box's hint lists what the MOU says when it is left empty: this sector's roles."""
        roles = self._usual_roles() if self._organisation() else ()
        self.roles_edit.setPlaceholderText(
            ROLES_PLACEHOLDER + "\n".join(f"• {role}" for role in roles)
        )

    def _fill_dates(self, mou: Mou) -> None:
        today = to_qdate(self.today())
        chosen = self._organisation_id is not None
        for check, edit, day in (
            (self.signed_check, self.signed_edit, mou.signed_on),
            (self.ends_check, self.ends_edit, mou.ends_on),
        ):
            check.setChecked(day is not None)
            edit.setEnabled(chosen and day is not None)
            edit.setDate(to_qdate(day) if day else today)

    def _fill_data(self, mou: Mou) -> None:
        for figure_id, check in self.data_checks.items():
            check.setChecked(figure_id in mou.data_shared)
        for check, _text in self.own_checks:
            self.data_grid.removeWidget(check)
            check.deleteLater()
        self.own_checks = []
        known = set(self.data_checks)
        own = [item for item in mou.data_shared if item not in known and item.strip()]
        row = len(self.data_checks)
        for number, text in enumerate(own):
            check = QCheckBox(text.replace("&", "&&"), self.data_host)
            check.setChecked(True)
            check.setEnabled(self._organisation_id is not None)
            check.setAccessibleName(f"Shares: {text}")
            check.setToolTip("Written in the project file. Untick it to take it out of the MOU.")
            check.clicked.connect(self._data_clicked)
            self.data_grid.addWidget(check, row + number, 0)
            self.own_checks.append((check, text))
        self._set_tab_order()

    def _show_problems(self) -> None:
        mou = self._record()
        if mou is None:
            for label in (self.signed_problem, self.ends_problem):
                set_problem(label, "")
            set_note(self.expiry_note, "")
            set_note(self.data_note, DATA_NOTE_NONE if self._organisation_id else "")
            return
        set_problem(self.signed_problem, signed_date_problem(mou))
        set_problem(self.ends_problem, end_date_problem(mou))
        set_note(self.expiry_note, self._expiry_note(mou))
        set_note(self.data_note, DATA_NOTE_SOME if mou.data_shared else DATA_NOTE_NONE)

    def _expiry_note(self, mou: Mou) -> str:
        state = expiry(mou, self.today())
        if mou.ends_on is None:
            return ""
        ends = table_day_text(mou.ends_on)
        if state is Expiry.ENDED:
            return (
                f"This agreement ended on {ends}. Renew it with new dates, or set its status "
                "to Expired."
            )
        if state is Expiry.ENDS_SOON:
            left = days_left(mou, self.today())
            when = {0: "today", 1: "tomorrow"}.get(left or 0, f"in {left} days")
            return (
                f"This agreement ends {when}, on {ends}. Now is a good time to talk about "
                "renewing it."
            )
        return ""

    # ----- user edits -----------------------------------------------------------------

    def _edit(self, change: Callable[[Mou], None]) -> None:
        """Write one change into the organization's record, made on this first edit."""
        if self.is_loading or self._organisation_id is None or self.session is None:
            return
        mou = ensure_mou(self.project, self._organisation_id)
        change(mou)
        self._after_edit()

    def _after_edit(self) -> None:
        project: Project = self.project
        organisation_id = self._organisation_id
        number = self.tracker.row_of(organisation_id) if organisation_id else None
        organisation = project.organisation(organisation_id)
        if number is not None and organisation is not None:
            self.tracker.replace_row(number, tracker_row(project, organisation, self.today()))
        self._show_summary()
        self._show_problems()
        self.edited()

    def _contact_chosen(self, index: int) -> None:
        member_id = self.contact_combo.itemData(index)
        if member_id is not None:
            self._edit(lambda mou: setattr(mou, "contact_member_id", member_id))
            set_note(self.contact_note, CONTACT_NOTE)

    def _start_from_usual_roles(self) -> None:
        """Copy the sector's usual roles into the box, to change or add to (what is typed
        there already stays, after them)."""
        if self._organisation_id is None:
            return
        typed = self.roles_edit.toPlainText().strip()
        usual = "\n".join(self._usual_roles())
        self.roles_edit.setPlainText(usual + ("\n" + typed if typed else ""))
        self.roles_edit.setFocus()

    def _approval_clicked(self, checked: bool) -> None:
        self.approval_body_edit.setEnabled(checked)
        self._edit(lambda mou: setattr(mou, "needs_approval", checked))

    def _all_members_clicked(self, checked: bool) -> None:
        if self.is_loading or self.session is None:
            return
        self.project.mou_options.all_members = checked
        self.edited()

    def _host_edited(self, text: str) -> None:
        if self.is_loading or self.session is None:
            return
        self.project.mou_options.host_agent = text
        self.edited()

    def _status_chosen(self, index: int) -> None:
        status: MouStatus = self.status_combo.itemData(index)
        self._edit(lambda mou: setattr(mou, "status", status))

    def _dates_edited(self) -> None:
        if self.is_loading or self._organisation_id is None:
            return
        self.signed_edit.setEnabled(self.signed_check.isChecked())
        self.ends_edit.setEnabled(self.ends_check.isChecked())
        signed = chosen_day(self.signed_edit) if self.signed_check.isChecked() else None
        ends = chosen_day(self.ends_edit) if self.ends_check.isChecked() else None

        def change(mou: Mou) -> None:
            mou.signed_on, mou.ends_on = signed, ends

        self._edit(change)

    def _data_clicked(self) -> None:
        """Ticked figures in the list's order, then the file's own ones still ticked."""
        chosen = [figure_id for figure_id, check in self.data_checks.items() if check.isChecked()]
        chosen += [text for check, text in self.own_checks if check.isChecked()]

        def change(mou: Mou) -> None:
            mou.data_shared = chosen

        self._edit(change)
