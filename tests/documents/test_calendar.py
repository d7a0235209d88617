"""The deadlines calendar: opens with icalendar's parser, one all-day event per deadline,
UIDs that survive a second export, and text that cannot break the file."""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar

from tests.documents.conftest import TODAY
from tests.documents.hostile import HOSTILE, text_of, with_hostile_text
from wizard.documents.calendar import calendar_bytes, calendar_items, write_calendar
from wizard.model.deadlines import ahead
from wizard.model.project import Project


def events(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_one_all_day_event_per_deadline(sample):
    found = events(calendar_bytes(sample, TODAY))
    deadlines = ahead(sample, TODAY)
    assert len(found) == len(deadlines) > 5
    for event, deadline in zip(found, deadlines, strict=True):
        start = event.decoded("dtstart")
        assert start == deadline.on and not hasattr(start, "hour")  # a date: all day
        assert event.decoded("dtend") == deadline.on + timedelta(days=1)
        assert str(event["summary"]) == deadline.title
        assert str(event["uid"]).startswith(deadline.id + ".")


def test_a_second_export_keeps_the_uids(sample, tmp_path):
    first, second = tmp_path / "one.ics", tmp_path / "two.ics"
    write_calendar(sample, first, TODAY)
    changed = sample.model_copy(deep=True)
    changed.meetings.reverse()
    changed.mous.reverse()
    write_calendar(changed, second, TODAY + timedelta(days=1))
    uids = [str(e["uid"]) for e in events(first.read_bytes())]
    assert len(set(uids)) == len(uids)
    assert {str(e["uid"]) for e in events(second.read_bytes())} <= set(uids)


def test_two_task_forces_never_share_a_uid(sample):
    other = sample.model_copy(deep=True, update={"id": "another-task-force"})
    mine = {str(e["uid"]) for e in events(calendar_bytes(sample, TODAY))}
    theirs = {str(e["uid"]) for e in events(calendar_bytes(other, TODAY))}
    assert not mine & theirs


def test_no_member_contact_details(sample):
    text = calendar_bytes(sample, TODAY).decode()
    unfolded = text.replace("\r\n ", "")
    for member in sample.members:
        for detail in (member.email, member.phone):
            if detail:
                assert detail not in unfolded
    assert sample.scc.contact.email not in unfolded


def test_hostile_text_stays_inside_its_event(sample):
    for hostile in HOSTILE:
        project = with_hostile_text(sample, hostile)
        found = events(calendar_bytes(project, TODAY))
        assert len(found) == len(ahead(project, TODAY))
        flat = " ".join(text_of(hostile).split())
        assert any(flat in str(e["summary"]) for e in found), hostile


def test_an_empty_project_adds_no_calendar_to_the_packet():
    assert calendar_items(Project(), TODAY) == []
    assert events(calendar_bytes(Project(), TODAY)) == []


def test_the_packet_holds_the_calendar(sample):
    items = calendar_items(sample, TODAY)
    assert [item.path for item in items] == ["14 Deadlines calendar.ics"]
    assert date(2026, 12, 15) in [d.on for d in ahead(sample, TODAY)]
