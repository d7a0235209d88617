"""The annual data file: one task force's year as a small JSON file for the SCC.

The SCC receives reports from about a dozen regional task forces; this file lets it
put every year side by side (``taskforce-builder statewide``). The schema is
published in docs/annual-data-file.md; ``schema_version`` changes whenever a field
changes meaning or goes away (adding a field does not).

What it never holds, on purpose: member names or contact details, and free text
beyond the task force's name and region (a note or a goal can name a young person).
Youth counts leave with the small-number rule already applied: a count from 1 to
N-1 is written as ``{"status": "fewer_than", "fewer_than": N}`` with no number
(domain brief's safety rules).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from wizard.documents.common import counties_text
from wizard.documents.packet import PacketItem
from wizard.documents.values import clean
from wizard.model import annual, gaps, reference, statewide
from wizard.model import counts as count_rules
from wizard.model import training as training_rules
from wizard.model.file_names import safe_file_name
from wizard.model.project import YOUTH_COUNTS, PeriodCount, Project

FORMAT = statewide.FORMAT
SCHEMA_VERSION = statewide.SCHEMA_VERSION
FOLDER = "13 SCC annual report"


def count_entry(kind: str, count: PeriodCount | None, threshold: int) -> dict[str, Any]:
    """One count, safe to publish: a number, 'fewer than N', 'not collected' or 'not
    entered'. Only youth counts are held back when small (domain brief)."""
    if count is None or (count.value is None and not count.not_collected):
        return {"status": "not_entered"}
    if count.not_collected or count.value is None:
        return {"status": "not_collected"}
    if kind in YOUTH_COUNTS and count_rules.is_small(count.value, threshold):
        return {"status": "fewer_than", "fewer_than": threshold}
    return {"status": "number", "value": count.value}


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _sectors(project: Project) -> dict[str, Any]:
    analysis = gaps.analyse(project)
    return {
        "recommended": [s.id for s in reference.sectors()],
        "with_a_voice": {
            level: [v.sector.id for v in analysis.voices if v.has_voice(level)]
            for level in gaps.LEVELS
        },
    }


def build_data(project: Project, year: int, today: date) -> dict[str, Any]:
    """The file's content for ``year`` (see docs/annual-data-file.md)."""
    window = annual.window(project, year, today)
    figures = annual.figures(project, window, today)
    members = annual.membership(project, window)
    mous = annual.mou_year(project, window)
    activities = annual.activity_totals(project, window)
    trained = training_rules.overall_share(project, window.as_of)
    threshold = project.small_count_threshold
    survey = window.period.survey
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "task_force": {
            "id": project.id,
            "name": clean(project.region.name).strip(),
            "region": counties_text(project.region.counties),
            "counties": list(project.region.counties),
        },
        "year": year,
        "period": {
            "starts_on": window.starts_on.isoformat(),
            "ends_on": window.ends_on.isoformat(),
            "counted_to": window.as_of.isoformat(),
        },
        "made_on": today.isoformat(),
        "small_count_threshold": threshold,
        "coordinator_position": project.coordinator.position,
        "membership": {
            "members": members.members,
            "organisations": members.organisations,
            "joined": members.joined,
            "left": members.left,
        },
        "sectors": _sectors(project),
        "meetings": {
            "held": len(figures.meetings),
            "average_attendance": (
                None if figures.average_attendance is None else round(figures.average_attendance, 1)
            ),
        },
        "training": {
            "trainings": len(figures.trainings),
            "people_trained": figures.people_trained,
            "members": trained.members,
            "members_with_basic": trained.basic,
        },
        "network": {
            "surveyed": survey is not None,
            "organisations_asked": len(survey.organisation_ids) if survey else 0,
            "densities": {d.relation.relation: _share(d.share) for d in figures.densities},
        },
        "mous": {
            "signed": mous.signed,
            "in_effect": mous.in_effect,
            "ending_soon": mous.ending_soon,
            "ended": mous.ended,
        },
        "activities": {
            "provider_education": activities.held_provider_education,
            "community_events": activities.held_community_events,
            "people_reached": activities.people_reached,
        },
        "counts": {
            c.kind: count_entry(c.kind, window.period.counts.get(c.kind), threshold)
            for c in count_rules.COUNTS
        }
        if window.recorded
        else {c.kind: {"status": "not_entered"} for c in count_rules.COUNTS},
    }


def data_bytes(project: Project, year: int, today: date) -> bytes:
    return (
        json.dumps(build_data(project, year, today), indent=2, ensure_ascii=False) + "\n"
    ).encode()


def file_name(project: Project, year: int) -> str:
    name = safe_file_name(project.region.name, "Task force")
    return f"{name} annual data {year}.json"


def write_data(project: Project, year: int, target: Path, today: date) -> None:
    target.write_bytes(data_bytes(project, year, today))


def data_file_name(year: int) -> str:
    return f"Annual data {year}.json"


def annual_data_items(project: Project, today: date) -> list[PacketItem]:
    year = annual.default_year(project, today)
    return [
        PacketItem(
            f"{FOLDER}/{data_file_name(year)}",
            "Annual data file for the SCC",
            writer=lambda target: write_data(project, year, target, today),
        )
    ]


def write_made_up_files(
    folder: Path, task_forces: int, years: int, today: date, members: int = 60
) -> list[Path]:
    """Annual data files for ``task_forces`` made-up task forces (one per county) over
    ``years`` years: the statewide benchmark and tests use exactly these. Each task force
    leaves a different set of sectors off its roster, so 'missing most often' has an answer."""
    from wizard.model import places
    from wizard.model.large import project_with_years

    counties = places.counties()
    sectors = [s.id for s in reference.sectors()]
    written = []
    for number in range(task_forces):
        county = counties[number % len(counties)]
        project = project_with_years(years, organisation_count=20, member_count=members)
        project.id = f"made-up-{number}"
        project.region.name = f"{county} County CSEC/Y Task Force"
        project.region.counties = [county]
        left_out = {sectors[(number + k) % len(sectors)] for k in range(number % 4)}
        for member in project.members:
            if member.sector in left_out:
                member.status = "prospect"
        for year in range(today.year - years, today.year):
            target = folder / f"{number:02d} {county} {year}.json"
            write_data(project, year, target, today)
            written.append(target)
    return written
