"""The page for a step that a later version of the program will fill in.

It says so plainly rather than showing invented content, and points to the
guidance panel, which already holds the toolkit's advice for the step.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from wizard.model.steps import step_by_id
from wizard.ui.forms import child, load_form
from wizard.ui.pages.base import StepPage


class NotBuiltPage(StepPage):
    def __init__(self, step_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_id = step_id
        form = load_form("not_built.ui", self)
        self.message = child(form, QLabel, "messageLabel")
        title = step_by_id(step_id).title
        self.message.setText(
            f"<p>The <b>{title}</b> page is not built yet. It will come in a later "
            "version of Task Force Builder.</p>"
            "<p>Anything you have already entered for this step is kept safely in your "
            "project file. The guidance panel has advice for this step in the meantime.</p>"
        )
        self.message.setAccessibleName(f"{title}: not built yet")
