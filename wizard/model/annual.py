"""One reporting year, as the SCC annual report and the annual data file see it.

A reporting year is a calendar year, January 1 to December 31 (common practice for
annual reports; the SCC sets its own due date). Its figures come from the data
period for that year when the task force recorded one, so the report, the figures
document and the data file agree; with no period, the year itself is the window.
Nothing is counted after ``today``: a meeting planned for December has not happened
on November 28.

Pure functions of the project, a year and today. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wizard.model import activities as activity_rules
from wizard.model import mous as mou_rules
from wizard.model.figures import PeriodFigures, period_figures, periods_in_order
from wizard.model.project import Activity, DataPeriod, Project

EARLIEST_YEAR = 2000


@dataclass(frozen=True)
class YearWindow:
    year: int
    starts_on: date
    ends_on: date
    as_of: date
    """The last day counted: the year's end, or today while the year is still running."""
    period: DataPeriod
    recorded: bool
    """True when the task force recorded a data period for the year (its counts, survey)."""

    @property
    def complete(self) -> bool:
        return self.as_of >= self.ends_on


def period_for_year(project: Project, year: int) -> DataPeriod | None:
    """The data period that starts in ``year`` (or is labelled with it)."""
    for period in periods_in_order(project):
        if period.starts_on is not None and period.starts_on.year == year:
            return period
    return next((p for p in project.data_periods if p.label.strip() == str(year)), None)


def window(project: Project, year: int, today: date) -> YearWindow:
    period = period_for_year(project, year)
    starts_on = date(year, 1, 1)
    ends_on = date(year, 12, 31)
    if period is not None and period.starts_on is not None and period.ends_on is not None:
        starts_on, ends_on = period.starts_on, period.ends_on
    recorded = period is not None
    if period is None:
        period = DataPeriod(
            id=f"year-{year}", label=str(year), starts_on=starts_on, ends_on=ends_on
        )
    as_of = min(ends_on, today)
    return YearWindow(year, starts_on, ends_on, as_of, period, recorded)


def reporting_years(project: Project, today: date) -> list[int]:
    """Years the project has something for (periods, meetings, trainings, activities), up to
    this year; this year alone when it has nothing yet."""
    days = [p.starts_on for p in project.data_periods if p.starts_on is not None]
    days += [m.held_on for m in project.meetings if m.held_on is not None]
    days += [t.held_on for t in project.training.trainings if t.held_on is not None]
    days += [a.held_on for a in project.activities if a.held_on is not None]
    years = {d.year for d in days if EARLIEST_YEAR <= d.year <= today.year}
    return sorted(years) or [today.year]


def default_year(project: Project, today: date) -> int:
    """The latest year with something to report."""
    return reporting_years(project, today)[-1]


def figures(project: Project, year_window: YearWindow, today: date) -> PeriodFigures:
    """The year's meetings, trainings and survey (wizard.model.figures' rules)."""
    return period_figures(project, year_window.period, min(today, year_window.as_of))


@dataclass(frozen=True)
class Membership:
    members: int
    """People who were members on the year's last day counted."""
    organisations: int
    joined: int
    left: int


def _in(day: date | None, start: date, end: date) -> bool:
    return day is not None and start <= day <= end


def membership(project: Project, year_window: YearWindow) -> Membership:
    """Who was a member at the year's end, and who joined or left during it. A member
    with no joining date is counted as there all along (the roster's dates are optional)."""
    start, end = year_window.starts_on, year_window.as_of
    at_end = [
        m
        for m in project.members
        if m.status in ("member", "left")
        and (m.joined_on is None or m.joined_on <= end)
        and (m.left_on is None or m.left_on > end)
        and not (m.status == "left" and m.left_on is None)
    ]
    return Membership(
        members=len(at_end),
        organisations=len({m.organisation_id for m in at_end if m.organisation_id}),
        joined=sum(1 for m in project.members if _in(m.joined_on, start, end)),
        left=sum(1 for m in project.members if _in(m.left_on, start, end)),
    )


@dataclass(frozen=True)
class MouYear:
    signed: int
    """Signed during the year."""
    in_effect: int
    """Signed and running on the last day counted."""
    ending_soon: int
    """In effect and ending within 60 days of the last day counted (the MOU rule)."""
    ended: int
    """Ended during the year, or marked expired with an end date in it."""


def mou_year(project: Project, year_window: YearWindow) -> MouYear:
    start, as_of = year_window.starts_on, year_window.as_of
    signed_any = [m for m in project.mous if m.status in ("signed", "expired") and m.signed_on]
    running = [
        m
        for m in project.mous
        if m.status == "signed"
        and (m.signed_on is None or m.signed_on <= as_of)
        and mou_rules.expiry(m, as_of) is not mou_rules.Expiry.ENDED
    ]
    soon = [m for m in running if mou_rules.expiry(m, as_of) is mou_rules.Expiry.ENDS_SOON]
    ended = [
        m
        for m in project.mous
        if m.status in ("signed", "expired")
        and m.ends_on is not None
        and start <= m.ends_on < as_of
    ]
    return MouYear(
        signed=sum(1 for m in signed_any if _in(m.signed_on, start, as_of)),
        in_effect=len(running),
        ending_soon=len(soon),
        ended=len(ended),
    )


def activities_in(project: Project, year_window: YearWindow) -> list[Activity]:
    return [
        a for a in project.activities if _in(a.held_on, year_window.starts_on, year_window.as_of)
    ]


def activity_totals(project: Project, year_window: YearWindow) -> activity_rules.ActivityTotals:
    return activity_rules.totals(activities_in(project, year_window), year_window.as_of)
