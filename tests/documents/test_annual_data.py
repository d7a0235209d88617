"""The annual data file: the published shape, no contact details or free text, and the
small-number rule applied before the file is written."""

from __future__ import annotations

import json

from tests.documents.conftest import TODAY
from tests.documents.hostile import with_hostile_text
from wizard.documents.annual_data import annual_data_items, build_data, count_entry, data_bytes
from wizard.model.project import PeriodCount, Project
from wizard.model.statewide import AnnualData


def test_the_sample_file_has_the_published_shape(sample):
    data = json.loads(data_bytes(sample, 2026, TODAY))
    assert data["format"] == "taskforce-builder/annual-data"
    assert data["schema_version"] == 1
    assert data["task_force"] == {
        "id": "sample-north-ridge",
        "name": "North Ridge CSEC/Y Task Force",
        "region": "Chelan and Douglas Counties",
        "counties": ["Chelan", "Douglas"],
    }
    assert data["year"] == 2026 and data["period"]["counted_to"] == "2026-11-28"
    assert data["meetings"]["held"] == 11  # the December meeting has not happened yet
    assert data["training"]["members_with_basic"] == 5
    assert AnnualData.model_validate(data).mous.in_effect == 2


def test_small_youth_counts_leave_as_fewer_than_and_never_as_a_number(sample):
    threshold = sample.small_count_threshold
    assert count_entry("youth_detained", PeriodCount(value=3), threshold) == {
        "status": "fewer_than",
        "fewer_than": threshold,
    }
    assert count_entry("youth_detained", PeriodCount(value=0), threshold)["value"] == 0
    assert count_entry("youth_detained", PeriodCount(value=threshold), threshold)["value"] == 10
    assert count_entry("buyers_charged", PeriodCount(value=3), threshold)["value"] == 3
    assert count_entry("youth_charged", PeriodCount(not_collected=True), threshold) == {
        "status": "not_collected"
    }
    assert count_entry("youth_charged", None, threshold) == {"status": "not_entered"}
    data = build_data(sample, 2026, TODAY)
    assert data["counts"]["youth_detained"] == {"status": "fewer_than", "fewer_than": 10}
    small = [
        (kind, count.value)
        for kind, count in sample.data_periods[1].counts.items()
        if kind.startswith("youth") and count.value and count.value < 10
    ]
    assert small, "the sample should have a small youth count to hold back"
    for kind, _ in small:
        assert "value" not in data["counts"][kind]


def test_no_contact_details_and_no_free_text(sample):
    text = data_bytes(sample, 2026, TODAY).decode()
    people = [sample.coordinator.contact, sample.chair.contact, sample.scc.contact]
    details = [d for c in people for d in (c.name, c.email, c.phone) if d]
    details += [d for m in sample.members for d in (m.name, m.email, m.phone) if d]
    details += [o.name for o in sample.organisations]
    details += [g.text for g in sample.mission.goals] + [sample.scc.needs_from_state]
    for detail in details:
        assert detail not in text, detail
    hostile = with_hostile_text(sample, "SECRET-NOTE")
    hostile.region.name, hostile.id = "Named", "tf-1"
    assert "SECRET-NOTE" not in data_bytes(hostile, 2026, TODAY).decode()


def test_an_empty_project_still_makes_a_valid_file():
    data = build_data(Project(), TODAY.year, TODAY)
    parsed = AnnualData.model_validate(data)
    assert parsed.meetings.held == 0 and parsed.network.surveyed is False
    assert {c.status for c in parsed.counts.values()} == {"not_entered"}


def test_the_packet_holds_the_data_file_for_the_latest_year(sample):
    items = annual_data_items(sample, TODAY)
    assert [item.path for item in items] == ["13 SCC annual report/Annual data 2026.json"]
