"""Deadlines: every dated thing ahead, with ids that do not depend on list order."""

from __future__ import annotations

from datetime import date

from wizard.model.deadlines import ahead, all_deadlines, upcoming, when_text
from wizard.model.project import (
    GrantDraft,
    Meeting,
    Mou,
    Organisation,
    OutreachPlan,
    Project,
    SccLiaison,
    SccYear,
    Training,
    TrainingPlan,
)


def project() -> Project:
    return Project(
        id="tf-1",
        organisations=[Organisation(id="o1", name="Clinic")],
        meetings=[
            Meeting(id="m-past", held_on=date(2026, 1, 5)),
            Meeting(id="m-next", held_on=date(2027, 1, 5), title="January meeting"),
            Meeting(id="m-undated"),
        ],
        training=TrainingPlan(
            trainings=[Training(id="t1", title="Basic", held_on=date(2027, 2, 1))]
        ),
        outreach=[
            OutreachPlan(id="p1", sector="tribal", due_on=date(2027, 1, 10)),
            OutreachPlan(id="p2", sector="healthcare", due_on=date(2027, 1, 11), status="joined"),
        ],
        mous=[
            Mou(id="mou1", organisation_id="o1", status="signed", ends_on=date(2027, 3, 1)),
            Mou(id="mou2", organisation_id="o1", status="drafted", ends_on=date(2027, 3, 1)),
        ],
        scc=SccLiaison(report_due_on=date(2026, 12, 31), annual_meeting_on=date(2027, 1, 1)),
        grants=[GrantDraft(id="g1", title="Coordinator", ends_on=date(2028, 6, 30))],
    )


def test_every_kind_of_deadline_ahead_is_listed_with_an_id_from_its_object():
    found = {(d.id, d.on) for d in ahead(project(), date(2026, 12, 31))}
    assert found == {
        ("scc_report-2026", date(2026, 12, 31)),
        ("scc_meeting-2027", date(2027, 1, 1)),
        ("meeting-m-next", date(2027, 1, 5)),
        ("outreach-p1", date(2027, 1, 10)),
        ("mou_reminder-mou1", date(2026, 12, 31)),  # 60 days before March 1, 2027
        ("mou_end-mou1", date(2027, 3, 1)),
        ("training-t1", date(2027, 2, 1)),
        ("grant_end-g1", date(2028, 6, 30)),
    }


def test_a_past_deadline_drops_off_the_day_after():
    ids = [d.id for d in ahead(project(), date(2027, 1, 1))]
    assert "scc_report-2026" not in ids and "mou_reminder-mou1" not in ids
    assert ids[0] == "scc_meeting-2027"


def test_a_sent_report_is_no_longer_a_deadline():
    sent = project()
    sent.scc.history.append(SccYear(year=2026, report_sent_on=date(2026, 12, 1)))
    assert "scc_report-2026" not in [d.id for d in all_deadlines(sent)]


def test_ids_do_not_depend_on_the_order_of_lists():
    one = project()
    two = project()
    two.meetings.reverse()
    two.outreach.reverse()
    assert {d.id for d in all_deadlines(one)} == {d.id for d in all_deadlines(two)}
    assert len({d.id for d in all_deadlines(one)}) == len(all_deadlines(one))


def test_upcoming_shows_the_next_five_soonest_first():
    found = upcoming(project(), date(2026, 12, 1))
    assert len(found) == 5
    assert [d.on for d in found] == sorted(d.on for d in found)
    assert upcoming(Project(), date(2026, 12, 1)) == []


def test_when_text():
    deadline = upcoming(project(), date(2026, 12, 31), count=1)[0]
    assert when_text(deadline, date(2026, 12, 31)) == "Today"
    assert when_text(deadline, date(2026, 12, 30)) == "Tomorrow"
    assert when_text(deadline, date(2026, 12, 1)) == "In 30 days"


def test_the_mou_reminder_across_a_year_end_and_a_leap_day():
    from datetime import timedelta

    project = Project(
        organisations=[Organisation(id="o1", name="Clinic")],
        mous=[
            Mou(id="a", organisation_id="o1", status="signed", ends_on=date(2027, 2, 15)),
            Mou(id="b", organisation_id="o1", status="signed", ends_on=date(2028, 4, 29)),
        ],
    )
    found = {d.id: d.on for d in all_deadlines(project)}
    assert found["mou_reminder-a"] == date(2026, 12, 17)
    assert found["mou_reminder-b"] == date(2028, 2, 29)
    assert all(
        found[f"mou_end-{k}"] - found[f"mou_reminder-{k}"] == timedelta(days=60) for k in "ab"
    )
    assert upcoming(project, date(2026, 12, 31))[0].id == "mou_end-a"
