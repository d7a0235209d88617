"""Shared test set-up. Imports nothing from Qt, so model and storage tests run anywhere."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.risky_days import RISKY_DAYS
from wizard.model import clock

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


@pytest.fixture(params=RISKY_DAYS, ids=lambda day: day.isoformat())
def risky_today(request: pytest.FixtureRequest) -> Iterator[date]:
    """Today, pinned to each of the risky days in turn (tests/risky_days.py)."""
    with clock.pinned(request.param) as day:
        yield day
