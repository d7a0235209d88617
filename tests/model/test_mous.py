"""The MOU rules: the expiry rule at its boundaries, which organizations need an MOU,
the tracker's rows and the date problems."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from wizard.model import mous
from wizard.model.mous import Expiry
from wizard.model.project import Member, Mou, Organisation, Project

TODAY = date(2026, 11, 28)


def signed(ends_in: int | None, *, status: str = "signed") -> Mou:
    ends_on = TODAY + timedelta(days=ends_in) if ends_in is not None else None
    return Mou(organisation_id="o", status=status, signed_on=date(2025, 1, 1), ends_on=ends_on)


@pytest.mark.parametrize(
    ("ends_in", "state", "flag"),
    [
        (61, Expiry.RUNNING, ""),
        (60, Expiry.ENDS_SOON, "Ends in 60 days"),
        (59, Expiry.ENDS_SOON, "Ends in 59 days"),
        (2, Expiry.ENDS_SOON, "Ends in 2 days"),
        (1, Expiry.ENDS_SOON, "Ends tomorrow"),
        (0, Expiry.ENDS_SOON, "Ends today"),
        (-1, Expiry.ENDED, "Ended"),
        (-400, Expiry.ENDED, "Ended"),
    ],
)
def test_expiry_boundaries(ends_in, state, flag):
    mou = signed(ends_in)
    assert mous.days_left(mou, TODAY) == ends_in
    assert mous.expiry(mou, TODAY) is state
    assert mous.flag_text(mou, TODAY) == flag


def test_sixty_days_is_the_warning_window():
    assert mous.EXPIRY_WARNING_DAYS == 60


def test_the_last_day_is_still_in_effect_and_the_day_after_is_not():
    mou = signed(0)
    assert mous.expiry(mou, TODAY) is Expiry.ENDS_SOON
    assert mous.expiry(mou, TODAY + timedelta(days=1)) is Expiry.ENDED


@pytest.mark.parametrize("status", ["not_started", "drafted", "sent", "expired"])
def test_only_a_signed_mou_can_end(status):
    for ends_in in (-5, 0, 30, 100):
        mou = signed(ends_in, status=status)
        assert mous.days_left(mou, TODAY) is None
        assert mous.expiry(mou, TODAY) is Expiry.NO_END
        assert mous.flag_text(mou, TODAY) == ""


def test_signed_without_an_end_date_never_ends():
    mou = signed(None)
    assert mous.expiry(mou, TODAY) is Expiry.NO_END
    assert mous.flag_text(mou, TODAY) == ""
    assert mous.flag_text(None, TODAY) == ""


def test_the_stored_status_is_never_changed_by_the_rule():
    mou = signed(-10)
    mous.expiry(mou, TODAY)
    mous.tracker_rows(Project(organisations=[Organisation(id="o", name="X")], mous=[mou]), TODAY)
    assert mou.status == "signed"


def test_date_problems():
    mou = Mou(organisation_id="o", status="signed")
    assert "date it was signed" in mous.signed_date_problem(mou)
    mou.status = "sent"
    assert mous.signed_date_problem(mou) == ""
    mou.signed_on, mou.ends_on = date(2026, 5, 1), date(2026, 4, 30)
    assert "before" in mous.end_date_problem(mou)
    mou.ends_on = date(2026, 5, 1)  # one day is a short agreement, not a mistake
    assert mous.end_date_problem(mou) == ""
    mou.signed_on = None
    mou.ends_on = date(2020, 1, 1)
    assert mous.end_date_problem(mou) == ""


def _project(*records: Mou) -> Project:
    return Project(
        organisations=[
            Organisation(id="zeta", name="Zeta Shelter"),
            Organisation(id="alpha", name="alpha Police"),
            Organisation(id="invited", name="Invited Clinic"),
            Organisation(id="left", name="Former Partner"),
            Organisation(id="none", name="Nobody Here"),
            Organisation(id="blank", name=""),
        ],
        members=[
            Member(organisation_id="zeta", status="member"),
            Member(organisation_id="zeta", status="member"),
            Member(organisation_id="alpha", status="member"),
            Member(organisation_id="invited", status="invited"),
            Member(organisation_id="left", status="left"),
            Member(organisation_id="blank", status="member"),
            Member(status="member"),
        ],
        mous=list(records),
    )


def test_organisations_needing_an_mou():
    names = [o.id for o in mous.organisations_needing_mou(_project())]
    assert names == ["blank", "alpha", "zeta"]  # by name, case aside, as the packet has them
    with_record = _project(Mou(organisation_id="left", status="expired"))
    names = [o.id for o in mous.organisations_needing_mou(with_record)]
    assert names == ["blank", "alpha", "left", "zeta"]  # an MOU on file is never hidden


def test_ensure_mou_creates_once_and_mou_for_takes_the_latest():
    project = _project()
    assert mous.mou_for(project, "zeta") is None
    first = mous.ensure_mou(project, "zeta")
    assert project.mous == [first] and first.status == "not_started"
    assert mous.ensure_mou(project, "zeta") is first
    later = Mou(organisation_id="zeta", status="signed")
    project.mous.append(later)
    assert mous.mou_for(project, "zeta") is later


def test_tracker_rows_and_summary():
    project = _project(
        Mou(
            organisation_id="zeta",
            status="signed",
            signed_on=date(2025, 12, 1),
            ends_on=TODAY + timedelta(days=30),
            signatory_name="Jo Park",
            signatory_title="Director",
        ),
        Mou(organisation_id="alpha", status="signed", ends_on=TODAY - timedelta(days=3)),
    )
    rows = mous.tracker_rows(project, TODAY)
    assert [row.name for row in rows] == [mous.NO_NAME, "alpha Police", "Zeta Shelter"]
    blank, alpha, zeta = rows
    assert (zeta.status, zeta.flag, zeta.signatory) == (
        "signed",
        "Ends in 30 days",
        "Jo Park, Director",
    )
    assert zeta.signed_on == date(2025, 12, 1) and zeta.ends_on == TODAY + timedelta(days=30)
    assert (alpha.expiry, alpha.flag) == (Expiry.ENDED, "Ended")
    assert (blank.mou, blank.status, blank.flag, blank.signatory) == (None, "not_started", "", "")
    assert mous.tracker_summary(rows) == (
        "1 of 3 signed and in effect. 1 ends within 60 days. 1 has passed the end date."
    )
    assert mous.tracker_summary([]) == ""


def test_figure_labels():
    assert mous.figure_label("buyers_charged") == "Charges against buyers"
    assert mous.figure_label("Something we typed") == "Something we typed"


# ----- contacts and roles ------------------------------------------------------------


def contact_project() -> Project:
    return Project(
        organisations=[Organisation(id="o", sector="schools"), Organisation(id="p")],
        members=[
            Member(id="gone", organisation_id="o", status="left"),
            Member(id="asked", organisation_id="o", status="invited"),
            Member(id="first", organisation_id="o", status="member"),
            Member(id="second", organisation_id="o", status="member"),
            Member(id="other", organisation_id="p", status="member"),
        ],
    )


def test_the_contact_is_the_chosen_person_of_that_organization_else_its_first_member():
    project = contact_project()
    record = Mou(organisation_id="o")
    assert [m.id for m in mous.people_of(project, "o")] == ["first", "second", "asked"]
    assert mous.contact_member(project, "o", None).id == "first"
    record.contact_member_id = "asked"  # invited: she may still be the contact
    assert mous.contact_member(project, "o", record).id == "asked"
    for elsewhere in ("other", "gone", "nobody"):  # another organization's, or left
        record.contact_member_id = elsewhere
        assert mous.contact_member(project, "o", record).id == "first"
    project.members = [m for m in project.members if m.status != "member"]
    assert mous.contact_member(project, "o", None) is None  # only invited: no one yet


def test_a_contact_who_leaves_the_roster_is_taken_off_the_mou():
    from wizard.model.roster import remove_members

    project = contact_project()
    project.mous.append(Mou(organisation_id="o", contact_member_id="second"))
    assert "an MOU's contact person" not in " ".join(mous_problems(project))
    remove_members(project, ["second"])
    assert project.mous[0].contact_member_id is None
    Project.model_validate(project.model_dump())  # the file would open again
    project.mous[0].contact_member_id = "ghost"
    assert "an MOU's contact person refers to a member that does not exist ('ghost')" in (
        mous_problems(project)
    )


def mous_problems(project: Project) -> list[str]:
    from wizard.model.project import consistency_problems

    return consistency_problems(project)


def test_default_roles_follow_the_sector_and_fall_back_for_none():
    from wizard.model import reference

    roles = reference.sector_roles()
    assert mous.default_roles("schools") == roles["schools"]
    assert mous.default_roles(None) == roles[reference.DEFAULT_ROLES_KEY]
    project = contact_project()
    project.members[2].sector = "tribal"
    assert mous.organisation_sector(project, project.organisations[0]) == "schools"
    assert mous.organisation_sector(project, project.organisations[1]) is None
    project.members[4].sector = "healthcare"  # the organization has none: its people's
    assert mous.organisation_sector(project, project.organisations[1]) == "healthcare"
