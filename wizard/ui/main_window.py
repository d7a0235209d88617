"""The main window: the welcome screen, or the open project's workspace.

Only what the welcome screen needs is imported at start. The workspace (pages,
model, pydantic) is imported and built when a project is first shown, or in an
idle moment shortly after the window appears, so the window comes up quickly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget

from wizard import APP_NAME
from wizard.assets import asset_path
from wizard.model import clock
from wizard.ui.dialogs import Dialogs
from wizard.ui.pages.welcome import WelcomePage
from wizard.ui.settings import AppSettings

if TYPE_CHECKING:  # only what the welcome screen uses is imported at start
    from PySide6.QtGui import QCloseEvent, QShowEvent
    from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QTextBrowser, QWidget

    from wizard.ui.navigator import Navigator
    from wizard.ui.pages.base import StepPage
    from wizard.ui.project_flows import ProjectFlows
    from wizard.ui.session import ProjectSession
    from wizard.ui.workspace import Workspace

AUTOSAVE_DELAY_MS = 20_000
SAMPLE_PROJECT = ("resources", "sample", "sample-county.tfproj")
PREBUILD_DELAY_MS = 300
FIRST_SIZE = (1180, 760)
"""The window's size on first start, where the screen has room for it."""
FRAME_ALLOWANCE = 40
"""The title bar the window manager adds above the window, in logical pixels."""
"""After the window first shows, build the workspace while the user reads the welcome."""


