"""The annual report to the CSEC Statewide Coordinating Committee (SCC), for one year.

Task forces send the SCC a report each year (the toolkit's ninth section). This one
is assembled from what the project already holds: who we are; membership and the
sectors with a voice on the roster, in leadership and on subcommittees, and the
year's changes; how long organizations have been at the table; meetings; training;
how organizations connect compared with the last survey; the counts (small-number
rule); MOUs; activities; progress on each goal; challenges and what we need from the
state; and the task force's record with the SCC. A missing answer shows as
"[to be decided: …]" with the step that answers it, like every document.

The figures document's pieces (wizard.documents.figures) make the meetings,
tenure, training, survey and counts sections, so the two documents always agree.
The same context feeds the Word template and the PDF twin
(wizard.documents.annual_report_pdf).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from wizard.documents import figures as figure_parts
from wizard.documents.common import coordinator_name, long_date, task_force_context
from wizard.documents.labels import POSITION_TYPE
from wizard.documents.packet import PacketItem
from wizard.documents.values import Gap, Text, clean, text_or_gap
from wizard.model import activities as activity_rules
from wizard.model import annual, gaps, reference
from wizard.model import mous as mou_rules
from wizard.model import scc as scc_rules
from wizard.model.project import Project

TEMPLATE = "annual_report.docx"
FOLDER = "13 SCC annual report"
HISTORY_SHOWN = 10
"""Years of SCC history the report lists: a decade reads at a glance."""


def docx_path(year: int) -> str:
    return f"{FOLDER}/Annual report {year}.docx"


def pdf_path(year: int) -> str:
    return f"{FOLDER}/Annual report {year}.pdf"


def year_file_names(year: int) -> list[str]:
    """The files a chosen year's report is written as: Word, PDF and the data file."""
    from wizard.documents.annual_data import data_file_name

    return [Path(docx_path(year)).name, Path(pdf_path(year)).name, data_file_name(year)]


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def _names(sector_ids: list[str]) -> str:
    names = [s.name for s in reference.sectors() if s.id in sector_ids]
    if not names:
        return "none"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# ----- sections -----------------------------------------------------------------------


def _who(project: Project) -> dict[str, Text]:
    chair = scc_rules.chair_name(project)
    found = scc_rules.representative(project)
    coordinator = project.coordinator
    position = coordinator.position
    return {
        "coordinator": (
            coordinator_name(project)
            if coordinator.identified and coordinator.contact.name.strip()
            else Gap("who the coordinator is", "coordinator")
        ),
        "coordinator_position": (
            POSITION_TYPE[position]
            if position
            else Gap("the kind of coordinator position", "coordinator")
        ),
        "chair": clean(chair) if chair else Gap("who chairs the task force", "leadership"),
        "representative": (
            clean(found.name) + (" (the chair)" if found.is_chair else "")
            if found is not None
            else Gap("who represents the task force at the SCC", "scc")
        ),
    }


def _membership(project: Project, window: annual.YearWindow) -> dict[str, Any]:
    members = annual.membership(project, window)
    analysis = gaps.analyse(project)
    total = len(reference.sectors())
    levels = []
    for level in gaps.LEVELS:
        missing = [s.id for s in analysis.gaps(level)]
        levels.append(
            {
                "level": gaps.LEVEL_TITLES[level],
                "covered": f"{total - len(missing)} of {total}",
                "missing": _names(missing),
            }
        )
    summary = (
        f"On {long_date(window.as_of)} the task force had "
        f"{_plural(members.members, 'member', 'members')} from "
        f"{_plural(members.organisations, 'organization', 'organizations')}. During the year "
        f"{_plural(members.joined, 'person', 'people')} joined and "
        f"{_plural(members.left, 'person', 'people')} left."
    )
    highlighted = [s.name for s in analysis.highlighted_gaps("membership")]
    note = (
        "Still missing from the roster, among the voices to seek out on purpose: "
        f"{', '.join(highlighted)}."
        if highlighted
        else "Each voice to seek out on purpose has at least one member."
    )
    return {"membership_summary": summary, "levels": levels, "voices_note": note}


def _mous(project: Project, window: annual.YearWindow) -> dict[str, Any]:
    year = annual.mou_year(project, window)
    summary = (
        f"{_plural(year.signed, 'MOU was', 'MOUs were')} signed this year. "
        f"{_plural(year.in_effect, 'MOU is', 'MOUs are')} in effect, "
        f"{year.ending_soon} of them ending within {mou_rules.EXPIRY_WARNING_DAYS} days. "
        f"{_plural(year.ended, 'MOU', 'MOUs')} ended during the year."
    )
    rows = []
    for row in mou_rules.tracker_rows(project, window.as_of):
        record = row.mou
        if record is None or record.status == "not_started":
            continue
        rows.append(
            {
                "name": clean(row.name),
                "status": mou_rules.STATUS_LABELS[record.status],
                "signed": long_date(record.signed_on) if record.signed_on else "",
                "ends": long_date(record.ends_on) if record.ends_on else "",
                "flag": row.flag,
            }
        )
    return {"mous_summary": summary, "has_mous": bool(rows), "mous": rows}


