"""Training rules: who completed what and when, which sectors need extra training,
and the share of members trained, overall and by sector, as exact fractions."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from wizard.model import reference, training
from wizard.model.project import Member, Project, Training, TrainingPlan

TODAY = date(2026, 11, 28)


def test_extra_training_sectors():
    extra = {s.id for s in reference.sectors() if training.extra_recommended(s.id)}
    assert extra == {
        "law_enforcement",
        "community_advocates",
        "cps",
        "youth_services",
        "prosecutors",
        "defense",
    }
    assert not training.extra_recommended(None)
    assert set(training.EXTRA_TRAINING_SECTORS) <= reference.sector_ids()


def _project() -> Project:
    members = [
        Member(id="cop1", name="Ana", sector="law_enforcement", status="member"),
        Member(id="cop2", name="Ben", sector="law_enforcement", status="member"),
        Member(id="cop3", name="Cy", sector="law_enforcement", status="member"),
        Member(id="teach", name="Dee", sector="schools", status="member"),
        Member(id="cps1", name="Eve", sector="cps", status="member"),
        Member(id="nosector", name="Fay", status="member"),
        Member(id="invited", name="Gus", sector="schools", status="invited"),
        Member(id="gone", name="Hal", sector="cps", status="left"),
    ]
    trainings = [
        Training(kind="basic", held_on=date(2026, 5, 1), attendee_member_ids=["cop1", "teach"]),
        Training(kind="basic", held_on=date(2026, 3, 1), attendee_member_ids=["cop1", "gone"]),
        Training(kind="basic", held_on=None, attendee_member_ids=["cps1", "invited"]),
        Training(kind="basic", held_on=date(2026, 12, 1), attendee_member_ids=["cop2"]),
        Training(kind="extra", held_on=date(2026, 6, 1), attendee_member_ids=["cop1", "teach"]),
        Training(kind="extra", held_on=TODAY, attendee_member_ids=["cps1"]),
    ]
    return Project(members=members, training=TrainingPlan(trainings=trainings))


def test_completion_takes_the_earliest_held_date():
    rows = {c.member.id: c for c in training.completions(_project(), TODAY)}
    assert set(rows) == {"cop1", "cop2", "cop3", "teach", "cps1", "nosector"}  # status member
    cop1 = rows["cop1"]
    assert (cop1.basic_done, cop1.basic_on) == (True, date(2026, 3, 1))
    assert (cop1.extra_done, cop1.extra_on, cop1.extra_recommended) == (
        True,
        date(2026, 6, 1),
        True,
    )
    assert (rows["cps1"].basic_done, rows["cps1"].basic_on) == (True, None)  # undated: done
    assert (rows["cps1"].extra_done, rows["cps1"].extra_on) == (True, TODAY)  # today counts
    assert rows["cop2"].basic_done is False  # signed up for a training not yet held
    assert rows["cop2"].basic_planned == date(2026, 12, 1)
    assert rows["cop1"].basic_planned is None and rows["cop1"].extra_planned is None
    assert rows["teach"].extra_recommended is False and rows["teach"].extra_done is True
    assert rows["nosector"].extra_recommended is False


def test_a_dated_training_beats_an_undated_one_for_when():
    project = _project()
    project.training.trainings.append(
        Training(kind="basic", held_on=date(2026, 1, 9), attendee_member_ids=["cps1"])
    )
    [cps1] = [c for c in training.completions(project, TODAY) if c.member.id == "cps1"]
    assert cps1.basic_on == date(2026, 1, 9)


def test_a_planned_training_counts_once_its_day_comes():
    project = _project()
    [before] = [
        c for c in training.completions(project, date(2026, 11, 30)) if c.member.id == "cop2"
    ]
    [on_the_day] = [
        c for c in training.completions(project, date(2026, 12, 1)) if c.member.id == "cop2"
    ]
    assert not before.basic_done
    assert (on_the_day.basic_done, on_the_day.basic_on) == (True, date(2026, 12, 1))


def test_who_still_needs_training():
    project = _project()
    assert [m.name for m in training.still_need_basic(project, TODAY)] == ["Ben", "Cy", "Fay"]
    assert [m.name for m in training.still_need_extra(project, TODAY)] == ["Ben", "Cy"]


def test_share_by_sector_is_exact():
    shares = training.share_by_sector(_project(), TODAY)
    assert [(s.sector_id, s.members, s.basic, s.extra) for s in shares] == [
        ("law_enforcement", 3, 1, 1),
        ("cps", 1, 1, 1),
        ("schools", 1, 1, 1),
        (None, 1, 0, 0),
    ]
    police, cps, schools, nosector = shares
    assert police.basic_share == Fraction(1, 3)
    assert police.extra_share == Fraction(1, 3)
    assert police.extra_recommended and cps.extra_recommended
    assert not schools.extra_recommended
    assert cps.basic_share == 1
    assert nosector.basic_share == 0
    assert nosector.name == training.NO_SECTOR
    overall = training.overall_share(_project(), TODAY)
    assert (overall.members, overall.basic, overall.basic_share) == (6, 3, Fraction(1, 2))


def test_share_with_no_members():
    overall = training.overall_share(Project(), TODAY)
    assert overall.members == 0 and overall.basic_share is None and overall.extra_share is None
    assert training.share_by_sector(Project(), TODAY) == []
    assert training.share_text(0, 0) == "no members yet"


@pytest.mark.parametrize(
    ("done", "total", "expected"),
    [
        (0, 3, 0),
        (1, 3, 33),
        (2, 3, 67),
        (1, 2, 50),
        (1, 8, 13),  # 12.5 rounds half up
        (3, 3, 100),
        (199, 200, 99),  # never 100% while one person is still waiting
        (1, 1000, 1),  # never 0% once someone is trained
    ],
)
def test_percent(done, total, expected):
    assert training.percent(Fraction(done, total)) == expected


def test_share_text():
    assert training.share_text(5, 7) == "5 of 7 (71%)"


def test_attendee_choices_put_members_first():
    names = [m.name for m in training.attendee_choices(_project())]
    assert names == ["Ana", "Ben", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal"]
    project = Project(
        members=[
            Member(name="zed", status="prospect"),
            Member(name="", status="member"),
            Member(name="Amy", status="member"),
        ]
    )
    assert [m.name for m in training.attendee_choices(project)] == ["Amy", "", "zed"]
