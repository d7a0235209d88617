"""Version 2 files open, upgrade and keep a copy: no packets made yet, each period's
counts moved into ``counts``, and old survey totals kept in words."""

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
    assert opened.project.schema_version == SCHEMA_VERSION
    assert opened.project.exports == []
    assert path.read_bytes() == original  # opening changes nothing on disk
    assert path.with_name("Old.tfproj.v2.bak").read_bytes() == original


def test_the_upgrade_leaves_its_input_alone():
    data = {"schema_version": 2}
    assert migrate(data, 2, 3) == {"schema_version": 3, "exports": []}
    assert migrate(data, 2, 4) == {"schema_version": 4, "exports": []}
    assert data == {"schema_version": 2}


def test_a_period_keeps_its_counts_and_its_survey_totals_in_words():
    old_period = {
        "id": "p1",
        "label": "2025",
        "starts_on": "2025-01-01",
        "ends_on": "2025-12-31",
        "youth_identified": 4,
        "youth_referred_to_services": 3,
        "youth_arrested": None,
        "youth_charged": 0,
        "buyers_arrested": 12,
        "buyers_charged": None,
        "organisations_surveyed": 9,
        "organisations_aware_of_each_other": None,
        "organisations_communicating": 7,
        "organisations_referring": None,
    }
    data = Project().model_dump(mode="json")
    data["schema_version"] = 2
    data["data_periods"] = [old_period]
    period = Project.model_validate(migrate(data, 2, SCHEMA_VERSION)).data_periods[0]
    assert {kind: count.value for kind, count in period.counts.items()} == {
        "youth_identified": 4,
        "youth_referred": 3,
        "youth_charged": 0,
        "buyers_arrested": 12,
    }
    assert (period.label, period.starts_on, period.ends_on) == (
        "2025",
        date(2025, 1, 1),
        date(2025, 12, 31),
    )
    assert period.notes == (
        "Survey totals from an earlier version: organizations surveyed: 9; communicating: 7."
    )


def test_only_the_most_recent_packets_are_remembered(tmp_path):
    project = Project()
    assert last_export(project) is None
    for day in range(1, MAX_EXPORTS_KEPT + 6):
        record_export(project, date(2027, 1, day), tmp_path / f"packet {day}", 12, day)
    assert len(project.exports) == MAX_EXPORTS_KEPT
    last = last_export(project)
    assert last is not None and last.made_on == date(2027, 1, MAX_EXPORTS_KEPT + 5)
    assert Project.model_validate(project.model_dump(mode="json")) == project


def test_the_scc_dates_of_version_2_become_history_by_year():
    data = Project().model_dump(mode="json")
    data["schema_version"] = 2
    data["scc"] = {
        "contact": {"name": "SCC staff", "organisation": "", "email": "", "phone": ""},
        "annual_report_sent_on": "2025-06-30",
        "annual_meeting_attended_on": "2025-10-02",
        "notes": "Ask about the new survey.",
    }
    scc = Project.model_validate(migrate(data, 2, SCHEMA_VERSION)).scc
    assert scc.contact.name == "SCC staff"
    assert scc.notes == "Ask about the new survey."
    assert [(y.year, y.report_sent_on, y.meeting_attended_on) for y in scc.history] == [
        (2025, date(2025, 6, 30), date(2025, 10, 2))
    ]


def test_scc_dates_in_different_years_keep_both_years():
    data = Project().model_dump(mode="json")
    data["schema_version"] = 2
    data["scc"] = {
        "annual_report_sent_on": "2024-12-30",
        "annual_meeting_attended_on": "2025-03-01",
    }
    history = Project.model_validate(migrate(data, 2, SCHEMA_VERSION)).scc.history
    assert [(y.year, y.report_sent_on, y.meeting_attended_on) for y in history] == [
        (2024, date(2024, 12, 30), None),
        (2025, None, date(2025, 3, 1)),
    ]
