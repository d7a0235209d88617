"""The real questions, answered by clicking their buttons (a timer clicks while the
modal box waits), so the one shared question builder is tested as users meet it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wizard.ui.dialogs import Dialogs, LockedChoice, RecoveryChoice, UnsavedChoice, _with_suffix


def answer_with(qtbot, label: str | None) -> list[str]:
    """Click the button labelled ``label`` (Esc when None) in the next message box."""
    seen: list[str] = []

    def click() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        buttons = {b.text(): b for b in box.buttons()}
        seen.extend(buttons)
        seen.append("default:" + box.defaultButton().text())
        if label is None:
            box.reject()
        else:
            buttons[label].click()

    QTimer.singleShot(0, click)
    return seen


@pytest.mark.parametrize(
    ("label", "expected"),
    [("&Save", UnsavedChoice.SAVE), ("&Don't save", UnsavedChoice.DISCARD),
     ("&Cancel", UnsavedChoice.CANCEL), (None, UnsavedChoice.CANCEL)],
)  # fmt: skip
def test_unsaved_changes(qtbot, label, expected):
    seen = answer_with(qtbot, label)
    assert Dialogs().ask_unsaved_changes("skagit.tfproj") is expected
    assert "default:&Save" in seen


def test_recovery_and_lock_questions(qtbot):
    answer_with(qtbot, "&Throw away")
    assert Dialogs().ask_recover("Skagit") is RecoveryChoice.DISCARD
    answer_with(qtbot, "Decide &later")
    assert Dialogs().ask_recover("Skagit") is RecoveryChoice.LATER
    answer_with(qtbot, "Open &read-only")
    assert Dialogs().ask_open_locked("x.tfproj", "maria") is LockedChoice.READ_ONLY


def test_removing_and_replacing_are_never_the_default(qtbot):
    seen = answer_with(qtbot, "&Keep")
    assert Dialogs().confirm_remove_members("Remove Ana?", "") is False
    assert "default:&Keep" in seen
    answer_with(qtbot, "&Remove")
    assert Dialogs().confirm_remove_draft("Remove the draft?", "") is True
    seen = answer_with(qtbot, "&Replace")
    assert Dialogs().ask_replace_packet(Path("/tmp/packet")) is True
    assert "default:&Keep the old one" in seen


def test_a_typed_file_name_gets_its_suffix():
    assert _with_suffix("", (".csv",)) is None
    assert _with_suffix("/a/roster", (".csv", ".txt")) == Path("/a/roster.csv")
    assert _with_suffix("/a/roster.TXT", (".csv", ".txt")) == Path("/a/roster.TXT")
    assert _with_suffix("/a/plan.v2", (".tfproj",)) == Path("/a/plan.v2.tfproj")
