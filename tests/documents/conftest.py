"""Projects for document tests: the shipped sample, and the sample with hostile text
in every free-text field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wizard.model.project import Project
from wizard.storage.project_file import open_project

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "sample-county.tfproj"
TODAY = date(2026, 11, 28)


@pytest.fixture
def sample() -> Project:
    return open_project(SAMPLE, keep_backup=False).project
