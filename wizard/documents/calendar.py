"""The deadlines as an .ics calendar, for Outlook, Google Calendar or Apple Calendar.

Every deadline ahead (wizard.model.deadlines) becomes one all-day event. Its UID is
made from the task force's id and the deadline's id, never from its place in the
list, so importing a newer file updates the events already there instead of adding
them twice. Summaries are plain and short; no member's contact details are written
(a calendar is often shared). The file is written with the ``icalendar`` library,
never by hand, so commas, semicolons and line folding are escaped as the standard
(RFC 5545) says.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from wizard.documents.packet import PacketItem
from wizard.documents.values import clean
from wizard.model import clock
from wizard.model.deadlines import Deadline, ahead
from wizard.model.project import Project
from wizard.model.steps import step_by_id

FILE_NAME = "14 Deadlines calendar.ics"
PRODUCT_ID = "-//Task Force Builder//Deadlines//EN"
UID_DOMAIN = "taskforce-builder.invalid"
""".invalid is reserved (RFC 2606): the UIDs look like mail addresses but name no real host."""
MAX_SUMMARY = 200


def uid(project: Project, deadline: Deadline) -> str:
    return f"{deadline.id}.{project.id}@{UID_DOMAIN}"


def _one_line(text: str) -> str:
    """Summaries are a single line: calendars show only the first."""
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= MAX_SUMMARY else flat[: MAX_SUMMARY - 1] + "…"


def _event(project: Project, deadline: Deadline, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid(project, deadline))
    event.add("dtstamp", stamp)
    event.add("dtstart", deadline.on)  # a date, not a time: an all-day event
    event.add("dtend", deadline.on + timedelta(days=1))
    event.add("summary", _one_line(deadline.title))
    step = step_by_id(deadline.step).title
    event.add("description", f"From Task Force Builder. To change it, open the step “{step}”.")
    event.add("transp", "TRANSPARENT")  # a deadline does not make anyone look busy
    event.add("categories", [deadline.kind.replace("_", " ")])
    return event


def build_calendar(project: Project, today: date) -> Calendar:
    """The calendar of every deadline from ``today`` on."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = _one_line(project.region.name) or "Task force"
    calendar.add("x-wr-calname", f"{name}: deadlines")
    stamp = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
    for deadline in ahead(project, today):
        calendar.add_component(_event(project, deadline, stamp))
    return calendar


def calendar_bytes(project: Project, today: date) -> bytes:
    data: bytes = build_calendar(project, today).to_ical()
    return data


def write_calendar(project: Project, target: Path, today: date | None = None) -> None:
    """Write the .ics file (the File menu's 'Export deadlines calendar' calls this)."""
    target.write_bytes(calendar_bytes(project, today or clock.today()))


def calendar_items(project: Project, today: date) -> list[PacketItem]:
    if not ahead(project, today):
        return []
    return [
        PacketItem(
            FILE_NAME,
            "Deadlines calendar",
            writer=lambda target: write_calendar(project, target, today),
        )
    ]
