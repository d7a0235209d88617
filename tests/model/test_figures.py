"""A period's figures, gathered from the project."""

from __future__ import annotations

from datetime import date

from wizard.model.figures import (
    period_figures,
    period_problems,
    periods_in_order,
    previous_period,
    previous_survey,
    trainings_in,
)
from wizard.model.project import (
    DataPeriod,
    Meeting,
    Member,
    Organisation,
    Project,
    Survey,
    Training,
    TrainingPlan,
)
from wizard.model.survey import set_answer


def _year(year: int, survey: Survey | None = None) -> DataPeriod:
    return DataPeriod(
        id=f"y{year}",
        label=str(year),
        starts_on=date(year, 1, 1),
        ends_on=date(year, 12, 31),
        survey=survey,
    )


def test_periods_come_in_time_order_and_know_the_one_before():
    project = Project(data_periods=[_year(2026), DataPeriod(id="x"), _year(2025)])
    assert [p.id for p in periods_in_order(project)] == ["y2025", "y2026", "x"]
    assert previous_period(project, project.data_periods[0]).id == "y2025"  # type: ignore[union-attr]
    assert previous_period(project, project.data_periods[2]) is None


def test_a_period_gathers_its_meetings_trainings_and_survey():
    earlier, later = Survey(organisation_ids=["a", "b"]), Survey(organisation_ids=["a", "b"])
    set_answer(earlier, "a", "b", "knows", False)
    set_answer(later, "a", "b", "knows", True)
    project = Project(
        organisations=[Organisation(id="a"), Organisation(id="b")],
        members=[Member(id="m1", status="member", sector="cps")],
        meetings=[
            Meeting(held_on=date(2025, 6, 1), guests=4),
            Meeting(held_on=date(2026, 3, 1), attendee_member_ids=["m1"], guests=1),
            Meeting(held_on=date(2026, 9, 1), guests=4),
        ],
        training=TrainingPlan(
            trainings=[
                Training(held_on=date(2026, 2, 1), attendee_member_ids=["m1"]),
                Training(held_on=date(2027, 2, 1), attendee_member_ids=["m1"]),
            ]
        ),
        data_periods=[_year(2025, earlier), _year(2026, later), _year(2027)],
    )
    figures = period_figures(project, project.data_periods[1], date(2027, 6, 1))
    assert len(figures.meetings) == 2 and figures.average_attendance == 3
    assert len(figures.trainings) == 1 and figures.people_trained == 1
    assert [(s.name, s.basic, s.members) for s in figures.shares] == [
        ("Child Protective Services (CPS)", 1, 1)
    ]
    knows = figures.changes[0]
    assert (knows.now, knows.before, knows.points) == (1.0, 0.0, 100)
    assert previous_survey(project, project.data_periods[2]) is later
    assert trainings_in(project, project.data_periods[0]) == []
    assert period_figures(project, project.data_periods[2], date(2027, 6, 1)).densities == []


def test_dates_out_of_order_are_said():
    period = _year(2026)
    assert period_problems(period) == []
    period.ends_on = date(2025, 1, 1)
    assert period_problems(period) == ["The period ends before it starts. Check the two dates."]


def test_the_large_record_builder_makes_a_valid_ten_year_project():
    from wizard.model.large import project_with_years

    project = project_with_years(2, organisation_count=6, member_count=24)
    assert len(project.meetings) == 24 and len(project.data_periods) == 2
    survey = project.data_periods[0].survey
    assert survey is not None and len(survey.answers) == 6 * 5
    assert Project.model_validate(project.model_dump(mode="json")) == project
