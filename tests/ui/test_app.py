from __future__ import annotations

import pytest

from tests.ui.conftest import FakeDialogs
from wizard.model.project import Project, Region
from wizard.storage import autosave
from wizard.storage.project_file import save_project
from wizard.ui.app import configure_application, start_window
from wizard.ui.dialogs import RecoveryChoice

pytestmark = pytest.mark.gui


def test_starting_with_a_project_file_opens_it(qtbot, tmp_path):
    path = tmp_path / "double-clicked.tfproj"
    save_project(Project(region=Region(name="Clicked"), last_step="training"), path)
    configure_application()
    window = start_window(path, FakeDialogs())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.project.region.name == "Clicked"
    assert window.current_step() == "training"
    window.session.close()
    window.session = None


def test_starting_after_a_crash_offers_recovery_first(qtbot, tmp_path):
    autosave.write_recovery(Project(region=Region(name="Lost work")), None, "old-session")
    dialogs = FakeDialogs(recover_answers=[RecoveryChoice.RECOVER])
    configure_application()
    window = start_window(None, dialogs)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.project.region.name == "Lost work"
    assert dialogs.kinds() == ["recover"]
    window.session.close()
    window.session = None
