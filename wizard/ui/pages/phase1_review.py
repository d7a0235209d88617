"""Step 6: everything entered in Phase 1, what is still missing, and the way on to the packet.

The content comes from :mod:`wizard.model.review` (which takes each step's
state from the same rule as the navigator) and is rebuilt every time the page
is shown, so it always matches the project. Each section is a group box of
plain labels with a real 'Edit' button, so keyboard and screen-reader users
get the same review as everyone else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.model.progress import StepState
from wizard.model.review import ReviewLine, ReviewSection, export_readiness, phase1_review
from wizard.ui.forms import child, load_form
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.problem import HINT_STYLE, NOTE_STYLE, PROBLEM_STYLE

_STATE_STYLES = {
    StepState.DONE: "color: #2e7d32; font-weight: bold;",
    StepState.IN_PROGRESS: "color: #8a5200; font-weight: bold;",
    StepState.NOT_STARTED: "color: #5b6573; font-weight: bold;",
}
_NOT_ENTERED_STYLE = HINT_STYLE + " font-style: italic;"
EXPORT_STEP_ID = "export"


class ReviewSectionBox(QGroupBox):
    """One Phase 1 step: its state, what was entered, what is missing, and Edit."""

    def __init__(self, section: ReviewSection, parent: QWidget | None = None) -> None:
        super().__init__(section.title, parent)
        self.step_id = section.step_id
        self.setAccessibleName(f"{section.title}: {section.state_label}")
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.state_label = QLabel(section.state_label, self)
        self.state_label.setStyleSheet(_STATE_STYLES[section.state])
        self.edit_button = QPushButton("&Edit", self)
        self.edit_button.setAccessibleName(f"Edit {section.title}")
        self.edit_button.setAutoDefault(False)
        header.addWidget(self.state_label)
        header.addStretch(1)
        header.addWidget(self.edit_button)
        layout.addLayout(header)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.value_labels: dict[str, QLabel] = {}
        self.name_labels: list[QLabel] = []
        for line in section.lines:
            form.addRow(self._name_label(line), self._value_label(line))
        layout.addLayout(form)
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
        label = QLabel(line.label, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
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
        self.value_labels[line.label] = value
        return value


class Phase1ReviewPage(StepPage):
    step_id = "phase1_review"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("phase1_review.ui", self)
        self.sections_layout = child(form, QVBoxLayout, "sectionsLayout")
        self.sections_container = child(form, QWidget, "sectionsContainer")
        self.readiness_label = child(form, QLabel, "readinessLabel")
        self.gaps_label = child(form, QLabel, "gapsLabel")
        self.gaps_label.setStyleSheet(NOTE_STYLE)
        self.export_button = child(form, QPushButton, "exportButton")
        self.export_button.clicked.connect(lambda: self.go_to_step.emit(EXPORT_STEP_ID))
        self.sections: dict[str, ReviewSectionBox] = {}

    @property
    def edit_buttons(self) -> dict[str, QPushButton]:
        return {step_id: box.edit_button for step_id, box in self.sections.items()}

    def show_project(self) -> None:
        self._clear_sections()
        for section in phase1_review(self.project):
            box = ReviewSectionBox(section, self.sections_container)
            box.edit_button.clicked.connect(
                lambda _checked=False, step_id=section.step_id: self.go_to_step.emit(step_id)
            )
            self.sections_layout.addWidget(box)
            box.show()  # now, not on the next event loop pass, so the layout counts it
            self.sections[section.step_id] = box
        self._align_names()
        self._show_readiness()
        chain: list[QWidget] = [box.edit_button for box in self.sections.values()]
        for before, after in zip(chain, [*chain[1:], self.export_button], strict=True):
            QWidget.setTabOrder(before, after)

    def _align_names(self) -> None:
        """One width for every name column, so the values line up from section to section."""
        names = [label for box in self.sections.values() for label in box.name_labels]
        width = max((label.sizeHint().width() for label in names), default=0)
        for label in names:
            label.setMinimumWidth(width)

    def _clear_sections(self) -> None:
        for box in self.sections.values():
            self.sections_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.sections.clear()

    def _show_readiness(self) -> None:
        readiness = export_readiness(self.project)
        self.readiness_label.setText(readiness.message)
        gaps = "\n".join(f"• {gap}" for gap in readiness.gaps)
        self.gaps_label.setText(gaps)
        self.gaps_label.setAccessibleName("Gaps: " + "; ".join(readiness.gaps))
        self.gaps_label.setVisible(not readiness.ready)
