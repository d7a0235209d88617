"""The review pages' sections: one group box per step, and the list that holds them.

Both review pages (Phase 1 and Phase 2) draw :class:`wizard.model.review.ReviewSection`
data the same way: the step's state, what was entered, what is still missing,
and a real 'Edit' button. Plain labels and buttons, so keyboard and screen-reader
users get the same review as everyone else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.model.progress import StepState
from wizard.model.review import ReviewLine, ReviewSection
from wizard.ui.widgets.problem import HINT_STYLE, PROBLEM_STYLE

_STATE_STYLES = {
    StepState.DONE: "color: #1d5b2c; font-weight: bold;",
    StepState.IN_PROGRESS: "color: #8a5200; font-weight: bold;",
    StepState.NOT_STARTED: "color: #5b6573; font-weight: bold;",
}
_NOT_ENTERED_STYLE = HINT_STYLE + " font-style: italic;"


class ReviewSectionBox(QGroupBox):
    """One step: its state, what was entered, what is missing, and Edit."""

    def __init__(
        self, section: ReviewSection, parent: QWidget | None = None, name_width: int = 0
    ) -> None:
        super().__init__(section.title, parent)
        self._name_width = name_width
        self.step_id = section.step_id
        self.setAccessibleName(f"{section.title}: {section.state_label}")
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.state_label = QLabel(section.state_label, self)
        self.state_label.setStyleSheet(_STATE_STYLES[section.state])
        # One Edit per section: no Alt+E, which five or six buttons would share; Tab
        # reaches each, and its name says which step it opens.
        self.edit_button = QPushButton("Edit", self)
        self.edit_button.setAccessibleName(f"Edit {section.title}")
        self.edit_button.setToolTip(f"Go to the step “{section.title}” to change it")
        self.edit_button.setAutoDefault(False)
        header.addWidget(self.state_label)
        header.addStretch(1)
        header.addWidget(self.edit_button)
        layout.addLayout(header)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        self.value_labels: dict[str, QLabel] = {}
        self.name_labels: list[QLabel] = []
        for row, line in enumerate(section.lines):
            grid.addWidget(self._name_label(line), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._value_label(line), row, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(grid)
        self.missing_label = QLabel(self)
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(PROBLEM_STYLE)
        if section.missing:
            items = "\n".join(f"• {item}" for item in section.missing)
            self.missing_label.setText(f"Still missing:\n{items}")
            self.missing_label.setAccessibleName("Still missing: " + "; ".join(section.missing))
        self.missing_label.setVisible(bool(section.missing))
        layout.addWidget(self.missing_label)

    def _name_label(self, line: ReviewLine) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a name the user typed is never markup
        label.setText(line.label)
        label.setWordWrap(True)
        label.setFont(bold_font(label))
        if self._name_width:
            label.setFixedWidth(self._name_width)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.name_labels.append(label)
        return label

    def _value_label(self, line: ReviewLine) -> QLabel:
        value = QLabel(self)
        value.setTextFormat(Qt.TextFormat.PlainText)  # user text is never read as markup
        value.setText(line.value)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setAccessibleName(f"{line.label}: {line.value}")
        if not line.entered:
            value.setStyleSheet(_NOT_ENTERED_STYLE)
        if line.label not in self.value_labels:  # two lines may share a typed name
            self.value_labels[line.label] = value
        return value


NAME_COLUMN_MAX = 190
"""A long typed name (an organization, a training's title) wraps instead of
pushing the values off a laptop screen."""


def bold_font(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setBold(True)
    return font


def name_column_width(sections: Iterable[ReviewSection], widget: QWidget) -> int:
    """One width for every name column, so the values line up from section to section:
    the longest name on one line, up to :data:`NAME_COLUMN_MAX`. Decided before the
    boxes are built, so each label's height is worked out for its final width."""
    metrics = QFontMetrics(bold_font(widget))
    widths = [metrics.horizontalAdvance(line.label) for s in sections for line in s.lines]
    return min(max(widths, default=0) + 4, NAME_COLUMN_MAX)


class ReviewSectionList:
    """The sections of one review page, rebuilt from the model each time it is shown."""

    def __init__(self, container: QWidget, layout: QVBoxLayout) -> None:
        self.container = container
        self.layout = layout
        self.boxes: dict[str, ReviewSectionBox] = {}

    @property
    def edit_buttons(self) -> dict[str, QPushButton]:
        return {step_id: box.edit_button for step_id, box in self.boxes.items()}

    def show(self, sections: Iterable[ReviewSection], on_edit: Callable[[str], None]) -> None:
        """Replace the boxes with one per section; Edit calls ``on_edit(step_id)``."""
        self.clear()
        sections = tuple(sections)
        width = name_column_width(sections, self.container)
        for section in sections:
            box = ReviewSectionBox(section, self.container, width)
            box.edit_button.clicked.connect(
                lambda _checked=False, step_id=section.step_id: on_edit(step_id)
            )
            self.layout.addWidget(box)
            box.show()  # now, not on the next event loop pass, so the layout counts it
            self.boxes[section.step_id] = box

    def chain_tab_order(self, last: QWidget) -> None:
        """Tab goes from Edit to Edit, then on to ``last``."""
        chain: list[QWidget] = [box.edit_button for box in self.boxes.values()]
        for before, after in zip(chain, [*chain[1:], last], strict=True):
            QWidget.setTabOrder(before, after)

    def clear(self) -> None:
        for box in self.boxes.values():
            self.layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.boxes.clear()
