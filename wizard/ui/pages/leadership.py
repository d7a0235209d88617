"""Phase 2, step 1: leadership. Who chairs the task force, what the chair takes on,
and how the coordinator and the chair share the work (all of it goes into the charter).

The chair can be linked to their roster entry: that tells the Missing voices step
which sector the chair gives a voice to in leadership (see :mod:`wizard.model.gaps`).
"""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.model import gaps, reference
from wizard.model.project import Contact, Member, Project
from wizard.model.validation import email_problem
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import Source, source_html
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.problem import HINT_STYLE, set_note, set_problem

COORDINATOR_STEP_ID = "coordinator"
INTRO = (
    "<p>In the research, two people lead a task force. The coordinator runs the meetings "
    "and keeps the work moving from week to week. The chair, a volunteer, decides on new "
    "work and speaks for the task force.</p>"
    + source_html(Source.RESEARCH)
    + "<p>Record who your chair is and how the two of you divide the work: both go into "
    "the charter.</p>"
)
WHY_JUDGES = (
    "<p><b>Judges as chairs.</b> The research says judges make strong chairs.</p>"
    + source_html(Source.RESEARCH)
    + "<p>But a judge is not required. Anyone who is respected across sectors and can give "
    "steady time can chair well.</p>" + source_html(Source.COMMON_PRACTICE)
)
JUDGE_CAUTION = (
    "<p><b>A word of care.</b> A judge who chairs the task force and speaks up for policy "
    "changes should first check Washington's Code of Judicial Conduct. The court's ethics "
    "adviser can help.</p>" + source_html(Source.WASHINGTON_LAW)
)
"""Shown with the judges paragraph: judges must stay impartial, and speaking for policy
change can raise questions under the state's Code of Judicial Conduct."""
DUTIES_HINT = (
    "Tick what your chair takes on. Anything left unticked stays with the coordinator or members."
)
CHARTER_NOTE = "This goes into the leadership section of the charter."
SPLIT_PLACEHOLDER = (
    "For example: the coordinator schedules meetings, writes agendas and keeps the "
    "mailing list, and runs the meetings; the chair welcomes new members and represents "
    "us at the SCC. We meet once a month to agree on priorities."
)
NOT_ON_ROSTER = "Not on the roster"


def _member_label(project: Project, member: Member) -> str:
    """'Ellen Park, North Ridge Superior Court' (and a word if they have left)."""
    organisation = project.organisation(member.organisation_id)
    parts = [member.name.strip() or "(no name)"]
    if organisation is not None and organisation.name.strip():
        parts.append(organisation.name.strip())
    label = ", ".join(parts)
    return f"{label} (has left)" if member.status == "left" else label


