"""Files written in format 1 open as format 2, with the old file kept as it was."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest

from wizard.model.project import SCHEMA_VERSION, Project
from wizard.storage.migrations import MIGRATIONS, OLDEST_READABLE_VERSION, migrate
from wizard.storage.project_file import open_project, save_project

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "project_v1.tfproj"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    path = tmp_path / "Skagit.tfproj"
    shutil.copyfile(FIXTURE, path)
    return path


def test_the_fixture_is_a_version_1_file():
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert {"task_force_name", "counties", "last_step_index"} <= set(data)
    assert "region" not in data
    assert all("organisation" in m and "organisation_id" not in m for m in data["members"])


def test_a_chain_of_migrations_reaches_the_current_version():
    assert OLDEST_READABLE_VERSION == 1
    assert sorted(MIGRATIONS) == list(range(OLDEST_READABLE_VERSION, SCHEMA_VERSION))


def test_opening_a_version_1_file_upgrades_it(v1_copy):
    original = v1_copy.read_bytes()
    opened = open_project(v1_copy)
    project = opened.project

    assert opened.migrated_from == 1
    assert project.schema_version == SCHEMA_VERSION
    assert project.region.name == "Skagit & Island CSEC/Y Task Force"
    assert project.region.counties == ["Skagit", "Island"]
    assert project.region.kind is None
    assert project.last_step == "mission"  # last_step_index 3

    # The two spellings of the police department became one organisation.
    names = sorted(org.name for org in project.organisations)
    assert names == ["Mount Vernon Police Department", "Skagit County Public Health"]
    police = next(o for o in project.organisations if o.name.startswith("Mount Vernon"))
    health = next(o for o in project.organisations if o.name.startswith("Skagit"))
    assert police.sector == "law_enforcement"
    assert health.sector == "public_health"
    by_id = {member.id: member for member in project.members}
    assert by_id["m-ana"].organisation_id == police.id
    assert by_id["m-ben"].organisation_id == police.id
    assert by_id["m-cara"].organisation_id == health.id
    assert by_id["m-dev"].organisation_id is None  # no organisation given
    assert project.organisation(by_id["m-ben"].organisation_id) is police

    # Everything that already existed in version 1 is carried over.
    assert [m.id for m in project.members] == ["m-ana", "m-ben", "m-cara", "m-dev"]
    assert by_id["m-ana"].joined_on.isoformat() == "2023-02-01"
    assert by_id["m-ben"].notes == "Met at the county safety fair"
    assert project.coordinator.contact.name == "Rosa Jiménez"
    assert project.coordinator.duties["mailing_list"] == "shared"
    assert project.mission.statement.startswith("We bring together")
    assert project.mission.prompts.how == "Training, referrals and shared protocols"
    assert project.mission.goals[0].id == "g-train"
    assert project.step_notes == {
        "members": "Ask the tribes about a representative <before> the spring meeting."
    }

    # The old file is kept, byte for byte, beside the original, which is itself unchanged.
    assert opened.backup == v1_copy.with_name("Skagit.tfproj.v1.bak")
    assert opened.backup.read_bytes() == original
    assert v1_copy.read_bytes() == original
    assert sorted(p.name for p in v1_copy.parent.iterdir()) == [
        "Skagit.tfproj",
        "Skagit.tfproj.v1.bak",
    ]


def test_opening_it_again_keeps_the_first_backup(v1_copy):
    original = v1_copy.read_bytes()
    first = open_project(v1_copy).backup
    (v1_copy.parent / "Skagit.tfproj.v1.bak").write_bytes(b"user's own notes")
    second = open_project(v1_copy).backup
    assert first != second
    assert second == v1_copy.with_name("Skagit.tfproj.v1-2.bak")
    assert second.read_bytes() == original
    assert first.read_bytes() == b"user's own notes"


def test_the_upgraded_project_saves_and_reopens_as_version_2(v1_copy):
    upgraded = open_project(v1_copy).project
    save_project(upgraded, v1_copy)
    reopened = open_project(v1_copy)
    assert reopened.migrated_from is None
    assert reopened.backup is None
    assert reopened.project == upgraded
    assert json.loads(v1_copy.read_bytes())["schema_version"] == SCHEMA_VERSION
    # the version 1 file is still available twice: the migration backup and the save backup
    assert v1_copy.with_name("Skagit.tfproj.bak").read_bytes() == FIXTURE.read_bytes()
    assert v1_copy.with_name("Skagit.tfproj.v1.bak").read_bytes() == FIXTURE.read_bytes()


def test_the_committed_fixture_itself_is_never_touched():
    siblings = sorted(p.name for p in FIXTURE.parent.iterdir() if p.name.startswith(FIXTURE.name))
    assert siblings == [FIXTURE.name], "a test opened the fixture in place instead of a copy"


V1_MINIMAL = {
    "schema_version": 1,
    "task_force_name": "T",
    "counties": ["King"],
    "members": [],
}


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        (0, "what_is"),
        (4, "approach"),
        (5, "what_is"),
        (99, "what_is"),
        (-1, "what_is"),
        ("3", "what_is"),
        (None, "what_is"),
        (2.0, "what_is"),
    ],
)
def test_migrate_maps_the_last_step_index(index, expected):
    data = {**V1_MINIMAL, "last_step_index": index}
    upgraded = migrate(copy.deepcopy(data), 1, 2)
    assert upgraded["last_step"] == expected
    assert Project.model_validate(migrate(upgraded, 2, SCHEMA_VERSION)).last_step == expected


def test_migrate_without_a_last_step_starts_at_the_beginning():
    upgraded = migrate(dict(V1_MINIMAL), 1, 2)
    assert upgraded["last_step"] == "what_is"
    assert "last_step_index" not in upgraded
    assert "task_force_name" not in upgraded
    assert upgraded["schema_version"] == 2
    assert upgraded["region"] == {"name": "T", "counties": ["King"], "kind": None}
    assert upgraded["organisations"] == []


def test_migrate_does_not_change_its_input():
    data = {
        **V1_MINIMAL,
        "last_step_index": 2,
        "members": [{"id": "a", "organisation": "Org"}, {"id": "b", "organisation": " ORG "}],
    }
    kept = copy.deepcopy(data)
    upgraded = migrate(data, 1, 2)
    assert data == kept
    assert len(upgraded["organisations"]) == 1
    assert upgraded["organisations"][0]["name"] == "Org"
    assert {m["organisation_id"] for m in upgraded["members"]} == {
        upgraded["organisations"][0]["id"]
    }
    assert (
        Project.model_validate(migrate(upgraded, 2, SCHEMA_VERSION)).members[1].organisation_id
        == (upgraded["organisations"][0]["id"])
    )


def test_migrate_to_the_same_version_is_a_no_op():
    data = {"schema_version": 2}
    assert migrate(data, 2, 2) is data
