"""Every way a project file can be wrong gives one specific error, in plain words,
and opening it never changes anything on disk."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from wizard.model.project import Member, Organisation, Project, Region
from wizard.storage import errors, project_file
from wizard.storage.project_file import open_project, project_to_bytes, save_project


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def realistic_project() -> Project:
    return Project(
        region=Region(name="Cascade Valley CSEC/Y Task Force — مرحبا 🎉", counties=["King"]),
        organisations=[Organisation(id="sheriff", name='Sheriff & <Co> "quoted"', sector="cps")],
        members=[
            Member(
                id="ana",
                name="Ana Núñez",
                organisation_id="sheriff",
                sector="cps",
                status="member",
                joined_on=date(2024, 1, 31),
                notes="línea uno\nline two",
            ),
            Member(id="bo", name="Bo", status="prospect"),
        ],
    )


def valid_json() -> dict[str, object]:
    return json.loads(project_to_bytes(realistic_project()))


def as_bytes(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def with_member_status(status: str) -> bytes:
    data = valid_json()
    data["members"][0]["status"] = status  # type: ignore[index]
    return as_bytes(data)


def with_missing_organisation() -> bytes:
    data = valid_json()
    data["members"][0]["organisation_id"] = "gone-org"  # type: ignore[index]
    return as_bytes(data)


def without(key: str) -> bytes:
    data = valid_json()
    del data[key]
    return as_bytes(data)


def with_version(version: object) -> bytes:
    data = valid_json()
    data["schema_version"] = version
    return as_bytes(data)


# (id, file contents, expected error class, words the message must contain)
CASES: list[tuple[str, bytes, type[errors.ProjectFileError], tuple[str, ...]]] = [
    (
        "random-text",
        b"Dear members, the next meeting is on Tuesday.\n",
        errors.NotAProjectError,
        ("not a Task Force Builder project",),
    ),
    (
        "docx-renamed",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xdf\xa4\xd2lZ\x01\x00\x00 \x05\x00\x00"
        b"\x13\x00\x08\x02[Content_Types].xml \xa2\x04\x02(\xa0\x00\x02",
        errors.NotAProjectError,
        ("not a Task Force Builder project",),
    ),
    ("pdf-renamed", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", errors.NotAProjectError, ("not a",)),
    ("empty", b"", errors.TruncatedFileError, ("empty",)),
    ("only-whitespace", b"  \n\n\t ", errors.TruncatedFileError, ("empty",)),
    ("json-list", b"[1, 2, 3]", errors.WrongShapeError, ("not a Task Force Builder project",)),
    ("json-string", b'"hello"', errors.WrongShapeError, ("not a Task Force Builder project",)),
    ("no-schema-version", without("schema_version"), errors.WrongShapeError, ("format version",)),
    ("schema-version-string", with_version("2"), errors.WrongShapeError, ("format version",)),
    ("schema-version-bool", with_version(True), errors.WrongShapeError, ("format version",)),
    ("schema-version-zero", with_version(0), errors.WrongShapeError, ("never wrote",)),
    ("newer-version", with_version(99), errors.NewerVersionError, ("newer", "99")),
    ("member-status-boss", with_member_status("boss"), errors.WrongShapeError, ("status",)),
    (
        "member-missing-organisation",
        with_missing_organisation(),
        errors.WrongShapeError,
        ("organization that does not exist", "gone-org"),
    ),
    (
        "unknown-key",
        as_bytes({**valid_json(), "secret_plan": 1}),
        errors.WrongShapeError,
        ("secret plan",),
    ),
    (
        "old-version-damaged",
        as_bytes({"schema_version": 1, "members": [5]}),
        errors.WrongShapeError,
        ("older format", "damaged"),
    ),
    (
        "old-version-members-not-a-list",
        as_bytes({"schema_version": 1, "members": 5}),
        errors.WrongShapeError,
        ("could not be upgraded",),
    ),
]


@pytest.mark.parametrize(
    ("content", "error_class", "words"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_bad_file_is_refused_with_a_plain_reason_and_nothing_changes(
    tmp_path, content, error_class, words
):
    path = tmp_path / "Project.tfproj"
    path.write_bytes(content)
    (tmp_path / "Notes.txt").write_text("unrelated file")
    before = snapshot(tmp_path)

    with pytest.raises(error_class) as caught:
        open_project(path)

    message = str(caught.value)
    assert message.startswith("Project.tfproj: ")
    for word in words:
        assert word.lower() in message.lower(), message
    assert caught.value.path == path
    assert snapshot(tmp_path) == before


def saved_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "source" / "full.tfproj"
    path.parent.mkdir()
    save_project(realistic_project(), path)
    data = path.read_bytes()
    path.unlink()
    path.parent.rmdir()
    return data


def cut_points(data: bytes) -> list[int]:
    """Every cut that leaves the JSON unfinished: all of them, for a small file."""
    end_of_json = len(data.rstrip())  # cutting only the final newline leaves a whole project
    return list(range(1, end_of_json))


def test_a_truncated_file_is_reported_as_incomplete_wherever_it_was_cut(tmp_path):
    data = saved_bytes(tmp_path)
    assert "🎉".encode() in data  # cuts land inside multi-byte characters too
    points = cut_points(data)
    assert len(points) > 500
    wrong = {}
    for cut in points:
        path = tmp_path / "cut.tfproj"
        path.write_bytes(data[:cut])
        try:
            open_project(path)
        except errors.TruncatedFileError as error:
            if "incomplete" not in str(error) or "part-way" not in str(error):
                wrong[cut] = str(error)
        except errors.ProjectFileError as error:
            wrong[cut] = f"{type(error).__name__}: {error}"
        else:
            wrong[cut] = "opened"
        assert path.read_bytes() == data[:cut]
    assert not wrong, {cut: (data[max(0, cut - 20) : cut], why) for cut, why in wrong.items()}
    assert snapshot(tmp_path) == {"cut.tfproj": data[: points[-1]]}


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9])
def test_truncated_file_matrix(tmp_path, fraction):
    data = saved_bytes(tmp_path)
    path = tmp_path / "Project.tfproj"
    path.write_bytes(data[: int(len(data) * fraction)])
    before = snapshot(tmp_path)
    with pytest.raises(errors.TruncatedFileError, match="incomplete: it stops part-way"):
        open_project(path)
    assert snapshot(tmp_path) == before


def test_cut_in_the_middle_of_a_word_or_number_is_still_incomplete(tmp_path):
    path = tmp_path / "p.tfproj"
    for text in ['{"a": nu', '{"a": [tr', '{"a": fals', '{"a": -', '{"a": 1.', '{"a": 1e-']:
        path.write_text(text, encoding="utf-8")
        with pytest.raises(errors.TruncatedFileError):
            open_project(path)
    path.write_bytes(b'{"a": "x\\u00')
    with pytest.raises(errors.TruncatedFileError):
        open_project(path)


def test_garbage_in_the_middle_is_not_mistaken_for_a_cut(tmp_path):
    path = tmp_path / "p.tfproj"
    for text in ['{"a": nux}', '{"a": 1.x}', '{"a": u', '{"a": 1} trailing', '{"a" 1}']:
        path.write_text(text, encoding="utf-8")
        with pytest.raises(errors.NotAProjectError, match="not a Task Force Builder project"):
            open_project(path)
    path.write_bytes(b'{"a": "\xff\xfe broken"}')
    with pytest.raises(errors.NotAProjectError, match="not a text file"):
        open_project(path)


def test_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "Huge.tfproj"
    save_project(realistic_project(), path)
    before = snapshot(tmp_path)
    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", 100)
    with pytest.raises(errors.TooLargeError) as caught:
        open_project(path)
    assert "larger than any project file" in str(caught.value)
    assert "not a Task Force Builder project" in str(caught.value)
    assert snapshot(tmp_path) == before


def test_a_missing_file(tmp_path):
    before = snapshot(tmp_path)
    with pytest.raises(errors.FileMissingError) as caught:
        open_project(tmp_path / "Gone.tfproj")
    assert "Gone.tfproj" in str(caught.value)
    assert "could not be found" in str(caught.value)
    assert snapshot(tmp_path) == before
    assert not (tmp_path / "Gone.tfproj").exists()


def test_a_folder_is_not_a_project(tmp_path):
    (tmp_path / "Folder.tfproj").mkdir()
    with pytest.raises(errors.NotAProjectError, match="folder"):
        open_project(tmp_path / "Folder.tfproj")


@pytest.mark.parametrize(
    "make_content",
    [lambda: with_version(99), with_missing_organisation],
    ids=["newer", "dangling"],
)
def test_a_refused_file_keeps_its_lock_and_backup_untouched(
    tmp_path, make_content: Callable[[], bytes]
):
    path = tmp_path / "Project.tfproj"
    path.write_bytes(make_content())
    (tmp_path / "Project.tfproj.bak").write_bytes(b"older save")
    before = snapshot(tmp_path)
    with pytest.raises(errors.ProjectFileError):
        open_project(path)
    assert snapshot(tmp_path) == before


def _with(path_in_json: list[object], value: object) -> bytes:
    data = valid_json()
    target: object = data
    for key in path_in_json[:-1]:
        target = target[key]  # type: ignore[index]
    target[path_in_json[-1]] = value  # type: ignore[index]
    return as_bytes(data)


@pytest.mark.parametrize(
    ("content", "kind", "words"),
    [
        (
            as_bytes(valid_json())[:-1] + b', "big": ' + b"9" * 5000 + b"}",
            errors.NotAProjectError,
            "data no project has",
        ),
        (
            b'{"schema_version": 3, "region": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
            errors.NotAProjectError,
            "data no project has",
        ),
        (
            b'{"schema_version": 3, "notes": ' + b"[" * 40 + b"]" * 40 + b"}",
            errors.WrongShapeError,
            "nested too deep",
        ),
        (
            _with(["members", 0, "notes"], "x" * (project_file.MAX_TEXT_CHARACTERS + 1)),
            errors.TooLargeError,
            "members › item 1 › notes",
        ),
    ],
    ids=["a 5000-digit number", "arrays 100,000 deep", "arrays 40 deep", "a huge answer"],
)
def test_data_no_project_holds_is_refused_plainly(tmp_path, content, kind, words):
    path = tmp_path / "odd.tfproj"
    path.write_bytes(content)
    before = snapshot(tmp_path)
    with pytest.raises(kind) as caught:
        open_project(path)
    assert words in str(caught.value)
    assert "\n" not in str(caught.value).strip()
    assert snapshot(tmp_path) == before


def test_a_100_kb_answer_still_opens(tmp_path):
    path = tmp_path / "long.tfproj"
    path.write_bytes(_with(["members", 0, "notes"], "y" * 100_000))
    assert open_project(path).project.members[0].notes == "y" * 100_000


def test_a_50_mb_answer_is_refused_quickly_and_by_name(tmp_path):
    """The file that made the window hang for minutes: a 50 MB subcommittee charge."""
    data = valid_json()
    data["subcommittees"] = [{"id": "s1", "name": "Education", "charge": "c" * 50_000_000}]
    path = tmp_path / "huge.tfproj"
    path.write_bytes(as_bytes(data))
    with pytest.raises(errors.TooLargeError) as caught:
        open_project(path)
    assert "subcommittees › item 1 › charge" in str(caught.value)
