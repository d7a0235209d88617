"""Meetings and attendance: who came, which organizations keep coming, who stopped.

The toolkit's research found task force data "largely anecdotal"; attendance is
the first of the uniform measures it asks for. Rules, decided here once for the
page, the documents and the tests:

- a meeting's attendance is the members ticked plus its guests;
- an organization "came" to a meeting when any of its people was ticked;
- an organization has stopped coming when it still has members and none of its
  people came to any of the last three dated meetings (STOPPED_AFTER) held since
  it first had a member there;
- undated meetings count for attendance, but not for "the last three" (their
  place in time is unknown).

No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from wizard.model.project import Meeting, Member, Organisation, Project

STOPPED_AFTER = 3
"""Absent from this many meetings in a row: the roster's 'stopped coming' flag."""
MEETING_TITLES: tuple[str, ...] = (
    "Full task force meeting",
    "Leadership meeting",
    "Subcommittee meeting",
    "Training",
    "Annual meeting",
)
"""Offered in the title box; the user may type any other."""
NO_ORGANISATION = "No organization given"


def attendance(meeting: Meeting) -> int:
    return len(meeting.attendee_member_ids) + meeting.guests


def dated_meetings(project: Project) -> list[Meeting]:
    """Meetings with a date, oldest first."""
    dated = [m for m in project.meetings if m.held_on is not None]
    return sorted(dated, key=lambda m: m.held_on or date.min)


def is_planned(meeting: Meeting, today: date) -> bool:
    """A dated meeting from today on that nobody is ticked at yet: one to prepare for."""
    return (
        meeting.held_on is not None
        and meeting.held_on >= today
        and not meeting.attendee_member_ids
        and not meeting.guests
    )


def next_planned_meeting(project: Project, today: date) -> Meeting | None:
    """The first planned meeting: the one the packet's agenda and sign-in sheet are for."""
    return next((m for m in dated_meetings(project) if is_planned(m, today)), None)


def meeting_after(project: Project, meeting: Meeting) -> Meeting | None:
    """The next dated meeting after ``meeting``'s day, if one is on record."""
    day = meeting.held_on
    if day is None:
        return None
    return next((m for m in dated_meetings(project) if m.held_on and m.held_on > day), None)


def last_held_meeting(project: Project, before: date) -> Meeting | None:
    """The latest meeting before ``before`` that someone came to: whose minutes come next."""
    held = [
        m for m in dated_meetings(project) if m.held_on and m.held_on < before and attendance(m)
    ]
    return held[-1] if held else None


def meetings_in(project: Project, starts_on: date | None, ends_on: date | None) -> list[Meeting]:
    """Dated meetings from ``starts_on`` to ``ends_on`` (either end open if None)."""
    return [
        m
        for m in dated_meetings(project)
        if m.held_on is not None
        and (starts_on is None or m.held_on >= starts_on)
        and (ends_on is None or m.held_on <= ends_on)
    ]


def average_attendance(meetings: Sequence[Meeting]) -> float | None:
    if not meetings:
        return None
    return sum(attendance(m) for m in meetings) / len(meetings)


def _organisation_of(project: Project) -> dict[str, str | None]:
    return {m.id: m.organisation_id for m in project.members}


def organisations_present(project: Project, meeting: Meeting) -> set[str]:
    owners = _organisation_of(project)
    return {org for member_id in meeting.attendee_member_ids if (org := owners.get(member_id))}


@dataclass(frozen=True)
class OrganisationAttendance:
    organisation: Organisation
    members: int
    """People of this organization whose status is 'member' today."""
    came: int
    """Meetings (of those counted) at which any of its people was ticked."""
    meetings: int
    """Meetings counted: those since it first came or its first member joined."""
    stopped_coming: bool

    @property
    def share(self) -> float | None:
        return self.came / self.meetings if self.meetings else None