class LeadershipPage(StepPage):
    step_id = "leadership"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("leadership.ui", self)
        child(form, QLabel, "introLabel").setText(INTRO)
        child(form, QLabel, "whyLabel").setText(WHY_JUDGES + JUDGE_CAUTION)
        hint = child(form, QLabel, "dutiesHintLabel")
        hint.setText(DUTIES_HINT)
        hint.setStyleSheet(HINT_STYLE)
        charter_note = child(form, QLabel, "charterNoteLabel")
        charter_note.setText(CHARTER_NOTE)
        charter_note.setStyleSheet(HINT_STYLE)
        self.name_edit = child(form, QLineEdit, "nameEdit")
        self.role_edit = child(form, QLineEdit, "roleEdit")
        self.organisation_edit = child(form, QLineEdit, "organisationEdit")
        self.email_edit = child(form, QLineEdit, "emailEdit")
        self.email_problem = child(form, QLabel, "emailProblemLabel")
        self.phone_edit = child(form, QLineEdit, "phoneEdit")
        self.roster_combo = child(form, QComboBox, "rosterCombo")
        self.roster_note = child(form, QLabel, "rosterNoteLabel")
        self.shared_label = child(form, QLabel, "sharedLabel")
        self.coordinator_button = child(form, QPushButton, "coordinatorButton")
        self.work_split_edit = child(form, QPlainTextEdit, "workSplitEdit")
        self.work_split_edit.setPlaceholderText(SPLIT_PLACEHOLDER)
        self.duty_checks: dict[str, QCheckBox] = {}
        self._build_duties(child(form, QWidget, "dutiesHost"))
        self._set_duty_tab_order()
        self._connect()

    # ----- building -------------------------------------------------------------------

    def _build_duties(self, host: QWidget) -> None:
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        for duty in reference.chair_duties():
            check = QCheckBox(duty.text, host)
            check.setObjectName(f"chairDuty_{duty.id}")
            check.setAccessibleName(f"Chair's duty: {duty.text}")
            check.clicked.connect(self._duties_clicked)
            layout.addWidget(check)
            self.duty_checks[duty.id] = check

    def _set_duty_tab_order(self) -> None:
        """The duty boxes are built in code: place them between the roster link and the
        button that leads to the coordinator step, in reading order."""
        chain: list[QWidget] = [self.roster_combo, *self.duty_checks.values()]
        chain.append(self.coordinator_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        for edit, field in (
            (self.name_edit, "name"),
            (self.organisation_edit, "organisation"),
            (self.email_edit, "email"),
            (self.phone_edit, "phone"),
        ):
            edit.textEdited.connect(lambda text, f=field: self._contact_edited(f, text))
        self.role_edit.textEdited.connect(self._role_edited)
        self.roster_combo.activated.connect(self._roster_chosen)
        self.work_split_edit.textChanged.connect(self._work_split_changed)
        self.coordinator_button.clicked.connect(lambda: self.go_to_step.emit(COORDINATOR_STEP_ID))

    # ----- showing --------------------------------------------------------------------

    def show_project(self) -> None:
        chair = self.project.chair
        self._show_contact(chair.contact)
        self.role_edit.setText(chair.role)
        self._fill_roster_combo()
        for duty_id, check in self.duty_checks.items():
            check.setChecked(duty_id in chair.duties)
        if self.work_split_edit.toPlainText() != chair.work_split:
            self.work_split_edit.setPlainText(chair.work_split)
        self.shared_label.setText(self._shared_text())
        self._show_notes()

    def _show_contact(self, contact: Contact) -> None:
        for edit, text in (
            (self.name_edit, contact.name),
            (self.organisation_edit, contact.organisation),
            (self.email_edit, contact.email),
            (self.phone_edit, contact.phone),
        ):
            if edit.text() != text:
                edit.setText(text)

    def _fill_roster_combo(self) -> None:
        """Everyone still on the roster, plus the linked person even if they have left."""
        project = self.project
        linked = project.chair.member_id
        self.roster_combo.clear()
        self.roster_combo.addItem(NOT_ON_ROSTER, None)
        people = [m for m in project.members if m.status != "left" or m.id == linked]
        for member in sorted(people, key=lambda m: m.name.casefold()):
            self.roster_combo.addItem(_member_label(project, member), member.id)
        self.roster_combo.setCurrentIndex(max(0, self.roster_combo.findData(linked)))

    def _shared_text(self) -> str:
        """A reminder of the coordinator duties marked 'shared' in Phase 1."""
        duties = self.project.coordinator.duties
        shared = [d.text for d in reference.coordinator_duties() if duties.get(d.id) == "shared"]
        if not shared:
            return (
                "None of the coordinator's duties is marked as shared yet. If the chair will "
                "help with some of them, mark them as shared in the coordinator step."
            )
        lines = "\n".join(f"• {text}" for text in shared)
        return f"In the coordinator step, these duties are marked as shared:\n{lines}"

    def _show_notes(self) -> None:
        chair = self.project.chair
        set_problem(self.email_problem, email_problem(chair.contact.email))
        set_note(self.roster_note, self._sector_note())

    def _sector_note(self) -> str:
        """Which sector the chair counts for in the gap analysis, or how to make them count."""
        chair = self.project.chair
        sector = gaps.chair_sector(self.project)
        if sector is not None:
            name = reference.sector_by_id(sector).name
            return (
                f"On the Missing voices step, the chair counts as a voice for {name} in leadership."
            )
        if chair.member_id is not None:
            return "This roster entry has no sector yet, so the chair counts for no sector."
        if chair.contact.name.strip() or chair.contact.organisation.strip():
            return (
                "The chair is not counted for any sector on the Missing voices step. If the "
                "chair is on the roster, choose their entry here."
            )
        return ""

    # ----- user edits -----------------------------------------------------------------

    def _contact_edited(self, field: str, text: str) -> None:
        setattr(self.project.chair.contact, field, text)
        self._show_notes()
        self.edited()

    def _role_edited(self, text: str) -> None:
        self.project.chair.role = text
        self.edited()

    def _roster_chosen(self, index: int) -> None:
        member_id = self.roster_combo.itemData(index)
        chair = self.project.chair
        if member_id == chair.member_id:
            return
        chair.member_id = member_id
        member = self.project.member(member_id)
        if member is not None:
            self._fill_blanks_from(member)
        self._show_notes()
        self.edited()

    def _fill_blanks_from(self, member: Member) -> None:
        """Linking a roster entry fills only the chair's empty fields, never what was typed."""
        contact = self.project.chair.contact
        organisation = self.project.organisation(member.organisation_id)
        offered = {
            "name": member.name.strip(),
            "organisation": organisation.name.strip() if organisation else "",
            "email": member.email.strip(),
            "phone": member.phone.strip(),
        }
        for field, value in offered.items():
            if value and not getattr(contact, field).strip():
                setattr(contact, field, value)
        with self.loading():
            self._show_contact(contact)

    def _duties_clicked(self) -> None:
        """The boxes are the truth: store the ticked duties in the reference order."""
        chosen = {d for d, check in self.duty_checks.items() if check.isChecked()}
        self.project.chair.duties = [d.id for d in reference.chair_duties() if d.id in chosen]
        self.edited()

    def _work_split_changed(self) -> None:
        if self.is_loading:
            return
        self.project.chair.work_split = self.work_split_edit.toPlainText()
        self.edited()
