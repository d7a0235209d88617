"""Grant applications: drafts for OCVA (state) or VOCA (federal) money that can pay
the coordinator and the task force's activities.

The page edits one draft of ``project.grants`` at a time. Every total, the match
and every check come from :mod:`wizard.model.grants`, so the page, the navigator
and the Word document always agree. Amounts are typed as text and read as exact
decimals; what cannot be read stays in its box with a plain problem beside it,
and the budget keeps the line's last readable amount meanwhile.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wizard.documents.grants import file_name, render_application
from wizard.model import clock, grant_narrative
from wizard.model.grants import (
    CATEGORIES,
    SECTIONS,
    WAIVER_BASES,
    WAIVER_KEY,
    budget_total,
    category,
    category_totals,
    change_funder,
    duplicate,
    funder,
    match_explanation,
    match_figures,
    new_draft,
    period_months,
    problems_by_field,
    salary_amount,
    salary_justification,
    salary_line,
)
from wizard.model.money import AmountError, parse_amount, parse_percent, plain_amount, usd
from wizard.model.project import BudgetLine, FunderId, GrantDraft, MatchKind, MatchSource
from wizard.storage.atomic import write_atomically
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import Source, source_html
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.county_checklist import CountyChecklist
from wizard.ui.widgets.dates import from_qdate, to_qdate
from wizard.ui.widgets.match_source_row import (
    SourceRow,
    build_row,
    parse_hours,
    show_amount,
    show_kind,
)
from wizard.ui.widgets.problem import HINT_STYLE, set_note, set_problem

INTRO = (
    "<p>The research advises a <b>paid coordinator</b>. Two public sources can pay for "
    "the position and for the task force's activities:</p><ul>"
    "<li><b>OCVA</b>, Washington's <b>Office of Crime Victims Advocacy</b>, part of the "
    "state Department of Commerce (the toolkit writes its initials “OVCA”);</li>"
    "<li><b>VOCA</b>, money from the federal <b>Victims of Crime Act</b> that the state "
    "passes on to local projects.</li></ul>" + source_html(Source.RESEARCH) + "<p>Federal "
    "rules ask VOCA projects for a <i>match</i>: part of the total cost paid from other "
    "sources, in cash or in kind, such as members' staff time.</p>"
    + source_html(Source.FEDERAL_RULES)
    + ""
    "<p>Start a draft here. The program fills in what your project already knows, and adds "
    "up the budget and the match. When a funding notice opens, you can copy a finished "
    "application into the funder's form.</p>"
)
BUDGET_HINT = (
    "Put each cost on a line of its own, in the categories funders use, with a sentence on "
    "why it is needed. Choose a line in the table to change it below. Totals are added up "
    "for you."
)
NARRATIVE_HINT = (
    "Each section comes with a prompt drawn from your project. “Start from a draft” writes a "
    "first version from what the project already holds. Rewrite it in your own words, and "
    "replace the notes in [square brackets] with your own facts."
)
FUNDER_NOTES: dict[FunderId, str] = {
    "ovca": "OCVA states any match in its funding notice: type that rate under Match "
    "(0 if there is none).",
    "voca": "Federal rules ask VOCA projects for a match of at least 20% of the total "
    "project cost, in cash or in kind.",
}
RATE_NOTES: dict[FunderId, str] = {
    "ovca": "Use the rate in the funding notice.",
    "voca": "Federal rules set at least 20% for VOCA.",
}
NO_DRAFTS = (
    "No drafts yet. “New draft” starts one from your project. It fills in the applicant, "
    "the counties, a year's period and the coordinator's salary line."
)
SECTION_LINES = 6
_ROOT = QModelIndex()
AnyIndex = QModelIndex | QPersistentModelIndex


# ----- the budget table ------------------------------------------------------------------


class BudgetModel(QAbstractTableModel):
    """The lines of one draft's budget, in their order; it holds no copy of them."""

    HEADERS = ("Category", "What it is for", "Amount", "Justification")
    AMOUNT = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grant: GrantDraft | None = None
        self.unread: dict[str, str] = {}
        """Line id -> typed text that is not an amount (shown instead of the amount)."""
        self.problems: dict[str, str] = {}
        """Line id -> what the line lacks (shown as a tooltip and in red)."""

    def set_grant(self, grant: GrantDraft | None) -> None:
        self.beginResetModel()
        self._grant = grant
        self.endResetModel()

    @property
    def lines(self) -> list[BudgetLine]:
        return self._grant.budget if self._grant is not None else []

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problems.get(line.id) or None
        if role == Qt.ItemDataRole.ForegroundRole and (
            line.id in self.problems or (column == self.AMOUNT and line.id in self.unread)
        ):
            return QBrush(QColor("#a4262c"))
        return None

    def _text(self, line: BudgetLine, column: int) -> str:
        if column == 0:
            return category(line.category).label
        if column == 1:
            return line.description or "(not described yet)"
        if column == self.AMOUNT:
            if line.id in self.unread:
                return f"{self.unread[line.id]} (not read)"
            return usd(line.amount)
        return " ".join(line.justification.split())

    def row_of(self, line_id: str | None) -> int | None:
        return next((row for row, line in enumerate(self.lines) if line.id == line_id), None)

    def line_changed(self, line_id: str) -> None:
        row = self.row_of(line_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def all_changed(self) -> None:
        if self.lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.lines) - 1, len(self.HEADERS) - 1)
            )


# ----- rows built in code ----------------------------------------------------------------


