"""Recovery copies: written while there are unsaved changes, offered after a crash."""

from __future__ import annotations

import json
import os
import socket
import subprocess
from datetime import date

import pytest

from wizard.model import clock
from wizard.model.project import Member, Organisation, Project, Region
from wizard.storage import errors
from wizard.storage.autosave import (
    Recovery,
    discard_recovery,
    find_recoveries,
    load_recovery,
    recovery_file_for,
    write_recovery,
)
from wizard.storage.paths import recovery_dir, user_state_dir


def sample(name: str = "Cascade Valley Task Force 🎉") -> Project:
    return Project(
        id="recovery-sample",
        region=Region(name=name, counties=["King"]),
        organisations=[Organisation(id="org", name="Sheriff & <Co>")],
        members=[Member(id="ana", name="Ana", organisation_id="org", joined_on=date(2024, 2, 29))],
        last_step="members",
    )


def envelope_of(file) -> dict:
    return json.loads(file.read_text(encoding="utf-8"))


def test_recoveries_live_in_the_test_home_not_the_real_one(taskforce_home):
    assert user_state_dir() == taskforce_home
    assert recovery_dir() == taskforce_home / "recovery"


def test_nothing_to_recover_at_first():
    assert find_recoveries() == []


def test_write_then_find_lists_it_with_the_task_force_name(tmp_path):
    original = tmp_path / "Cascade.tfproj"
    file = write_recovery(sample(), original, "session-1")
    assert file.parent == recovery_dir()
    assert file == recovery_file_for(original, "session-1")

    # A copy written by this very process is listed: this is how a crash is simulated.
    found = find_recoveries()
    assert len(found) == 1
    recovery = found[0]
    assert recovery.file == file
    assert recovery.task_force_name == "Cascade Valley Task Force 🎉"
    assert recovery.original == original
    assert abs((clock.now() - recovery.saved_at).total_seconds()) < 60
    assert "Cascade Valley Task Force 🎉 (Cascade.tfproj), last changed" in recovery.describe()


def test_load_recovery_gives_back_an_equal_project(tmp_path):
    project = sample()
    write_recovery(project, tmp_path / "p.tfproj", "s")
    (recovery,) = find_recoveries()
    assert load_recovery(recovery) == project


def test_the_original_project_file_is_not_touched(tmp_path):
    original = tmp_path / "p.tfproj"
    original.write_bytes(b"the saved version")
    write_recovery(sample(), original, "s")
    assert list(tmp_path.iterdir()) == [original]
    assert original.read_bytes() == b"the saved version"


def test_one_copy_per_project_and_rewriting_replaces_it(tmp_path):
    original = tmp_path / "p.tfproj"
    first = write_recovery(sample("first"), original, "s")
    second = write_recovery(sample("second"), original, "another session")
    assert first == second
    (recovery,) = find_recoveries()
    assert recovery.task_force_name == "second"


def test_untitled_projects_are_kept_apart_per_session():
    write_recovery(sample("one"), None, "session-a")
    write_recovery(sample("two"), None, "session-b")
    found = find_recoveries()
    assert sorted(r.task_force_name for r in found) == ["one", "two"]
    assert all(r.original is None for r in found)
    unnamed = write_recovery(Project(), None, "session-c")
    recovery = next(r for r in find_recoveries() if r.file == unnamed)
    assert recovery.describe().startswith("an untitled project, last changed")


def test_discard_removes_it(tmp_path):
    file = write_recovery(sample(), tmp_path / "p.tfproj", "s")
    (recovery,) = find_recoveries()
    discard_recovery(recovery.file)
    assert not file.exists()
    assert find_recoveries() == []
    discard_recovery(recovery.file)  # already gone: no error


def test_newest_first(tmp_path):
    older = write_recovery(sample("older"), tmp_path / "a.tfproj", "s")
    write_recovery(sample("newer"), tmp_path / "b.tfproj", "s")
    data = envelope_of(older)
    data["saved_at"] = "2020-01-01T10:00:00"
    older.write_text(json.dumps(data), encoding="utf-8")
    assert [r.task_force_name for r in find_recoveries()] == ["newer", "older"]


@pytest.mark.parametrize(
    "junk",
    [
        "not json at all",
        "",
        "[1, 2, 3]",
        '{"kind": "something-else", "project": {}}',
        '{"kind": "taskforce-builder-recovery", "project": {"region": null}}',
        '{"kind": "taskforce-builder-recovery", "project": {"region": "King"}}',
        '{"kind": "taskforce-builder-recovery", "project": {"region": {"name": 7}}}',
        '{"kind": "taskforce-builder-recovery", "project": [], "saved_at": 5}',
    ],
)
def test_junk_in_the_recovery_folder_is_skipped(tmp_path, junk):
    write_recovery(sample("good one"), tmp_path / "p.tfproj", "s")
    (recovery_dir() / "junk.json").write_text(junk, encoding="utf-8")
    (recovery_dir() / "notes.txt").write_text("not a recovery", encoding="utf-8")
    names = [r.task_force_name for r in find_recoveries() if r.file.name != "junk.json"]
    assert names == ["good one"]
    for recovery in find_recoveries():
        if recovery.file.name == "junk.json":
            # Listed only if it looks like ours; opening it then fails cleanly.
            with pytest.raises(errors.ProjectFileError):
                load_recovery(recovery)


def test_a_recovery_of_a_copy_still_running_is_not_offered(tmp_path):
    file = write_recovery(sample(), tmp_path / "p.tfproj", "s")
    data = envelope_of(file)
    data["pid"] = os.getppid()  # a live process that is not this one
    file.write_text(json.dumps(data), encoding="utf-8")
    assert find_recoveries() == []
    data["host"] = "another-computer"  # cannot tell if it runs there: offer it
    file.write_text(json.dumps(data), encoding="utf-8")
    assert len(find_recoveries()) == 1


def test_a_recovery_left_by_a_crashed_copy_is_offered(tmp_path):
    child = subprocess.Popen(["true"])
    child.wait()
    file = write_recovery(sample(), tmp_path / "p.tfproj", "s")
    data = envelope_of(file)
    assert data["host"] == socket.gethostname()
    data["pid"] = child.pid
    file.write_text(json.dumps(data), encoding="utf-8")
    (recovery,) = find_recoveries()
    assert load_recovery(recovery) == sample()


def test_a_damaged_recovery_cannot_be_loaded(tmp_path):
    file = write_recovery(sample(), tmp_path / "p.tfproj", "s")
    (recovery,) = find_recoveries()
    file.write_text(file.read_text(encoding="utf-8")[:50], encoding="utf-8")
    with pytest.raises(errors.NotAProjectError, match="not a readable recovery copy"):
        load_recovery(recovery)
    assert find_recoveries() == []


def test_a_recovery_with_a_bad_project_is_refused_with_a_plain_reason(tmp_path):
    file = write_recovery(sample(), tmp_path / "p.tfproj", "s")
    data = envelope_of(file)
    data["project"]["members"][0]["organisation_id"] = "gone"
    file.write_text(json.dumps(data), encoding="utf-8")
    recovery = Recovery(file, None, clock.now(), "x")
    with pytest.raises(errors.WrongShapeError, match="organization that does not exist"):
        load_recovery(recovery)