def _activities(project: Project, window: annual.YearWindow) -> dict[str, Any]:
    held = sorted(annual.activities_in(project, window), key=lambda a: a.held_on or date.min)
    totals = annual.activity_totals(project, window)
    if not held:
        summary = "No activities or community events are recorded for this year."
    else:
        summary = (
            f"{_plural(totals.held, 'activity was', 'activities were')} held: "
            f"{totals.held_provider_education} for service providers and "
            f"{_plural(totals.held_community_events, 'community event', 'community events')}, "
            f"reaching {_plural(totals.people_reached, 'person', 'people')}."
        )
    return {
        "activities_summary": summary,
        "has_activities": bool(held),
        "activities": [
            {
                "when": long_date(a.held_on) if a.held_on else "",
                "kind": activity_rules.KIND_SHORT[a.kind],
                "topic": clean(a.topic.strip()) or "(no topic)",
                "people": activity_rules.count_text(a.attendance),
            }
            for a in held
        ],
    }


def _goals(project: Project, year: int) -> dict[str, Any]:
    entry = scc_rules.history_year(project, year)
    progress = entry.goal_progress if entry else {}
    goals = [g for g in project.mission.goals if g.text.strip()]
    return {
        "has_goals": bool(goals),
        "goals_summary": (
            "Each goal from the mission, and how far the task force got with it this year."
            if goals
            else Gap("the task force's goals", "mission")
        ),
        "goals": [
            {
                "text": clean(g.text.strip()),
                "measure": clean(g.measure.strip()) or "No measure chosen",
                "progress": text_or_gap(
                    progress.get(g.id), f"progress on “{g.text.strip()[:60]}” in {year}", "scc"
                ),
            }
            for g in goals
        ],
    }


def _scc_record(project: Project, year: int) -> dict[str, Any]:
    entry = scc_rules.history_year(project, year)
    history = [h for h in scc_rules.history_in_order(project) if h.year <= year]
    not_yet = "not recorded"
    return {
        "challenges": text_or_gap(
            entry.challenges if entry else None, f"the challenges of {year}", "scc"
        ),
        "needs": text_or_gap(
            project.scc.needs_from_state, "what the task force needs from the state", "scc"
        ),
        "has_history": bool(history),
        "history": [
            {
                "year": str(h.year),
                "sent": long_date(h.report_sent_on) if h.report_sent_on else not_yet,
                "met": long_date(h.meeting_attended_on) if h.meeting_attended_on else not_yet,
            }
            for h in history[-HISTORY_SHOWN:]
        ],
    }


def build_context(project: Project, year: int, today: date) -> dict[str, Any]:
    window = annual.window(project, year, today)
    figures = annual.figures(project, window, today)
    running = not window.complete
    return {
        **task_force_context(project, today),
        "year": str(year),
        "span": (
            f"From {long_date(window.starts_on)} to {long_date(window.as_of)}"
            + (" (the year is not over yet)." if running else ".")
        ),
        "about_scc": scc_rules.ABOUT_SCC,
        "small_numbers": figure_parts.small_numbers_note(project),
        **_who(project),
        **_membership(project, window),
        **figure_parts.tenure_context(project, window.as_of),
        **figure_parts.meetings_context(project, figures, window.as_of),
        **figure_parts.training_context(figures),
        **figure_parts.survey_context(project, figures),
        **_counts(project, window),
        **_mous(project, window),
        **_activities(project, window),
        **_goals(project, year),
        **_scc_record(project, year),
        "law_note": figure_parts.LAW_NOTE,
    }


def _counts(project: Project, window: annual.YearWindow) -> dict[str, Any]:
    found = figure_parts.counts_context(project, window.period)
    if not window.recorded:
        found["counts_summary"] = (
            "No figures were recorded for this year. Add a period for it on the "
            "“Meetings and figures” step."
        )
    else:
        found["counts_summary"] = (
            f"Counted from {long_date(window.starts_on)} to {long_date(window.ends_on)}."
        )
    return found


def annual_report_items(project: Project, today: date) -> list[PacketItem]:
    """The report for the latest year with something to report, in Word and as a PDF."""
    from wizard.documents.annual_report_pdf import write_annual_report_pdf

    year = annual.default_year(project, today)
    context = build_context(project, year, today)
    return [
        PacketItem(docx_path(year), "SCC annual report", template=TEMPLATE, context=context),
        PacketItem(
            pdf_path(year),
            "SCC annual report (PDF)",
            writer=lambda target: write_annual_report_pdf(context, target),
        ),
    ]


def write_year(project: Project, year: int, folder: Path, today: date) -> list[Path]:
    """The report for a chosen year, in Word and PDF, with the annual data file, written
    into ``folder`` (for the SCC step's 'Make the annual report' button). Existing files
    of the same names are replaced: the caller asks the user first."""
    from wizard.documents.annual_data import write_data
    from wizard.documents.annual_report_pdf import write_annual_report_pdf
    from wizard.documents.render import render_to_file

    context = build_context(project, year, today)
    targets = [folder / name for name in year_file_names(year)]
    render_to_file(TEMPLATE, context, targets[0])
    write_annual_report_pdf(context, targets[1])
    write_data(project, year, targets[2], today)
    return targets
