"""Step 2: the coordinator: who, what kind of position, how it is paid for, its pay,
travel and who takes applications, and who carries each of the coordinator's duties.
The answers feed the job description."""

from __future__ import annotations

import itertools
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from wizard.model import reference
from wizard.model.coordinator import (
    PAY_PER_WORDS,
    hours_after_position_change,
    hours_from_number,
    may_replace_hours,
    pay_problem,
    undecided_duties,
)
from wizard.model.money import cents
from wizard.model.project import Contact, DutyHolder, FundingSource, PayPeriod, PositionType
from wizard.model.validation import email_problem
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import Source, source_html
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.dates import DateBox, from_qdate, to_qdate
from wizard.ui.widgets.problem import HINT_STYLE, set_note, set_problem

INTRO = (
    "The coordinator keeps the task force running from week to week. Your answers here "
    "become the coordinator's job description. So this step is worth doing even before "
    "you have found anyone."
)
WHY = (
    "<p><b>Why a paid coordinator matters.</b> The research advises a paid coordinator, "
    "full-time or part-time. Many people in it named King County as the model task force. "
    "A coordinator from another county put its success down in large part to its "
    "full-time coordinator. Coordinators elsewhere said they are overwhelmed and unsure "
    "where money for the role could come from. Two grants can pay for the position. One "
    "is from the state's Office of Crime Victims Advocacy (<b>OCVA</b>). The other is "
    "federal Victims of Crime Act money (<b>VOCA</b>), which the state passes on. The "
    "<i>Grant applications</i> step helps you draft a request.</p>" + source_html(Source.RESEARCH)
)
NOT_YET_NOTE = (
    "That's fine. Fill in the rest of this page: the job description it produces can "
    "help you find the right person."
)
DUTIES_HINT = (
    "For each duty, choose who does it. <i>Shared</i> means the coordinator does it "
    "with the chair or members. <i>Someone else</i> means it is not part of the "
    "coordinator's job."
)
DOCUMENT_NOTE = "Reports to and qualifications are optional; both go into the job description."
NO_FUNDING_NOTE = (
    "You can still go ahead. The Grant applications step can help you ask OCVA or VOCA "
    "for money to pay a coordinator."
)
OTHER_FUNDING_NOTE = "Say which source, so the job description can name it."
VOLUNTEER_NOTE = (
    "How many hours a week can your volunteer give? An honest figure helps members know "
    "what to expect."
)

HIRING_HINT = (
    "For the job description. A box left empty shows there as still to decide, "
    "so nothing is made up."
)
FILLED_NOTE = (
    "The position is filled, so the job description leaves out who takes applications "
    "and when they close."
)
UNSET_DATE = QDate(2000, 1, 1)
"""The closing date box's lowest date, shown as 'Not set'."""

POSITION_NAMES: dict[PositionType, str] = {
    "paid_full_time": "a full-time",
    "paid_part_time": "a part-time",
    "volunteer": "a volunteer",
}
HOLDERS: tuple[tuple[DutyHolder, str], ...] = (
    ("coordinator", "Coordinator"),
    ("shared", "Shared"),
    ("others", "Someone else"),
)


def _hours_text(hours: Decimal) -> str:
    return f"{hours.normalize():f}"


