"""The approach step's list: suggested commitments merged with the user's own.

A suggestion stays in the reference data until the user touches it (ticks it,
or edits its words); only then is a :class:`Principle` with ``builtin`` set to
the suggestion's key stored in the project. So showing the page never changes
the project, and an untouched suggestion is never mistaken for an answer.

The stored list is kept in the order the page shows it (suggestions in their
reference order, then the user's own in the order added), so the charter can
list the chosen commitments exactly as the user saw them.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.model import reference
from wizard.model.project import Principle
from wizard.model.reference import Commitment


@dataclass(frozen=True)
class CommitmentRow:
    """One line of the list: a suggestion (touched or not), or one of the user's own."""

    suggestion: Commitment | None
    principle: Principle | None
    """What is stored; None while a suggestion is untouched."""

    @property
    def key(self) -> str | None:
        return self.suggestion.key if self.suggestion else None

    @property
    def text(self) -> str:
        if self.principle is not None:
            return self.principle.text
        return self.suggestion.text if self.suggestion else ""

    @property
    def why(self) -> str:
        if self.principle is not None:
            return self.principle.why
        return self.suggestion.why if self.suggestion else ""

    @property
    def chosen(self) -> bool:
        return self.principle is not None and self.principle.chosen

    @property
    def removable(self) -> bool:
        """Suggestions are unticked rather than removed, so they stay on offer."""
        return self.suggestion is None


def _suggestion_index() -> dict[str, int]:
    return {item.key: index for index, item in enumerate(reference.suggested_commitments())}


def _stored_suggestion(principles: list[Principle], key: str) -> Principle | None:
    return next((p for p in principles if p.builtin == key), None)


def commitment_rows(principles: list[Principle]) -> list[CommitmentRow]:
    """Every suggestion in reference order, then everything else stored, in stored order.

    A stored principle whose ``builtin`` key this version no longer suggests (or a
    second copy of one) is listed with the user's own, so nothing stored is hidden.
    """
    rows = [
        CommitmentRow(item, _stored_suggestion(principles, item.key))
        for item in reference.suggested_commitments()
    ]
    shown = [row.principle for row in rows if row.principle is not None]
    rows += [CommitmentRow(None, p) for p in principles if not any(p is seen for seen in shown)]
    return rows


def adopt(principles: list[Principle], key: str) -> Principle:
    """The stored principle for suggestion ``key``, storing it (unticked) if untouched.

    Inserted before the first stored entry that the page shows after it, so the
    stored order keeps matching the page.
    """
    stored = _stored_suggestion(principles, key)
    if stored is not None:
        return stored
    order = _suggestion_index()
    suggestion = reference.suggested_commitments()[order[key]]
    principle = Principle(
        text=suggestion.text, why=suggestion.why, chosen=False, builtin=suggestion.key
    )
    position = next(
        (
            index
            for index, p in enumerate(principles)
            if p.builtin not in order or order[p.builtin] > order[key]
        ),
        len(principles),
    )
    principles.insert(position, principle)
    return principle


def add_own(principles: list[Principle]) -> Principle:
    """A new, empty commitment of the user's own, already chosen: adding one means
    wanting it, and the step then asks for its words until they are typed."""
    principle = Principle(text="", why="", chosen=True, builtin=None)
    principles.append(principle)
    return principle


def remove_own(principles: list[Principle], principle_id: str) -> bool:
    """Remove one of the user's own commitments (anything not listed as a suggestion).
    Suggestions are never removed, only unticked, so they stay on offer."""
    for row in commitment_rows(principles):
        if row.removable and row.principle is not None and row.principle.id == principle_id:
            target = row.principle
            del principles[next(i for i, p in enumerate(principles) if p is target)]
            return True
    return False


def chosen_commitments(principles: list[Principle]) -> list[Principle]:
    """The commitments for the charter: chosen, worded, in the order the page shows."""
    return [
        row.principle
        for row in commitment_rows(principles)
        if row.principle is not None and row.chosen and row.principle.text.strip()
    ]
