"""The main window: welcome screen, or the navigator, the step page and guidance."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QWidget,
)

from wizard import APP_NAME
from wizard.assets import asset_path
from wizard.model.progress import StepState, step_progress
from wizard.model.project import Project, Region
from wizard.model.steps import FIRST_STEP_ID, GROUPS, STEP_IDS, neighbours, step_by_id
from wizard.ui.dialogs import Dialogs
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import guidance_markdown
from wizard.ui.navigator import Navigator, describe_progress
from wizard.ui.pages.base import StepPage
from wizard.ui.pages.export import ExportPage
from wizard.ui.pages.registry import make_page
from wizard.ui.pages.welcome import WelcomePage
from wizard.ui.project_flows import ProjectFlows
from wizard.ui.session import ProjectSession
from wizard.ui.settings import AppSettings

AUTOSAVE_DELAY_MS = 20_000
SAMPLE_PROJECT = ("resources", "sample", "sample-county.tfproj")
_GROUP_TITLES = {group.id: group.title for group in GROUPS}


class MainWindow(QMainWindow):
    def __init__(self, dialogs: Dialogs | None = None, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.dialogs = dialogs or Dialogs(self)
        self.settings = settings or AppSettings()
        self.flows = ProjectFlows(self.dialogs, self.settings)
        self.session: ProjectSession | None = None
        self.pages: dict[str, StepPage] = {}
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self._autosave)
        self._restore_layout()
        self._show_welcome()

    # ----- building -------------------------------------------------------------------

    def _build_central(self) -> None:
        self.modes = QStackedWidget(self)
        self.setCentralWidget(self.modes)
        self.welcome = WelcomePage(self.modes)
        self.modes.addWidget(self.welcome)
        self.workspace = QWidget(self.modes)
        form = load_form("workspace.ui", self.workspace)
        self.modes.addWidget(self.workspace)
        self.splitter = child(form, QSplitter, "splitter")
        self.splitter.setStretchFactor(1, 3)
        self.navigator = Navigator(child(form, QTreeWidget, "navigatorTree"))
        self.page_stack = child(form, QStackedWidget, "pageStack")
        self.group_label = child(form, QLabel, "groupLabel")
        self.step_title = child(form, QLabel, "stepTitleLabel")
        self.step_status = child(form, QLabel, "stepStatusLabel")
        self.back_button = child(form, QPushButton, "backButton")
        self.next_button = child(form, QPushButton, "nextButton")
        self.guidance_panel = child(form, QWidget, "guidancePanel")
        self.guidance = child(form, QTextBrowser, "guidanceBrowser")
        self._style_headings()
        for step_id in STEP_IDS:
            page = make_page(step_id, self.page_stack)
            page.dialogs = self.dialogs
            if isinstance(page, ExportPage):
                page.use_settings(self.settings)
            self.pages[step_id] = page
            self.page_stack.addWidget(page)
            page.go_to_step.connect(self.go_to_step)
        self.navigator.step_chosen.connect(self.go_to_step)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        child(form, QToolButton, "hideGuidanceButton").clicked.connect(
            lambda: self.set_guidance_visible(False)
        )
        self.welcome.create_requested.connect(self.create_project)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.recent_requested.connect(self.open_path)
        self.welcome.sample_requested.connect(self.open_sample)

    def _style_headings(self) -> None:
        title_font = self.step_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.step_title.setFont(title_font)
        self.group_label.setStyleSheet("color: #5b6573;")
        self.step_status.setStyleSheet("color: #41566e;")

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action("&New project", self.new_project, keys.New)
        self.open_action = self._action("&Open…", self.open_dialog, keys.Open)
        self.sample_action = self._action("Open the sa&mple county", self.open_sample)
        self.save_action = self._action("&Save", self.save, keys.Save)
        self.save_as_action = self._action("Save &As…", self.save_as, keys.SaveAs)
        self.export_action = self._action("&Export starter packet…", self.go_to_export, "Ctrl+E")
        self.close_action = self._action("&Close project", self.close_project, "Ctrl+W")
        self.quit_action = self._action("&Quit", self.close, "Ctrl+Q")
        self.back_action = self._action("&Back", self.go_back, keys.Back)
        self.next_action = self._action("&Next", self.go_next, keys.Forward)
        self.guidance_action = self._action("&Guidance", self.set_guidance_visible, "F1")
        self.guidance_action.setCheckable(True)
        self.about_action = self._action("&About Task Force Builder", self.show_about)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu("&File")
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.sample_action)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        go_menu = menu_bar.addMenu("&Go")
        go_menu.addActions([self.back_action, self.next_action])
        view_menu = menu_bar.addMenu("&View")
        view_menu.addAction(self.guidance_action)
        help_menu = menu_bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_projects()
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction("No recent projects").setEnabled(False)

    def _restore_layout(self) -> None:
        self.resize(1180, 760)
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.splitter_state()
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([280, 620, 300])
        self.set_guidance_visible(self.settings.guidance_visible())

    # ----- modes and title ------------------------------------------------------------

    def _show_welcome(self) -> None:
        self.welcome.reset(self.settings.recent_projects())
        self.modes.setCurrentWidget(self.welcome)
        self._update_title()

    def _update_title(self) -> None:
        session = self.session
        if session is None:
            self.setWindowTitle(APP_NAME)
            self.setWindowModified(False)
        else:
            read_only = " (read-only)" if session.read_only else ""
            self.setWindowTitle(f"{session.display_name}[*]{read_only} — {APP_NAME}")
            self.setWindowModified(session.dirty)
        has_project = session is not None
        for action in (
            self.save_action,
            self.save_as_action,
            self.close_action,
            self.export_action,
            self.back_action,
            self.next_action,
        ):
            action.setEnabled(has_project)

    def show_session(self, session: ProjectSession) -> None:
        """Make ``session`` the open project and land on its last step."""
        if self.session is not None:
            self.session.close()
        self.session = session
        session.edited.connect(self._on_edited)
        session.state_changed.connect(self._update_title)
        for page in self.pages.values():
            page.attach(session)
        self.modes.setCurrentWidget(self.workspace)
        self.navigator.refresh(session.project)
        self._update_title()
        self.go_to_step(session.project.last_step)
        self.navigator.tree.setFocus()
        if session.dirty:
            self._autosave_timer.start()

    # ----- projects -------------------------------------------------------------------

    def create_project(self, name: str, counties: list[str]) -> None:
        if not self.flows.settle_unsaved(self.session):
            return
        project = Project(region=Region(name=name, counties=counties))
        self.show_session(ProjectSession(project, None, dirty=True))

    def new_project(self) -> None:
        if self.close_project():
            self.welcome.name_edit.setFocus()

    def open_dialog(self) -> None:
        path = self.dialogs.choose_project_to_open(self.settings.last_folder())
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        if self.session is not None and self.session.path == path:
            return
        if not self.flows.settle_unsaved(self.session):
            return
        session = self.flows.open_file(path)
        if session is not None:
            self.show_session(session)
        elif self.session is None:
            self._show_welcome()

    def open_sample(self) -> None:
        if not self.flows.settle_unsaved(self.session):
            return
        session = self.flows.open_sample(asset_path(*SAMPLE_PROJECT))
        if session is not None:
            self.show_session(session)

    def recover_after_crash(self) -> None:
        session = self.flows.offer_recoveries()
        if session is not None:
            self.show_session(session)

    def save(self) -> bool:
        if self.session is None:
            return False
        saved = self.flows.save(self.session)
        if saved:
            self.statusBar().showMessage(f"Saved {self.session.display_name}", 4000)
        return saved

    def save_as(self) -> bool:
        if self.session is None:
            return False
        return self.flows.save_as(self.session)

    def close_project(self) -> bool:
        """Close the project (asking about unsaved changes). True if it was closed."""
        if self.session is None:
            self._show_welcome()
            return True
        if not self.flows.settle_unsaved(self.session):
            return False
        self.session.save_position_quietly()
        self.session.close()
        self.session = None
        self._autosave_timer.stop()
        self._show_welcome()
        return True

    def _on_edited(self) -> None:
        if self.session is None:
            return
        self.navigator.refresh(self.session.project)
        self._show_step_status(self.navigator.current_step())
        if not self._autosave_timer.isActive():
            self._autosave_timer.start()

    def _autosave(self) -> None:
        if self.session is None:
            return
        try:
            self.session.write_recovery()
        except OSError:
            self.statusBar().showMessage(
                "Could not write the recovery copy; please save soon.", 8000
            )

    # ----- steps ----------------------------------------------------------------------

    def go_to_step(self, step_id: str) -> None:
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
        self.guidance.setMarkdown(guidance_markdown(step_id))
        before, after = neighbours(step_id)
        self.back_button.setEnabled(before is not None)
        self.next_button.setEnabled(after is not None)
        self.next_button.setText(f"&Next: {step_by_id(after).title}" if after else "&Next")

    def _show_step_status(self, step_id: str | None) -> None:
        if self.session is None or step_id is None:
            return
        progress = step_progress(self.session.project, step_id)
        self.step_status.setText(describe_progress(progress))
        self.step_status.setVisible(progress.state is not StepState.NOT_STARTED)

    def current_step(self) -> str | None:
        return self.navigator.current_step() if self.session is not None else None

    def go_back(self) -> None:
        step = self.current_step()
        before = neighbours(step)[0] if step else None
        if before:
            self.go_to_step(before)

    def go_next(self) -> None:
        step = self.current_step()
        after = neighbours(step)[1] if step else None
        if after:
            self.go_to_step(after)

    def go_to_export(self) -> None:
        """File > Export starter packet (Ctrl+E). From another step it shows the packet
        page, which lists what is still to be decided; on that page it starts the export."""
        page = self.pages.get("export")
        if self.current_step() == "export" and isinstance(page, ExportPage):
            page.start_export()
            return
        self.go_to_step("export")
        if isinstance(page, ExportPage) and self.current_step() == "export":
            page.export_button.setFocus()

    def set_guidance_visible(self, visible: bool) -> None:
        self.guidance_panel.setVisible(visible)
        self.guidance_action.setChecked(visible)
        self.settings.set_guidance_visible(visible)

    def show_about(self) -> None:
        """Version, the licenses of the bundled components, and where our files live."""
        from wizard.ui.about import about_html  # reads package metadata: only when asked

        self.dialogs.show_about(f"About {APP_NAME}", about_html())

    # ----- closing --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.close_project():
            event.ignore()
            return
        for page in self.pages.values():
            if isinstance(page, ExportPage):
                page.wait_for_export()  # a thread still running at exit would crash
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_splitter_state(self.splitter.saveState())
        self.settings.sync()
        event.accept()
