"""Starting the window must not pay for the document libraries: docxtpl, python-docx and
reportlab are imported when a document is made, never before.

Runs in a fresh interpreter, since this test session has long imported them all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT_LIBRARIES = ("docxtpl", "docx", "reportlab")

_SCRIPT = """
import json, sys
from pathlib import Path

DOCUMENT_LIBRARIES = {libraries!r}

def loaded():
    return sorted({{name.split(".")[0] for name in sys.modules}} & set(DOCUMENT_LIBRARIES))

from wizard.storage.project_file import open_project
import wizard.ui.main_window
from wizard.ui.app import configure_application
from wizard.ui.main_window import MainWindow, SAMPLE_PROJECT
from wizard.assets import asset_path
from wizard.model.steps import STEP_IDS
from wizard.ui.session import ProjectSession

app = configure_application()
window = MainWindow()
window.show()
app.processEvents()
at_start = loaded()

project = open_project(asset_path(*SAMPLE_PROJECT), keep_backup=False).project
window.show_session(ProjectSession(project, None))
for step_id in STEP_IDS:
    window.go_to_step(step_id)
    app.processEvents()
after_every_step = loaded()
window.session = None

from wizard import cli
cli.export(asset_path(*SAMPLE_PROJECT), Path(sys.argv[1]))
after_export = loaded()
print(json.dumps([at_start, after_every_step, after_export]))
"""


def test_window_and_every_step_start_without_the_document_libraries(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    out = tmp_path / "packet"
    out.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT.format(libraries=DOCUMENT_LIBRARIES), str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    at_start, after_every_step, after_export = json.loads(result.stdout.strip().splitlines()[-1])
    assert at_start == []
    assert after_every_step == []
    # ...and making the packet does load them, so this test can tell the difference.
    assert after_export == sorted(DOCUMENT_LIBRARIES)


_FIRST_WINDOW = """
import json, sys
import PySide6.QtCore
from wizard.ui.app import configure_application, start_window

app = configure_application()
window = start_window(None)
app.processEvents()
app.processEvents()  # start_window's own next step: the offer to recover lost work
loaded = sorted(name for name in {names!r} if name in sys.modules)
print(json.dumps({{"loaded": loaded, "qt_namespace_built": "Qt" in vars(PySide6.QtCore)}}))
"""


def test_the_first_window_comes_up_before_the_model_and_the_pages(tmp_path):
    """The welcome screen needs neither pydantic, the project model nor the step pages:
    they load while the user reads it (see MainWindow.workspace), not before. Nor does
    it need QUiLoader (forms are compiled), or the Qt namespace's hundred-odd enums,
    which PySide builds all at once, in 14 ms, the first time anything names one
    (see wizard/ui/widgets/county_checklist.py)."""
    heavy = [
        "pydantic",
        "wizard.model.project",
        "wizard.model.reference",
        "wizard.ui.workspace",
        "wizard.ui.pages.members",
        "PySide6.QtUiTools",
    ]
    code = _FIRST_WINDOW.format(names=heavy)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TASKFORCE_BUILDER_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found == {"loaded": [], "qt_namespace_built": False}
