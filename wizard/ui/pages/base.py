"""What every step page has in common.

A page shows part of the one Project and writes the user's edits straight
back into it, then tells the session. It never keeps its own copy: ``show_project``
is called each time the page is shown, so it always reflects the model.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wizard.ui.session import ProjectSession


class StepPage(QWidget):
    step_id: str = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None

    def attach(self, session: ProjectSession) -> None:
        """Called when a project is opened; the page then shows that project."""
        self.session = session
        self.show_project()

    def show_project(self) -> None:
        """Fill the widgets from ``self.session.project``. Pages override this."""

    def edited(self) -> None:
        if self.session is not None:
            self.session.mark_edited()
