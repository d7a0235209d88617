"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on each call that
returns nothing; after a few hundred keystrokes the program aborted with
'none_dealloc'. This fails loudly if an installed binding does that again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

from wizard.ui.app import configure_application


def test_calls_returning_nothing_keep_none_alive(qtbot):
    configure_application()
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
    assert before - sys.getrefcount(None) < 100
