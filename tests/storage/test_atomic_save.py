"""Saving replaces the file in one step: a failure part-way leaves the previous save intact."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from wizard.model.project import Project, Region
from wizard.storage import atomic
from wizard.storage.atomic import write_atomically
from wizard.storage.errors import SaveFailedError
from wizard.storage.project_file import open_project, project_to_bytes, save_project


def files_in(folder) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def named(name: str) -> Project:
    return Project(id="saved", region=Region(name=name))


@pytest.fixture
def saved_twice(tmp_path):
    """A project saved twice, so both the file and its .bak exist."""
    path = tmp_path / "Task force.tfproj"
    save_project(named("first"), path)
    save_project(named("second"), path)
    return path


def test_first_save_creates_the_file_without_backup(tmp_path):
    path = tmp_path / "new.tfproj"
    save_project(named("first"), path)
    assert files_in(tmp_path) == {"new.tfproj": project_to_bytes(named("first"))}


def test_the_backup_holds_the_previous_version(saved_twice):
    backup = saved_twice.with_name(saved_twice.name + ".bak")
    assert open_project(saved_twice).project.region.name == "second"
    assert backup.read_bytes() == project_to_bytes(named("first"))
    save_project(named("third"), saved_twice)
    assert backup.read_bytes() == project_to_bytes(named("second"))
    assert open_project(saved_twice).project.region.name == "third"


def disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_save_that_fails_halfway_leaves_the_previous_save_intact(saved_twice, monkeypatch, step):
    folder = saved_twice.parent
    before = files_in(folder)
    monkeypatch.setattr(atomic.os, step, disk_full)

    with pytest.raises(SaveFailedError) as caught:
        save_project(named("never written"), saved_twice)
    monkeypatch.undo()

    message = str(caught.value)
    assert "disk is full" in message
    assert "untouched" in message
    assert saved_twice.name in message
    after = files_in(folder)
    assert after[saved_twice.name] == before[saved_twice.name]
    assert not [name for name in os.listdir(folder) if name.endswith(".tmp")], os.listdir(folder)
    assert set(after) == set(before)
    # The backup may be refreshed to the current save before the swap, never to the new text.
    assert after[saved_twice.name + ".bak"] in (
        before[saved_twice.name + ".bak"],
        before[saved_twice.name],
    )
    assert open_project(saved_twice).project.region.name == "second"


def test_a_failed_first_save_leaves_no_file_at_all(tmp_path, monkeypatch):
    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(SaveFailedError, match="disk is full"):
        save_project(named("x"), tmp_path / "new.tfproj")
    assert os.listdir(tmp_path) == []


def test_an_interrupted_write_is_cleaned_up_and_re_raised(tmp_path, monkeypatch):
    target = tmp_path / "data.json"
    target.write_bytes(b"old")

    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, b"new")
    assert files_in(tmp_path) == {"data.json": b"old"}


def test_read_only_folder(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    path = tmp_path / "locked" / "p.tfproj"
    path.parent.mkdir()
    save_project(named("first"), path)
    path.parent.chmod(0o555)
    try:
        with pytest.raises(SaveFailedError, match="does not allow changes"):
            save_project(named("second"), path)
        assert open_project(path).project.region.name == "first"
        assert os.listdir(path.parent) == ["p.tfproj"]
    finally:
        path.parent.chmod(0o755)


def test_permission_refused_is_reported_as_a_read_only_folder(tmp_path, monkeypatch):
    """The same outcome as above, simulated so that it also runs as root."""
    path = tmp_path / "p.tfproj"
    save_project(named("first"), path)
    before = files_in(tmp_path)

    def refused(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refused)
    with pytest.raises(SaveFailedError) as caught:
        save_project(named("second"), path)
    assert "does not allow changes" in str(caught.value)
    assert "Save As" in str(caught.value)
    # The backup is made first (so a kill never leaves two temporary files); here it
    # could be, and it is the same version as the file, which is untouched.
    after = files_in(tmp_path)
    assert after.pop("p.tfproj.bak") == before["p.tfproj"]
    assert after == before


def test_saving_keeps_the_file_permissions(tmp_path):
    path = tmp_path / "p.tfproj"
    save_project(named("first"), path)
    path.chmod(0o640)
    save_project(named("second"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_new_file_gets_normal_permissions_not_the_private_temp_ones(tmp_path):
    path = tmp_path / "p.tfproj"
    save_project(named("first"), path)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_the_backup_is_swapped_in_whole_never_copied_in_place(saved_twice, monkeypatch):
    """A crash right after the backup is made leaves both files whole: the backup is the
    previous save (made by a link, or a synced copy renamed into place), the file unchanged."""
    backup = saved_twice.with_name(saved_twice.name + ".bak")
    previous = saved_twice.read_bytes()
    real_replace = atomic.os.replace
    calls = []

    def crash_on_the_second(source, target):  # type: ignore[no-untyped-def]
        calls.append(target)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the process dies here
        return real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", crash_on_the_second)
    with pytest.raises(KeyboardInterrupt):
        save_project(named("third"), saved_twice)
    assert saved_twice.read_bytes() == previous
    assert backup.read_bytes() == previous
    assert [p.name for p in saved_twice.parent.iterdir() if p.suffix == ".tmp"] == []


def test_without_hard_links_the_backup_is_a_synced_copy(saved_twice, monkeypatch):
    def no_links(*_args):  # type: ignore[no-untyped-def]
        raise OSError(errno.EPERM, "links not supported")

    monkeypatch.setattr(atomic.os, "link", no_links)
    previous = saved_twice.read_bytes()
    save_project(named("third"), saved_twice)
    assert saved_twice.with_name(saved_twice.name + ".bak").read_bytes() == previous


def test_a_full_disk_while_backing_up_keeps_the_older_backup(saved_twice, monkeypatch):
    backup = saved_twice.with_name(saved_twice.name + ".bak")
    older = backup.read_bytes()
    monkeypatch.setattr(atomic.os, "link", disk_full)
    monkeypatch.setattr(atomic.shutil, "copyfile", disk_full)
    with pytest.raises(SaveFailedError):
        save_project(named("third"), saved_twice)
    assert backup.read_bytes() == older
    assert open_project(saved_twice).project.region.name == "second"
    assert sorted(p.name for p in saved_twice.parent.iterdir()) == [
        saved_twice.name,
        backup.name,
    ]


def test_temporaries_left_by_a_killed_save_are_cleared_on_the_next(saved_twice, monkeypatch):
    folder = saved_twice.parent
    stale = folder / f".{saved_twice.name}.abc123.tmp"
    stale.write_bytes(b"{half a proj")
    os.utime(stale, (atomic.STARTED - 60, atomic.STARTED - 60))
    fresh = folder / f".{saved_twice.name}.def456.tmp"  # another window, saving right now
    fresh.write_bytes(b"{")
    other = folder / ".other.tfproj.zzz.tmp"
    other.write_bytes(b"{")
    os.utime(other, (atomic.STARTED - 60, atomic.STARTED - 60))
    save_project(named("third"), saved_twice)
    assert not stale.exists()
    assert fresh.exists() and other.exists()


def test_a_file_marked_read_only_is_never_replaced(saved_twice):
    saved_twice.chmod(0o444)
    before = files_in(saved_twice.parent)
    with pytest.raises(SaveFailedError) as caught:
        save_project(named("third"), saved_twice)
    assert "read-only" in str(caught.value)
    assert files_in(saved_twice.parent) == before
