"""Sector coverage: which of the 13 recommended sectors have a member at the table.

Counts the way the completeness rules do (``progress.sectors_with_members``; a
test holds the two together), so the meter on the roster page, the navigator and
the review never disagree. Only people whose status is 'member' count: a
prospect is not yet a seat.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from wizard.model import reference
from wizard.model.progress import membership_count
from wizard.model.project import Project


@dataclass(frozen=True)
class SectorCoverage:
    sector: reference.Sector
    members: int
    """People with status 'member' in this sector."""

    @property
    def covered(self) -> bool:
        return self.members > 0

    def describe(self) -> str:
        """For a screen reader and the tooltip: 'Prosecutors: covered, 2 members'."""
        if not self.covered:
            flag = ", a voice often left out" if self.sector.highlight else ""
            return f"{self.sector.name}: missing{flag}"
        return f"{self.sector.name}: covered, {_people(self.members)}"


@dataclass(frozen=True)
class Coverage:
    sectors: tuple[SectorCoverage, ...]
    members: int
    """Everyone with status 'member', with or without a sector."""

    @property
    def covered(self) -> int:
        return sum(1 for s in self.sectors if s.covered)

    @property
    def total(self) -> int:
        return len(self.sectors)

    @property
    def missing(self) -> list[SectorCoverage]:
        return [s for s in self.sectors if not s.covered]

    @property
    def missing_highlighted(self) -> list[SectorCoverage]:
        return [s for s in self.missing if s.sector.highlight]

    def headline(self) -> str:
        """'23 members · 9 of 13 sectors': the exact size, which the research found no
        task force could state."""
        word = "member" if self.members == 1 else "members"
        return f"{self.members:,} {word} · {self.covered} of {self.total} sectors"

    def attention(self) -> str:
        """A sentence naming the often-missing voices that are still missing, or ''.

        'Often left out' is common practice, not a research finding (see
        :attr:`reference.Sector.highlight`): the words never credit the research."""
        names = [s.sector.name for s in self.missing_highlighted]
        if not names:
            return ""
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return f"Still missing voices that are often left out: {listed}."


def _people(count: int) -> str:
    return f"{count:,} member{'' if count == 1 else 's'}"


def sector_coverage(project: Project) -> Coverage:
    counts = Counter(m.sector for m in project.members if m.status == "member" and m.sector)
    rows = tuple(SectorCoverage(sector, counts[sector.id]) for sector in reference.sectors())
    return Coverage(rows, membership_count(project))
