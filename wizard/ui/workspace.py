"""The part of the window that shows an open project: the step navigator, the step's
page with Back and Next, and the guidance panel.

It is built the first time a project is shown (or in an idle moment after the
window appears), not at start, and each step page is imported and built the
first time it is shown: importing and building all seventeen pages, the model
and pydantic would otherwise make the coordinator wait several times longer for
the first window.

The workspace also keeps the keyboard's rules (:mod:`wizard.ui.focus`): Tab goes
round navigator, page, Back and Next, guidance; F6 jumps between those parts; a
step the user moves to gets the focus on its first input.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QWidget,
)

from wizard.model.progress import StepState, step_progress
from wizard.model.steps import FIRST_STEP_ID, GROUPS, STEP_IDS, neighbours, step_by_id
from wizard.ui.dialogs import Dialogs
from wizard.ui.focus import first_input, focus_and_show, leave_scroll_areas_out, next_stop
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import guidance_html
from wizard.ui.navigator import Navigator, describe_progress
from wizard.ui.pages.base import StepPage
from wizard.ui.pages.registry import make_page
from wizard.ui.session import ProjectSession
from wizard.ui.settings import AppSettings
from wizard.ui.widgets import reveal
from wizard.ui.widgets.text_limit import limit_text_boxes

if TYPE_CHECKING:
    from wizard.ui.pages.export import ExportPage

_GROUP_TITLES = {group.id: group.title for group in GROUPS}
DEFAULT_SPLITTER_SIZES = [280, 620, 300]
TUCK_GUIDANCE_BELOW_CHARS = 195
"""Narrower than this many average characters (1170 px at the usual 9-point font), the
page beside the navigator and the guidance would scroll sideways: the guidance tucks
itself away and a 'Show guidance' button takes its place. Counted in characters, so
it grows with the user's font size."""


def as_export_page(page: StepPage | None) -> ExportPage | None:
    """``page`` if it is the packet page. That page's module, and the documents' modules
    it imports, load when the page is first made, not with the workspace: until then
    no page can be it (issue 16)."""
    if page is None or "wizard.ui.pages.export" not in sys.modules:
        return None
    from wizard.ui.pages.export import ExportPage

    return page if isinstance(page, ExportPage) else None


class PageBook(Mapping[str, StepPage]):
    """The step pages by step id, each made the first time it is asked for: a
    coordinator who opens her project to work on one step pays for that page only."""

    def __init__(self, make: Callable[[str], StepPage]) -> None:
        self._make = make
        self._built: dict[str, StepPage] = {}

    def __getitem__(self, step_id: str) -> StepPage:
        if step_id not in STEP_IDS:
            raise KeyError(step_id)
        if step_id not in self._built:
            self._built[step_id] = self._make(step_id)
        return self._built[step_id]

    def __iter__(self) -> Iterator[str]:
        return iter(STEP_IDS)

    def __len__(self) -> int:
        return len(STEP_IDS)

    def built(self) -> list[StepPage]:
        return list(self._built.values())


