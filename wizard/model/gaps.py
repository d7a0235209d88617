"""Where each sector has a voice: on the roster, in leadership, on subcommittees.

The research found that a sector can be on the roster and still have no say in
where the task force goes (tribal members said exactly that). So the Missing
voices step looks for gaps at three levels, each with one plain rule:

- **membership**: someone from the sector has the roster status 'member' (the
  same count as the roster's sector meter and the completeness rules);
- **leadership**: someone from the sector holds a leading seat, which means the
  task force chair, the coordinator, or the chair of a subcommittee;
- **subcommittees**: someone from the sector sits on a subcommittee, as one of
  its members or as its chair.

Whose sector is whose:

- a roster entry's sector is the one recorded on it;
- the chair's sector is the sector of the roster entry the chair is linked to;
  a chair not linked to the roster, and the coordinator (who has no roster entry),
  count for the sector of the roster organization whose name matches the one typed
  as theirs (ignoring capitals and extra spaces).

A seat counts whatever the person's roster status, except 'left': holding the seat
is the influence, while someone who has left the task force holds nothing. Nothing
here imports Qt; the page, the completeness rule and the outreach plan document
all read this one analysis, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.model import reference
from wizard.model.project import GapLevel, Member, OutreachPlan, Project, Subcommittee

LEVELS: tuple[GapLevel, ...] = ("membership", "leadership", "subcommittees")
LEVEL_TITLES: dict[GapLevel, str] = {
    "membership": "On the roster",
    "leadership": "In leadership",
    "subcommittees": "On subcommittees",
}
"""How the three levels are named on screen and in the outreach plan."""
INFLUENCE_LEVELS: frozenset[GapLevel] = frozenset({"leadership", "subcommittees"})


@dataclass(frozen=True)
class Seat:
    """A leading seat and the sector it gives a voice to."""

    role: str
    """'Chair', 'Coordinator' or 'Chair of <subcommittee>'."""
    name: str
    sector: str


@dataclass(frozen=True)
class SectorVoice:
    """One recommended sector and the levels where it has a voice."""

    sector: reference.Sector
    levels: frozenset[GapLevel]

    def has_voice(self, level: GapLevel) -> bool:
        return level in self.levels

    @property
    def without_influence(self) -> bool:
        """On the roster, but with no seat in leadership or on any subcommittee."""
        return "membership" in self.levels and not self.levels & INFLUENCE_LEVELS


@dataclass(frozen=True)
class GapAnalysis:
    voices: tuple[SectorVoice, ...]
    """Every recommended sector, in the reference order."""

    def gaps(self, level: GapLevel) -> tuple[reference.Sector, ...]:
        """Sectors with no voice at ``level``, in the reference order."""
        return tuple(v.sector for v in self.voices if not v.has_voice(level))

    def highlighted_gaps(self, level: GapLevel) -> tuple[reference.Sector, ...]:
        """The often-missing voices (survivors, tribal, LGBTQ+, community advocates)
        that are still missing at ``level``."""
        return tuple(s for s in self.gaps(level) if s.highlight)

    def is_gap(self, sector_id: str, level: GapLevel) -> bool:
        return any(s.id == sector_id for s in self.gaps(level))

    def without_influence(self) -> tuple[reference.Sector, ...]:
        """Sectors on the roster with no say: no leading seat and no subcommittee seat."""
        return tuple(v.sector for v in self.voices if v.without_influence)

    def count(self, level: GapLevel) -> int:
        return len(self.gaps(level))


def _normal(name: str) -> str:
    return " ".join(name.split()).casefold()


def _holds_seats(member: Member | None) -> bool:
    return member is not None and member.status != "left"


def organisation_sector(project: Project, organisation_name: str) -> str | None:
    """The sector of the roster organization with this name, if there is one."""
    wanted = _normal(organisation_name)
    if not wanted:
        return None
    for organisation in project.organisations:
        if organisation.sector is not None and _normal(organisation.name) == wanted:
            return organisation.sector
    return None


def chair_sector(project: Project) -> str | None:
    """The sector the task force chair gives a voice to in leadership, if any."""
    chair = project.chair
    if chair.member_id is not None:
        member = project.member(chair.member_id)
        return member.sector if _holds_seats(member) and member is not None else None
    return organisation_sector(project, chair.contact.organisation)


def coordinator_sector(project: Project) -> str | None:
    """The coordinator's sector, from the organization the coordinator works for."""
    coordinator = project.coordinator
    if not coordinator.identified:
        return None
    return organisation_sector(project, coordinator.contact.organisation)


def leadership_seats(project: Project) -> list[Seat]:
    """Every leading seat that gives a sector a voice: chair, coordinator, subcommittee chairs."""
    seats: list[Seat] = []
    chair = chair_sector(project)
    if chair is not None:
        seats.append(Seat("Chair", _chair_name(project), chair))
    coordinator = coordinator_sector(project)
    if coordinator is not None:
        seats.append(Seat("Coordinator", project.coordinator.contact.name.strip(), coordinator))
    for committee in project.subcommittees:
        member = project.member(committee.chair_member_id)
        if _holds_seats(member) and member is not None and member.sector is not None:
            title = committee.name.strip() or "a subcommittee"
            seats.append(Seat(f"Chair of {title}", member.name.strip(), member.sector))
    return seats


def _chair_name(project: Project) -> str:
    chair = project.chair
    member = project.member(chair.member_id)
    return chair.contact.name.strip() or (member.name.strip() if member else "")


