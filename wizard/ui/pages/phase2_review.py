"""Phase 2 review: everything entered to keep the task force going, what is still
missing, and the way on to the packet (which now carries the Phase 2 documents).

Like the Phase 1 review, the content comes from :mod:`wizard.model.review`, with
each step's state from the navigator's own rule, and is rebuilt every time the
page is shown. The sections are the shared
:class:`~wizard.ui.widgets.review_section.ReviewSectionBox`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from wizard.model import clock
from wizard.model.progress import StepState
from wizard.model.review import phase2_packet, phase2_review
from wizard.ui.forms import child
from wizard.ui.pages.review_base import ReviewPage
from wizard.ui.widgets.problem import set_note

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


class Phase2ReviewPage(ReviewPage):
    step_id = "phase2_review"
    form_name = "phase2_review.ui"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = child(self.form, QLabel, "summaryLabel")
        self.packet_label = child(self.form, QLabel, "packetLabel")

    def show_project(self) -> None:
        sections = phase2_review(self.project, clock.today())
        self.show_sections(sections)
        done = sum(1 for section in sections if section.state is StepState.DONE)
        set_note(self.summary_label, summary_text(done, len(sections)))
        self.readiness_label.setText(PACKET_INTRO)
        items = phase2_packet(self.project)
        self.packet_label.setText("\n".join(f"• {item}" for item in items))
        self.packet_label.setAccessibleName("The packet carries: " + " ".join(items))
        self.show_gaps(PHASE1_GAPS)
