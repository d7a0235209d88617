"""Step 4: the mission statement, the vision, and 3 to 7 goals with a way to tell each is met.

Drafting help never overwrites the user's own words: a draft or an example
goes straight into an empty statement (with an Undo), and next to a statement
that already has words it waits as a suggestion the user accepts or drops.
"""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.model import reference
from wizard.model.mission import (
    can_add_goal,
    draft_statement,
    goal_count_problem,
    goal_problem,
)
from wizard.model.progress import MAX_GOALS
from wizard.model.project import Goal
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import Source, source_html
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.problem import HINT_STYLE, set_note, set_problem

INTRO = (
    "<p>A mission says in a sentence or two why your task force exists. A common way to "
    "write one is to answer four questions, and to set three to seven goals.</p>"
    + source_html(Source.COMMON_PRACTICE)
    + "<p>Answer the four questions below and let the program put them together, or start "
    "from one of the examples. Then make the words your own.</p>"
)
"""The four questions and the number of goals are common practice, not the research's."""
_EXAMPLE_MNEMONICS = (
    "Start from this e&xample",
    "Start from this exa&mple",
    "Start from this examp&le",
)
"""Distinct letters so Alt+key reaches each example button (X, M, L are free here)."""


class GoalRow(QFrame):
    """One goal: its wording, how the task force will know it is met, and
    buttons to move or remove it. Rows are positional: row 1 always shows
    the first goal of the model, whatever goal that is after a reorder."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        number = index + 1
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"Goal {number}")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(4)
        # Digits are free as mnemonics on this page: Alt+1 ... Alt+7 reach each goal.
        self.text_label = QLabel(f"Goal &{number}", self)
        self.text_edit = QLineEdit(self)
        self.text_edit.setMaxLength(300)
        self.text_edit.setAccessibleName(f"Goal {number}")
        self.text_edit.setPlaceholderText("What you will do")
        self.text_label.setBuddy(self.text_edit)
        self.measure_label = QLabel("How we'll know it's met", self)
        self.measure_edit = QLineEdit(self)
        self.measure_edit.setMaxLength(300)
        self.measure_edit.setAccessibleName(f"How we'll know goal {number} is met")
        self.measure_edit.setPlaceholderText("For example: 9 in 10 members trained by June")
        self.measure_label.setBuddy(self.measure_edit)
        self.problem = QLabel(self)
        self.up_button = QPushButton("Move up", self)
        self.up_button.setAccessibleName(f"Move goal {number} up")
        self.down_button = QPushButton("Move down", self)
        self.down_button.setAccessibleName(f"Move goal {number} down")
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.setAccessibleName(f"Remove goal {number}")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        grid.addWidget(self.text_label, 0, 0)
        grid.addWidget(self.text_edit, 0, 1)
        grid.addWidget(self.measure_label, 1, 0)
        grid.addWidget(self.measure_edit, 1, 1)
        grid.addWidget(self.problem, 2, 1)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

    def focus_chain(self) -> list[QWidget]:
        return [
            self.text_edit,
            self.measure_edit,
            self.up_button,
            self.down_button,
            self.remove_button,
        ]

    def show_goal(self, goal: Goal, count: int) -> None:
        self.text_edit.setText(goal.text)
        self.measure_edit.setText(goal.measure)
        self.up_button.setEnabled(self.index > 0)
        self.down_button.setEnabled(self.index < count - 1)
        set_problem(self.problem, goal_problem(goal))


class MissionPage(StepPage):
    step_id = "mission"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("mission.ui", self)
        self.scroll_area = child(form, QScrollArea, "scrollArea")
        self.who_edit = child(form, QLineEdit, "whoEdit")
        self.what_edit = child(form, QLineEdit, "whatEdit")
        self.where_edit = child(form, QLineEdit, "whereEdit")
        self.how_edit = child(form, QLineEdit, "howEdit")
        child(form, QLabel, "howHintLabel").setStyleSheet(HINT_STYLE)
        child(form, QLabel, "goalsHintLabel").setStyleSheet(HINT_STYLE)
        child(form, QLabel, "introLabel").setText(INTRO)
        self.draft_button = child(form, QPushButton, "draftButton")
        self.draft_problem = child(form, QLabel, "draftProblemLabel")
        self.statement_edit = child(form, QPlainTextEdit, "statementEdit")
        self.statement_problem = child(form, QLabel, "statementProblemLabel")
        self.proposal_box = child(form, QFrame, "proposalBox")
        self.proposal_intro = child(form, QLabel, "proposalIntroLabel")
        self.proposal_label = child(form, QLabel, "proposalLabel")
        self.use_button = child(form, QPushButton, "useProposalButton")
        self.keep_button = child(form, QPushButton, "keepButton")
        self.undo_label = child(form, QLabel, "undoLabel")
        self.undo_button = child(form, QPushButton, "undoButton")
        self.vision_edit = child(form, QPlainTextEdit, "visionEdit")
        self.vision_problem = child(form, QLabel, "visionProblemLabel")
        self.goals_layout = child(form, QVBoxLayout, "goalsLayout")
        self.goals_container = child(form, QWidget, "goalsContainer")
        self.goals_problem = child(form, QLabel, "goalsProblemLabel")
        self.goals_note = child(form, QLabel, "goalsNoteLabel")
        self.add_goal_button = child(form, QPushButton, "addGoalButton")
        self.restore_goal_button = child(form, QPushButton, "restoreGoalButton")
        goals_label = child(form, QLabel, "goalsLabel")
        bold = goals_label.font()
        bold.setBold(True)
        goals_label.setFont(bold)
        self.example_buttons = self._build_examples(child(form, QGroupBox, "examplesBox"))
        self.goal_rows: list[GoalRow] = []
        self._pending: str | None = None
        """A suggested statement waiting next to the user's own words."""
        self._undo_text: str | None = None
        """The statement as it was before the last replacement."""
        self._removed: tuple[int, Goal] | None = None
        """The last goal removed, and where it was, for 'Put the removed goal back'."""
        self._connect()
        self._set_tab_order()
        self._show_offers()

    # ----- building -------------------------------------------------------------------

    def _build_examples(self, box: QGroupBox) -> list[QPushButton]:
        layout = child(box, QVBoxLayout, "examplesLayout")
        buttons = []
        for number, example in enumerate(reference.mission_examples()):
            kind = QLabel(f"<b>{html.escape(example.region_kind)}</b>", box)
            text = QLabel(example.statement, box)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(_EXAMPLE_MNEMONICS[number % len(_EXAMPLE_MNEMONICS)], box)
            button.setAccessibleName(f"Start from the example for {example.region_kind.lower()}")
            button.setAccessibleDescription(example.statement)
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _checked=False, s=example.statement: self._offer(s, "example")
            )
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            if number:
                layout.addSpacing(6)
            layout.addWidget(kind)
            layout.addWidget(text)
            layout.addLayout(row)
            buttons.append(button)
        return buttons

    def _connect(self) -> None:
        self.who_edit.textEdited.connect(lambda text: self._prompt_edited("who", text))
        self.what_edit.textEdited.connect(lambda text: self._prompt_edited("what", text))
        self.where_edit.textEdited.connect(lambda text: self._prompt_edited("where", text))
        self.how_edit.textEdited.connect(lambda text: self._prompt_edited("how", text))
        self.draft_button.clicked.connect(self._draft_clicked)
        self.statement_edit.textChanged.connect(self._statement_changed)
        self.vision_edit.textChanged.connect(self._vision_changed)
        self.use_button.clicked.connect(self._use_proposal)
        self.keep_button.clicked.connect(self._keep_mine)
        self.undo_button.clicked.connect(self._undo)
        self.add_goal_button.clicked.connect(self._add_goal)
        self.restore_goal_button.clicked.connect(self._restore_goal)

    def _set_tab_order(self) -> None:
        """Reading order: prompts, draft, examples, statement and its choices, vision,
        goals, add. Goal rows come and go, so their part is redone by _sync_rows."""
        chain: list[QWidget] = [self.draft_button, *self.example_buttons, self.statement_edit]
        chain += [self.use_button, self.keep_button, self.undo_button, self.vision_edit]
        for row in self.goal_rows:
            chain += row.focus_chain()
        chain += [self.add_goal_button, self.restore_goal_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    # ----- showing --------------------------------------------------------------------

    def show_project(self) -> None:
        mission = self.project.mission
        self.who_edit.setText(mission.prompts.who)
        self.what_edit.setText(mission.prompts.what)
        self.where_edit.setText(mission.prompts.where)
        self.how_edit.setText(mission.prompts.how)
        if self.statement_edit.toPlainText() != mission.statement:
            self.statement_edit.setPlainText(mission.statement)
        if self.vision_edit.toPlainText() != mission.vision:
            self.vision_edit.setPlainText(mission.vision)
        self._pending = self._undo_text = None
        self._removed = None
        self._show_offers()
        set_problem(self.draft_problem, "")
        self._show_goals()
        self._show_problems()

    def _show_offers(self) -> None:
        self.proposal_box.setVisible(self._pending is not None)
        self.undo_label.setVisible(self._undo_text is not None)
        self.undo_button.setVisible(self._undo_text is not None)
        self.restore_goal_button.setVisible(self._removed is not None)

    def _show_problems(self) -> None:
        mission = self.project.mission
        set_problem(
            self.statement_problem,
            "" if mission.statement.strip() else "A mission statement is still needed.",
        )
        set_problem(
            self.vision_problem,
            "" if mission.vision.strip() else "A vision statement is still needed.",
        )
        set_problem(self.goals_problem, goal_count_problem(mission.goals))
        can_add = can_add_goal(mission.goals)
        self.add_goal_button.setEnabled(can_add)
        set_note(
            self.goals_note,
            "" if can_add else f"{MAX_GOALS} goals is the most. To add another, remove one first.",
        )

    def _show_goals(self) -> None:
        goals = self.project.mission.goals
        with self.loading():
            self._sync_rows(len(goals))
            for row, goal in zip(self.goal_rows, goals, strict=True):
                row.show_goal(goal, len(goals))

    def _sync_rows(self, count: int) -> None:
        """As many rows as goals: add or drop rows at the end only."""
        changed = len(self.goal_rows) != count
        while len(self.goal_rows) > count:
            row = self.goal_rows.pop()
            self.goals_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        while len(self.goal_rows) < count:
            row = GoalRow(len(self.goal_rows), self.goals_container)
            row.text_edit.textEdited.connect(
                lambda text, r=row: self._goal_edited(r.index, text=text)
            )
            row.measure_edit.textEdited.connect(
                lambda text, r=row: self._goal_edited(r.index, measure=text)
            )
            row.up_button.clicked.connect(lambda _c=False, r=row: self._move_goal(r.index, -1))
            row.down_button.clicked.connect(lambda _c=False, r=row: self._move_goal(r.index, 1))
            row.remove_button.clicked.connect(lambda _c=False, r=row: self._remove_goal(r.index))
            self.goals_layout.addWidget(row)
            row.show()
            self.goal_rows.append(row)
        if changed:
            self._set_tab_order()

    # ----- prompts and drafting -------------------------------------------------------

    def _prompt_edited(self, field: str, text: str) -> None:
        setattr(self.project.mission.prompts, field, text)
        set_problem(self.draft_problem, "")
        self.edited()

    def _draft_clicked(self) -> None:
        draft = draft_statement(self.project.mission.prompts, self.project.region.counties)
        if not draft:
            set_problem(self.draft_problem, "Answer at least one of the questions above first.")
            self.who_edit.setFocus()
            return
        set_problem(self.draft_problem, "")
        self._offer(draft, "draft")

    def _offer(self, text: str, source: str) -> None:
        """Put ``text`` into an empty statement, or next to one that has words."""
        current = self.project.mission.statement
        if current.strip() == text.strip():
            return
        if not current.strip():
            note = (
                "Drafted from your answers: change any words you like."
                if source == "draft"
                else "Copied from the example: now make it fit your region."
            )
            self._replace_statement(text, note)
            self.statement_edit.setFocus()
            return
        self._pending = text
        self.proposal_label.setText(text)
        what = "draft from your answers" if source == "draft" else "example"
        self.proposal_intro.setText(
            f"You already have a statement, so this {what} has not replaced it. "
            "Use it instead, or keep what you wrote:"
        )
        self.use_button.setAccessibleDescription(text)
        self._show_offers()
        self.scroll_area.ensureWidgetVisible(self.proposal_box)
        self.use_button.setFocus()

    def _use_proposal(self) -> None:
        if self._pending is None:
            return
        text, self._pending = self._pending, None
        self._replace_statement(text, "Your earlier statement was replaced.")
        self.statement_edit.setFocus()

    def _keep_mine(self) -> None:
        self._pending = None
        self._show_offers()
        self.statement_edit.setFocus()

    def _replace_statement(self, text: str, note: str) -> None:
        self._undo_text = self.project.mission.statement
        self.project.mission.statement = text
        with self.loading():
            self.statement_edit.setPlainText(text)
        self.statement_edit.moveCursor(QTextCursor.MoveOperation.End)  # go on typing after it
        set_note(self.undo_label, note)
        self._show_offers()
        self._show_problems()
        self.edited()

    def _undo(self) -> None:
        if self._undo_text is None:
            return
        text, self._undo_text = self._undo_text, None
        self.project.mission.statement = text
        with self.loading():
            self.statement_edit.setPlainText(text)
        self.statement_edit.moveCursor(QTextCursor.MoveOperation.End)  # go on typing after it
        self._show_offers()
        self._show_problems()
        self.statement_edit.setFocus()
        self.edited()

    # ----- statement and vision -------------------------------------------------------

    def _statement_changed(self) -> None:
        if self.is_loading:
            return
        self.project.mission.statement = self.statement_edit.toPlainText()
        self._undo_text = None  # an Undo now would throw away what was just typed
        self._show_offers()
        self._show_problems()
        self.edited()

    def _vision_changed(self) -> None:
        if self.is_loading:
            return
        self.project.mission.vision = self.vision_edit.toPlainText()
        self._show_problems()
        self.edited()

    # ----- goals ----------------------------------------------------------------------

    def _goal_edited(
        self, index: int, *, text: str | None = None, measure: str | None = None
    ) -> None:
        goal = self.project.mission.goals[index]
        if text is not None:
            goal.text = text
        if measure is not None:
            goal.measure = measure
        set_problem(self.goal_rows[index].problem, goal_problem(goal))
        self._show_problems()
        self.edited()

    def _add_goal(self) -> None:
        goals = self.project.mission.goals
        if not can_add_goal(goals):
            return
        goals.append(Goal())
        self._after_goals_changed()
        self.goal_rows[-1].text_edit.setFocus()
        self.scroll_area.ensureWidgetVisible(self.goal_rows[-1])

    def _remove_goal(self, index: int) -> None:
        goals = self.project.mission.goals
        self._removed = (index, goals.pop(index))
        self._after_goals_changed()
        if self.goal_rows:
            self.goal_rows[min(index, len(self.goal_rows) - 1)].text_edit.setFocus()
        else:
            self.add_goal_button.setFocus()

    def _restore_goal(self) -> None:
        if self._removed is None:
            return
        goals = self.project.mission.goals
        index, goal = self._removed
        self._removed = None
        if not can_add_goal(goals):
            self._show_offers()
            return
        goals.insert(min(index, len(goals)), goal)
        self._after_goals_changed()
        self.goal_rows[min(index, len(goals) - 1)].text_edit.setFocus()

    def _move_goal(self, index: int, step: int) -> None:
        goals = self.project.mission.goals
        target = index + step
        if not 0 <= target < len(goals):
            return
        goals[index], goals[target] = goals[target], goals[index]
        self._after_goals_changed()
        row = self.goal_rows[target]
        button = row.up_button if step < 0 else row.down_button
        (button if button.isEnabled() else row.text_edit).setFocus()

    def _after_goals_changed(self) -> None:
        self._show_goals()
        self._show_offers()
        self._show_problems()
        self.edited()
