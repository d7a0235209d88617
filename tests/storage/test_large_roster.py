"""A 10,000-member roster saves, opens and is checked correctly (speed is in the benchmark)."""

from __future__ import annotations

from wizard.model.large import project_with_roster
from wizard.model.progress import membership_count, step_progress
from wizard.storage.project_file import MAX_FILE_BYTES, open_project, save_project


def test_ten_thousand_members_round_trip(tmp_path):
    project = project_with_roster(10_000)
    path = tmp_path / "large.tfproj"
    save_project(project, path)
    assert path.stat().st_size < MAX_FILE_BYTES / 4
    reopened = open_project(path).project
    assert reopened == project
    assert membership_count(reopened) == 2_500
    assert step_progress(reopened, "members").missing == ()
