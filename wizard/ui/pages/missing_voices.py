"""Phase 2, step 3: recruit the missing voices. The sector gaps at three levels (on
the roster, in leadership, on subcommittees) and, for each gap, an outreach plan:
who reaches out, to whom, by when, and how it is going.

The gaps come from :mod:`wizard.model.gaps`, the same analysis the completeness
rule and the outreach plan document use. A gap's plan is stored only when the user
first fills something in, so looking at the page changes nothing.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.model import clock, gaps, reference
from wizard.model.project import GapLevel, OutreachPlan, OutreachStatus
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import Source, source_html
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.dates import DateBox, from_qdate, to_qdate
from wizard.ui.widgets.placeholders import keep_placeholder_whole
from wizard.ui.widgets.problem import HINT_STYLE, NOTE_STYLE, set_note

EXPORT_STEP_ID = "export"
INTRO = (
    "<p>A diverse task force needs more than names on a roster. Each sector also needs "
    "a say in where the task force goes. The research found that a sector can sit at "
    "the table and still have no say. It found this for tribal members. So this page "
    "shows the gaps at three levels: <b>on the roster</b>, <b>in leadership</b> and "
    "<b>on subcommittees</b>.</p>" + source_html(Source.RESEARCH) + "<p>For each gap you mean "
    "to close, note who will reach out, to whom and by when. Many task forces start with a "
    "personal call from someone the person knows, not only a flyer.</p>"
    + source_html(Source.COMMON_PRACTICE)
)
LEVEL_HINTS: dict[GapLevel, str] = {
    "membership": (
        "Sectors with no one whose roster status is 'member'. The starter packet holds a "
        "letter of invitation to each of them."
    ),
    "leadership": (
        "Sectors with no seat among the chair, the coordinator and the subcommittee chairs."
    ),
    "subcommittees": "Sectors with no one sitting on any subcommittee.",
}
NO_GAPS: dict[GapLevel, str] = {
    "membership": "Every recommended sector has a member. Well done.",
    "leadership": "Every recommended sector has a voice in leadership.",
    "subcommittees": "Every recommended sector sits on a subcommittee.",
}
OVERVIEW_HINT = (
    "Often-missing voices are marked ★. Leadership means the chair, the coordinator and "
    "each subcommittee chair. The chair counts for the sector of their roster entry, or "
    "else of their organization. The coordinator counts for their organization's sector."
)
LETTERS = (
    "Your starter packet holds a letter of invitation to each sector with no member yet, "
    "written for that sector. The letters are in the folder named “Invitation letters”. "
    "The packet also holds this outreach plan, as a file named “Outreach plan”. Print or adapt the "
    "letter for the sector you are reaching out to."
)
STATUSES: tuple[tuple[OutreachStatus, str], ...] = (
    ("planned", "Planned"),
    ("contacted", "Contacted"),
    ("joined", "Joined"),
    ("declined", "Declined"),
)
HAS_VOICE = "Has a voice here now. Keep this plan for your records, or remove it."
NOT_PLANNED = "Not planned yet"
OTHERS = "Also without a voice here: {names}. Plan for one of them if it matters to you."
STAR = "★ "
DEFAULT_DAYS_AHEAD = 30
ROW_STYLE = "QFrame#outreachRow { border-top: 1px solid #d5dce4; }"
YES_STYLE = "color: #1d5b2c;"
GAP_STYLE = "color: #a4262c;"


@dataclass
class OthersBar:
    """Below a leadership or subcommittee section: the remaining gaps, and a way to plan
    for one of them."""

    label: QLabel
    combo: QComboBox
    button: QPushButton
    widget: QWidget


@dataclass
class PlanRow:
    """One gap's widgets; ``plan_id`` is None until the user first fills something in."""

    sector_id: str
    level: GapLevel
    plan_id: str | None
    frame: QFrame
    who_edit: QLineEdit
    to_whom_edit: QLineEdit
    date_check: QCheckBox
    date_edit: QDateEdit
    status_combo: QComboBox
    remove_button: QPushButton | None


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class MissingVoicesPage(StepPage):
    step_id = "missing_voices"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("missing_voices.ui", self)
        child(form, QLabel, "introLabel").setText(INTRO)
        self.scroll_area = child(form, QScrollArea, "scrollArea")
        self.summary = child(form, QLabel, "summaryLabel")
        self.overview_host = child(form, QWidget, "overviewHost")
        overview_hint = child(form, QLabel, "overviewHintLabel")
        overview_hint.setText(OVERVIEW_HINT)
        overview_hint.setStyleSheet(HINT_STYLE)
        self.overview_cells: dict[tuple[str, GapLevel], QLabel] = {}
        self._build_overview()
        self.hosts: dict[GapLevel, QWidget] = {}
        self.layouts: dict[GapLevel, QVBoxLayout] = {}
        self.empty_labels: dict[GapLevel, QLabel] = {}
        for level in gaps.LEVELS:
            hint = child(form, QLabel, f"{level}HintLabel")
            hint.setText(LEVEL_HINTS[level])
            hint.setWordWrap(True)
            hint.setStyleSheet(HINT_STYLE)
            host = child(form, QWidget, f"{level}Host")
            layout = QVBoxLayout(host)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(2)
            empty = QLabel(host)
            layout.addWidget(empty)
            self.hosts[level], self.layouts[level], self.empty_labels[level] = host, layout, empty
        self.others: dict[GapLevel, OthersBar] = {
            level: self._build_others(child(form, QGroupBox, f"{level}Box"), level)
            for level in ("leadership", "subcommittees")
        }
        child(form, QLabel, "lettersLabel").setText(LETTERS)
        self.export_button = child(form, QPushButton, "exportButton")
        self.export_button.clicked.connect(lambda: self.go_to_step.emit(EXPORT_STEP_ID))
        self.people_model = QStringListModel(self)
        self.completer = QCompleter(self.people_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.rows: list[PlanRow] = []

    # ----- building -------------------------------------------------------------------

    def _build_overview(self) -> None:
        """A small table of labels: one line per sector, one column per level."""
        grid = QGridLayout(self.overview_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(len(gaps.LEVELS) + 1, 1)  # spare width after the table
        for column, level in enumerate(gaps.LEVELS, start=1):
            # On two lines, each header as narrow as its longest word, so the table
            # fits beside the guidance in a 1180 px window.
            first, last = gaps.LEVEL_TITLES[level].rsplit(" ", 1)
            header = QLabel(f"<b>{first}<br>{last}</b>", self.overview_host)
            header.setAccessibleName(gaps.LEVEL_TITLES[level])
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignBottom)
        for row, sector in enumerate(reference.sectors(), start=1):
            name = QLabel((STAR if sector.highlight else "") + sector.name, self.overview_host)
            grid.addWidget(name, row, 0)
            for column, level in enumerate(gaps.LEVELS, start=1):
                cell = QLabel(self.overview_host)
                grid.addWidget(cell, row, column)
                self.overview_cells[(sector.id, level)] = cell

    def _build_others(self, box: QGroupBox, level: GapLevel) -> OthersBar:
        widget = QWidget(box)
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 6, 0, 0)
        label = QLabel(widget)
        label.setWordWrap(True)
        label.setStyleSheet(HINT_STYLE)
        layout.addWidget(label)
        line = QHBoxLayout()
        caption = QLabel("Plan for", widget)
        combo = QComboBox(widget)
        combo.setAccessibleName(f"Another sector to plan for, {gaps.LEVEL_TITLES[level].lower()}")
        caption.setBuddy(combo)
        button = QPushButton("Add a plan", widget)
        button.setAccessibleName(f"Add a plan for that sector, {gaps.LEVEL_TITLES[level].lower()}")
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False, lv=level: self._add_other(lv))
        line.addWidget(caption)
        line.addWidget(combo)
        line.addWidget(button)
        line.addStretch(1)
        layout.addLayout(line)
        box_layout = box.layout()
        if box_layout is not None:
            box_layout.addWidget(widget)
        return OthersBar(label, combo, button, widget)

    def _make_row(self, item: gaps.OutreachRow, plan: OutreachPlan | None) -> PlanRow:
        host = self.hosts[item.level]
        frame = QFrame(host)
        frame.setObjectName("outreachRow")
        frame.setStyleSheet(ROW_STYLE)
        grid = QGridLayout(frame)
        grid.setContentsMargins(0, 6, 0, 6)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        spoken = f"{item.sector.name}, {gaps.LEVEL_TITLES[item.level].lower()}"
        title = QLabel(frame)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setText((STAR if item.sector.highlight else "") + item.sector.name)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        grid.addWidget(title, 0, 0, 1, 4)

        status_combo = QComboBox(frame)
        status_combo.setPlaceholderText(NOT_PLANNED)
        for status, text in STATUSES:
            status_combo.addItem(text, status)
        status_combo.setAccessibleName(f"{spoken}: status")
        status_label = QLabel("Status", frame)
        status_label.setBuddy(status_combo)
        grid.addWidget(status_label, 0, 4, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(status_combo, 0, 5)

        who_edit = self._line_edit(frame, f"{spoken}: who reaches out", "Who reaches out")
        who_edit.setCompleter(self.completer)
        keep_placeholder_whole(who_edit)  # its label says only "Who": "Who reaches out"
        to_whom_edit = self._line_edit(frame, f"{spoken}: to whom", "A person or an office")
        date_check = QCheckBox("By", frame)
        date_check.setAccessibleName(f"{spoken}: has a date to reach out by")
        date_edit = DateBox(frame)
        date_edit.setCalendarPopup(True)
        date_edit.setDisplayFormat("MMM d, yyyy")
        date_edit.setAccessibleName(f"{spoken}: reach out by")
        for column, (text, field) in enumerate(
            (("Who", who_edit), ("To whom", to_whom_edit)), start=0
        ):
            label = QLabel(text, frame)
            label.setBuddy(field)
            grid.addWidget(label, 1, column * 2)
        grid.addWidget(who_edit, 1, 1)
        grid.addWidget(to_whom_edit, 1, 3, 1, 3)  # out to the right edge: room for its hint
        # The date on a line of its own, under the status: on one line with both boxes,
        # the row was wider than the page beside the guidance.
        grid.addWidget(date_check, 2, 4, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(date_edit, 2, 5)

        remove_button = None
        if not item.is_gap:
            note = QLabel(frame)
            set_note(note, HAS_VOICE)
            grid.addWidget(note, 3, 0, 1, 5)
            remove_button = QPushButton("Remove", frame)
            remove_button.setAccessibleName(f"Remove the plan for {spoken}")
            remove_button.setAutoDefault(False)
            grid.addWidget(remove_button, 3, 5)

        row = PlanRow(
            item.sector.id,
            item.level,
            item.plan_id,
            frame,
            who_edit,
            to_whom_edit,
            date_check,
            date_edit,
            status_combo,
            remove_button,
        )
        self._fill_row(row, plan)
        who_edit.textEdited.connect(lambda text, r=row: self._who_edited(r, text))
        to_whom_edit.textEdited.connect(lambda text, r=row: self._to_whom_edited(r, text))
        date_check.clicked.connect(lambda _checked, r=row: self._date_edited(r))
        date_edit.dateChanged.connect(lambda _day, r=row: self._date_edited(r))
        status_combo.activated.connect(lambda index, r=row: self._status_chosen(r, index))
        if remove_button is not None:
            remove_button.clicked.connect(lambda _c=False, r=row: self._remove_clicked(r))
        self.layouts[item.level].addWidget(frame)
        frame.show()  # else, built while the page is hidden, the layout sizes it as empty
        return row

    @staticmethod
    def _line_edit(frame: QFrame, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(frame)
        edit.setMaxLength(200)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _fill_row(self, row: PlanRow, plan: OutreachPlan | None) -> None:
        with self.loading():
            for edit, text in (
                (row.who_edit, plan.who_reaches_out if plan else ""),
                (row.to_whom_edit, plan.reach_out_to if plan else ""),
            ):
                edit.setText(text)
                edit.setCursorPosition(0)  # a long answer shows its beginning
            due = plan.due_on if plan else None
            row.date_check.setChecked(due is not None)
            row.date_edit.setEnabled(due is not None)
            row.date_edit.setDate(to_qdate(due or self._default_due()))
            index = row.status_combo.findData(plan.status) if plan else -1
            row.status_combo.setCurrentIndex(index)  # -1 shows 'Not planned yet'

    @staticmethod
    def _default_due() -> date:
        return clock.today() + timedelta(days=DEFAULT_DAYS_AHEAD)

    # ----- showing --------------------------------------------------------------------

    def show_project(self) -> None:
        analysis = gaps.analyse(self.project)
        self._show_summary(analysis)
        self._show_overview(analysis)
        self.people_model.setStringList(self._people())
        self._rebuild(analysis)

    def _people(self) -> list[str]:
        """Names the 'who reaches out' boxes offer: the leaders, then the members."""
        project = self.project
        names = [project.coordinator.contact.name, project.chair.contact.name]
        names += [m.name for m in project.members if m.status == "member"]
        unique = dict.fromkeys(name.strip() for name in names if name.strip())
        return list(unique)

    def _show_summary(self, analysis: gaps.GapAnalysis) -> None:
        counts = [analysis.count(level) for level in gaps.LEVELS]
        text = (
            f"Gaps: {counts[0]} on the roster, {counts[1]} in leadership, "
            f"{counts[2]} on subcommittees."
        )
        quiet = [s.name for s in analysis.without_influence()]
        if quiet:
            verb = "is" if len(quiet) == 1 else "are"
            text += (
                f" {_listed(quiet)} {verb} on the roster but without a say in leadership or on a "
                "subcommittee."
            )
        set_note(self.summary, text)

    def _show_overview(self, analysis: gaps.GapAnalysis) -> None:
        for voice in analysis.voices:
            for level in gaps.LEVELS:
                cell = self.overview_cells[(voice.sector.id, level)]
                has_voice = voice.has_voice(level)
                cell.setText("Yes" if has_voice else "Missing")
                cell.setStyleSheet(YES_STYLE if has_voice else GAP_STYLE)
                state = "has a voice" if has_voice else "missing"
                cell.setAccessibleName(
                    f"{voice.sector.name}, {gaps.LEVEL_TITLES[level].lower()}: {state}"
                )

    def _rebuild(self, analysis: gaps.GapAnalysis) -> None:
        for row in self.rows:
            row.frame.hide()
            self.layouts[row.level].removeWidget(row.frame)
            row.frame.deleteLater()
        self.rows = []
        plans = {plan.id: plan for plan in self.project.outreach}
        with self.loading():
            for level in gaps.LEVELS:
                items = gaps.outreach_rows(self.project, level, analysis)
                for item in items:
                    plan = plans.get(item.plan_id) if item.plan_id else None
                    self.rows.append(self._make_row(item, plan))
                empty = self.empty_labels[level]
                empty.setStyleSheet(NOTE_STYLE)
                empty.setText(NO_GAPS[level])
                empty.setVisible(not items and not analysis.gaps(level))
                if level in self.others:
                    self._show_others(level, gaps.other_gaps(self.project, level, analysis))
        self._set_tab_order()

    def _show_others(self, level: GapLevel, sectors: list[reference.Sector]) -> None:
        bar = self.others[level]
        bar.widget.setVisible(bool(sectors))
        names = [s.name for s in sectors]
        bar.label.setText(OTHERS.format(names=_listed(names)) if names else "")
        bar.combo.clear()
        for sector in sectors:
            bar.combo.addItem(sector.name, sector.id)

    def _set_tab_order(self) -> None:
        """Level by level: each plan's fields in reading order, then the section's
        'plan for another sector' choice, and last the way on to the packet."""
        chain: list[QWidget] = []
        for level in gaps.LEVELS:
            for row in (r for r in self.rows if r.level == level):
                chain += [row.status_combo, row.who_edit, row.to_whom_edit]
                chain += [row.date_check, row.date_edit]
                if row.remove_button is not None:
                    chain.append(row.remove_button)
            if level in self.others:
                chain += [self.others[level].combo, self.others[level].button]
        chain.append(self.export_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ----- finding what a row shows ---------------------------------------------------

    def _stored(self, row: PlanRow) -> OutreachPlan | None:
        return next((p for p in self.project.outreach if p.id == row.plan_id), None)

    def _plan(self, row: PlanRow) -> OutreachPlan:
        """The row's stored plan; a gap's plan is stored on its first edit."""
        plan = self._stored(row)
        if plan is None:
            plan = gaps.add_plan(self.project, row.sector_id, row.level)
            row.plan_id = plan.id
        return plan

    # ----- user edits -----------------------------------------------------------------

    def _who_edited(self, row: PlanRow, text: str) -> None:
        self._plan(row).who_reaches_out = text
        self.edited()

    def _to_whom_edited(self, row: PlanRow, text: str) -> None:
        self._plan(row).reach_out_to = text
        self.edited()

    def _date_edited(self, row: PlanRow) -> None:
        if self.is_loading:
            return
        dated = row.date_check.isChecked()
        row.date_edit.setEnabled(dated)
        day = row.date_edit.date()
        self._plan(row).due_on = from_qdate(day) if dated else None
        self.edited()

    def _status_chosen(self, row: PlanRow, index: int) -> None:
        status: OutreachStatus = row.status_combo.itemData(index)
        self._plan(row).status = status
        self.edited()

    def _add_other(self, level: GapLevel) -> None:
        """Give one more gap a row of its own, by storing an empty plan for it."""
        combo = self.others[level].combo
        sector_id = combo.currentData()
        if sector_id is None:
            return
        plan = gaps.add_plan(self.project, sector_id, level)
        self._rebuild(gaps.analyse(self.project))
        self.edited()
        row = next(r for r in self.rows if r.plan_id == plan.id)
        self.scroll_area.ensureWidgetVisible(row.frame)
        row.who_edit.setFocus()

    def _remove_clicked(self, row: PlanRow) -> None:
        if row.plan_id is None or not gaps.remove_plan(self.project, row.plan_id):
            return
        self._rebuild(gaps.analyse(self.project))
        self.edited()
        self.export_button.setFocus()
