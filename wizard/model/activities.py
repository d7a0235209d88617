"""Activities (education for service providers, community events) and community advocates.

Rules, decided here once for the page, the review and the tests:

- an activity has been *held* when its date is today or earlier; one with a later
  date, or no date yet, is *planned*;
- "people reached" adds up every head count entered, whatever the activity's
  date: the user types a count only once people came;
- a count is a whole number from 0 up; an empty box means "not counted yet",
  never zero.

Counts only: nothing here can hold who a young person is. ``today`` is always a
parameter. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wizard.model.project import Activity, ActivityKind, Member, Project

KIND_LABELS: dict[ActivityKind, str] = {
    "provider_education": "Education for service providers",
    "community_event": "Community event",
}
KIND_SHORT: dict[ActivityKind, str] = {
    "provider_education": "Provider education",
    "community_event": "Community event",
}
MAX_COUNT = 10_000_000
"""The model's ceiling for a count (``Count``)."""
ADVOCATE_SECTOR = "community_advocates"


@dataclass(frozen=True)
class ParsedCount:
    value: int | None
    problem: str = ""
    """Why the text is not a count; empty when it is one (or is blank)."""


def parse_count(text: str) -> ParsedCount:
    """'38' -> 38; '' -> None (not counted yet); anything else -> a problem in words.
    Spaces and thousands separators are forgiven: '1,200' is 1200."""
    cleaned = text.strip().replace(",", "").replace(" ", "").replace("_", "")
    if not cleaned:
        return ParsedCount(None)
    if not cleaned.isdigit() or not cleaned.isascii():
        return ParsedCount(None, "Type how many came as a whole number, such as 25.")
    value = int(cleaned)
    if value > MAX_COUNT:
        return ParsedCount(None, "That number is too large for one activity.")
    return ParsedCount(value)


def count_text(value: int | None) -> str:
    return "" if value is None else str(value)


def is_held(activity: Activity, today: date) -> bool:
    return activity.held_on is not None and activity.held_on <= today


@dataclass(frozen=True)
class ActivityTotals:
    held: int
    planned: int
    held_provider_education: int
    held_community_events: int
    people_reached: int
    uncounted_held: int
    """Held activities with no head count yet: 'people reached' leaves them out."""

    @property
    def summary(self) -> str:
        """'3 held (1 for service providers, 2 community events), reaching 120 people.
        1 planned.' in plain words."""
        if not self.held and not self.planned:
            return "No activities yet. Add the first one below."
        parts: list[str] = []
        if self.held:
            kinds = (
                f"{self.held_provider_education} for service providers, "
                f"{_plural(self.held_community_events, 'community event', 'community events')}"
            )
            held = _plural(self.held, "activity", "activities")
            people = _plural(self.people_reached, "person", "people")
            parts.append(f"{held} held ({kinds}), reaching {people}.")
            if self.uncounted_held:
                left_out = _plural(self.uncounted_held, "held activity", "held activities")
                verb = "is" if self.uncounted_held == 1 else "are"
                parts.append(f"{left_out} without a head count {verb} not in that total.")
        else:
            parts.append("None held yet.")
        if self.planned:
            parts.append(f"{self.planned} planned.")
        return " ".join(parts)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def totals(activities: list[Activity], today: date) -> ActivityTotals:
    held = [a for a in activities if is_held(a, today)]
    return ActivityTotals(
        held=len(held),
        planned=len(activities) - len(held),
        held_provider_education=sum(1 for a in held if a.kind == "provider_education"),
        held_community_events=sum(1 for a in held if a.kind == "community_event"),
        people_reached=sum(a.attendance or 0 for a in activities),
        uncounted_held=sum(1 for a in held if a.attendance is None),
    )


def add_activity(activities: list[Activity], kind: ActivityKind) -> Activity:
    activity = Activity(kind=kind)
    activities.append(activity)
    return activity


def remove_activity(activities: list[Activity], activity_id: str) -> tuple[int, Activity] | None:
    """Take an activity out; returns where it was and what it was, so it can be put back."""
    for index, activity in enumerate(activities):
        if activity.id == activity_id:
            del activities[index]
            return index, activity
    return None


def put_back(activities: list[Activity], index: int, activity: Activity) -> None:
    """Undo :func:`remove_activity` (the list may have changed since: clamp the place)."""
    if any(a.id == activity.id for a in activities):
        return
    activities.insert(min(max(index, 0), len(activities)), activity)


def activity_problems(activity: Activity) -> list[str]:
    problems = []
    if not activity.topic.strip():
        problems.append("Give the activity a topic, so others know what it was about.")
    return problems


def advocates_on_roster(project: Project) -> list[Member]:
    """Members (status 'member') in the community advocates sector, by name."""
    people = [m for m in project.members if m.status == "member" and m.sector == ADVOCATE_SECTOR]
    return sorted(people, key=lambda m: (not m.name.strip(), m.name.casefold()))


def advocate_names(project: Project) -> str:
    """'Sofia Morales (Open Door Advocacy Center), ...' for the roster's advocates."""
    names = []
    for member in advocates_on_roster(project):
        name = member.name.strip() or "(no name yet)"
        organisation = project.organisation(member.organisation_id)
        if organisation is not None and organisation.name.strip():
            name += f" ({organisation.name.strip()})"
        names.append(name)
    return ", ".join(names)
