"""Step 6: everything entered in Phase 1, what is still missing, and the way on to the packet.

The content comes from :mod:`wizard.model.review` (which takes each step's
state from the same rule as the navigator) and is rebuilt every time the page
is shown, so it always matches the project. Each section is a
:class:`~wizard.ui.widgets.review_section.ReviewSectionBox`, shared with the
Phase 2 review.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.model.review import export_readiness, phase1_review
from wizard.ui.forms import child, load_form
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.problem import NOTE_STYLE
from wizard.ui.widgets.review_section import ReviewSectionBox, ReviewSectionList

EXPORT_STEP_ID = "export"


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
        self.section_list = ReviewSectionList(self.sections_container, self.sections_layout)

    @property
    def sections(self) -> dict[str, ReviewSectionBox]:
        return self.section_list.boxes

    @property
    def edit_buttons(self) -> dict[str, QPushButton]:
        return self.section_list.edit_buttons

    def show_project(self) -> None:
        self.section_list.show(phase1_review(self.project), self.go_to_step.emit)
        self._show_readiness()
        self.section_list.chain_tab_order(self.export_button)

    def _show_readiness(self) -> None:
        readiness = export_readiness(self.project)
        self.readiness_label.setText(readiness.message)
        gaps = "\n".join(f"• {gap}" for gap in readiness.gaps)
        self.gaps_label.setText(gaps)
        self.gaps_label.setAccessibleName("Gaps: " + "; ".join(readiness.gaps))
        self.gaps_label.setVisible(not readiness.ready)