@dataclass
class SectionWidgets:
    key: str
    title: QLabel
    prompt: QLabel
    edit: QPlainTextEdit
    draft_button: QPushButton
    note: QLabel
    problem: QLabel


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    """A wrapping box ``lines`` tall at least and half again at most (longer text scrolls):
    six of them must not push the rest of the page out of reach."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    margins = 2 * (edit.document().documentMargin() + edit.frameWidth()) + 2
    line = edit.fontMetrics().lineSpacing()
    edit.setMinimumHeight(int(lines * line + margins))
    edit.setMaximumHeight(int(lines * 1.5 * line + margins))
    return edit


UNSET_DATE = QDate(2000, 1, 1)
"""The date edits' lowest date, shown as 'Not set'."""


# ----- the page ---------------------------------------------------------------------------


class GrantsPage(StepPage):
    step_id = "grants"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("grants.ui", self)
        self._grant_id: str | None = None
        self._line_id: str | None = None
        self._unread_rate: str | None = None
        self._unread_sources: dict[str, str] = {}
        self._unread_time: dict[tuple[str, str], str] = {}
        """Hours or a rate typed for a source of time that could not be read."""
        self.source_rows: list[SourceRow] = []
        self._find_widgets(form)
        self._build_sections()
        self._set_up()
        self._connect()

    # ----- building -------------------------------------------------------------------

    def _find_widgets(self, form: QWidget) -> None:
        child(form, QLabel, "introLabel").setText(INTRO)
        child(form, QLabel, "budgetHintLabel").setText(BUDGET_HINT)
        child(form, QLabel, "narrativeHintLabel").setText(NARRATIVE_HINT)
        self.scroll_area = child(form, QScrollArea, "scrollArea")
        self.drafts_list = child(form, QListWidget, "draftsList")
        self.add_button = child(form, QPushButton, "addButton")
        self.duplicate_button = child(form, QPushButton, "duplicateButton")
        self.remove_button = child(form, QPushButton, "removeButton")
        self.drafts_note = child(form, QLabel, "draftsNoteLabel")
        self.editor = child(form, QWidget, "editorWidget")
        self.check_summary = child(form, QLabel, "checkSummaryLabel")
        self.ovca_radio = child(form, QRadioButton, "ovcaRadio")
        self.voca_radio = child(form, QRadioButton, "vocaRadio")
        self.funder_note = child(form, QLabel, "funderNoteLabel")
        self.title_edit = child(form, QLineEdit, "titleEdit")
        self.title_problem = child(form, QLabel, "titleProblemLabel")
        self.organisation_edit = child(form, QLineEdit, "organisationEdit")
        self.organisation_problem = child(form, QLabel, "organisationProblemLabel")
        self.contact_edit = child(form, QLineEdit, "contactEdit")
        self.contact_problem = child(form, QLabel, "contactProblemLabel")
        self.email_edit = child(form, QLineEdit, "emailEdit")
        self.phone_edit = child(form, QLineEdit, "phoneEdit")
        self.starts_edit = child(form, QDateEdit, "startsEdit")
        self.ends_edit = child(form, QDateEdit, "endsEdit")
        self.period_note = child(form, QLabel, "periodNoteLabel")
        self.period_problem = child(form, QLabel, "periodProblemLabel")
        self.counties = CountyChecklist(child(form, QListWidget, "countiesList"))
        self.counties_problem = child(form, QLabel, "countiesProblemLabel")
        self.request_label = child(form, QLabel, "requestLabel")
        self.budget_table = child(form, QTableView, "budgetTable")
        self.add_line_button = child(form, QPushButton, "addLineButton")
        self.salary_line_button = child(form, QPushButton, "salaryLineButton")
        self.remove_line_button = child(form, QPushButton, "removeLineButton")
        self.line_box = child(form, QGroupBox, "lineBox")
        self.category_combo = child(form, QComboBox, "categoryCombo")
        self.category_hint = child(form, QLabel, "categoryHintLabel")
        self.description_edit = child(form, QLineEdit, "descriptionEdit")
        self.amount_edit = child(form, QLineEdit, "amountEdit")
        self.amount_problem = child(form, QLabel, "amountProblemLabel")
        self.justification_edit = child(form, QPlainTextEdit, "justificationEdit")
        self.line_problem = child(form, QLabel, "lineProblemLabel")
        self.hourly_edit = child(form, QLineEdit, "hourlyEdit")
        self.work_out_button = child(form, QPushButton, "workOutButton")
        self.salary_note = child(form, QLabel, "salaryNoteLabel")
        self.totals_label = child(form, QLabel, "totalsLabel")
        self.budget_problem = child(form, QLabel, "budgetProblemLabel")
        self.rate_edit = child(form, QLineEdit, "matchRateEdit")
        self.rate_note = child(form, QLabel, "matchRateNoteLabel")
        self.rate_problem = child(form, QLabel, "matchRateProblemLabel")
        self.arithmetic_label = child(form, QLabel, "arithmeticLabel")
        self.sources_host = child(form, QWidget, "sourcesHost")
        self.add_source_button = child(form, QPushButton, "addSourceButton")
        self.match_problem = child(form, QLabel, "matchProblemLabel")
        self.waiver_check = child(form, QCheckBox, "waiverCheck")
        self.waiver_widget = child(form, QWidget, "waiverWidget")
        self.waiver_basis_combo = child(form, QComboBox, "waiverBasisCombo")
        self.waiver_basis_problem = child(form, QLabel, "waiverBasisProblemLabel")
        self.waiver_basis_combo.addItem("Choose one…", None)
        for basis in WAIVER_BASES:
            self.waiver_basis_combo.addItem(basis.label, basis.basis)
        self.waiver_edit = child(form, QPlainTextEdit, "waiverEdit")
        self.waiver_draft_button = child(form, QPushButton, "waiverDraftButton")
        self.waiver_problem = child(form, QLabel, "waiverProblemLabel")
        self.sections_host = child(form, QWidget, "sectionsHost")
        self.checks_label = child(form, QLabel, "checksLabel")
        self.save_word_button = child(form, QPushButton, "saveWordButton")
        self.save_note = child(form, QLabel, "saveNoteLabel")

    def _build_sections(self) -> None:
        layout = QVBoxLayout(self.sections_host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.sections: list[SectionWidgets] = []
        for number, section in enumerate(SECTIONS, start=1):
            title = QLabel(f"&{number}  {section.title}", self.sections_host)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            prompt = QLabel(self.sections_host)
            prompt.setTextFormat(Qt.TextFormat.PlainText)
            prompt.setWordWrap(True)
            prompt.setStyleSheet(HINT_STYLE)
            prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            edit = _text_box(self.sections_host, SECTION_LINES)
            edit.setAccessibleName(section.title)
            title.setBuddy(edit)
            buttons = QHBoxLayout()
            draft_button = QPushButton("Start from a draft", self.sections_host)
            draft_button.setAutoDefault(False)
            draft_button.setAccessibleName(f"Start the {section.title.lower()} from a draft")
            note = QLabel(self.sections_host)
            problem = QLabel(self.sections_host)
            for label in (note, problem):
                label.setTextFormat(Qt.TextFormat.PlainText)
            buttons.addWidget(draft_button)
            buttons.addWidget(note, 1)
            buttons.addStretch()  # the button keeps its size while the note is hidden
            if number > 1:
                layout.addSpacing(10)
            for widget in (title, prompt, edit):
                layout.addWidget(widget)
            layout.addLayout(buttons)
            layout.addWidget(problem)
            widgets = SectionWidgets(section.key, title, prompt, edit, draft_button, note, problem)
            edit.textChanged.connect(lambda w=widgets: self._section_edited(w))
            draft_button.clicked.connect(lambda _c=False, w=widgets: self._start_section(w))
            self.sections.append(widgets)
        self.sources_layout = QVBoxLayout(self.sources_host)
        self.sources_layout.setContentsMargins(0, 0, 0, 0)
        self.sources_layout.setSpacing(4)

    def _set_up(self) -> None:
        self.funder_group = QButtonGroup(self)
        self.funder_group.addButton(self.ovca_radio)
        self.funder_group.addButton(self.voca_radio)
        self.ovca_radio.setToolTip(funder("ovca").name)
        self.voca_radio.setToolTip(funder("voca").name)
        for item in CATEGORIES:
            self.category_combo.addItem(item.label, item.id)
            self.category_combo.setItemData(
                self.category_combo.count() - 1, item.hint, Qt.ItemDataRole.ToolTipRole
            )
        self.category_hint.setStyleSheet(HINT_STYLE)
        for edit in (self.starts_edit, self.ends_edit):
            edit.setMinimumDate(UNSET_DATE)
        self.budget = BudgetModel(self)
        self.budget_table.setModel(self.budget)
        header = self.budget_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The two text columns share the room left, so neither shrinks below its heading
        # (one stretching column alone was cut to "'hat it is fo" beside the guidance).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (2, 100)):
            self.budget_table.setColumnWidth(column, width)
        rows = self.budget_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.budget_table.fontMetrics().height() + 8)
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.save_note.setWordWrap(True)
        rich = {self.totals_label, self.checks_label}
        for label in self.findChildren(QLabel):
            if label.buddy() is None and label not in rich and label.objectName() != "introLabel":
                label.setTextFormat(Qt.TextFormat.PlainText)  # her words never become markup

    def _connect(self) -> None:
        self.drafts_list.currentRowChanged.connect(self._draft_chosen)
        self.add_button.clicked.connect(self.add_draft)
        self.duplicate_button.clicked.connect(self.duplicate_draft)
        self.remove_button.clicked.connect(self.remove_draft)
        self.funder_group.buttonClicked.connect(self._funder_clicked)
        self.title_edit.textEdited.connect(self._title_edited)
        self.organisation_edit.textEdited.connect(self._organisation_edited)
        self.contact_edit.textEdited.connect(self._contact_edited)
        self.email_edit.textEdited.connect(self._email_edited)
        self.phone_edit.textEdited.connect(self._phone_edited)
        self.starts_edit.dateChanged.connect(self._dates_edited)
        self.ends_edit.dateChanged.connect(self._dates_edited)
        self.counties.changed.connect(self._counties_changed)
        self.budget_table.selectionModel().currentRowChanged.connect(self._line_chosen)
        self.budget_table.activated.connect(lambda _i: self.description_edit.setFocus())
        self.add_line_button.clicked.connect(self.add_line)
        self.salary_line_button.clicked.connect(self.add_salary_line)
        self.remove_line_button.clicked.connect(self.remove_line)
        self.category_combo.activated.connect(self._category_chosen)
        self.description_edit.textEdited.connect(self._description_edited)
        self.amount_edit.textEdited.connect(self._amount_edited)
        self.amount_edit.editingFinished.connect(self._amount_finished)
        self.justification_edit.textChanged.connect(self._justification_edited)
        self.work_out_button.clicked.connect(self.work_out_salary)
        self.hourly_edit.returnPressed.connect(self.work_out_salary)
        self.rate_edit.textEdited.connect(self._rate_edited)
        self.add_source_button.clicked.connect(self.add_source)
        self.waiver_check.clicked.connect(self._waiver_clicked)
        self.waiver_basis_combo.activated.connect(self._waiver_basis_chosen)
        self.waiver_edit.textChanged.connect(self._waiver_edited)
        self.waiver_draft_button.clicked.connect(self._start_waiver)
        self.save_word_button.clicked.connect(self.save_word)

    # ----- finding what is shown ------------------------------------------------------

    def grant(self) -> GrantDraft | None:
        """The draft being edited (looked up each time, never kept)."""
        if self.session is None:
            return None
        return next((g for g in self.project.grants if g.id == self._grant_id), None)

    def _line(self) -> BudgetLine | None:
        grant = self.grant()
        if grant is None:
            return None
        return next((line for line in grant.budget if line.id == self._line_id), None)

    def _source(self, source_id: str) -> MatchSource | None:
        grant = self.grant()
        if grant is None:
            return None
        return next((s for s in grant.match_sources if s.id == source_id), None)

    # ----- showing the project --------------------------------------------------------

    def show_project(self) -> None:
        grants = self.project.grants
        if self.grant() is None:
            self._grant_id = grants[0].id if grants else None
            self._forget_typing()
        self._fill_drafts_list()
        self._show_grant()

    def _forget_typing(self) -> None:
        self.budget.unread.clear()
        self._unread_sources.clear()
        self._unread_time.clear()
        self._unread_rate = None
        self._line_id = None
        for label in (self.save_note, self.drafts_note, self.salary_note):
            set_note(label, "")

    def _draft_label(self, grant: GrantDraft) -> str:
        title = grant.title.strip() or "Untitled draft"
        return f"{funder(grant.funder).short_name} · {title} · {usd(budget_total(grant.budget))}"

    def _fill_drafts_list(self) -> None:
        with self.loading():
            self.drafts_list.clear()
            for grant in self.project.grants:
                item = QListWidgetItem(self._draft_label(grant), self.drafts_list)
                item.setData(Qt.ItemDataRole.UserRole, grant.id)
            row = next((i for i, g in enumerate(self.project.grants) if g.id == self._grant_id), -1)
            self.drafts_list.setCurrentRow(row)
        has = bool(self.project.grants)
        set_note(self.drafts_note, "" if has else NO_DRAFTS)
        self.duplicate_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _refresh_draft_label(self) -> None:
        grant = self.grant()
        item = self.drafts_list.currentItem()
        if grant is not None and item is not None:
            item.setText(self._draft_label(grant))

    def _show_grant(self) -> None:
        grant = self.grant()
        self.editor.setVisible(grant is not None)
        self.budget.set_grant(grant)
        if grant is None:
            return
        with self.loading():
            self.ovca_radio.setChecked(grant.funder == "ovca")
            self.voca_radio.setChecked(grant.funder == "voca")
            self.title_edit.setText(grant.title)
            self.organisation_edit.setText(grant.applicant.organisation)
            self.contact_edit.setText(grant.applicant.name)
            self.email_edit.setText(grant.applicant.email)
            self.phone_edit.setText(grant.applicant.phone)
            for edit, day in ((self.starts_edit, grant.starts_on), (self.ends_edit, grant.ends_on)):
                edit.setDate(to_qdate(day) if day else UNSET_DATE)
            self.counties.set_checked(grant.counties)
            self.rate_edit.setText(self._unread_rate or _rate_text(grant.match_percent))
            self.waiver_check.setChecked(grant.waiver_requested)
            self.waiver_basis_combo.setCurrentIndex(
                max(0, self.waiver_basis_combo.findData(grant.waiver_basis))
            )
            self._set_plain(self.waiver_edit, grant.narrative.get(WAIVER_KEY, ""))
            for section in self.sections:
                self._set_plain(section.edit, grant.narrative.get(section.key, ""))
                set_note(section.note, "")
        for box, button in self._draft_buttons():
            _label_draft_button(box, button)
        set_note(self.funder_note, FUNDER_NOTES[grant.funder])
        set_note(self.rate_note, RATE_NOTES[grant.funder])
        self.waiver_widget.setVisible(grant.waiver_requested)
        self._rebuild_sources()
        self._select_line(self._line_id if self._line() else None)
        self._show_prompts()
        self._show_checks()
        self._set_tab_order()

    @staticmethod
    def _set_plain(edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() != text:
            edit.setPlainText(text)

    def _show_prompts(self) -> None:
        grant = self.grant()
        if grant is None:
            return
        for section in self.sections:
            section.prompt.setText(grant_narrative.section_prompt(section.key, self.project, grant))

    # ----- the checks -------------------------------------------------------------------

    def _page_problems(self, grant: GrantDraft) -> dict[str, str]:
        """Problems with what is typed but could not be read (the model never holds it)."""
        found = {}
        for number, line in enumerate(grant.budget, start=1):
            if line.id in self.budget.unread:
                found[f"line:{line.id}"] = (
                    f"Line {number}'s amount “{self.budget.unread[line.id]}” is not a dollar "
                    f"amount, so the budget still counts {usd(line.amount)} for it."
                )
        for number, source in enumerate(grant.match_sources, start=1):
            if source.id in self._unread_sources:
                found[f"source:{source.id}"] = (
                    f"Match source {number}'s amount “{self._unread_sources[source.id]}” is not "
                    f"a dollar amount, so the match still counts {usd(source.amount)} for it."
                )
        for number, source in enumerate(grant.match_sources, start=1):
            for field, what in (("hours", "hours"), ("rate", "hourly rate")):
                typed = self._unread_time.get((source.id, field))
                if typed is not None:
                    text = f"Match source {number}'s {what} “{typed}” is not a number."
                    key = f"source:{source.id}"
                    found[key] = f"{found[key]} {text}" if key in found else text
        if self._unread_rate is not None:
            found["rate"] = self._rate_error(self._unread_rate)
        return found

    @staticmethod
    def _rate_error(text: str) -> str:
        try:
            parse_percent(text)
        except AmountError as error:
            return f"{error} The match still uses the last rate that could be read."
        return ""

    def problems(self) -> dict[str, str]:
        """Every check for the draft shown, by field: the model's, and unreadable typing."""
        grant = self.grant()
        if grant is None:
            return {}
        found = problems_by_field(grant)
        for field, text in self._page_problems(grant).items():
            found[field] = f"{text} {found[field]}" if field in found else text
        return found

    def _show_checks(self) -> None:
        grant = self.grant()
        if grant is None:
            return
        found = self.problems()
        for field, label in (
            ("title", self.title_problem),
            ("organisation", self.organisation_problem),
            ("contact", self.contact_problem),
            ("period", self.period_problem),
            ("counties", self.counties_problem),
            ("budget", self.budget_problem),
            ("rate", self.rate_problem),
            ("match", self.match_problem),
            ("waiver", self.waiver_problem),
            ("waiver_basis", self.waiver_basis_problem),
        ):
            set_problem(label, found.get(field, ""))
        for section in self.sections:
            set_problem(section.problem, found.get(f"narrative:{section.key}", ""))
        for row in self.source_rows:
            set_problem(row.problem, found.get(f"source:{row.source_id}", ""))
        self.budget.problems = {
            line.id: found[f"line:{line.id}"] for line in grant.budget if f"line:{line.id}" in found
        }
        self.budget.all_changed()
        self._show_line_problem()
        self._show_figures(grant)
        self._show_check_list(list(found.values()))

    def _show_line_problem(self) -> None:
        line = self._line()
        typed = self.budget.unread.get(line.id) if line is not None else None
        set_problem(self.amount_problem, _amount_error(typed) if typed is not None else "")
        text = self.budget.problems.get(line.id, "") if line is not None else ""
        set_problem(self.line_problem, text)

    def _show_figures(self, grant: GrantDraft) -> None:
        months = period_months(grant.starts_on, grant.ends_on)
        set_note(self.period_note, f"{months} months" if months else "")
        total = budget_total(grant.budget)
        self.request_label.setText(f"{usd(total)}  (the budget's total)")
        rows = "".join(
            f"<tr><td>{html.escape(item.label)}</td><td align='right'>&nbsp;&nbsp;{usd(amount)}"
            "</td></tr>"
            for item, amount in category_totals(grant.budget)
            if amount
        )
        self.totals_label.setText(
            f"<table>{rows}<tr><td><b>Total requested</b></td>"
            f"<td align='right'>&nbsp;&nbsp;<b>{usd(total)}</b></td></tr></table>"
        )
        self.totals_label.setAccessibleName(f"Total requested {usd(total)}")
        figures = match_figures(grant)
        words = match_explanation(figures, funder(grant.funder).short_name, grant.funder)
        self.arithmetic_label.setText("\n".join(words))
        self.arithmetic_label.setAccessibleName(" ".join(words))

    def _show_check_list(self, problems: list[str]) -> None:
        if not problems:
            self.checks_label.setText(
                "<b>Every check passes:</b> the totals add up, the match meets the rate, "
                "every section has text and the period is valid."
            )
            set_note(self.check_summary, "This draft passes every check.")
            return
        count = len(problems)
        things = "1 thing" if count == 1 else f"{count} things"
        items = "".join(f"<li>{html.escape(text)}</li>" for text in problems)
        self.checks_label.setText(f"<b>{things} to fix</b> before you send it:<ul>{items}</ul>")
        self.checks_label.setAccessibleName(f"{things} to fix: " + " ".join(problems))
        set_note(
            self.check_summary,
            f"{things} to fix in this draft: each is shown in red next to its field, and "
            "all are listed at the bottom.",
        )

    def _changed(self) -> None:
        """After writing a user's change into the draft: checks, labels, edited mark."""
        self._show_checks()
        self._refresh_draft_label()
        self.edited()

    # ----- drafts -------------------------------------------------------------------------

    def _draft_chosen(self, row: int) -> None:
        if self.is_loading or self.session is None:
            return
        grants = self.project.grants
        self._grant_id = grants[row].id if 0 <= row < len(grants) else None
        self._forget_typing()
        self._show_grant()

    def _select_draft(self, grant_id: str | None) -> None:
        self._grant_id = grant_id
        self._forget_typing()
        self._fill_drafts_list()
        self._show_grant()

    def add_draft(self) -> None:
        coordinator_funding = self.project.coordinator.funding
        chosen: FunderId = "ovca" if coordinator_funding == "ovca" else "voca"
        grant = new_draft(self.project, chosen, clock.today())
        self.project.grants.append(grant)
        self._select_draft(grant.id)
        self.edited()
        set_note(
            self.drafts_note,
            "A new draft, filled in from your project. Check the funder, the dates and the "
            "applicant first.",
        )
        self.title_edit.setFocus()

    def duplicate_draft(self) -> None:
        grant = self.grant()
        if grant is None:
            return
        copy = duplicate(grant)
        self.project.grants.append(copy)
        self._select_draft(copy.id)
        self.edited()
        set_note(self.drafts_note, "A copy of the draft, to adapt: for another funder, say.")
        self.title_edit.setFocus()

    def remove_draft(self) -> None:
        grant = self.grant()
        if grant is None:
            return
        title = grant.title.strip() or "this untitled draft"
        if not self.dialogs.confirm_remove_draft(
            f"Remove the grant draft “{title}”?",
            "Its budget, match and narrative are deleted from this project.",
        ):
            return
        grants = self.project.grants
        index = grants.index(grant)
        grants.remove(grant)
        following = grants[min(index, len(grants) - 1)].id if grants else None
        self._select_draft(following)
        self.edited()
        set_note(self.drafts_note, f"Removed “{title}”." if grants else NO_DRAFTS)
        self.drafts_list.setFocus()

    # ----- funder, applicant and project --------------------------------------------------

    def _funder_clicked(self, button: QAbstractButton) -> None:
        grant = self.grant()
        if grant is None:
            return
        chosen: FunderId = "ovca" if button is self.ovca_radio else "voca"
        if chosen == grant.funder:
            return
        change_funder(grant, chosen)
        self._unread_rate = None
        with self.loading():
            self.rate_edit.setText(_rate_text(grant.match_percent))
        set_note(self.funder_note, FUNDER_NOTES[chosen])
        set_note(self.rate_note, RATE_NOTES[chosen])
        self._changed()

    def _write_text(self, attribute: str, text: str) -> None:
        grant = self.grant()
        if grant is None or self.is_loading:
            return
        if attribute == "title":
            grant.title = text
        else:
            setattr(grant.applicant, attribute, text)
        self._changed()

    def _title_edited(self, text: str) -> None:
        self._write_text("title", text)

    def _organisation_edited(self, text: str) -> None:
        self._write_text("organisation", text)
        self._show_prompts()

    def _contact_edited(self, text: str) -> None:
        self._write_text("name", text)

    def _email_edited(self, text: str) -> None:
        self._write_text("email", text)

    def _phone_edited(self, text: str) -> None:
        self._write_text("phone", text)

    def _dates_edited(self) -> None:
        grant = self.grant()
        if grant is None or self.is_loading:
            return
        starts, ends = self.starts_edit.date(), self.ends_edit.date()
        grant.starts_on = None if starts == UNSET_DATE else from_qdate(starts)
        grant.ends_on = None if ends == UNSET_DATE else from_qdate(ends)
        self._changed()

    def _counties_changed(self) -> None:
        grant = self.grant()
        if grant is None:
            return
        grant.counties = self.counties.checked()
        self._show_prompts()
        self._changed()

    # ----- budget lines -------------------------------------------------------------------

    def _select_line(self, line_id: str | None) -> None:
        row = self.budget.row_of(line_id)
        if row is None and self.budget.lines:
            row = 0
        if row is None:
            self._line_id = None
            self.budget_table.clearSelection()
        else:
            self._line_id = self.budget.lines[row].id
            self.budget_table.selectRow(row)
            index = self.budget.index(row, 0)
            self.budget_table.setCurrentIndex(index)
            self.budget_table.scrollTo(index)
        self._show_line()

    def _line_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.budget.lines):
            return
        line_id = self.budget.lines[current.row()].id
        if line_id != self._line_id:
            self._line_id = line_id
            self._show_line()

    def _show_line(self) -> None:
        line = self._line()
        self.line_box.setEnabled(line is not None)
        self.remove_line_button.setEnabled(line is not None)
        row = self.budget.row_of(self._line_id)
        self.line_box.setTitle(
            f"Line {row + 1}" if row is not None else "Choose a line in the table, or add one"
        )
        with self.loading():
            if line is None:
                for edit in (self.description_edit, self.amount_edit):
                    edit.clear()
                self.justification_edit.clear()
                self.category_combo.setCurrentIndex(-1)
                set_note(self.category_hint, "")
            else:
                self.category_combo.setCurrentIndex(self.category_combo.findData(line.category))
                set_note(self.category_hint, category(line.category).hint)
                self.description_edit.setText(line.description)
                typed = self.budget.unread.get(line.id)
                self.amount_edit.setText(typed if typed is not None else _amount_text(line))
                self._set_plain(self.justification_edit, line.justification)
        salary = line is not None and line.category == "personnel"
        for widget in (self.hourly_edit, self.work_out_button):
            widget.setEnabled(salary)
        self._show_line_problem()

    def _add(self, line: BudgetLine) -> None:
        grant = self.grant()
        if grant is None:
            return
        grant.budget.append(line)
        self.budget.set_grant(grant)
        self._select_line(line.id)
        self._changed()

    def add_line(self) -> None:
        self._add(BudgetLine(category="other"))
        self.category_combo.setFocus()

    def add_salary_line(self) -> None:
        self._add(salary_line(self.project))
        hours = self.project.coordinator.hours_per_week
        set_note(
            self.salary_note,
            "Type the salary, or an hourly rate to work it out."
            if hours
            else "Enter the coordinator's hours a week in Phase 1 to describe the position.",
        )
        self.amount_edit.setFocus()

    def remove_line(self) -> None:
        grant, line = self.grant(), self._line()
        if grant is None or line is None:
            return
        row = grant.budget.index(line)
        grant.budget.remove(line)
        self.budget.unread.pop(line.id, None)
        self.budget.set_grant(grant)
        following = grant.budget[min(row, len(grant.budget) - 1)].id if grant.budget else None
        self._select_line(following)
        self._changed()
        self.budget_table.setFocus()

    def _category_chosen(self, index: int) -> None:
        line = self._line()
        if line is None or self.is_loading:
            return
        line.category = self.category_combo.itemData(index)
        set_note(self.category_hint, category(line.category).hint)
        for widget in (self.hourly_edit, self.work_out_button):
            widget.setEnabled(line.category == "personnel")
        self.budget.line_changed(line.id)
        self._changed()

    def _description_edited(self, text: str) -> None:
        line = self._line()
        if line is None or self.is_loading:
            return
        line.description = text
        self.budget.line_changed(line.id)
        self._changed()

    def _amount_edited(self, text: str) -> None:
        line = self._line()
        if line is None or self.is_loading:
            return
        try:
            line.amount = parse_amount(text)
        except AmountError:
            self.budget.unread[line.id] = text.strip()
        else:
            self.budget.unread.pop(line.id, None)
        self.budget.line_changed(line.id)
        self._changed()

    def _amount_finished(self) -> None:
        """Once she leaves the box, a readable amount is shown the standard way."""
        line = self._line()
        if line is None or line.id in self.budget.unread or not self.amount_edit.text().strip():
            return
        with self.loading():
            self.amount_edit.setText(_amount_text(line))

    def _justification_edited(self) -> None:
        line = self._line()
        if line is None or self.is_loading:
            return
        line.justification = self.justification_edit.toPlainText()
        self.budget.line_changed(line.id)
        self._changed()

    def work_out_salary(self) -> None:
        """Salary = hourly rate × hours a week (from Phase 1) × 52 weeks, for the period."""
        grant, line = self.grant(), self._line()
        if grant is None or line is None:
            return
        hours = self.project.coordinator.hours_per_week
        try:
            rate = parse_amount(self.hourly_edit.text())
        except AmountError as error:
            set_problem(self.salary_note, str(error))
            return
        if not hours:
            set_problem(self.salary_note, "Enter the coordinator's hours a week in Phase 1 first.")
            return
        if not rate:
            set_problem(self.salary_note, "Type the hourly rate first.")
            return
        months = period_months(grant.starts_on, grant.ends_on) or 12
        line.amount = salary_amount(hours, rate, months)
        line.justification = salary_justification(hours, rate, months)
        self.budget.unread.pop(line.id, None)
        self._show_line()
        self.budget.line_changed(line.id)
        set_note(self.salary_note, f"Worked out for {months} months: {usd(line.amount)}.")
        self._changed()

    # ----- the match ----------------------------------------------------------------------

    def _rate_edited(self, text: str) -> None:
        grant = self.grant()
        if grant is None:
            return
        try:
            grant.match_percent = parse_percent(text)
        except AmountError:
            self._unread_rate = text
        else:
            self._unread_rate = None
        self._changed()

    def _rebuild_sources(self) -> None:
        for row in self.source_rows:
            row.frame.hide()
            self.sources_layout.removeWidget(row.frame)
            row.frame.deleteLater()
        self.source_rows = []
        grant = self.grant()
        if grant is None:
            return
        with self.loading():
            for number, source in enumerate(grant.match_sources, start=1):
                self.source_rows.append(self._source_row(source, number))

    def _source_row(self, source: MatchSource, number: int) -> SourceRow:
        organisations = sorted(
            (o for o in self.project.organisations if o.name.strip()),
            key=lambda o: o.name.strip().casefold(),
        )
        row = build_row(
            self.sources_host, source, number, organisations, self._unread_sources.get(source.id)
        )
        row.description.textEdited.connect(lambda text, r=row: self._source_described(r, text))
        row.kind.activated.connect(lambda index, r=row: self._source_kind(r, index))
        row.amount.textEdited.connect(lambda text, r=row: self._source_amount(r, text))
        row.hours.textEdited.connect(lambda text, r=row: self._source_hours(r, text))
        row.rate.textEdited.connect(lambda text, r=row: self._source_rate(r, text))
        row.giver.activated.connect(lambda index, r=row: self._source_giver(r, index))
        row.remove.clicked.connect(lambda _c=False, r=row: self._remove_source(r))
        self.sources_layout.addWidget(row.frame)
        row.frame.show()
        return row

    def add_source(self) -> None:
        grant = self.grant()
        if grant is None:
            return
        kind: MatchKind = "in_kind" if grant.funder == "voca" else "cash"
        grant.match_sources.append(MatchSource(kind=kind))
        self._rebuild_sources()
        self._set_tab_order()
        self._changed()
        self.source_rows[-1].description.setFocus()
        self.scroll_area.ensureWidgetVisible(self.source_rows[-1].frame)

    def _source_described(self, row: SourceRow, text: str) -> None:
        source = self._source(row.source_id)
        if source is not None:
            source.description = text
            self._changed()

    def _source_kind(self, row: SourceRow, index: int) -> None:
        source = self._source(row.source_id)
        if source is None:
            return
        source.kind, source.time = row.kind.itemData(index)
        if source.time is not None:
            self._unread_sources.pop(source.id, None)
        number = self.source_rows.index(row) + 1
        show_kind(row, source, number, self._unread_sources.get(source.id))
        self._changed()

    def _source_hours(self, row: SourceRow, text: str) -> None:
        source = self._source(row.source_id)
        if source is None:
            return
        try:
            source.hours = parse_hours(text) or None
        except AmountError:
            self._unread_time[(source.id, "hours")] = text.strip()
        else:
            self._unread_time.pop((source.id, "hours"), None)
        show_amount(row, source, None)
        self._changed()

    def _source_rate(self, row: SourceRow, text: str) -> None:
        source = self._source(row.source_id)
        if source is None:
            return
        try:
            source.hourly_rate = parse_amount(text) or None
        except AmountError:
            self._unread_time[(source.id, "rate")] = text.strip()
        else:
            self._unread_time.pop((source.id, "rate"), None)
        show_amount(row, source, None)
        self._changed()

    def _source_giver(self, row: SourceRow, index: int) -> None:
        source = self._source(row.source_id)
        if source is not None:
            source.organisation_id = row.giver.itemData(index)
            self._changed()

    def _source_amount(self, row: SourceRow, text: str) -> None:
        source = self._source(row.source_id)
        if source is None:
            return
        try:
            source.amount = parse_amount(text)
        except AmountError:
            self._unread_sources[source.id] = text.strip()
        else:
            self._unread_sources.pop(source.id, None)
        self._changed()

    def _remove_source(self, row: SourceRow) -> None:
        grant = self.grant()
        source = self._source(row.source_id)
        if grant is None or source is None:
            return
        grant.match_sources.remove(source)
        self._unread_sources.pop(source.id, None)
        self._unread_time = {k: v for k, v in self._unread_time.items() if k[0] != source.id}
        self._rebuild_sources()
        self._set_tab_order()
        self._changed()
        self.add_source_button.setFocus()

    def _waiver_clicked(self, checked: bool) -> None:
        grant = self.grant()
        if grant is None:
            return
        grant.waiver_requested = checked
        self.waiver_widget.setVisible(checked)
        if checked and not grant.narrative.get(WAIVER_KEY, "").strip():
            self._start_waiver()
        self._changed()

    def _waiver_basis_chosen(self, index: int) -> None:
        grant = self.grant()
        if grant is None:
            return
        grant.waiver_basis = self.waiver_basis_combo.itemData(index)
        self._changed()

    def _waiver_edited(self) -> None:
        grant = self.grant()
        if grant is None or self.is_loading:
            return
        grant.narrative[WAIVER_KEY] = self.waiver_edit.toPlainText()
        _label_draft_button(self.waiver_edit, self.waiver_draft_button)
        self._changed()

    def _start_waiver(self) -> None:
        grant = self.grant()
        if grant is not None:
            _offer_draft(self.waiver_edit, grant_narrative.waiver_request(self.project, grant))

    # ----- the narrative ------------------------------------------------------------------

    def _draft_buttons(self) -> list[tuple[QPlainTextEdit, QPushButton]]:
        pairs = [(s.edit, s.draft_button) for s in self.sections]
        return [*pairs, (self.waiver_edit, self.waiver_draft_button)]

    def _section_edited(self, section: SectionWidgets) -> None:
        grant = self.grant()
        if grant is None or self.is_loading:
            return
        grant.narrative[section.key] = section.edit.toPlainText()
        set_note(section.note, "")
        _label_draft_button(section.edit, section.draft_button)
        self._changed()

    def _start_section(self, section: SectionWidgets) -> None:
        grant = self.grant()
        if grant is None:
            return
        text = grant_narrative.starting_draft(section.key, self.project, grant)
        added_below = _offer_draft(section.edit, text)
        set_note(
            section.note,
            "Added below your words, which are untouched; Ctrl+Z takes the draft away again."
            if added_below
            else "",
        )
        section.edit.setFocus()

    # ----- saving one application -----------------------------------------------------------

    def save_word(self) -> None:
        grant = self.grant()
        if grant is None:
            return
        start = self.session.path.parent if self.session and self.session.path else Path.home()
        path = self.dialogs.choose_word_save_path(start / file_name(grant))
        if path is None:
            return
        try:
            write_atomically(path, render_application(self.project, grant, clock.today()))
        except OSError as error:
            reason = error.strerror or "the file could not be written"
            self.dialogs.show_error(
                "Application not saved",
                f"The application could not be saved as {path.name} ({reason}). Nothing was "
                "written there. Try another folder, such as Documents.",
            )
            return
        count = len(self.problems())
        left = (
            f" It still has {count} thing{'s' if count > 1 else ''} to fix, listed above."
            if count
            else ""
        )
        set_note(self.save_note, f"Saved as {path.name}.{left}")

    # ----- keyboard order ---------------------------------------------------------------------

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.drafts_list,
            self.add_button,
            self.duplicate_button,
            self.remove_button,
            self.ovca_radio,
            self.voca_radio,
            self.title_edit,
            self.organisation_edit,
            self.contact_edit,
            self.email_edit,
            self.phone_edit,
            self.starts_edit,
            self.ends_edit,
            self.counties.list,
            self.budget_table,
            self.add_line_button,
            self.salary_line_button,
            self.remove_line_button,
            self.category_combo,
            self.description_edit,
            self.amount_edit,
            self.justification_edit,
            self.hourly_edit,
            self.work_out_button,
            self.rate_edit,
        ]
        for row in self.source_rows:
            chain += [row.description, row.kind, *row.time_widgets(), row.amount, row.remove]
        chain += [self.add_source_button, self.waiver_check, self.waiver_basis_combo]
        chain.append(self.waiver_edit)
        chain.append(self.waiver_draft_button)
        for section in self.sections:
            chain += [section.edit, section.draft_button]
        chain.append(self.save_word_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)


def _offer_draft(edit: QPlainTextEdit, text: str) -> bool:
    """Put a starting draft in the box as an edit she can undo: into an empty box, or
    below what is there (never over it). Returns True when it went below her words."""
    cursor = edit.textCursor()
    below = bool(edit.toPlainText().strip())
    if below:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText("\n\n" + text)
    else:
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
    edit.setTextCursor(cursor)
    return below


def _label_draft_button(edit: QPlainTextEdit, button: QPushButton) -> None:
    """The button says what it will do: fill an empty box, or add below her words."""
    button.setText("Add a draft below" if edit.toPlainText().strip() else "Start from a draft")


def _amount_text(item: BudgetLine | MatchSource) -> str:
    return plain_amount(item.amount) if item.amount else ""


def _amount_error(text: str) -> str:
    try:
        parse_amount(text)
    except AmountError as error:
        return str(error)
    return ""


def _rate_text(percent: Decimal) -> str:
    return format(percent.normalize(), "f")
