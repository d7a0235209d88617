"""What the Phase 1 and Phase 2 review pages share: a list of step sections with Edit
buttons, the gaps the packet will show, and the way on to the starter packet.

The sections come from :mod:`wizard.model.review` (each step's state from the same
rule as the navigator) and are rebuilt every time the page is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.model.review import ExportReadiness, ReviewSection, export_readiness
from wizard.ui.forms import child, load_form
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.problem import NOTE_STYLE
from wizard.ui.widgets.review_section import ReviewSectionBox, ReviewSectionList

EXPORT_STEP_ID = "export"


class ReviewPage(StepPage):
    form_name = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = load_form(self.form_name, self)
        self.sections_layout = child(self.form, QVBoxLayout, "sectionsLayout")
        self.sections_container = child(self.form, QWidget, "sectionsContainer")
        self.readiness_label = child(self.form, QLabel, "readinessLabel")
        self.gaps_label = child(self.form, QLabel, "gapsLabel")
        self.gaps_label.setStyleSheet(NOTE_STYLE)
        self.export_button = child(self.form, QPushButton, "exportButton")
        self.export_button.clicked.connect(lambda: self.go_to_step.emit(EXPORT_STEP_ID))
        self.section_list = ReviewSectionList(self.sections_container, self.sections_layout)

    @property
    def sections(self) -> dict[str, ReviewSectionBox]:
        return self.section_list.boxes

    @property
    def edit_buttons(self) -> dict[str, QPushButton]:
        return self.section_list.edit_buttons

    def show_sections(self, sections: tuple[ReviewSection, ...]) -> None:
        self.section_list.show(sections, self.go_to_step.emit)
        self.section_list.chain_tab_order(self.export_button)

    def show_gaps(self, lead: str = "") -> ExportReadiness:
        """List the answers the packet will mark as to be decided (hidden when none)."""
        readiness = export_readiness(self.project)
        gaps = "\n".join(f"• {gap}" for gap in readiness.gaps)
        self.gaps_label.setText(f"{lead}\n{gaps}" if lead else gaps)
        spoken = "; ".join(readiness.gaps)
        self.gaps_label.setAccessibleName(f"{lead} {spoken}" if lead else f"Gaps: {spoken}")
        self.gaps_label.setVisible(not readiness.ready)
        return readiness
