"""Subcommittees: the ready-made ones on offer, adding and removing, and who can sit on one.

Pure functions over the project, so the Subcommittees page only shows widgets
and the rules are tested without Qt. Which sectors sit on a subcommittee is the
gap analysis' business (:mod:`wizard.model.gaps`).
"""

from __future__ import annotations

from wizard.model import reference
from wizard.model.project import Member, Project, Subcommittee

SEAT_STATUSES = ("member", "invited")
"""Who the page offers for a seat: people who have joined, or been asked to."""


def _normal(name: str) -> str:
    return " ".join(name.split()).casefold()


def is_added(project: Project, suggestion: reference.SubcommitteeSuggestion) -> bool:
    """A suggestion counts as added once a subcommittee has its name (in any capitals),
    so a renamed copy is offered again, and a hand-made 'Education' is not doubled."""
    return any(_normal(c.name) == _normal(suggestion.name) for c in project.subcommittees)


def offered_suggestions(project: Project) -> list[reference.SubcommitteeSuggestion]:
    return [s for s in reference.suggested_subcommittees() if not is_added(project, s)]


def add_suggested(project: Project, key: str) -> Subcommittee:
    """Add a ready-made subcommittee, its charge filled in from the suggestion."""
    suggestion = next(s for s in reference.suggested_subcommittees() if s.key == key)
    committee = Subcommittee(name=suggestion.name, charge=suggestion.charge)
    project.subcommittees.append(committee)
    return committee


def add_own(project: Project) -> Subcommittee:
    committee = Subcommittee()
    project.subcommittees.append(committee)
    return committee


def remove(project: Project, committee_id: str) -> bool:
    before = len(project.subcommittees)
    project.subcommittees[:] = [c for c in project.subcommittees if c.id != committee_id]
    return len(project.subcommittees) < before


def set_chair(committee: Subcommittee, member_id: str | None) -> None:
    """The chair sits on the subcommittee by being its chair; ``member_ids`` holds the
    others. Seating the chair as well would leave behind everyone a user steps past
    while choosing (arrow keys in a closed list choose each person in turn)."""
    committee.chair_member_id = member_id


def sits_on(committee: Subcommittee, member_id: str) -> bool:
    return member_id == committee.chair_member_id or member_id in committee.member_ids


def set_seated(committee: Subcommittee, member_id: str, seated: bool) -> None:
    if seated and member_id not in committee.member_ids:
        committee.member_ids.append(member_id)
    elif not seated and member_id in committee.member_ids:
        committee.member_ids.remove(member_id)


def seat_candidates(project: Project, committee: Subcommittee) -> list[Member]:
    """People who can be given a seat, by name: members and invited people, plus anyone
    already seated whatever their status (so a seat is never hidden from view)."""
    seated = set(committee.member_ids) | {committee.chair_member_id}
    people = [m for m in project.members if m.status in SEAT_STATUSES or m.id in seated]
    return sorted(people, key=lambda m: (m.name.casefold(), m.id))
