"""Version 2 files (before the packet history) open, upgrade, and keep a copy."""

from __future__ import annotations

import json
from datetime import date

from wizard.model.exports import last_export, record_export
from wizard.model.project import MAX_EXPORTS_KEPT, SCHEMA_VERSION, Project
from wizard.storage.migrations import migrate
from wizard.storage.project_file import open_project


def test_a_version_2_file_opens_with_no_packets_made(tmp_path):
    path = tmp_path / "Old.tfproj"
    data = Project().model_dump(mode="json")
    data["schema_version"] = 2
    del data["exports"]
    original = json.dumps(data).encode()
    path.write_bytes(original)
    opened = open_project(path)
    assert opened.migrated_from == 2
    assert opened.project.schema_version == SCHEMA_VERSION == 3
    assert opened.project.exports == []
    assert path.read_bytes() == original  # opening changes nothing on disk
    assert path.with_name("Old.tfproj.v2.bak").read_bytes() == original


def test_the_upgrade_leaves_its_input_alone():
    data = {"schema_version": 2}
    assert migrate(data, 2, 3) == {"schema_version": 3, "exports": []}
    assert data == {"schema_version": 2}


def test_only_the_most_recent_packets_are_remembered(tmp_path):
    project = Project()
    assert last_export(project) is None
    for day in range(1, MAX_EXPORTS_KEPT + 6):
        record_export(project, date(2027, 1, day), tmp_path / f"packet {day}", 12, day)
    assert len(project.exports) == MAX_EXPORTS_KEPT
    last = last_export(project)
    assert last is not None and last.made_on == date(2027, 1, MAX_EXPORTS_KEPT + 5)
    assert Project.model_validate(project.model_dump(mode="json")) == project
