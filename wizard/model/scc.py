"""Working with the CSEC Statewide Coordinating Committee (SCC): who represents the
task force, this year's report and meeting, and the history by year.

Facts (domain brief): task forces send the SCC an annual report, attend its
annual meeting and reach out as needed; the chair represents the task force at
SCC meetings (the toolkit). Since July 1, 2025 the committee is set in
RCW 7.68.805, convened by the Office of the Attorney General (Washington law).

A history year is the SCC's year: the year the report is due and the meeting
held. ``today`` is always a parameter, so the rules are tested without a clock.
No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wizard.model.project import Project, SccYear

ABOUT_SCC = (
    "The CSEC Statewide Coordinating Committee (SCC) brings together the people across "
    "Washington who work against the sexual exploitation of children and youth. Since "
    "July 1, 2025 it is set in state law (RCW 7.68.805) and convened by the Office of the "
    "Attorney General. It covers children, youth and young adults aged 24 and under."
)
"""What the SCC is, in plain words (Washington law)."""

HOW_TO_WORK_WITH_IT = (
    "A task force sends the SCC a report each year, goes to its yearly meeting, and "
    "reaches out when it needs help. The chair usually speaks for the task force there."
)
"""How a task force works with the SCC (the toolkit's ninth section)."""


@dataclass(frozen=True)
class Representative:
    """Who speaks for the task force at the SCC, and why we think so."""

    name: str
    is_chair: bool
    """True when nobody else was named, so the chair represents the task force."""


def representative(project: Project) -> Representative | None:
    """The named representative, else the chair (toolkit). None when neither has a name."""
    scc = project.scc
    if scc.representative_member_id is not None:
        member = project.member(scc.representative_member_id)
        if member is not None and member.name.strip():
            return Representative(member.name.strip(), False)
    if scc.representative_name.strip():
        return Representative(scc.representative_name.strip(), False)
    chair = chair_name(project)
    return Representative(chair, True) if chair else None


def chair_name(project: Project) -> str:
    """The chair's name, from the roster when the chair is a member."""
    member = project.member(project.chair.member_id)
    if member is not None and member.name.strip():
        return member.name.strip()
    return project.chair.contact.name.strip()


def history_year(project: Project, year: int) -> SccYear | None:
    return next((entry for entry in project.scc.history if entry.year == year), None)


def ensure_year(project: Project, year: int) -> SccYear:
    """The history entry for ``year``, added (in year order) if missing."""
    found = history_year(project, year)
    if found is not None:
        return found
    entry = SccYear(year=year)
    project.scc.history.append(entry)
    project.scc.history.sort(key=lambda item: item.year)
    return entry


def drop_year_if_empty(project: Project, year: int) -> None:
    """Forget a year that holds nothing any more (its text was all deleted), so the
    history lists only years with something to show."""
    entry = history_year(project, year)
    if entry is None:
        return
    empty = not (
        entry.report_sent_on
        or entry.meeting_attended_on
        or entry.challenges.strip()
        or any(text.strip() for text in entry.goal_progress.values())
        or entry.notes.strip()
    )
    if empty:
        project.scc.history.remove(entry)


def history_in_order(project: Project) -> list[SccYear]:
    return sorted(project.scc.history, key=lambda item: item.year)


def report_year(project: Project, today: date) -> int:
    """The year 'this year's report' means: the due date's, or today's when none is set."""
    due = project.scc.report_due_on
    return due.year if due is not None else today.year


def meeting_year(project: Project, today: date) -> int:
    """The year of 'this year's annual meeting': the meeting date's, or today's."""
    meeting = project.scc.annual_meeting_on
    return meeting.year if meeting is not None else today.year


def report_sent(project: Project, year: int) -> date | None:
    entry = history_year(project, year)
    return entry.report_sent_on if entry else None


def meeting_attended(project: Project, year: int) -> date | None:
    entry = history_year(project, year)
    return entry.meeting_attended_on if entry else None


def missing(project: Project, today: date) -> list[str]:
    """What the SCC step still needs, truthfully: a due date that has passed asks
    whether the report went; a meeting that has passed asks whether someone went."""
    scc = project.scc
    found: list[str] = []
    if representative(project) is None:
        found.append(
            "who represents the task force at the SCC (the chair, unless you name someone)"
        )
    if not scc.contact.name.strip():
        found.append("the SCC contact you were given")
    due = scc.report_due_on
    if due is None or (due < today and due.year < today.year):
        found.append(f"the SCC report's due date for {today.year}")
    elif due < today and report_sent(project, due.year) is None:
        found.append(f"when the annual report was sent (it was due {due.isoformat()})")
    meeting = scc.annual_meeting_on
    if meeting is None or (meeting < today and meeting.year < today.year):
        found.append(f"the date of the SCC's annual meeting for {today.year}")
    elif meeting < today and meeting_attended(project, meeting.year) is None:
        found.append(f"who went to the SCC's annual meeting ({meeting.isoformat()})")
    return found


def started(project: Project) -> bool:
    scc = project.scc
    return bool(
        scc.contact.name.strip()
        or scc.representative_member_id
        or scc.representative_name.strip()
        or scc.report_due_on
        or scc.annual_meeting_on
        or scc.needs_from_state.strip()
        or scc.history
    )