class CoordinatorPage(StepPage):
    step_id = "coordinator"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("coordinator.ui", self)
        child(form, QLabel, "introLabel").setText(INTRO)
        child(form, QLabel, "whyLabel").setText(WHY)
        hint = child(form, QLabel, "dutiesHintLabel")
        hint.setText(DUTIES_HINT)
        document_note = child(form, QLabel, "documentNoteLabel")
        document_note.setText(DOCUMENT_NOTE)
        document_note.setWordWrap(True)
        document_note.setStyleSheet(HINT_STYLE)
        self._offered_hours: Decimal | None = None
        """Hours this page filled in itself, which a later choice of position may replace."""

        self.found_radio = child(form, QRadioButton, "foundRadio")
        self.not_yet_radio = child(form, QRadioButton, "notYetRadio")
        self.not_yet_note = child(form, QLabel, "notYetNoteLabel")
        self.found_group = self._group(self.found_radio, self.not_yet_radio)
        self.contact_widget = child(form, QWidget, "contactWidget")
        self.name_edit = child(form, QLineEdit, "nameEdit")
        self.organisation_edit = child(form, QLineEdit, "organisationEdit")
        self.email_edit = child(form, QLineEdit, "emailEdit")
        self.email_problem = child(form, QLabel, "emailProblemLabel")
        self.phone_edit = child(form, QLineEdit, "phoneEdit")

        self.position_radios: dict[PositionType, QRadioButton] = {
            "paid_full_time": child(form, QRadioButton, "fullTimeRadio"),
            "paid_part_time": child(form, QRadioButton, "partTimeRadio"),
            "volunteer": child(form, QRadioButton, "volunteerRadio"),
        }
        self.position_group = self._group(*self.position_radios.values())
        self.hours_spin = child(form, QSpinBox, "hoursSpin")
        self.hours_note = child(form, QLabel, "hoursNoteLabel")

        self.funding_radios: dict[FundingSource, QRadioButton] = {
            "ovca": child(form, QRadioButton, "ovcaRadio"),
            "voca": child(form, QRadioButton, "vocaRadio"),
            "county_budget": child(form, QRadioButton, "countyRadio"),
            "other": child(form, QRadioButton, "otherRadio"),
            "none_yet": child(form, QRadioButton, "noneRadio"),
        }
        self.funding_group = self._group(*self.funding_radios.values())
        self.other_widget = child(form, QWidget, "otherWidget")
        self.other_edit = child(form, QLineEdit, "otherEdit")
        self.funding_note = child(form, QLabel, "fundingNoteLabel")

        self.duty_radios: dict[str, dict[DutyHolder, QRadioButton]] = {}
        self.duty_groups: dict[str, QButtonGroup] = {}
        self._build_duties(child(form, QWidget, "dutiesGrid"))
        self.duties_note = child(form, QLabel, "dutiesNoteLabel")

        self._find_hiring(form)
        self.reports_to_edit = child(form, QLineEdit, "reportsToEdit")
        self.qualifications_edit = child(form, QPlainTextEdit, "qualificationsEdit")
        self._set_duty_tab_order()
        self._connect()

    # ----- building -------------------------------------------------------------------

    def _find_hiring(self, form: QWidget) -> None:
        """Pay, travel and who takes applications: what a job posting needs."""
        hint = child(form, QLabel, "hiringHintLabel")
        hint.setText(HIRING_HINT)
        hint.setStyleSheet(HINT_STYLE)
        self.pay_low_spin = child(form, QDoubleSpinBox, "payLowSpin")
        self.pay_high_spin = child(form, QDoubleSpinBox, "payHighSpin")
        self.pay_per_combo = child(form, QComboBox, "payPerCombo")
        for period, words in PAY_PER_WORDS.items():
            self.pay_per_combo.addItem(words, period)
        self.pay_problem = child(form, QLabel, "payProblemLabel")
        self.driving_radios = {
            True: child(form, QRadioButton, "drivingYesRadio"),
            False: child(form, QRadioButton, "drivingNoRadio"),
        }
        self.driving_group = self._group(*self.driving_radios.values())
        self.mileage_radios = {
            True: child(form, QRadioButton, "mileageYesRadio"),
            False: child(form, QRadioButton, "mileageNoRadio"),
        }
        self.mileage_group = self._group(*self.mileage_radios.values())
        self.mileage_widget = child(form, QWidget, "mileageWidget")
        self.mileage_label = child(form, QLabel, "mileageLabel")
        self.apply_name_edit = child(form, QLineEdit, "applyNameEdit")
        self.apply_email_edit = child(form, QLineEdit, "applyEmailEdit")
        self.apply_email_problem = child(form, QLabel, "applyEmailProblemLabel")
        self.closing_edit = child(form, DateBox, "closingEdit")
        self.closing_edit.setMinimumDate(UNSET_DATE)
        self.applications_note = child(form, QLabel, "applicationsNoteLabel")

    def _group(self, *buttons: QAbstractButton) -> QButtonGroup:
        group = QButtonGroup(self)
        for button in buttons:
            group.addButton(button)
        return group

    def _build_duties(self, grid_host: QWidget) -> None:
        """One row per duty: its wording, then a three-way choice that arrow keys move
        through (each row is its own exclusive group, so Tab stops once per row)."""
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        for row, duty in enumerate(reference.coordinator_duties()):
            label = QLabel(duty.text, grid_host)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            radios: dict[DutyHolder, QRadioButton] = {}
            for column, (holder, text) in enumerate(HOLDERS, start=1):
                radio = QRadioButton(text, grid_host)
                radio.setAutoExclusive(False)  # the row's group decides, not the whole grid
                radio.setAccessibleName(f"{duty.text}: {text}")
                radio.setObjectName(f"duty_{duty.id}_{holder}")
                grid.addWidget(radio, row, column)
                group.addButton(radio)
                radios[holder] = radio
            label.setBuddy(radios["coordinator"])
            group.buttonClicked.connect(
                lambda button, duty_id=duty.id: self._duty_clicked(duty_id, button)
            )
            self.duty_radios[duty.id] = radios
            self.duty_groups[duty.id] = group

    def _set_duty_tab_order(self) -> None:
        """The duty grid is built in code, so place it between the applications' closing
        date and 'reports to'."""
        chain: list[QWidget] = [self.closing_edit]
        for radios in self.duty_radios.values():
            chain.extend(radios.values())
        chain.append(self.reports_to_edit)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.found_group.buttonClicked.connect(self._found_clicked)
        self.name_edit.textEdited.connect(lambda text: self._contact_edited("name", text))
        self.organisation_edit.textEdited.connect(
            lambda text: self._contact_edited("organisation", text)
        )
        self.email_edit.textEdited.connect(lambda text: self._contact_edited("email", text))
        self.phone_edit.textEdited.connect(lambda text: self._contact_edited("phone", text))
        self.position_group.buttonClicked.connect(self._position_clicked)
        self.hours_spin.valueChanged.connect(self._hours_changed)
        self.funding_group.buttonClicked.connect(self._funding_clicked)
        self.other_edit.textEdited.connect(self._other_edited)
        self.pay_low_spin.valueChanged.connect(self._pay_changed)
        self.pay_high_spin.valueChanged.connect(self._pay_changed)
        self.pay_per_combo.currentIndexChanged.connect(self._pay_changed)
        self.driving_group.buttonClicked.connect(self._driving_clicked)
        self.mileage_group.buttonClicked.connect(self._mileage_clicked)
        self.apply_name_edit.textEdited.connect(lambda text: self._apply_edited("name", text))
        self.apply_email_edit.textEdited.connect(lambda text: self._apply_edited("email", text))
        self.closing_edit.dateChanged.connect(self._closing_changed)
        self.reports_to_edit.textEdited.connect(self._reports_to_edited)
        self.qualifications_edit.textChanged.connect(self._qualifications_changed)

    # ----- showing --------------------------------------------------------------------

    def show_project(self) -> None:
        c = self.project.coordinator
        self._offered_hours = None
        self._check_only(self.found_group, self._found_button(c.identified))
        self.name_edit.setText(c.contact.name)
        self.organisation_edit.setText(c.contact.organisation)
        self.email_edit.setText(c.contact.email)
        self.phone_edit.setText(c.contact.phone)
        position = self.position_radios.get(c.position) if c.position else None
        self._check_only(self.position_group, position)
        self._show_hours(c.hours_per_week)
        funding = self.funding_radios.get(c.funding) if c.funding else None
        self._check_only(self.funding_group, funding)
        self.other_edit.setText(c.funding_other)
        for duty_id, radios in self.duty_radios.items():
            holder = c.duties.get(duty_id)
            self._check_only(self.duty_groups[duty_id], radios[holder] if holder else None)
        self._show_hiring()
        self.reports_to_edit.setText(c.reports_to)
        if self.qualifications_edit.toPlainText() != c.qualifications:
            self.qualifications_edit.setPlainText(c.qualifications)
        self._show_state()

    def _show_hiring(self) -> None:
        c = self.project.coordinator
        with self.loading():
            self.pay_low_spin.setValue(float(c.pay_low or 0))
            self.pay_high_spin.setValue(float(c.pay_high or 0))
            self.pay_per_combo.setCurrentIndex(self.pay_per_combo.findData(c.pay_per))
            self.closing_edit.setDate(
                to_qdate(c.applications_close_on) if c.applications_close_on else UNSET_DATE
            )
        driving = self.driving_radios.get(c.driving) if c.driving is not None else None
        self._check_only(self.driving_group, driving)
        mileage = self.mileage_radios.get(c.mileage_paid) if c.mileage_paid is not None else None
        self._check_only(self.mileage_group, mileage)
        self.apply_name_edit.setText(c.applications_to.name)
        self.apply_email_edit.setText(c.applications_to.email)

    def _found_button(self, identified: bool | None) -> QRadioButton | None:
        if identified is None:
            return None
        return self.found_radio if identified else self.not_yet_radio

    @staticmethod
    def _check_only(group: QButtonGroup, button: QAbstractButton | None) -> None:
        """Check ``button`` (or none: an unanswered question shows no choice)."""
        changed = [each for each in group.buttons() if each.isChecked() != (each is button)]
        if not changed:
            return
        group.setExclusive(False)
        for each in changed:
            each.setChecked(each is button)
        group.setExclusive(True)

    def _show_hours(self, hours: Decimal | None) -> None:
        with self.loading():
            # Whole hours in the box; a figure with a half hour from an older file is
            # shown rounded and kept as it is until the user changes it.
            self.hours_spin.setValue(round(hours) if hours is not None else 0)

    def _show_state(self) -> None:
        """Enable, show and explain what depends on other answers."""
        c = self.project.coordinator
        # Where the position is based is known before the person is: only the
        # person's own details wait for "Yes, we have someone".
        self.contact_widget.setEnabled(c.identified is not None)
        for edit in (self.name_edit, self.email_edit, self.phone_edit):
            edit.setEnabled(c.identified is True)
        set_note(self.not_yet_note, NOT_YET_NOTE if c.identified is False else "")
        set_problem(self.email_problem, email_problem(c.contact.email) if c.identified else "")
        self.other_widget.setVisible(c.funding == "other")
        if c.funding == "none_yet":
            funding_note = NO_FUNDING_NOTE
        elif c.funding == "other" and not c.funding_other.strip():
            funding_note = OTHER_FUNDING_NOTE
        else:
            funding_note = ""
        set_note(self.funding_note, funding_note)
        set_note(self.hours_note, self._hours_note())
        set_problem(self.pay_problem, pay_problem(c))
        for widget in (self.mileage_label, self.mileage_widget):
            widget.setEnabled(c.driving is True)
        filled = c.identified is True
        for widget in (self.apply_name_edit, self.apply_email_edit, self.closing_edit):
            widget.setEnabled(not filled)
        set_note(self.applications_note, FILLED_NOTE if filled else "")
        set_problem(
            self.apply_email_problem,
            "" if filled else email_problem(c.applications_to.email),
        )
        undecided = len(undecided_duties(c))
        set_note(
            self.duties_note,
            f"{undecided} dut{'y' if undecided == 1 else 'ies'} not decided yet."
            if undecided
            else "",
        )

    def _hours_note(self) -> str:
        c = self.project.coordinator
        if self._offered_hours is not None and c.hours_per_week == self._offered_hours:
            kind = POSITION_NAMES[c.position] if c.position else "this"
            return (
                f"We filled in {_hours_text(self._offered_hours)} hours, usual for {kind} "
                "position. Change it if yours is different."
            )
        if c.position == "volunteer" and not c.hours_per_week:
            return VOLUNTEER_NOTE
        return ""

    # ----- user edits -----------------------------------------------------------------

    def _found_clicked(self, button: QAbstractButton) -> None:
        self.project.coordinator.identified = button is self.found_radio
        self._show_state()
        self.edited()

    def _contact_edited(self, field: str, text: str) -> None:
        contact: Contact = self.project.coordinator.contact
        setattr(contact, field, text)
        if field == "email":
            self._show_state()
        self.edited()

    def _position_clicked(self, button: QAbstractButton) -> None:
        c = self.project.coordinator
        position = next(p for p, radio in self.position_radios.items() if radio is button)
        c.position = position
        ours = may_replace_hours(c.hours_per_week, self._offered_hours)
        hours = hours_after_position_change(position, c.hours_per_week, self._offered_hours)
        if hours != c.hours_per_week:
            c.hours_per_week = hours
            self._show_hours(hours)
        self._offered_hours = hours if ours else None
        self._show_state()
        self.edited()

    def _hours_changed(self, value: int) -> None:
        if self.is_loading:
            return
        self.project.coordinator.hours_per_week = hours_from_number(value)
        self._offered_hours = None  # the user has made the figure their own
        self._show_state()
        self.edited()

    def _funding_clicked(self, button: QAbstractButton) -> None:
        funding = next(f for f, radio in self.funding_radios.items() if radio is button)
        self.project.coordinator.funding = funding
        self._show_state()
        self.edited()

    def _other_edited(self, text: str) -> None:
        self.project.coordinator.funding_other = text
        self._show_state()
        self.edited()

    def _duty_clicked(self, duty_id: str, button: QAbstractButton) -> None:
        radios = self.duty_radios[duty_id]
        holder = next(h for h, radio in radios.items() if radio is button)
        self.project.coordinator.duties[duty_id] = holder
        self._show_state()
        self.edited()

    def _pay_changed(self) -> None:
        if self.is_loading:
            return
        c = self.project.coordinator
        low, high = self.pay_low_spin.value(), self.pay_high_spin.value()
        c.pay_low = cents(Decimal(str(low))) if low else None
        c.pay_high = cents(Decimal(str(high))) if high else None
        period: PayPeriod = self.pay_per_combo.currentData()
        c.pay_per = period
        self._show_state()
        self.edited()

    def _driving_clicked(self, button: QAbstractButton) -> None:
        c = self.project.coordinator
        c.driving = button is self.driving_radios[True]
        self._show_state()
        self.edited()

    def _mileage_clicked(self, button: QAbstractButton) -> None:
        self.project.coordinator.mileage_paid = button is self.mileage_radios[True]
        self.edited()

    def _apply_edited(self, field: str, text: str) -> None:
        setattr(self.project.coordinator.applications_to, field, text)
        if field == "email":
            self._show_state()
        self.edited()

    def _closing_changed(self, value: QDate) -> None:
        if self.is_loading:
            return
        closes = None if value == UNSET_DATE else from_qdate(value)
        self.project.coordinator.applications_close_on = closes
        self.edited()

    def _reports_to_edited(self, text: str) -> None:
        self.project.coordinator.reports_to = text
        self.edited()

    def _qualifications_changed(self) -> None:
        if self.is_loading:
            return
        self.project.coordinator.qualifications = self.qualifications_edit.toPlainText()
        self.edited()
