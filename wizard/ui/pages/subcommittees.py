"""Phase 2, step 2: subcommittees. The two ready-made ones (demand reduction and
education) are offered with one click; the user can add their own, and gives
each a charge, a chair, members and a meeting rhythm. Each shows which sectors
sit on it and which of the often-missing voices do not (a seat on the roster is
not a voice in the work).

Rules (what is offered, who can sit, the chair's seat) live in
:mod:`wizard.model.subcommittees`; sectors come from :mod:`wizard.model.gaps`.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.model import gaps, reference, subcommittees
from wizard.model.project import Member, Subcommittee
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import Source, source_html
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.problem import HINT_STYLE, set_note, set_problem

INTRO = (
    "<p>Subcommittees do much of the detailed work between full meetings, and report back "
    "to everyone.</p>" + source_html(Source.COMMON_PRACTICE) + "<p>The research names two: "
    "one on <b>demand reduction</b> and one on <b>education</b>, and any others your "
    "community needs.</p>" + source_html(Source.RESEARCH) + "<p>Add the two below with one "
    "click. Change their words to suit you, and add your own.</p>"
    "<p>For each one, give a charge (what it is asked to do), a chair, its members and "
    "how often it meets. The sectors that sit on it show underneath. So you can see who "
    "has a say in the work, not only who is on the roster.</p>"
)
ALL_ADDED = "Both ready-made subcommittees are on your list."
NO_NAME = "Give this subcommittee a name."
NO_CHAIR = "No chair yet"
CHARGE_LINES = 4
MEMBER_ROWS = 6
CHIP_STYLE = "background-color:#e3ecf7; color:#1f3a5f;"
ROW_STYLE = "QFrame#subcommitteeRow { border: 1px solid #b8c4d2; border-radius: 4px; }"
STATUS_WORDS = {"invited": "invited", "prospect": "not yet invited", "left": "has left"}


def _person_label(member: Member) -> str:
    """'Grace Lin, Public health' (and a word when they have not joined)."""
    label = member.name.strip() or "(no name)"
    if member.sector is not None:
        label += f", {reference.sector_by_id(member.sector).name}"
    if member.status in STATUS_WORDS:
        label += f" ({STATUS_WORDS[member.status]})"
    return label


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _lines_tall(edit: QPlainTextEdit, lines: int) -> None:
    margins = 2 * (edit.document().documentMargin() + edit.frameWidth())
    edit.setFixedHeight(int(lines * edit.fontMetrics().lineSpacing() + margins) + 2)


@dataclass
class CommitteeRow:
    """The widgets of one subcommittee and its id (the page never keeps a copy)."""

    committee_id: str
    frame: QFrame
    name_edit: QLineEdit
    name_problem: QLabel
    charge_edit: QPlainTextEdit
    chair_combo: QComboBox
    meets_edit: QLineEdit
    members_list: QListWidget
    sectors_label: QLabel
    missing_label: QLabel
    remove_button: QPushButton


class SubcommitteesPage(StepPage):
    step_id = "subcommittees"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("subcommittees.ui", self)
        child(form, QLabel, "introLabel").setText(INTRO)
        self.scroll_area = child(form, QScrollArea, "scrollArea")
        self.suggestions_host = child(form, QWidget, "suggestionsHost")
        self.suggestions_note = child(form, QLabel, "suggestionsNoteLabel")
        self.summary = child(form, QLabel, "summaryLabel")
        self.rows_host = child(form, QWidget, "rowsHost")
        self.rows_layout = QVBoxLayout(self.rows_host)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(10)
        self.add_button = child(form, QPushButton, "addButton")
        self.add_button.clicked.connect(self._add_own_clicked)
        self.suggestion_buttons: dict[str, QPushButton] = {}
        self.suggestion_summaries: dict[str, QLabel] = {}
        self._build_suggestions()
        self.rows: list[CommitteeRow] = []

    # ----- building -------------------------------------------------------------------

    def _build_suggestions(self) -> None:
        grid = QGridLayout(self.suggestions_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        for row, suggestion in enumerate(reference.suggested_subcommittees()):
            button = QPushButton(f"Add “{suggestion.name}”", self.suggestions_host)
            button.setObjectName(f"suggest_{suggestion.key}")
            button.setAccessibleName(f"Add the {suggestion.name} subcommittee")
            button.setToolTip(suggestion.charge)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, key=suggestion.key: self._suggested(key))
            summary = QLabel(suggestion.summary, self.suggestions_host)
            summary.setWordWrap(True)
            summary.setStyleSheet(HINT_STYLE)
            grid.addWidget(button, row, 0)
            grid.addWidget(summary, row, 1)
            self.suggestion_buttons[suggestion.key] = button
            self.suggestion_summaries[suggestion.key] = summary

    def _make_row(self, committee: Subcommittee, number: int) -> CommitteeRow:
        frame = QFrame(self.rows_host)
        frame.setObjectName("subcommitteeRow")
        frame.setStyleSheet(ROW_STYLE)
        grid = QGridLayout(frame)
        grid.setColumnStretch(1, 1)
        spoken = f"Subcommittee {number}"
        title = QLabel(f"<b>{spoken}</b>", frame)
        grid.addWidget(title, 0, 0, 1, 2)
        remove_button = QPushButton("Remove", frame)
        remove_button.setAccessibleName(f"Remove {spoken}")
        remove_button.setAutoDefault(False)
        grid.addWidget(remove_button, 0, 2, Qt.AlignmentFlag.AlignRight)

        name_edit = QLineEdit(committee.name, frame)
        name_edit.setMaxLength(200)
        self._labelled(grid, 1, "Name", name_edit, f"{spoken}: name")
        name_problem = QLabel(frame)
        grid.addWidget(name_problem, 2, 1, 1, 2)
        charge_edit = QPlainTextEdit(committee.charge, frame)
        charge_edit.setTabChangesFocus(True)
        charge_edit.setPlaceholderText("What the task force asks this subcommittee to do")
        _lines_tall(charge_edit, CHARGE_LINES)
        self._labelled(grid, 3, "Charge", charge_edit, f"{spoken}: charge")
        chair_combo = QComboBox(frame)
        chair_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        chair_combo.setMinimumContentsLength(20)
        self._labelled(grid, 4, "Chair", chair_combo, f"{spoken}: chair")
        meets_edit = QLineEdit(committee.meets, frame)
        meets_edit.setMaxLength(200)
        meets_edit.setPlaceholderText("For example: monthly, or every other month")
        self._labelled(grid, 5, "Meets", meets_edit, f"{spoken}: how often it meets")
        members_list = QListWidget(frame)
        self._labelled(grid, 6, "Members", members_list, f"{spoken}: members (tick to seat)")
        sectors_label = QLabel(frame)
        sectors_label.setWordWrap(True)
        sectors_label.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(sectors_label, 7, 1, 1, 2)
        missing_label = QLabel(frame)
        grid.addWidget(missing_label, 8, 1, 1, 2)

        row = CommitteeRow(
            committee.id,
            frame,
            name_edit,
            name_problem,
            charge_edit,
            chair_combo,
            meets_edit,
            members_list,
            sectors_label,
            missing_label,
            remove_button,
        )
        self._fill_people(row, committee)
        name_edit.textEdited.connect(lambda text, r=row: self._name_edited(r, text))
        charge_edit.textChanged.connect(lambda r=row: self._charge_changed(r))
        chair_combo.activated.connect(lambda index, r=row: self._chair_chosen(r, index))
        meets_edit.textEdited.connect(lambda text, r=row: self._meets_edited(r, text))
        members_list.itemChanged.connect(lambda item, r=row: self._seat_changed(r, item))
        remove_button.clicked.connect(lambda _c=False, r=row: self._remove_clicked(r))
        self.rows_layout.addWidget(frame)
        frame.show()  # else, built while the page is hidden, the layout sizes it as empty
        return row

    @staticmethod
    def _labelled(grid: QGridLayout, row: int, text: str, field: QWidget, name: str) -> None:
        label = QLabel(text, field.parentWidget())
        label.setBuddy(field)
        field.setAccessibleName(name)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(field, row, 1, 1, 2)

    def _fill_people(self, row: CommitteeRow, committee: Subcommittee) -> None:
        """The chair choice and the member check list, from the roster."""
        people = subcommittees.seat_candidates(self.project, committee)
        with self.loading():
            row.chair_combo.clear()
            row.chair_combo.addItem(NO_CHAIR, None)
            for member in people:
                row.chair_combo.addItem(_person_label(member), member.id)
            chair = committee.chair_member_id
            row.chair_combo.setCurrentIndex(max(0, row.chair_combo.findData(chair)))
            row.members_list.clear()
            for member in people:
                is_chair = member.id == committee.chair_member_id
                label = _person_label(member) + (" (chair)" if is_chair else "")
                item = QListWidgetItem(label, row.members_list)
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                if is_chair:  # the chair's seat comes with the chair, not with a tick
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                seated = subcommittees.sits_on(committee, member.id)
                item.setCheckState(Qt.CheckState.Checked if seated else Qt.CheckState.Unchecked)
            if not people:
                empty = QListWidgetItem("No one on the roster yet", row.members_list)
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self._fit_list(row.members_list)

    @staticmethod
    def _fit_list(members_list: QListWidget) -> None:
        """Tall enough for the whole list up to MEMBER_ROWS people, whole rows only;
        a longer roster scrolls inside the list."""
        rows = min(max(members_list.count(), 1), MEMBER_ROWS)
        row_height = members_list.sizeHintForRow(0) if members_list.count() else 20
        members_list.setFixedHeight(rows * row_height + 2 * members_list.frameWidth())

    # ----- showing --------------------------------------------------------------------

    def show_project(self) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        for row in self.rows:
            row.frame.hide()
            self.rows_layout.removeWidget(row.frame)
            row.frame.deleteLater()
        self.rows = []
        with self.loading():
            for number, committee in enumerate(self.project.subcommittees, start=1):
                self.rows.append(self._make_row(committee, number))
        self._show_suggestions()
        self._set_tab_order()
        self._show_state()

    def _show_suggestions(self) -> None:
        offered = {s.key for s in subcommittees.offered_suggestions(self.project)}
        for key, button in self.suggestion_buttons.items():
            button.setVisible(key in offered)
            self.suggestion_summaries[key].setVisible(key in offered)
        set_note(self.suggestions_note, "" if offered else ALL_ADDED)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = list(self.suggestion_buttons.values())
        for row in self.rows:
            chain += [
                row.remove_button,
                row.name_edit,
                row.charge_edit,
                row.chair_combo,
                row.meets_edit,
                row.members_list,
            ]
        chain.append(self.add_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_state(self) -> None:
        count = len(self.project.subcommittees)
        if count:
            text = f"{count} subcommittee{'' if count == 1 else 's'}. They go into the charter."
        else:
            text = "No subcommittees yet."
        set_note(self.summary, text)
        for row in self.rows:
            self._show_row_state(row)

    def _show_row_state(self, row: CommitteeRow) -> None:
        committee = self._committee(row)
        set_problem(row.name_problem, "" if committee.name.strip() else NO_NAME)
        sectors = gaps.committee_sectors(self.project, committee)
        if sectors:
            chips = " ".join(
                f'<span style="{CHIP_STYLE}">&nbsp;{html.escape(s.name)}&nbsp;</span>'
                for s in sectors
            )
            row.sectors_label.setText(f"Sectors on it:&nbsp; {chips}")
            spoken = "Sectors on it: " + ", ".join(s.name for s in sectors)
        else:
            row.sectors_label.setText("No one sits on it yet.")
            spoken = "No one sits on it yet."
        row.sectors_label.setAccessibleName(spoken)
        absent = [s.name for s in gaps.committee_missing_highlighted(self.project, committee)]
        note = f"Often-missing voices not on it yet: {_listed(absent)}." if absent else ""
        set_note(row.missing_label, note)

    # ----- finding what a row shows ---------------------------------------------------

    def _committee(self, row: CommitteeRow) -> Subcommittee:
        for committee in self.project.subcommittees:
            if committee.id == row.committee_id:
                return committee
        raise LookupError(f"subcommittee {row.committee_id} is no longer in the project")

    # ----- user edits -----------------------------------------------------------------

    def _suggested(self, key: str) -> None:
        committee = subcommittees.add_suggested(self.project, key)
        self._added(committee)

    def _add_own_clicked(self) -> None:
        self._added(subcommittees.add_own(self.project))

    def _added(self, committee: Subcommittee) -> None:
        self._rebuild()
        self.edited()
        row = next(r for r in self.rows if r.committee_id == committee.id)
        self.scroll_area.ensureWidgetVisible(row.frame)
        row.name_edit.setFocus()

    def _remove_clicked(self, row: CommitteeRow) -> None:
        if not subcommittees.remove(self.project, row.committee_id):
            return
        self._rebuild()
        self.edited()
        self.add_button.setFocus()

    def _name_edited(self, row: CommitteeRow, text: str) -> None:
        self._committee(row).name = text
        self._show_suggestions()
        self._show_row_state(row)
        self.edited()

    def _charge_changed(self, row: CommitteeRow) -> None:
        if self.is_loading:
            return
        self._committee(row).charge = row.charge_edit.toPlainText()
        self.edited()

    def _meets_edited(self, row: CommitteeRow, text: str) -> None:
        self._committee(row).meets = text
        self.edited()

    def _chair_chosen(self, row: CommitteeRow, index: int) -> None:
        committee = self._committee(row)
        member_id = row.chair_combo.itemData(index)
        if member_id == committee.chair_member_id:
            return
        subcommittees.set_chair(committee, member_id)
        self._fill_people(row, committee)
        self._show_row_state(row)
        self.edited()

    def _seat_changed(self, row: CommitteeRow, item: QListWidgetItem) -> None:
        if self.is_loading:
            return
        member_id = item.data(Qt.ItemDataRole.UserRole)
        seated = item.checkState() == Qt.CheckState.Checked
        subcommittees.set_seated(self._committee(row), member_id, seated)
        self._show_row_state(row)
        self.edited()
