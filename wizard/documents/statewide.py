"""The statewide summary: a Word document and a CSV from many annual data files.

The DOCX shows the latest year in the files: statewide totals, the sectors missing
most often, and one row per task force; with more than one year, a table of the
years. The CSV has one row per file read (task force and year) and a statewide
total row per year, for anyone who wants to make their own tables.

Everything shown comes from the files, which already carry the small-number rule;
totals keep it (wizard.model.statewide). A CSV cell that starts with = + - or @ is
written with a leading apostrophe, so a spreadsheet shows it instead of running it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from wizard.documents.common import long_date
from wizard.documents.render import render_to_file
from wizard.documents.values import clean
from wizard.model import reference
from wizard.model import statewide as rules
from wizard.model.counts import COUNTS
from wizard.model.statewide import AnnualData, Loaded
from wizard.model.wording import RESEARCH_TITLE

TEMPLATE = "statewide.docx"
RELATIONS = ("knows", "communicates", "refers")


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def _sector_names() -> dict[str, str]:
    return {s.id: s.name for s in reference.sectors()}


def _trained(data: AnnualData) -> str:
    members = data.training.members
    if not members:
        return "no members"
    return f"{data.training.members_with_basic} of {members}"


def _row(data: AnnualData) -> dict[str, str]:
    total = len(reference.sectors())
    densities = data.network.densities
    return {
        "name": clean(data.task_force.name) or "(no name)",
        "region": clean(data.task_force.region),
        "sectors": f"{len(rules.covered_sectors(data))} of {total}",
        "members": f"{data.membership.members:,}",
        "meetings": f"{data.meetings.held:,}",
        "trained": _trained(data),
        "knows": rules.share_text(densities.get("knows")) or "no survey",
        "communicates": rules.share_text(densities.get("communicates")) or "no survey",
        "refers": rules.share_text(densities.get("refers")) or "no survey",
        "mous": f"{data.mous.in_effect:,}",
        "youth": rules.count_text(data.counts.get("youth_identified")),
        "buyers": rules.count_text(data.counts.get("buyers_arrested")),
    }


def _totals(files: list[AnnualData]) -> list[dict[str, str]]:
    threshold = rules.statewide_threshold(files)
    members = sum(d.training.members for d in files)
    basic = sum(d.training.members_with_basic for d in files)
    rows = [
        ("Task forces", f"{len(files):,}"),
        ("Members", f"{sum(d.membership.members for d in files):,}"),
        ("Meetings held", f"{sum(d.meetings.held for d in files):,}"),
        ("Trainings held", f"{sum(d.training.trainings for d in files):,}"),
        ("Members with basic training", f"{basic:,} of {members:,}"),
        ("MOUs in effect", f"{sum(d.mous.in_effect for d in files):,}"),
        ("MOUs signed this year", f"{sum(d.mous.signed for d in files):,}"),
        ("Community events", f"{sum(d.activities.community_events for d in files):,}"),
        (
            "Events for service providers",
            f"{sum(d.activities.provider_education for d in files):,}",
        ),
    ]
    labels: dict[str, str] = {c.kind: c.label for c in COUNTS}
    rows += [(labels[t.kind], t.text(threshold)) for t in rules.count_totals(files)]
    return [{"label": label, "value": value} for label, value in rows]


def _missing(files: list[AnnualData]) -> list[dict[str, str]]:
    names = _sector_names()
    leadership = dict(rules.most_often_missing(files, "leadership"))
    return [
        {
            "name": names[sector],
            "roster": f"{count} of {len(files)}",
            "leadership": f"{leadership.get(sector, 0)} of {len(files)}",
        }
        for sector, count in rules.most_often_missing(files)
    ]


def _missing_summary(files: list[AnnualData]) -> str:
    ranked = rules.most_often_missing(files)
    if not ranked:
        return "Every task force has a member from every recommended sector."
    names = _sector_names()
    top = ranked[0][1]
    first = [names[sector] for sector, count in ranked if count == top]
    listed = first[0] if len(first) == 1 else ", ".join(first[:-1]) + " and " + first[-1]
    return (
        f"Missing most often: {listed} ({top} of {_plural(len(files), 'task force', 'task forces')}"
        " have no member from it). The list shows every recommended sector some task force "
        "is missing; the sectors come from the research's toolkit."
    )


def _years(loaded: list[Loaded]) -> list[dict[str, str]]:
    years = sorted({item.data.year for item in loaded})
    rows = []
    for year in years:
        files = rules.in_year(loaded, year)
        members = sum(d.training.members for d in files)
        basic = sum(d.training.members_with_basic for d in files)
        rows.append(
            {
                "year": str(year),
                "task_forces": f"{len(files):,}",
                "meetings": f"{sum(d.meetings.held for d in files):,}",
                "trained": f"{basic:,} of {members:,}",
                "mous": f"{sum(d.mous.in_effect for d in files):,}",
            }
        )
    return rows


def build_context(result: rules.LoadResult, today: date) -> dict[str, Any]:
    year = rules.latest_year(result.loaded)
    files = rules.in_year(result.loaded, year) if year is not None else []
    threshold = rules.statewide_threshold(files)
    years = _years(result.loaded)
    read = len(result.loaded)
    return {
        "year_title": f"The year {year}" if year is not None else "No files could be read",
        "today": long_date(today),
        "files_read": _plural(read, "annual data file", "annual data files"),
        "small_numbers": (
            f"A count of young people from 1 to {threshold - 1} is printed as “fewer than "
            f"{threshold}”, as each task force's file already does."
        ),
        "skipped": [clean(s.message) for s in result.skipped],
        "totals_summary": (
            f"{_plural(len(files), 'task force', 'task forces')} sent figures for {year}. "
            "A total that includes a small count is written “at least”, since only "
            "“fewer than” is known for it."
            if year is not None
            else "There is nothing to add up."
        ),
        "totals": _totals(files),
        "missing_summary": _missing_summary(files) if files else "No files to compare.",
        "missing": _missing(files),
        "rows": [_row(d) for d in files],
        "network_note": (
            "Know, communicate and refer are shares of the pairs of organizations that "
            "answered each task force's connection survey."
        ),
        "has_years": len(years) > 1,
        "years_summary": (
            f"{_plural(len(years), 'year', 'years')} of files, "
            f"{_plural(read, 'file', 'files')} in all."
        ),
        "years": years,
        "about": (
            "Each task force made its own file with Task Force Builder from its project. "
            "The files hold no names of members and no contact details. The list of "
            f"recommended sectors comes from the research behind the toolkit (“{RESEARCH_TITLE}”)."
        ),
    }


# ----- CSV ------------------------------------------------------------------------------


CSV_COLUMNS = (
    "task_force_id",
    "task_force",
    "region",
    "year",
    "sectors_on_roster",
    "sectors_total",
    "sectors_missing",
    "sectors_in_leadership",
    "sectors_on_subcommittees",
    "members",
    "organizations",
    "meetings_held",
    "average_attendance",
    "trainings",
    "people_trained",
    "members_with_basic_training",
    "know_each_other",
    "communicate",
    "refer",
    "mous_in_effect",
    "mous_signed",
    "mous_ending_soon",
    "mous_ended",
    "provider_education_events",
    "community_events",
    "people_reached",
    *(c.kind for c in COUNTS),
)


def _safe_cell(value: object) -> str:
    text = clean(str(value)).replace("\n", " ")
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _csv_row(data: AnnualData) -> list[object]:
    densities = data.network.densities
    return [
        data.task_force.id,
        data.task_force.name,
        data.task_force.region,
        data.year,
        len(rules.covered_sectors(data)),
        len(reference.sectors()),
        ";".join(rules.missing_sectors(data)),
        len(rules.covered_sectors(data, "leadership")),
        len(rules.covered_sectors(data, "subcommittees")),
        data.membership.members,
        data.membership.organisations,
        data.meetings.held,
        "" if data.meetings.average_attendance is None else data.meetings.average_attendance,
        data.training.trainings,
        data.training.people_trained,
        data.training.members_with_basic,
        *(rules.share_text(densities.get(r)) for r in RELATIONS),
        data.mous.in_effect,
        data.mous.signed,
        data.mous.ending_soon,
        data.mous.ended,
        data.activities.provider_education,
        data.activities.community_events,
        data.activities.people_reached,
        *(rules.count_text(data.counts.get(c.kind)) for c in COUNTS),
    ]


def _total_row(year: int, files: list[AnnualData]) -> list[object]:
    threshold = rules.statewide_threshold(files)
    totals = {t.kind: t.text(threshold) for t in rules.count_totals(files)}
    row: dict[str, object] = {
        "task_force_id": "",
        "task_force": "Statewide total",
        "region": f"{len(files)} task forces",
        "year": year,
        "members": sum(d.membership.members for d in files),
        "organizations": sum(d.membership.organisations for d in files),
        "meetings_held": sum(d.meetings.held for d in files),
        "trainings": sum(d.training.trainings for d in files),
        "people_trained": sum(d.training.people_trained for d in files),
        "members_with_basic_training": sum(d.training.members_with_basic for d in files),
        "mous_in_effect": sum(d.mous.in_effect for d in files),
        "mous_signed": sum(d.mous.signed for d in files),
        "mous_ending_soon": sum(d.mous.ending_soon for d in files),
        "mous_ended": sum(d.mous.ended for d in files),
        "provider_education_events": sum(d.activities.provider_education for d in files),
        "community_events": sum(d.activities.community_events for d in files),
        "people_reached": sum(d.activities.people_reached for d in files),
        **totals,
    }
    return [row.get(column, "") for column in CSV_COLUMNS]


def csv_text(loaded: Iterable[Loaded]) -> str:
    items = list(loaded)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for year in sorted({item.data.year for item in items}):
        files = rules.in_year(items, year)
        for data in files:
            writer.writerow([_safe_cell(v) for v in _csv_row(data)])
        writer.writerow([_safe_cell(v) for v in _total_row(year, files)])
    return out.getvalue()


def output_names(result: rules.LoadResult) -> tuple[str, str]:
    year = rules.latest_year(result.loaded)
    stem = f"Statewide summary {year}" if year is not None else "Statewide summary"
    return f"{stem}.docx", f"{stem}.csv"


def write_statewide(result: rules.LoadResult, out_dir: Path, today: date) -> list[Path]:
    """Write the DOCX and the CSV into ``out_dir``; return their paths."""
    docx_name, csv_name = output_names(result)
    docx_path, csv_path = out_dir / docx_name, out_dir / csv_name
    render_to_file(TEMPLATE, build_context(result, today), docx_path)
    # utf-8-sig: Excel on Windows reads the names with accents correctly.
    csv_path.write_text(csv_text(result.loaded), encoding="utf-8-sig", newline="")
    return [docx_path, csv_path]
