"""Step 6: everything entered in Phase 1, what is still missing, and the way on to the packet.

The content comes from :mod:`wizard.model.review` (which takes each step's
state from the same rule as the navigator) and is rebuilt every time the page
is shown, so it always matches the project. What it shares with the Phase 2
review is in :mod:`wizard.ui.pages.review_base`.
"""

from __future__ import annotations

from wizard.model.review import phase1_review
from wizard.ui.pages.review_base import ReviewPage


class Phase1ReviewPage(ReviewPage):
    step_id = "phase1_review"
    form_name = "phase1_review.ui"

    def show_project(self) -> None:
        self.show_sections(phase1_review(self.project))
        self.readiness_label.setText(self.show_gaps().message)