class MainWindow(QMainWindow):
    def __init__(self, dialogs: Dialogs | None = None, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.dialogs = dialogs or Dialogs(self)
        self.settings = settings or AppSettings()
        self._flows: ProjectFlows | None = None
        self._workspace: Workspace | None = None
        self.session: ProjectSession | None = None
        self._guidance_visible = self.settings.guidance_visible()
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
        self.welcome.create_requested.connect(self.create_project)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.recent_requested.connect(self.open_path)
        self.welcome.sample_requested.connect(self.open_sample)

    @property
    def workspace(self) -> Workspace:
        """The open project's side of the window, built on first use."""
        if self._workspace is None:
            from wizard.ui.workspace import Workspace

            self._workspace = Workspace(self.dialogs, self.settings, self.modes)
            self.modes.addWidget(self._workspace)
            self._workspace.hide_guidance_requested.connect(
                lambda: self.set_guidance_visible(False)
            )
            self._workspace.step_shown.connect(lambda _step_id: self._update_step_actions())
            self._workspace.show_guidance_requested.connect(lambda: self.set_guidance_visible(True))
            self._workspace.guidance_shown_changed.connect(self.guidance_action.setChecked)
            self._workspace.set_guidance_wanted(self._guidance_visible)
            self.welcome.finish_building()
        return self._workspace

    @property
    def flows(self) -> ProjectFlows:
        if self._flows is None:
            from wizard.ui.project_flows import ProjectFlows

            self._flows = ProjectFlows(self.dialogs, self.settings)
        return self._flows

    # The workspace's parts, as tests and pages reach them through the window.
    @property
    def navigator(self) -> Navigator:
        return self.workspace.navigator

    @property
    def pages(self) -> Mapping[str, StepPage]:
        return self.workspace.pages

    @property
    def page_stack(self) -> QStackedWidget:
        return self.workspace.page_stack

    @property
    def step_title(self) -> QLabel:
        return self.workspace.step_title

    @property
    def step_status(self) -> QLabel:
        return self.workspace.step_status

    @property
    def back_button(self) -> QPushButton:
        return self.workspace.back_button

    @property
    def next_button(self) -> QPushButton:
        return self.workspace.next_button

    @property
    def guidance_panel(self) -> QWidget:
        return self.workspace.guidance_panel

    @property
    def guidance(self) -> QTextBrowser:
        return self.workspace.guidance

    @property
    def splitter(self) -> QSplitter:
        return self.workspace.splitter

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._workspace is None:
            QTimer.singleShot(PREBUILD_DELAY_MS, self._prebuild_workspace)

    def _prebuild_workspace(self) -> None:
        if self._workspace is None and self.isVisible():
            self.workspace  # noqa: B018 (building it is the point)

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # setShortcuts, not setShortcut: resolving setShortcut's overloads builds
            # the whole Qt namespace (see widgets/county_checklist.py), before the
            # window first shows.
            action.setShortcuts([QKeySequence(shortcut)])
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
        self.calendar_action = self._action(
            "Save the deadlines ca&lendar (.ics)…", self.save_deadlines_calendar
        )
        self.close_action = self._action("&Close project", self.close_project, "Ctrl+W")
        self.quit_action = self._action("&Quit", self.close, "Ctrl+Q")
        self.back_action = self._action("&Back", self.go_back, keys.Back)
        self.next_action = self._action("&Next", self.go_next, keys.Forward)
        self.steps_list_action = self._action("The &list of steps", self.focus_steps, "Ctrl+L")
        self.next_part_action = self._action(
            "Next &part of the window", lambda: self.focus_next_part(True), "F6"
        )
        self.previous_part_action = self._action(
            "Previous part of the window", lambda: self.focus_next_part(False), "Shift+F6"
        )
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
        file_menu.addActions([self.export_action, self.calendar_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        self.go_menu = menu_bar.addMenu("&Go")
        self.go_menu.aboutToShow.connect(self._fill_go_menu)
        self._fill_go_menu()
        view_menu = menu_bar.addMenu("&View")
        view_menu.addAction(self.guidance_action)
        help_menu = menu_bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _go_menu_keys(self) -> list[QAction]:
        return [
            self.back_action,
            self.next_action,
            self.steps_list_action,
            self.next_part_action,
            self.previous_part_action,
        ]

    def _fill_go_menu(self) -> None:
        """Back, Next, the keys between the window's parts and, with a project open, every
        step with its state. Remade each time it opens (see wizard.ui.go_menu)."""
        self.go_menu.clear()
        keys = self._go_menu_keys()
        self.go_menu.addActions(keys[:2])
        self.go_menu.addSeparator()
        self.go_menu.addActions(keys[2:])
        if self.session is None:
            return
        from wizard.ui.go_menu import add_steps, mnemonic_letter

        taken = [letter for a in keys if (letter := mnemonic_letter(a.text())) is not None]
        navigator = self.navigator
        add_steps(
            self.go_menu,
            taken,
            self.current_step(),
            navigator.state_of,
            self.go_to_step,
            lambda step_id: navigator.item_for(step_id).icon(0),
        )

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
        self.resize(*self._first_size())
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.guidance_action.setChecked(self._guidance_visible)

    def _first_size(self) -> tuple[int, int]:
        """1180x760, or less on a smaller screen: a 1366x768 laptop at 150% has room for
        911x512 logical pixels, and a window larger than its screen hides Back and Next."""
        room = self.screen().availableGeometry()
        frame = FRAME_ALLOWANCE
        return min(FIRST_SIZE[0], room.width()), min(FIRST_SIZE[1], room.height() - frame)

    # ----- modes and title ------------------------------------------------------------

    def _show_welcome(self) -> None:
        self.welcome.reset(
            self.settings.recent_projects(),
            lambda path: self.settings.remembered_deadlines(path, clock.today()),
        )
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
            self.calendar_action,
            self.steps_list_action,
            self.next_part_action,
            self.previous_part_action,
        ):
            action.setEnabled(has_project)
        self._update_step_actions()

    def _update_step_actions(self) -> None:
        """Back and Next (Alt+Left, Alt+Right, the Go menu) are enabled exactly when the
        buttons are: never enabled with nowhere to go."""
        workspace = self._workspace if self.session is not None else None
        self.back_action.setEnabled(workspace is not None and workspace.back_button.isEnabled())
        self.next_action.setEnabled(workspace is not None and workspace.next_button.isEnabled())

    def show_session(self, session: ProjectSession) -> None:
        """Make ``session`` the open project and land on its last step."""
        if self.session is not None:
            self.session.close()
        self.session = session
        session.edited.connect(self._on_edited)
        session.state_changed.connect(self._update_title)
        self.modes.setCurrentWidget(self.workspace)
        self._update_title()
        self.workspace.attach(session)
        if session.dirty:
            self._autosave_timer.start()

    # ----- projects -------------------------------------------------------------------

    def create_project(self, name: str, counties: list[str]) -> None:
        from wizard.model.project import Project, Region
        from wizard.ui.session import ProjectSession

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
        from wizard.storage.paths import recovery_dir

        if not any(recovery_dir().glob("*.json")):  # the usual case: nothing to offer
            return
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
        if self._workspace is not None:
            self._workspace.detach()
        self._autosave_timer.stop()
        self._show_welcome()
        return True

    def _on_edited(self) -> None:
        if self.session is None:
            return
        self.workspace.project_edited()
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
        if self.session is not None:
            self.workspace.go_to_step(step_id)

    def current_step(self) -> str | None:
        return self.workspace.current_step() if self.session is not None else None

    def go_back(self) -> None:
        if self.session is not None:
            self.workspace.go_back()

    def go_next(self) -> None:
        if self.session is not None:
            self.workspace.go_next()

    def focus_steps(self) -> None:
        """Ctrl+L: the focus to the list of steps, from anywhere."""
        if self.session is not None:
            self.workspace.focus_navigator()

    def focus_next_part(self, forward: bool) -> None:
        """F6, Shift+F6: navigator, page, guidance, round again."""
        if self.session is not None:
            self.workspace.focus_next_part(forward)

    def go_to_export(self) -> None:
        """File > Export starter packet (Ctrl+E)."""
        if self.session is not None:
            self.workspace.go_to_export()

    def save_deadlines_calendar(self) -> None:
        """File › Save the deadlines calendar: every dated deadline, for Outlook or Google."""
        if self.session is not None:
            from wizard.ui.calendar_export import save_calendar

            save_calendar(self.session.project, self.dialogs, self.session.folder)

    def set_guidance_visible(self, visible: bool) -> None:
        self._guidance_visible = visible
        if self._workspace is not None:
            self._workspace.set_guidance_wanted(visible, asked_now=True)
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
        self.settings.set_window_geometry(self.saveGeometry())
        if self._workspace is not None:
            self._workspace.wait_for_exports()
            self.settings.set_splitter_state(self._workspace.splitter_state())
        self.settings.sync()
        event.accept()
