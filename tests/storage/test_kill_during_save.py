"""A save killed at any moment leaves the project file and its .bak whole, each a version
that was saved, and at most one temporary file (cleared by the next save)."""

from __future__ import annotations

import os

import pytest

from tests.storage.kill_saves import kill_and_check

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs fork and SIGKILL")


def test_a_hundred_kills_during_saves_leave_everything_whole(tmp_path):
    found = kill_and_check(tmp_path, kills=100)
    assert found["project file whole"] >= 95  # a few kills may land before the first save
    assert found[".bak whole"] >= 90
