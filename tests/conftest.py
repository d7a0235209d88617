"""Shared test set-up. Imports nothing from Qt, so model and storage tests run anywhere."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# GUI tests (tests/ui) need a platform plugin that works without a screen; set it before any
# of them imports Qt. Harmless for everything else.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def taskforce_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The program's own folder (autosave copies...) for this test only, never the real home.

    Made with tmp_path_factory, not inside tmp_path, so tests that snapshot their tmp_path
    never see it.
    """
    home = tmp_path_factory.mktemp("taskforce-home")
    monkeypatch.setenv("TASKFORCE_BUILDER_HOME", str(home))
    return home
