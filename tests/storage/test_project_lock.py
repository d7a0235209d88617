"""The lock file that stops two running copies from editing one project unknowingly."""

from __future__ import annotations

import json
import os
import socket
import subprocess

import pytest

from wizard.storage import lock as lock_module
from wizard.storage.lock import LockHeldError, ProjectLock, lock_path_for, read_holder


@pytest.fixture
def project_path(tmp_path):
    return tmp_path / "Task force.tfproj"


def write_lock(project_path, **fields) -> None:
    holder = {"user": "someone", "host": socket.gethostname(), "pid": os.getpid()}
    holder |= {"since": "2025-03-04T09:05:00", **fields}
    lock_path_for(project_path).write_text(json.dumps(holder), encoding="utf-8")


def dead_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def test_lock_path_sits_beside_the_project(project_path):
    assert lock_path_for(project_path) == project_path.with_name("Task force.tfproj.lock")


def test_acquire_creates_the_lock_with_who_and_where(project_path):
    lock = ProjectLock(project_path)
    assert lock.acquire() is True
    assert lock.held
    holder = read_holder(lock_path_for(project_path))
    assert holder is not None
    assert holder.pid == os.getpid()
    assert holder.host == socket.gethostname()
    assert holder.user


def test_release_removes_the_lock(project_path):
    lock = ProjectLock(project_path)
    lock.acquire()
    lock.release()
    assert not lock.held
    assert not lock_path_for(project_path).exists()
    lock.release()  # twice is harmless


def test_the_same_process_may_lock_again(project_path):
    first = ProjectLock(project_path)
    second = ProjectLock(project_path)
    assert first.acquire()
    assert second.acquire()
    assert second.held


def test_another_computer_holds_the_lock(project_path):
    write_lock(project_path, user="maria", host="front-desk-pc", pid=os.getpid())
    before = lock_path_for(project_path).read_bytes()
    lock = ProjectLock(project_path)
    with pytest.raises(LockHeldError) as caught:
        lock.acquire()
    message = str(caught.value)
    assert "maria" in message
    assert "front-desk-pc" in message
    assert "since March 4 at" in message
    assert caught.value.holder.host == "front-desk-pc"
    assert not lock.held
    assert lock_path_for(project_path).read_bytes() == before
    lock.release()  # not held: must not remove the other copy's lock
    assert lock_path_for(project_path).read_bytes() == before


def test_another_live_process_on_this_computer_holds_the_lock(project_path):
    parent = os.getppid()
    write_lock(project_path, user="jon", pid=parent)
    with pytest.raises(LockHeldError) as caught:
        ProjectLock(project_path).acquire()
    assert "jon" in str(caught.value)
    assert socket.gethostname() in str(caught.value)
    assert caught.value.holder.pid == parent
    assert read_holder(lock_path_for(project_path)).pid == parent


def test_a_lock_left_by_a_crashed_copy_is_taken_over(project_path):
    gone = dead_pid()
    write_lock(project_path, user="jon", pid=gone)
    lock = ProjectLock(project_path)
    assert lock.acquire() is True
    holder = read_holder(lock_path_for(project_path))
    assert holder.pid == os.getpid()
    assert holder.pid != gone
    lock.release()
    assert not lock_path_for(project_path).exists()


@pytest.mark.parametrize(
    "content", [b"", b"{not json", b'{"user": "x"}', b"[1, 2]", b'{"user":1,"host":2,"pid":"x"}']
)
def test_a_corrupt_lock_is_treated_as_stale(project_path, content):
    lock_path_for(project_path).write_bytes(content)
    assert read_holder(lock_path_for(project_path)) is None
    lock = ProjectLock(project_path)
    assert lock.acquire() is True
    assert read_holder(lock_path_for(project_path)).pid == os.getpid()


def test_releasing_leaves_a_lock_that_another_copy_took_over(project_path):
    lock = ProjectLock(project_path)
    lock.acquire()
    write_lock(project_path, user="maria", host="front-desk-pc")
    lock.release()
    assert read_holder(lock_path_for(project_path)).host == "front-desk-pc"


def test_no_lock_can_be_written_in_a_missing_folder(tmp_path):
    lock = ProjectLock(tmp_path / "no such folder" / "p.tfproj")
    assert lock.acquire() is False
    assert not lock.held


def test_process_alive():
    assert lock_module.process_alive(os.getpid())
    assert lock_module.process_alive(os.getppid())
    assert not lock_module.process_alive(dead_pid())


@pytest.mark.skipif(os.name != "posix", reason="needs fork and SIGKILL")
def test_the_lock_of_a_killed_program_is_taken_over_without_a_question(project_path):
    """The crash issue 15 saw 218 times: the window killed with the project open."""
    import signal
    import time

    child = os.fork()
    if child == 0:  # pragma: no cover (the child never returns)
        ProjectLock(project_path).acquire()
        time.sleep(60)
        os._exit(0)
    lock_file = lock_path_for(project_path)
    deadline = time.monotonic() + 10
    while not lock_file.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
    assert lock_file.exists()  # left behind by the killed program
    mine = ProjectLock(project_path)
    mine.acquire()  # no LockHeldError: the holder's process is gone
    assert str(os.getpid()) in lock_file.read_text(encoding="utf-8")
    mine.release()
