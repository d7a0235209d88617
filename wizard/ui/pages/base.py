"""What every step page has in common.

A page shows part of the one Project and writes the user's edits straight
back into it, then tells the session. It never keeps its own copy:
``show_project`` runs each time the page is shown, so it always reflects the
model. Widgets are connected with user-only signals (``textEdited``,
``activated``, ``clicked``...) or guarded by :meth:`loading`, so filling the
widgets from the model never counts as an edit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from wizard.model.project import Project
from wizard.ui.dialogs import Dialogs
from wizard.ui.session import ProjectSession


class StepPage(QWidget):
    step_id: str = ""
    go_to_step = Signal(str)
    """A page asks the window to show another step (review pages, 'edit' links)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.dialogs = Dialogs(self)
        """Replaced by the window's own, so tests answer every page's questions too."""
        self._loading = False

    @property
    def project(self) -> Project:
        if self.session is None:
            raise RuntimeError("the page has no project yet")
        return self.session.project

    def attach(self, session: ProjectSession) -> None:
        """Called when a project is opened; the page then shows that project."""
        self.session = session
        with self.loading():
            self.show_project()

    def start_folder(self) -> Path:
        """Where this page's file dialogs open: beside the project file, or home."""
        return self.session.folder if self.session is not None else Path.home()

    def refresh(self) -> None:
        """Show the project again (the window calls this each time the page is shown)."""
        if self.session is not None:
            with self.loading():
                self.show_project()

    def show_project(self) -> None:
        """Fill the widgets from ``self.project``. Pages override this."""

    @contextmanager
    def loading(self) -> Iterator[None]:
        """While filling widgets from the model, signal handlers must not write back."""
        previous, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = previous

    @property
    def is_loading(self) -> bool:
        return self._loading

    def edited(self) -> None:
        """Call after writing a user's change into the project."""
        if self.session is not None and not self._loading:
            self.session.mark_edited()
