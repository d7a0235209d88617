"""A period's figures, gathered once for the step's page, the figures document and
the SCC report: meetings and attendance, trainings, tenure, the survey, and the
counts. Everything is a pure function of the project and the period.

Shares of each sector trained are worked out as of the period's end, over the
people who are members today (the roster does not keep who was a member on a
past day, only joining and leaving dates, which tenure uses).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wizard.model import meetings as meeting_rules
from wizard.model import survey as survey_rules
from wizard.model import training as training_rules
from wizard.model.project import DataPeriod, Meeting, Project, Survey, Training


def periods_in_order(project: Project) -> list[DataPeriod]:
    """Periods by their start (undated ones last, in the order entered)."""
    dated = sorted(
        (p for p in project.data_periods if p.starts_on is not None),
        key=lambda p: p.starts_on or date.min,
    )
    return dated + [p for p in project.data_periods if p.starts_on is None]


def previous_period(project: Project, period: DataPeriod) -> DataPeriod | None:
    ordered = periods_in_order(project)
    index = next(i for i, p in enumerate(ordered) if p.id == period.id)
    return ordered[index - 1] if index > 0 else None


def previous_survey(project: Project, period: DataPeriod) -> Survey | None:
    """The survey of the nearest earlier period that has one."""
    ordered = periods_in_order(project)
    index = next(i for i, p in enumerate(ordered) if p.id == period.id)
    for earlier in reversed(ordered[:index]):
        if earlier.survey is not None:
            return earlier.survey
    return None


def trainings_in(project: Project, period: DataPeriod) -> list[Training]:
    """Trainings dated within the period."""
    return [
        t
        for t in project.training.trainings
        if t.held_on is not None
        and (period.starts_on is None or t.held_on >= period.starts_on)
        and (period.ends_on is None or t.held_on <= period.ends_on)
    ]


@dataclass(frozen=True)
class PeriodFigures:
    period: DataPeriod
    meetings: list[Meeting]
    average_attendance: float | None
    trainings: list[Training]
    """Trainings held in the period up to today."""
    people_trained: int
    """Different people at any training in the period."""
    shares: list[training_rules.Share]
    densities: list[survey_rules.Density]
    changes: list[survey_rules.Change]


def held_meetings(project: Project, period: DataPeriod, today: date) -> list[Meeting]:
    """The period's meetings up to today: one planned for later has not happened yet."""
    end = min(period.ends_on, today) if period.ends_on is not None else today
    return meeting_rules.meetings_in(project, period.starts_on, end)


def period_figures(project: Project, period: DataPeriod, today: date) -> PeriodFigures:
    held = held_meetings(project, period, today)
    trainings = [t for t in trainings_in(project, period) if t.held_on and t.held_on <= today]
    as_of = min(period.ends_on, today) if period.ends_on is not None else today
    survey = period.survey
    return PeriodFigures(
        period=period,
        meetings=held,
        average_attendance=meeting_rules.average_attendance(held),
        trainings=trainings,
        people_trained=len({person for t in trainings for person in t.attendee_member_ids}),
        shares=training_rules.share_by_sector(project, as_of),
        densities=survey_rules.densities(survey) if survey is not None else [],
        changes=(
            survey_rules.compare(survey, previous_survey(project, period))
            if survey is not None
            else []
        ),
    )


def period_problems(period: DataPeriod) -> list[str]:
    """What is wrong with a period's dates, said beside them."""
    if period.starts_on and period.ends_on and period.ends_on < period.starts_on:
        return ["The period ends before it starts. Check the two dates."]
    return []
