"""Version 3 files (the sample as it was before version 4) open unchanged in content,
upgrade to version 4 and keep a copy; the new answers start empty."""

from __future__ import annotations

from pathlib import Path

from wizard.model.project import SCHEMA_VERSION
from wizard.storage.migrations import migrate
from wizard.storage.project_file import open_project

FIXTURE = Path(__file__).parents[1] / "fixtures" / "project_v3.tfproj"


def test_a_version_3_file_opens_as_version_4_with_everything_kept(tmp_path: Path):
    path = tmp_path / "North Ridge.tfproj"
    original = FIXTURE.read_bytes()
    path.write_bytes(original)
    opened = open_project(path)
    project = opened.project
    assert opened.migrated_from == 3 and project.schema_version == SCHEMA_VERSION == 4
    assert project.region.name == "North Ridge CSEC/Y Task Force"
    assert len(project.members) == 9 and len(project.mous) == 4
    assert [entry.year for entry in project.scc.history] == [2025, 2026]
    assert all(mou.roles == "" and not mou.needs_approval for mou in project.mous)
    assert path.read_bytes() == original  # opening changes nothing on disk
    assert path.with_name("North Ridge.tfproj.v3.bak").read_bytes() == original


def test_the_upgrade_only_raises_the_number_and_leaves_its_input_alone():
    data = {"schema_version": 3, "region": {"name": "X"}}
    assert migrate(data, 3, 4) == {"schema_version": 4, "region": {"name": "X"}}
    assert data == {"schema_version": 3, "region": {"name": "X"}}