def organisation_attendance(
    project: Project, meetings: Sequence[Meeting] | None = None
) -> list[OrganisationAttendance]:
    """Per organization, how many of ``meetings`` (default: all dated ones) its people
    came to, sorted by name. Organizations with nobody on the roster are left out."""
    chosen = list(meetings) if meetings is not None else dated_meetings(project)
    present = [organisations_present(project, m) for m in chosen]
    members_of = _current_members(project)
    since = _first_seen(project, chosen, present)
    rows = []
    for organisation in project.organisations:
        people = members_of.get(organisation.id, [])
        if not people and not any(organisation.id in found for found in present):
            continue
        start = since.get(organisation.id)
        counted = [
            i for i, m in enumerate(chosen) if start is None or (m.held_on or date.min) >= start
        ]
        came = sum(1 for i in counted if organisation.id in present[i])
        rows.append(
            OrganisationAttendance(
                organisation=organisation,
                members=len(people),
                came=came,
                meetings=len(counted),
                stopped_coming=bool(people) and _stopped(organisation.id, chosen, present, start),
            )
        )
    return sorted(rows, key=lambda row: row.organisation.name.casefold())


def _current_members(project: Project) -> dict[str, list[Member]]:
    found: dict[str, list[Member]] = {}
    for member in project.members:
        if member.status == "member" and member.organisation_id is not None:
            found.setdefault(member.organisation_id, []).append(member)
    return found


def _first_seen(
    project: Project, meetings: Sequence[Meeting], present: Sequence[set[str]]
) -> dict[str, date]:
    """When each organization was first at the table: its first member's joining date,
    or the first meeting one of its people came to, whichever is earlier."""
    first: dict[str, date] = {}
    for member in project.members:
        if member.organisation_id and member.joined_on:
            known = first.get(member.organisation_id)
            if known is None or member.joined_on < known:
                first[member.organisation_id] = member.joined_on
    for meeting, found in zip(meetings, present, strict=True):
        for org in found:
            if meeting.held_on is not None and (org not in first or meeting.held_on < first[org]):
                first[org] = meeting.held_on
    return first


def _stopped(
    organisation_id: str,
    meetings: Sequence[Meeting],
    present: Sequence[set[str]],
    since: date | None,
) -> bool:
    recent = [
        found
        for meeting, found in zip(meetings, present, strict=True)
        if since is None or (meeting.held_on or date.min) >= since
    ][-STOPPED_AFTER:]
    return len(recent) == STOPPED_AFTER and not any(organisation_id in found for found in recent)


def stopped_coming(project: Project) -> list[Organisation]:
    """Organizations with members that missed each of the last three meetings."""
    return [row.organisation for row in organisation_attendance(project) if row.stopped_coming]


# ----- checks beside the fields ------------------------------------------------------------


def attendance_problems(project: Project, meeting: Meeting) -> list[str]:
    """People ticked at a meeting held before they joined or after they left: said
    beside the list, never changed by the program (the dates may be the slip)."""
    if meeting.held_on is None:
        return []
    day = meeting.held_on
    problems = []
    for member_id in meeting.attendee_member_ids:
        member = project.member(member_id)
        if member is None:
            continue
        name = member.name.strip() or "Someone without a name"
        if member.joined_on is not None and day < member.joined_on:
            problems.append(f"{name} is ticked, but joined after this meeting.")
        elif member.left_on is not None and day > member.left_on:
            problems.append(f"{name} is ticked, but left before this meeting.")
    return problems


def sign_in_members(project: Project) -> list[Member]:
    """The people a sign-in sheet lists: members, by organization, then by name."""
    names = {o.id: o.name.strip() for o in project.organisations}

    def order(member: Member) -> tuple[bool, str, str]:
        organisation = names.get(member.organisation_id or "", "")
        return (not organisation, organisation.casefold(), member.name.strip().casefold())

    return sorted((m for m in project.members if m.status == "member"), key=order)


def tick_organisation(meeting: Meeting, members: Iterable[Member], ticked: bool) -> int:
    """Tick (or untick) every one of ``members`` at once; returns how many changed."""
    changed = 0
    for member in members:
        present = member.id in meeting.attendee_member_ids
        if ticked and not present:
            meeting.attendee_member_ids.append(member.id)
            changed += 1
        elif not ticked and present:
            meeting.attendee_member_ids.remove(member.id)
            changed += 1
    return changed
