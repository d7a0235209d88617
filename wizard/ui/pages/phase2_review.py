"""Phase 2 review: everything entered to keep the task force going, what is still
missing, and the way on to the packet (which now carries the Phase 2 documents).

Like the Phase 1 review, the content comes from :mod:`wizard.model.review`, with
each step's state from the navigator's own rule, and is rebuilt every time the
page is shown. The sections are the shared
:class:`~wizard.ui.widgets.review_section.ReviewSectionBox`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.model.progress import StepState
from wizard.model.review import export_readiness, phase2_packet, phase2_review
from wizard.ui.forms import child, load_form
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.problem import NOTE_STYLE, set_note
from wizard.ui.widgets.review_section import ReviewSectionBox, ReviewSectionList

EXPORT_STEP_ID = "export"
PACKET_INTRO = (
    "Make the packet again whenever things change. Alongside the Phase 1 documents, it now carries:"
)
PHASE1_GAPS = "Phase 1 still has gaps, which the documents will show clearly marked:"


def summary_text(done: int, total: int) -> str:
    """'4 of 6 Phase 2 steps done.' (each section below says what is missing)."""
    if done == total:
        return (
            f"All {total} Phase 2 steps are done. Keep them current as people, agreements "
            "and trainings change."
        )
    return f"{done} of {total} Phase 2 steps done. Each one below says what it still needs."


class Phase2ReviewPage(StepPage):
    step_id = "phase2_review"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("phase2_review.ui", self)
        self.summary_label = child(form, QLabel, "summaryLabel")
        self.sections_layout = child(form, QVBoxLayout, "sectionsLayout")
        self.sections_container = child(form, QWidget, "sectionsContainer")
        self.readiness_label = child(form, QLabel, "readinessLabel")
        self.packet_label = child(form, QLabel, "packetLabel")
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
        sections = phase2_review(self.project, date.today())
        self.section_list.show(sections, self.go_to_step.emit)
        done = sum(1 for section in sections if section.state is StepState.DONE)
        set_note(self.summary_label, summary_text(done, len(sections)))
        self._show_packet()
        self.section_list.chain_tab_order(self.export_button)

    def _show_packet(self) -> None:
        self.readiness_label.setText(PACKET_INTRO)
        items = phase2_packet(self.project)
        self.packet_label.setText("\n".join(f"• {item}" for item in items))
        self.packet_label.setAccessibleName("The packet carries: " + " ".join(items))
        readiness = export_readiness(self.project)
        gaps = "\n".join(f"• {gap}" for gap in readiness.gaps)
        self.gaps_label.setText(f"{PHASE1_GAPS}\n{gaps}")
        self.gaps_label.setAccessibleName(PHASE1_GAPS + " " + "; ".join(readiness.gaps))
        self.gaps_label.setVisible(not readiness.ready)