class Workspace(QWidget):
    hide_guidance_requested = Signal()
    step_shown = Signal(str)
    """A step's page is showing (the window follows with its Back and Next actions)."""
    show_guidance_requested = Signal()
    guidance_shown_changed = Signal(bool)

    def __init__(self, dialogs: Dialogs, settings: AppSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        form = load_form("workspace.ui", self)
        self.splitter = child(form, QSplitter, "splitter")
        self.splitter.setStretchFactor(1, 3)
        self.navigator = Navigator(child(form, QTreeWidget, "navigatorTree"))
        self.page_stack = child(form, QStackedWidget, "pageStack")
        self.page_area = child(form, QWidget, "pageArea")
        self.group_label = child(form, QLabel, "groupLabel")
        self.step_title = child(form, QLabel, "stepTitleLabel")
        self.step_status = child(form, QLabel, "stepStatusLabel")
        self.back_button = child(form, QPushButton, "backButton")
        self.next_button = child(form, QPushButton, "nextButton")
        self.guidance_panel = child(form, QWidget, "guidancePanel")
        self.guidance = child(form, QTextBrowser, "guidanceBrowser")
        self.show_guidance_button = child(form, QToolButton, "showGuidanceButton")
        self._guidance_wanted = True
        self._guidance_forced = False
        self._style_headings()
        application = QApplication.instance()
        if isinstance(application, QApplication):
            reveal.install(application)  # what an action focuses is scrolled into view
        self._dialogs, self._settings = dialogs, settings
        self.pages = PageBook(self._make_page)
        self.navigator.step_chosen.connect(lambda step_id: self.go_to_step(step_id, False))
        self.navigator.step_opened.connect(lambda _step_id: self.focus_page())
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        child(form, QToolButton, "hideGuidanceButton").clicked.connect(self.hide_guidance_requested)
        self.show_guidance_button.clicked.connect(self.show_guidance_requested)
        splitter_state = settings.splitter_state()
        if splitter_state is None or not self.splitter.restoreState(splitter_state):
            self.splitter.setSizes(DEFAULT_SPLITTER_SIZES)

    # ----- the guidance panel: shown, hidden by the user, or tucked away when narrow ---

    def set_guidance_wanted(self, wanted: bool, *, asked_now: bool = False) -> None:
        """Whether the user wants the guidance (a saved setting, or View > Guidance, F1,
        Hide, Show guidance ``asked_now``). Asked for now, it shows even in a narrow
        window: the user chose it over the room."""
        self._guidance_wanted = wanted
        self._guidance_forced = wanted and asked_now
        self._place_guidance()

    def guidance_tucked(self) -> bool:
        """True while the window is too narrow and the guidance waits behind its button."""
        return self._guidance_wanted and not self.guidance_panel.isVisibleTo(self)

    def tuck_width(self) -> int:
        return TUCK_GUIDANCE_BELOW_CHARS * self.fontMetrics().averageCharWidth()

    def _place_guidance(self) -> None:
        narrow = self.width() < self.tuck_width()
        if not narrow:
            self._guidance_forced = False  # once there is room, the usual rule is back
        shown = self._guidance_wanted and (self._guidance_forced or not narrow)
        was_shown = self.guidance_panel.isVisibleTo(self)
        self.guidance_panel.setVisible(shown)
        self.show_guidance_button.setVisible(not shown)
        if shown and narrow and not was_shown:
            self._leave_the_page_the_most_room()
        if shown != was_shown:
            self.guidance_shown_changed.emit(shown)

    def _leave_the_page_the_most_room(self) -> None:
        """Guidance asked for in a narrow window: the navigator and the guidance take
        their least width, so fewer pages need scrolling sideways."""
        sides = self.navigator.tree.minimumWidth() + self.guidance_panel.minimumWidth()
        total = sum(self.splitter.sizes())
        self.splitter.setSizes(
            [
                self.navigator.tree.minimumWidth(),
                max(total - sides, 0),
                self.guidance_panel.minimumWidth(),
            ]
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Without the guidance while it would tuck away anyway: the window can then shrink
        straight to a small screen, instead of stopping where the panel still fits."""
        hint = super().minimumSizeHint()
        if self.guidance_panel.isVisibleTo(self) and not self._guidance_forced:
            room = self.guidance_panel.minimumSizeHint().expandedTo(
                self.guidance_panel.minimumSize()
            )
            hint.setWidth(max(0, hint.width() - room.width() - self.splitter.handleWidth()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_guidance()

    # ----- the step pages -------------------------------------------------------------

    def _make_page(self, step_id: str) -> StepPage:
        page = make_page(step_id, self.page_stack)
        leave_scroll_areas_out(page)
        limit_text_boxes(page)
        page.dialogs = self._dialogs
        export_page = as_export_page(page)
        if export_page is not None:
            export_page.use_settings(self._settings)
        self.page_stack.addWidget(page)
        page.go_to_step.connect(self.go_to_step)
        if self.session is not None:
            page.attach(self.session)
        return page

    def _style_headings(self) -> None:
        title_font = self.step_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.step_title.setFont(title_font)
        self.group_label.setStyleSheet("color: #5b6573;")
        self.step_status.setStyleSheet("color: #41566e;")

    def attach(self, session: ProjectSession) -> None:
        """Show ``session``'s project on every page and land on its last step."""
        self.session = session
        for page in self.pages.built():
            page.attach(session)
        self.navigator.refresh(session.project)
        self.go_to_step(session.project.last_step)

    def detach(self) -> None:
        self.session = None

    def project_edited(self) -> None:
        if self.session is not None:
            self.navigator.refresh(self.session.project)
            self._show_step_status(self.navigator.current_step())

    def go_to_step(self, step_id: str, focus_page: bool = True) -> None:
        """Show ``step_id``'s page; with ``focus_page``, put the focus on its first input
        (not when the user is arrowing through the navigator: see wizard.ui.focus)."""
        if self.session is None:
            return
        if step_id not in self.pages:
            step_id = FIRST_STEP_ID
        self.session.project.last_step = step_id
        page = self.pages[step_id]
        page.refresh()
        self.page_stack.setCurrentWidget(page)
        self.navigator.select(step_id)
        step = step_by_id(step_id)
        self.group_label.setText(_GROUP_TITLES[step.group])
        self.step_title.setText(step.title)
        self._show_step_status(step_id)
        self.guidance.setHtml(guidance_html(step_id))
        before, after = neighbours(step_id)
        self.back_button.setEnabled(before is not None)
        self.next_button.setEnabled(after is not None)
        self.next_button.setText(f"&Next: {step_by_id(after).title}" if after else "&Next")
        if focus_page:
            self.focus_page()
        self.step_shown.emit(step_id)

    def _show_step_status(self, step_id: str | None) -> None:
        if self.session is None or step_id is None:
            return
        progress = step_progress(self.session.project, step_id)
        self.step_status.setText(describe_progress(progress))
        self.step_status.setVisible(progress.state is not StepState.NOT_STARTED)

    def current_step(self) -> str | None:
        return self.navigator.current_step() if self.session is not None else None

    # ----- the keyboard -------------------------------------------------------------------

    def _parts(self) -> list[QWidget]:
        """The workspace's parts in Tab order; the page before the button row that holds it."""
        parts: list[QWidget] = [self.navigator.tree]
        page = self.page_stack.currentWidget()
        if page is not None:
            parts.append(page)
        parts += [self.page_area, self.guidance_panel]
        return parts

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's names)
        """Tab and Shift+Tab from anything in the workspace, in reading order."""
        target = next_stop(self._parts(), QApplication.focusWidget(), next)
        if target is None:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        focus_and_show(target, reason)
        return True

    def focus_page(self) -> None:
        """The focus to the current page's first input; to Next (or Back) if it has none."""
        page = self.page_stack.currentWidget()
        target = first_input(page) if page is not None else None
        if target is None:
            target = self.next_button if self.next_button.isEnabled() else self.back_button
        focus_and_show(target, Qt.FocusReason.OtherFocusReason)

    def focus_navigator(self) -> None:
        self.navigator.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_guidance(self) -> bool:
        """False when the guidance panel is tucked away."""
        if not self.guidance_panel.isVisible():
            return False
        self.guidance.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def focus_next_part(self, forward: bool = True) -> None:
        """F6 (Shift+F6): navigator, page, guidance (when shown), and round again."""
        parts: list[tuple[QWidget, Callable[[], object]]] = [
            (self.navigator.tree, self.focus_navigator),
            (self.page_area, self.focus_page),
        ]
        if self.guidance_panel.isVisible():
            parts.append((self.guidance_panel, self.focus_guidance))
        focused = QApplication.focusWidget()
        here = next(
            (
                index
                for index, (part, _focus) in enumerate(parts)
                if focused is not None and (part is focused or part.isAncestorOf(focused))
            ),
            0,
        )
        _part, focus = parts[(here + (1 if forward else -1)) % len(parts)]
        focus()

    def _step_beside(self, pick: Callable[[tuple[str | None, str | None]], str | None]) -> None:
        step = self.current_step()
        target = pick(neighbours(step)) if step else None
        if target:
            self.go_to_step(target)

    def go_back(self) -> None:
        self._step_beside(lambda pair: pair[0])

    def go_next(self) -> None:
        self._step_beside(lambda pair: pair[1])

    def go_to_export(self) -> None:
        """From another step, show the packet page (it lists what is still to decide);
        on that page, start the export."""
        page = as_export_page(self.pages["export"])
        if self.current_step() == "export" and page is not None:
            page.start_export()
            return
        self.go_to_step("export")
        if page is not None and self.current_step() == "export":
            page.export_button.setFocus()

    def wait_for_exports(self) -> None:
        """A thread still running at exit would crash the program."""
        for page in self.pages.built():
            export_page = as_export_page(page)
            if export_page is not None:
                export_page.wait_for_export()

    def splitter_state(self) -> QByteArray:
        return self.splitter.saveState()
