"""Document and charts: the task force's figures for one period.

The charts are built here once, for this document, the step's page and the
SCC report: attendance over the period's meetings, how long organizations have
been at the table, the share of each sector trained, how organizations connect,
and the counts by period. Every youth count goes through the small-number rule
(wizard.model.counts): a chart writes "fewer than N" and draws no bar.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.charts import (
    BarChart,
    Chart,
    LineChart,
    NetworkChart,
    Series,
    describe,
)
from wizard.documents.common import long_date, short_date, task_force_context
from wizard.documents.packet import PacketItem
from wizard.documents.values import Picture, clean
from wizard.model import counts as count_rules
from wizard.model import meetings as meeting_rules
from wizard.model import survey as survey_rules
from wizard.model import tenure as tenure_rules
from wizard.model.figures import (
    PeriodFigures,
    held_meetings,
    period_figures,
    periods_in_order,
)
from wizard.model.project import DataPeriod, Project
from wizard.model.training import percent

TEMPLATE = "figures.docx"
FILE_NAME = "11 Task force figures.docx"
CHART_WIDTH_CM = 16.0
CHART_SIZE = (460.0, 250.0)
MOST_ORGANISATIONS_SHOWN = 15
LAW_NOTE = (
    "About the counts of young people. Since July 1, 2024, Washington law lets only "
    "people 18 or older be charged with prostitution (E3SHB 1775, 2020). So the counts of "
    "young people arrested, detained or charged are about any detention or charge connected "
    "to their exploitation, and about young adults aged 18 to 24."
)


def period_title(period: DataPeriod) -> str:
    label = period.label.strip() or "A period"
    if period.starts_on and period.ends_on:
        return f"{label}: {long_date(period.starts_on)} to {long_date(period.ends_on)}"
    return label


# ----- charts -------------------------------------------------------------------------------


def attendance_chart(project: Project, period: DataPeriod, today: date) -> LineChart:
    held = held_meetings(project, period, today)
    return LineChart(
        "People at each meeting",
        tuple(short_date(m.held_on) if m.held_on else "" for m in held),
        tuple(float(meeting_rules.attendance(m)) for m in held),
        "Meeting",
        "People at the meeting",
    )


def tenure_chart(project: Project, today: date) -> BarChart:
    found = tenure_rules.tenures(project, today)[:MOST_ORGANISATIONS_SHOWN]
    return BarChart(
        "Years each organization has been represented",
        tuple(t.organisation.name.strip() or "(no name)" for t in found),
        (
            Series(
                "Years",
                tuple(round(t.years, 1) for t in found),
                tuple(tenure_rules.years_text(t.days) for t in found),
            ),
        ),
        "Organization",
        "Years represented",
        horizontal=True,
    )


def training_chart(figures: PeriodFigures) -> BarChart:
    shares = figures.shares
    basic = tuple(float(percent_of(s.basic, s.members)) for s in shares)
    extra = tuple(
        float(percent_of(s.extra, s.members)) if s.extra_recommended else None for s in shares
    )
    not_needed = tuple("" if s.extra_recommended else "not needed" for s in shares)
    return BarChart(
        "Share of members trained, by sector",
        tuple(s.name for s in shares),
        (
            Series("Basic training", basic),
            Series("Extra training", extra, spoken=not_needed),
        ),
        "Sector",
        "Members trained",
        percent=True,
        horizontal=True,
    )


def percent_of(done: int, total: int) -> int:
    from fractions import Fraction

    return percent(Fraction(done, total)) if total else 0


def network_chart(project: Project, period: DataPeriod) -> NetworkChart | None:
    survey = period.survey
    if survey is None:
        return None
    names = tuple(_organisation_name(project, org_id) for org_id in survey.organisation_ids)
    index = {org_id: n for n, org_id in enumerate(survey.organisation_ids)}
    links = []
    for definition in survey_rules.RELATIONS:
        # One line for a pair, whichever of the two said yes: the picture shows who is
        # linked; the table beside it gives the answers in each direction.
        pairs = sorted(
            {
                (min(index[a], index[b]), max(index[a], index[b]))
                for a, b in survey_rules.pairs(survey)
                if survey_rules.answer(survey, a, b, definition.relation)
            }
        )
        links.append((definition.label, tuple(pairs)))
    return NetworkChart("How organizations connect", names, tuple(links))


def _percent(share: float | None) -> float | None:
    return None if share is None else float(round(share * 100))


def densities_chart(project: Project) -> BarChart:
    """The three shares of connected pairs, one group of bars per period with a survey."""
    surveyed = [p for p in periods_in_order(project) if p.survey is not None]
    shares = [survey_rules.densities(p.survey) for p in surveyed if p.survey is not None]
    series = tuple(
        Series(
            definition.label,
            tuple(_percent(d[n].share) for d in shares),
            spoken=tuple(survey_rules.share_text(d[n].share) for d in shares),
        )
        for n, definition in enumerate(survey_rules.RELATIONS)
    )
    return BarChart(
        "How connected organizations are, by period",
        tuple(p.label.strip() or "(no name)" for p in surveyed),
        series,
        "Period",
        "Share of pairs who said yes",
        percent=True,
    )


def _organisation_name(project: Project, organisation_id: str) -> str:
    organisation = project.organisation(organisation_id)
    return (organisation.name.strip() if organisation else "") or "(no name)"


def counts_chart(project: Project, youth: bool) -> BarChart:
    """Each count, one bar per period. A small youth count is written, not drawn."""
    threshold = project.small_count_threshold
    chosen = [d for d in count_rules.COUNTS if d.about_youth == youth]
    series = []
    for period in periods_in_order(project):
        values: list[float | None] = []
        shown: list[str] = []
        spoken: list[str] = []
        for definition in chosen:
            count = period.counts.get(definition.kind)
            value = count.value if count is not None and not count.not_collected else None
            small = (
                value is not None
                and definition.about_youth
                and count_rules.is_small(value, threshold)
            )
            values.append(None if value is None or small else float(value))
            shown.append(f"under {threshold}" if small else "")
            spoken.append(count_rules.printed_count(definition.kind, count, threshold))
        label = period.label.strip() or "(no name)"
        series.append(Series(label, tuple(values), tuple(shown), tuple(spoken)))
    return BarChart(
        "Young people counted, by period" if youth else "Buyers counted, by period",
        tuple(d.short_label for d in chosen),
        tuple(series),
        "What was counted",
        "Count",
    )


def picture(chart: Chart) -> Picture:
    return Picture(chart, CHART_WIDTH_CM, describe(chart), CHART_SIZE)


# ----- the document -------------------------------------------------------------------------


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def meetings_context(project: Project, figures: PeriodFigures, today: date) -> dict[str, Any]:
    held = figures.meetings
    if not held:
        return {
            "meetings_summary": "No meetings are recorded in this period.",
            "has_meetings": False,
            "attendance_chart": "",
            "attendance_words": "",
            "attendance": [],
        }
    average = figures.average_attendance or 0
    chart = picture(attendance_chart(project, figures.period, today))
    rows = meeting_rules.organisation_attendance(project, held)
    stopped = [r for r in rows if r.stopped_coming]
    summary = (
        f"The task force met {_plural(len(held), 'time', 'times')} in this period, with "
        f"{average:.0f} people at a meeting on average."
    )
    if stopped:
        summary += f" {_plural(len(stopped), 'organization has', 'organizations have')} "
        summary += "missed the last three meetings."
    return {
        "meetings_summary": summary,
        "has_meetings": True,
        "attendance_chart": chart,
        "attendance_words": chart.description,
        "attendance": [
            {
                "name": clean(r.organisation.name.strip()) or "(no name)",
                "members": str(r.members),
                "came": f"{r.came} of {r.meetings}",
                "note": "Missed the last three" if r.stopped_coming else "",
            }
            for r in rows
        ],
    }


def tenure_context(project: Project, today: date) -> dict[str, Any]:
    found = tenure_rules.tenures(project, today)
    if not found:
        return {
            "tenure_summary": "No member has a joining date yet, so this cannot be worked "
            "out. Add joining dates on the roster.",
            "has_tenure": False,
            "tenure_chart": "",
            "tenure_words": "",
            "tenure": [],
        }
    chart = picture(tenure_chart(project, today))
    buckets = tenure_rules.distribution(found)
    spread = "; ".join(f"{bucket.label.lower()}: {count}" for bucket, count in buckets)
    summary = (
        f"{_plural(len(found), 'organization has', 'organizations have')} been represented "
        f"so far. How long: {spread}."
    )
    undated = tenure_rules.undated_members(project)
    if undated:
        summary += f" {_plural(undated, 'person has', 'people have')} no joining date yet."
    return {
        "tenure_summary": summary,
        "has_tenure": True,
        "tenure_chart": chart,
        "tenure_words": chart.description,
        "tenure": [
            {
                "name": clean(t.organisation.name.strip()) or "(no name)",
                "since": long_date(t.first_joined),
                "time": tenure_rules.years_text(t.days)
                + ("" if t.represented_now else " (not now)"),
            }
            for t in found
        ],
    }


def training_context(figures: PeriodFigures) -> dict[str, Any]:
    summary = (
        f"{_plural(len(figures.trainings), 'training was', 'trainings were')} held in this "
        f"period, reaching {_plural(figures.people_trained, 'person', 'people')}."
    )
    if not figures.shares:
        return {
            "training_summary": summary,
            "has_shares": False,
            "training_chart": "",
            "training_words": "",
        }
    chart = picture(training_chart(figures))
    return {
        "training_summary": summary + " The chart shows the share of members trained by "
        "the end of the period.",
        "has_shares": True,
        "training_chart": chart,
        "training_words": chart.description,
    }


def survey_context(project: Project, figures: PeriodFigures) -> dict[str, Any]:
    survey = figures.period.survey
    empty = {
        "has_survey": False,
        "densities": [],
        "densities_chart": "",
        "densities_words": "",
        "network_chart": "",
        "network_words": "",
        "one_sided": [],
    }
    if survey is None:
        return {"survey_summary": "No connection survey was done in this period.", **empty}
    answered = len(survey_rules.answered_by(survey))
    summary = (
        f"{_plural(len(survey.organisation_ids), 'organization was', 'organizations were')} "
        f"asked; {answered} answered. Shares are of the pairs that answered; a pair with no "
        "answer is not counted as a no."
    )
    network = network_chart(project, figures.period)
    chart = picture(network) if network is not None else ""
    before = {c.relation.relation: c for c in figures.changes}
    rows = []
    for density in figures.densities:
        change = before[density.relation.relation]
        rows.append(
            {
                "question": density.relation.question,
                "yes": str(density.yes),
                "no": str(density.no),
                "missing": str(density.missing),
                "share": survey_rules.share_text(density.share),
                "before": _before(change),
            }
        )
    one_sided = [
        f"Nobody said they refer young people to {clean(o.name.strip())}."
        for o in survey_rules.nobody_refers_to(project, survey)
    ] + [
        f"{clean(o.name.strip())} said it refers young people to no one."
        for o in survey_rules.refers_to_nobody(project, survey)
    ]
    by_period = picture(densities_chart(project))
    return {
        "survey_summary": summary,
        "has_survey": True,
        "densities": rows,
        "densities_chart": by_period,
        "densities_words": by_period.description,
        "network_chart": chart,
        "network_words": chart.description if isinstance(chart, Picture) else "",
        "one_sided": one_sided,
    }


def _before(change: survey_rules.Change) -> str:
    if change.before is None:
        return "no earlier survey"
    points = change.points
    shown = survey_rules.share_text(change.before)
    if points is None or points == 0:
        return f"{shown} (no change)"
    return f"{shown} ({'up' if points > 0 else 'down'} {abs(points)} points)"


def counts_context(project: Project, period: DataPeriod) -> dict[str, Any]:
    threshold = project.small_count_threshold
    rows = []
    for definition in count_rules.COUNTS:
        count = period.counts.get(definition.kind)
        source = project.organisation(count.source_organisation_id) if count else None
        rows.append(
            {
                "label": definition.label,
                "count": count_rules.printed_count(definition.kind, count, threshold),
                "source": clean(source.name.strip()) if source else "",
            }
        )
    answered = any(count_rules.is_answered(c) for c in period.counts.values())
    chart = picture(counts_chart(project, youth=True)) if answered else ""
    return {
        "counts": rows,
        "has_count_chart": answered,
        "counts_chart": chart,
        "counts_words": chart.description if isinstance(chart, Picture) else "",
    }


def small_numbers_note(project: Project) -> str:
    threshold = project.small_count_threshold
    return (
        f"To protect young people, a count of young people from 1 to {threshold - 1} is "
        f"printed as “fewer than {threshold}”."
    )


def build_context(project: Project, period: DataPeriod, today: date) -> dict[str, Any]:
    figures = period_figures(project, period, today)
    return {
        **task_force_context(project, today),
        "period": period_title(period),
        "small_numbers": small_numbers_note(project),
        **meetings_context(project, figures, today),
        **tenure_context(
            project, period.ends_on if period.ends_on and period.ends_on < today else today
        ),
        **training_context(figures),
        **survey_context(project, figures),
        **counts_context(project, period),
        "law_note": LAW_NOTE,
    }


def latest_period(project: Project) -> DataPeriod | None:
    ordered = periods_in_order(project)
    dated = [p for p in ordered if p.starts_on is not None]
    return (dated or ordered)[-1] if ordered else None


def figures_items(project: Project, today: date) -> list[PacketItem]:
    period = latest_period(project)
    if period is None:
        return []
    return [
        PacketItem(
            FILE_NAME,
            "Task force figures",
            template=TEMPLATE,
            context=build_context(project, period, today),
        )
    ]
