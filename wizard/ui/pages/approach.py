"""Step 5: commitments that make the task force victim-centered and trauma-informed.

The user ticks suggested commitments, rewords them, and adds their own; the
chosen ones go into the charter. Which rows exist, and in what order, is worked
out by :mod:`wizard.model.commitments`; this page only shows the rows and writes
the user's edits back into ``project.principles``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.model.commitments import CommitmentRow, add_own, adopt, commitment_rows, remove_own
from wizard.model.project import Principle
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import Source, source_html
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.problem import set_note, set_problem

EXPLANATION = (
    "<p><b>Victim-centered</b> means the young person's safety and wishes guide every "
    "decision, rather than what is easiest for an agency. <b>Trauma-informed</b> means "
    "expecting that a young person has been hurt, and making sure nothing the task force "
    "does hurts them again.</p>" + source_html(Source.COMMON_PRACTICE) + "<p>The research asks "
    "every task force to work this way.</p>" + source_html(Source.RESEARCH) + ""
    "<p>The commitments below put those ideas into practice. Tick the ones your task "
    "force will keep, change the words to suit you, and add your own. The ones you tick "
    "go into the charter.</p>"
)
OWN_TITLE = "Your own commitment"
CHOSEN_STYLE = (
    "QFrame#commitmentRow { background: #eef5ef; border: 1px solid #8fb596; border-radius: 4px; }"
)
"""Chosen rows are tinted, so the list can be scanned for what goes into the charter."""
LINES = 3
NO_WORDS = "Write this commitment in a few words, or untick it."
NONE_CHOSEN = "Choose at least one commitment for the charter."


def _sentence_box(parent: QWidget) -> QPlainTextEdit:
    """A wrapping box three lines tall: a whole sentence shows without scrolling
    sideways, even on a narrow laptop screen (longer text scrolls down)."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # Tab moves on instead of typing a tab
    edit.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    margins = 2 * (edit.document().documentMargin() + edit.frameWidth())
    edit.setFixedHeight(int(LINES * edit.fontMetrics().lineSpacing() + margins) + 2)
    return edit


@dataclass
class RowWidgets:
    """The widgets of one commitment, and which commitment they show.

    ``key`` names a suggestion (stored or not yet); ``principle_id`` names one of the
    user's own. The page looks the principle up each time, never keeping a copy.
    """

    key: str | None
    principle_id: str | None
    frame: QFrame
    check: QCheckBox
    text_edit: QPlainTextEdit
    why_edit: QPlainTextEdit
    problem: QLabel
    remove_button: QPushButton | None


