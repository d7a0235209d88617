"""Document: the outreach plan. The sector gaps at three levels (on the roster, in
leadership, on subcommittees), from :mod:`wizard.model.gaps`, and every outreach
plan at each level: who reaches out, to whom, by when, and its status."""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.common import long_date, task_force_context
from wizard.documents.packet import PacketItem
from wizard.documents.values import Text, clean, text_or_gap
from wizard.model import gaps, reference
from wizard.model.project import GapLevel, OutreachPlan, OutreachStatus, Project

TEMPLATE = "outreach_plan.docx"
FILE_NAME = "07 Outreach plan.docx"
STATUS: dict[OutreachStatus, str] = {
    "planned": "Planned",
    "contacted": "Contacted",
    "joined": "Joined",
    "declined": "Declined",
}
HAS_VOICE = "Yes"
MISSING = "Missing"
HIGHLIGHT_MARK = " *"
NO_NAME = "Not named yet"
NO_DATE = "No date yet"
PLANNED = ": outreach planned (see below)"
NOT_PLANNED = ": no outreach planned yet"


def _listed(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _plan_row(plan: OutreachPlan) -> dict[str, Text]:
    sector = reference.sector_by_id(plan.sector).name
    return {
        "sector": sector,
        "who": text_or_gap(plan.who_reaches_out, f"who reaches out to {sector}", "missing_voices"),
        "whom": clean(plan.reach_out_to.strip()) or NO_NAME,
        "when": long_date(plan.due_on) if plan.due_on else NO_DATE,
        "status": STATUS[plan.status],
    }


def _level(project: Project, analysis: gaps.GapAnalysis, level: GapLevel) -> dict[str, Any]:
    """One level's variables: its gaps, one line each (saying whether outreach is planned,
    so no separate list repeats the names), and its plans in the sector order."""
    order = {sector.id: number for number, sector in enumerate(reference.sectors())}
    plans = sorted((p for p in project.outreach if p.level == level), key=lambda p: order[p.sector])
    planned = {p.sector for p in plans}
    missing = analysis.gaps(level)
    return {
        f"has_{level}_gaps": bool(missing),
        f"{level}_gaps": [s.name + (PLANNED if s.id in planned else NOT_PLANNED) for s in missing],
        f"has_{level}_plans": bool(plans),
        f"{level}_plans": [_plan_row(p) for p in plans],
    }


def _voices(analysis: gaps.GapAnalysis) -> list[dict[str, str]]:
    return [
        {
            "name": voice.sector.name + (HIGHLIGHT_MARK if voice.sector.highlight else ""),
            **{level: HAS_VOICE if voice.has_voice(level) else MISSING for level in gaps.LEVELS},
        }
        for voice in analysis.voices
    ]


def _summary(analysis: gaps.GapAnalysis) -> str:
    total = len(analysis.voices)
    covered = [total - analysis.count(level) for level in gaps.LEVELS]
    return (
        f"Of the {total} recommended sectors, {_plural(covered[0], 'has', 'have')} a member, "
        f"{_plural(covered[1], 'has', 'have')} a voice in leadership and "
        f"{_plural(covered[2], 'sits', 'sit')} on a subcommittee."
    )


def _quiet(analysis: gaps.GapAnalysis) -> str:
    names = [sector.name for sector in analysis.without_influence()]
    if not names:
        return ""
    one = len(names) == 1
    return (
        f"{_listed(names)} {'is' if one else 'are'} on the roster. But "
        f"{'it has' if one else 'they have'} no say in leadership or on any subcommittee. "
        "A seat at the table is not yet a voice in the work."
    )


def build_context(project: Project, today: date) -> dict[str, Any]:
    analysis = gaps.analyse(project)
    quiet = _quiet(analysis)
    context: dict[str, Any] = {
        **task_force_context(project, today),
        "summary": _summary(analysis),
        "voices": _voices(analysis),
        "has_quiet": bool(quiet),
        "quiet": quiet,
    }
    for level in gaps.LEVELS:
        context.update(_level(project, analysis, level))
    return context


def outreach_plan_items(project: Project, today: date) -> list[PacketItem]:
    return [
        PacketItem(
            FILE_NAME,
            "Outreach plan",
            template=TEMPLATE,
            context=build_context(project, today),
        )
    ]
