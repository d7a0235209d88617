"""Writing the packet: the folder and zip it makes, and that failures and cancels
leave nothing behind and replace nothing unasked."""

from __future__ import annotations

import errno
import os
import zipfile

import pytest

from tests.documents.conftest import TODAY
from wizard.documents import packet
from wizard.documents.packet import (
    ExportCancelledError,
    ExportError,
    PacketExistsError,
    export_packet,
    packet_destination,
    packet_gaps,
    plan_packet,
)
from wizard.model.project import Project, Region


def snapshot(folder):
    return sorted(
        (str(p.relative_to(folder)), p.read_bytes() if p.is_file() else b"")
        for p in folder.rglob("*")
    )


def test_the_packet_folder_is_named_after_the_task_force_and_date(sample, tmp_path):
    result = export_packet(sample, tmp_path, today=TODAY)
    assert result.folder == tmp_path / "North Ridge CSEC-Y Task Force starter packet 2026-11-28"
    assert sorted(p.relative_to(result.folder).as_posix() for p in result.files) == sorted(
        item.path for item in plan_packet(sample, TODAY)
    )
    assert all(p.is_file() and p.stat().st_size > 0 for p in result.files)
    assert [p.name for p in tmp_path.iterdir()] == [result.folder.name]  # no leftovers


def test_the_zip_holds_the_same_files(sample, tmp_path):
    result = export_packet(sample, tmp_path, today=TODAY, make_zip=True)
    assert result.zip_file == result.folder.with_name(result.folder.name + ".zip")
    names = zipfile.ZipFile(result.zip_file).namelist()
    expected = [
        f"{result.folder.name}/{p.relative_to(result.folder).as_posix()}" for p in result.files
    ]
    assert sorted(names) == sorted(expected)


def test_an_existing_packet_is_not_replaced_unless_asked(sample, tmp_path):
    first = export_packet(sample, tmp_path, today=TODAY)
    (first.folder / "my notes.txt").write_text("mine", encoding="utf-8")
    before = snapshot(tmp_path)
    with pytest.raises(PacketExistsError):
        export_packet(sample, tmp_path, today=TODAY)
    assert snapshot(tmp_path) == before
    again = export_packet(sample, tmp_path, today=TODAY, replace_existing=True)
    assert not (again.folder / "my notes.txt").exists()
    assert [p.name for p in tmp_path.iterdir()] == [again.folder.name]


def test_an_existing_zip_also_counts_as_existing(sample, tmp_path):
    destination = packet_destination(sample, tmp_path, TODAY)
    zip_path = destination.with_name(destination.name + ".zip")
    zip_path.write_bytes(b"older zip")
    with pytest.raises(PacketExistsError):
        export_packet(sample, tmp_path, today=TODAY, make_zip=True)
    assert zip_path.read_bytes() == b"older zip"
    assert [p.name for p in tmp_path.iterdir()] == [zip_path.name]


def test_cancel_leaves_nothing_behind(sample, tmp_path):
    calls = []

    def progress(done, total, title):
        calls.append((done, total, title))
        return done < 1

    with pytest.raises(ExportCancelledError):
        export_packet(sample, tmp_path, today=TODAY, progress=progress)
    assert list(tmp_path.iterdir()) == []
    assert calls[0][0] == 0 and calls[0][1] == len(plan_packet(sample, TODAY))


def test_cancel_keeps_an_older_packet_as_it_was(sample, tmp_path):
    export_packet(sample, tmp_path, today=TODAY)
    before = snapshot(tmp_path)
    with pytest.raises(ExportCancelledError):
        export_packet(
            sample, tmp_path, today=TODAY, replace_existing=True, progress=lambda *_: False
        )
    assert snapshot(tmp_path) == before


def test_a_full_disk_is_said_plainly_and_leaves_nothing(sample, tmp_path, monkeypatch):
    def full(_self, _target):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(packet.PacketItem, "make", full)
    with pytest.raises(ExportError, match="the disk is full"):
        export_packet(sample, tmp_path, today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_said_plainly(sample, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_packet(sample, tmp_path / "nowhere", today=TODAY)


def test_a_folder_that_refuses_changes_is_said_plainly(sample, tmp_path, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(packet.tempfile, "mkdtemp", refuse)
    with pytest.raises(ExportError, match="does not allow changes"):
        export_packet(sample, tmp_path, today=TODAY)


def test_gaps_are_listed_before_exporting():
    gaps = packet_gaps(Project(region=Region(name="Empty")), TODAY)
    assert "the counties covered" in gaps
    assert len(gaps) == len(set(gaps))
    assert (
        packet_gaps(Project(region=Region(name="Full", counties=["King"])), TODAY).count(
            "the counties covered"
        )
        == 0
    )


def _top_numbers(items) -> list[int]:
    return sorted({int(item.path.partition("/")[0].split(" ")[0]) for item in items})


def test_file_numbers_have_no_holes_when_a_part_is_empty():
    project = Project(region=Region(name="Early", counties=["Clark"]))
    items = plan_packet(project, TODAY)
    assert not any("MOUs" in item.path for item in items)  # nothing drafted: no folder
    numbers = _top_numbers(items)
    assert numbers == list(range(len(numbers)))
    assert any(item.path.startswith("06 Outreach plan") for item in items)


def test_the_sample_keeps_the_catalog_numbers(sample):
    items = plan_packet(sample, TODAY)
    tops = sorted({item.path.partition("/")[0] for item in items})
    assert tops[:3] == ["00 Overview.pdf", "01 Charter.docx", "02 Coordinator job description.docx"]
    assert "06 MOUs" in tops
    assert _top_numbers(items) == list(range(len(tops)))


def test_every_gap_names_the_step_that_answers_it(sample):
    from wizard.documents.values import gap_steps_in
    from wizard.model.steps import STEP_IDS

    for project in (sample, Project()):
        for item in plan_packet(project, TODAY):
            steps = gap_steps_in(item.context) if item.context is not None else {}
            assert set(steps.values()) <= set(STEP_IDS), item.path


WIDE = "🎉👩‍👩‍👧" * 30 + "日本語のタスクフォース" * 10


def test_names_of_wide_characters_make_names_a_file_system_takes(sample, tmp_path):
    """File systems count 255 bytes a name, not characters: 60 emoji are 240 bytes."""
    sample.region.name = WIDE
    for organisation in sample.organisations:
        organisation.name = WIDE + organisation.id
    for member in sample.members:
        member.name = WIDE + member.id
    for grant in sample.grants:
        grant.title = WIDE
    result = export_packet(sample, tmp_path, make_zip=True, today=TODAY)
    written = [result.folder, *result.files, result.zip_file]
    for path in written:
        assert path is not None and path.exists()
        for part in path.relative_to(tmp_path).parts:
            assert len(part.encode("utf-8")) <= 255, part