def committee_people(project: Project, committee: Subcommittee) -> list[Member]:
    """Who sits on a subcommittee (its chair included), leaving out people who have left."""
    ids = list(committee.member_ids)
    if committee.chair_member_id is not None and committee.chair_member_id not in ids:
        ids.append(committee.chair_member_id)
    people = [project.member(member_id) for member_id in ids]
    return [m for m in people if _holds_seats(m) and m is not None]


def committee_sectors(project: Project, committee: Subcommittee) -> list[reference.Sector]:
    """The sectors sitting on one subcommittee, in the reference order."""
    present = {m.sector for m in committee_people(project, committee) if m.sector}
    return [s for s in reference.sectors() if s.id in present]


def committee_missing_highlighted(
    project: Project, committee: Subcommittee
) -> list[reference.Sector]:
    """The often-missing voices with no one on this subcommittee."""
    present = {s.id for s in committee_sectors(project, committee)}
    return [s for s in reference.sectors() if s.highlight and s.id not in present]


def membership_sectors(project: Project) -> set[str]:
    """Sectors with someone whose status is 'member' (the roster meter's rule)."""
    return {m.sector for m in project.members if m.status == "member" and m.sector}


def leadership_sectors(project: Project) -> set[str]:
    return {seat.sector for seat in leadership_seats(project)}


def subcommittee_sectors(project: Project) -> set[str]:
    return {
        s.id for committee in project.subcommittees for s in committee_sectors(project, committee)
    }


def analyse(project: Project) -> GapAnalysis:
    """Each recommended sector, and the levels where it has a voice."""
    by_level: dict[GapLevel, set[str]] = {
        "membership": membership_sectors(project),
        "leadership": leadership_sectors(project),
        "subcommittees": subcommittee_sectors(project),
    }
    voices = tuple(
        SectorVoice(
            sector,
            frozenset(level for level in LEVELS if sector.id in by_level[level]),
        )
        for sector in reference.sectors()
    )
    return GapAnalysis(voices)


# ----- outreach plans -------------------------------------------------------------------


def plans_for(project: Project, sector_id: str, level: GapLevel) -> list[OutreachPlan]:
    return [p for p in project.outreach if p.sector == sector_id and p.level == level]


@dataclass(frozen=True)
class PlanNeed:
    sector: reference.Sector
    levels: tuple[GapLevel, ...]
    """A plan at any of these levels answers the need."""

    def plans(self, project: Project) -> list[OutreachPlan]:
        return [p for level in self.levels for p in plans_for(project, self.sector.id, level)]


def plan_needed(project: Project, analysis: GapAnalysis | None = None) -> list[PlanNeed]:
    """Which gaps the completeness rule expects an outreach plan for, and why.

    Every sector missing from the roster needs one. Beyond the roster, a plan is
    expected only for the often-missing voices that are on the roster without any
    say (no leading seat, no subcommittee seat): that is the gap the research found,
    and asking for a plan for every sector at every level would bury the ones that
    matter. A plan at either the leadership or the subcommittee level answers it.
    """
    analysis = analysis or analyse(project)
    needs = [PlanNeed(sector, ("membership",)) for sector in analysis.gaps("membership")]
    needs += [
        PlanNeed(sector, ("leadership", "subcommittees"))
        for sector in analysis.without_influence()
        if sector.highlight
    ]
    return needs


def add_plan(project: Project, sector_id: str, level: GapLevel) -> OutreachPlan:
    """Store a new, empty plan for a gap (the page does this on the user's first edit)."""
    plan = OutreachPlan(sector=sector_id, level=level)
    project.outreach.append(plan)
    return plan


def remove_plan(project: Project, plan_id: str) -> bool:
    before = len(project.outreach)
    project.outreach[:] = [p for p in project.outreach if p.id != plan_id]
    return len(project.outreach) < before


@dataclass(frozen=True)
class OutreachRow:
    """One line of the Missing voices page: a gap (with its plan, if stored yet), or a
    plan whose gap has since closed (kept on view so its record is never hidden)."""

    sector: reference.Sector
    level: GapLevel
    plan_id: str | None
    is_gap: bool


def _offers_a_row(project: Project, level: GapLevel, sector: reference.Sector) -> bool:
    """Every roster gap gets a row (each has its letter in the packet). In leadership and
    on subcommittees only the often-missing voices do, and any sector with a plan: a row
    for each of thirteen sectors at three levels would bury the gaps that matter, while
    the others stay one click away (:func:`other_gaps`)."""
    return level == "membership" or sector.highlight or bool(plans_for(project, sector.id, level))


def outreach_rows(project: Project, level: GapLevel, analysis: GapAnalysis) -> list[OutreachRow]:
    """The gaps at ``level`` that get a row, often-missing voices first, then closed gaps
    that still have a plan. A gap with several stored plans (a hand-edited file) shows
    each of them."""
    rows: list[OutreachRow] = []
    open_gaps = sorted(analysis.gaps(level), key=lambda s: not s.highlight)
    for sector in open_gaps:
        if not _offers_a_row(project, level, sector):
            continue
        plans = plans_for(project, sector.id, level)
        rows += [OutreachRow(sector, level, p.id, True) for p in plans] or [
            OutreachRow(sector, level, None, True)
        ]
    for sector in reference.sectors():
        if sector not in open_gaps:
            rows += [
                OutreachRow(sector, level, p.id, False)
                for p in plans_for(project, sector.id, level)
            ]
    return rows


def other_gaps(project: Project, level: GapLevel, analysis: GapAnalysis) -> list[reference.Sector]:
    """Gaps at ``level`` without a row of their own yet, in the reference order."""
    return [s for s in analysis.gaps(level) if not _offers_a_row(project, level, s)]