class ApproachPage(StepPage):
    step_id = "approach"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("approach.ui", self)
        child(form, QLabel, "explanationLabel").setText(EXPLANATION)
        self.scroll_area = child(form, QScrollArea, "scrollArea")
        self.summary = child(form, QLabel, "summaryLabel")
        self.summary_problem = child(form, QLabel, "summaryProblemLabel")
        self.rows_host = child(form, QWidget, "rowsHost")
        self.rows_layout = QVBoxLayout(self.rows_host)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(8)
        self.add_button = child(form, QPushButton, "addButton")
        self.add_button.clicked.connect(self._add_clicked)
        self.rows: list[RowWidgets] = []

    # ----- showing --------------------------------------------------------------------

    def show_project(self) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        for row in self.rows:
            row.frame.hide()
            self.rows_layout.removeWidget(row.frame)
            row.frame.deleteLater()
        self.rows = []
        own_number = 0
        with self.loading():
            for item in commitment_rows(self.project.principles):
                if item.suggestion is None:
                    own_number += 1
                self.rows.append(self._make_row(item, own_number))
        self._set_tab_order()
        self._show_problems()

    def _make_row(self, item: CommitmentRow, own_number: int) -> RowWidgets:
        frame = QFrame(self.rows_host)
        frame.setObjectName("commitmentRow")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setColumnStretch(1, 1)
        title = item.suggestion.title if item.suggestion else OWN_TITLE
        spoken = title if item.suggestion else f"{OWN_TITLE} {own_number}"
        check = QCheckBox(title, frame)
        check.setAccessibleName(f"Choose: {spoken}")
        check.setChecked(item.chosen)
        font = check.font()
        font.setBold(True)
        check.setFont(font)
        grid.addWidget(check, 0, 0, 1, 2)
        text_edit = self._text_edit(frame, grid, 1, "Commitment", f"Commitment: {spoken}")
        text_edit.setPlainText(item.text)
        text_edit.setPlaceholderText("What your task force commits to, in one sentence")
        why_edit = self._text_edit(frame, grid, 2, "Why it matters", f"Why it matters: {spoken}")
        why_edit.setPlainText(item.why)
        why_edit.setPlaceholderText("One plain sentence on why it matters")
        problem = QLabel(frame)
        grid.addWidget(problem, 3, 1, 1, 2)
        remove_button = None
        if item.removable:
            remove_button = QPushButton("Remove", frame)
            remove_button.setAccessibleName(f"Remove {spoken}")
            remove_button.setAutoDefault(False)
            grid.addWidget(remove_button, 0, 2)
        row = RowWidgets(
            key=item.key,
            principle_id=item.principle.id if item.principle and not item.key else None,
            frame=frame,
            check=check,
            text_edit=text_edit,
            why_edit=why_edit,
            problem=problem,
            remove_button=remove_button,
        )
        check.clicked.connect(lambda checked, r=row: self._chosen_clicked(r, checked))
        text_edit.textChanged.connect(lambda r=row: self._text_changed(r))
        why_edit.textChanged.connect(lambda r=row: self._why_changed(r))
        if remove_button is not None:
            remove_button.clicked.connect(lambda _checked=False, r=row: self._remove_clicked(r))
        self.rows_layout.addWidget(frame)
        frame.show()  # else, built while the page is hidden, the layout sizes it as empty
        return row

    @staticmethod
    def _text_edit(
        frame: QFrame, grid: QGridLayout, row: int, label: str, name: str
    ) -> QPlainTextEdit:
        """A labelled sentence box in the row's grid."""
        edit = _sentence_box(frame)
        edit.setAccessibleName(name)
        caption = QLabel(label, frame)
        caption.setBuddy(edit)
        caption.setContentsMargins(22, 0, 0, 0)  # in line with the check box's words
        grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(edit, row, 1, 1, 2)
        return edit

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.check, row.text_edit, row.why_edit]
            if row.remove_button is not None:
                chain.append(row.remove_button)
        chain.append(self.add_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_problems(self) -> None:
        principles = self.project.principles
        chosen = sum(1 for p in principles if p.chosen)
        if chosen:
            summary = f"{chosen} of {len(self.rows)} chosen. The ones you tick go into the charter."
        else:
            summary = "None chosen yet: tick the ones your task force will keep."
        set_note(self.summary, summary)
        set_problem(self.summary_problem, NONE_CHOSEN if principles and not chosen else "")
        for row in self.rows:
            principle = self._stored(row)
            chosen = principle is not None and principle.chosen
            blank = principle is not None and not principle.text.strip()
            row.frame.setStyleSheet(CHOSEN_STYLE if chosen else "")
            set_problem(row.problem, NO_WORDS if chosen and blank else "")

    # ----- finding what a row shows ---------------------------------------------------

    def _stored(self, row: RowWidgets) -> Principle | None:
        principles = self.project.principles
        if row.key is not None:
            return next((p for p in principles if p.builtin == row.key), None)
        return next((p for p in principles if p.id == row.principle_id), None)

    def _principle(self, row: RowWidgets) -> Principle:
        """The stored principle for the row; a suggestion is stored on its first edit."""
        if row.key is not None:
            return adopt(self.project.principles, row.key)
        principle = self._stored(row)
        if principle is None:
            raise LookupError(f"commitment {row.principle_id} is no longer in the project")
        return principle

    # ----- user edits -----------------------------------------------------------------

    def _chosen_clicked(self, row: RowWidgets, checked: bool) -> None:
        self._principle(row).chosen = checked
        self._show_problems()
        self.edited()

    def _text_changed(self, row: RowWidgets) -> None:
        if self.is_loading:
            return
        self._principle(row).text = row.text_edit.toPlainText()
        self._show_problems()
        self.edited()

    def _why_changed(self, row: RowWidgets) -> None:
        if self.is_loading:
            return
        self._principle(row).why = row.why_edit.toPlainText()
        self.edited()

    def _add_clicked(self) -> None:
        principle = add_own(self.project.principles)
        self._rebuild()
        self.edited()
        new_row = next(r for r in self.rows if r.principle_id == principle.id)
        self.scroll_area.ensureWidgetVisible(new_row.frame)
        new_row.text_edit.setFocus()

    def _remove_clicked(self, row: RowWidgets) -> None:
        if row.principle_id is None or not remove_own(self.project.principles, row.principle_id):
            return
        self._rebuild()
        self.edited()
        self.add_button.setFocus()
