"""A large made-up roster, for the benchmark and the tests that check big projects.

Lives in the package (not in tests/) so the benchmark script and the tests build
exactly the same project.
"""

from __future__ import annotations

from datetime import date

from wizard.model import reference
from wizard.model.project import Member, Organisation, Project, Region


def project_with_roster(member_count: int, organisation_count: int = 200) -> Project:
    sectors = [sector.id for sector in reference.sectors()]
    organisations = [
        Organisation(id=f"org-{n}", name=f"Organisation {n} & Partners", sector=sectors[n % 13])
        for n in range(organisation_count)
    ]
    statuses = ("prospect", "invited", "member", "left")
    members = [
        Member(
            id=f"member-{n}",
            name=f"Member {n} «test» 🌲",
            title="Case manager",
            organisation_id=f"org-{n % organisation_count}",
            sector=sectors[n % 13],
            status=statuses[n % 4],
            email=f"member{n}@example.org",
            phone="509-555-0100",
            joined_on=date(2025, 1 + n % 12, 1 + n % 28),
        )
        for n in range(member_count)
    ]
    return Project(
        region=Region(name="Large Roster Task Force", counties=["King"]),
        organisations=organisations,
        members=members,
    )


def project_with_years(
    years: int, organisation_count: int = 60, member_count: int = 400
) -> Project:
    """A task force's record over ``years`` years: monthly meetings, a period a year with
    every count and a full connection survey (each organization about every other one).
    Ten years is the scale the figures step is measured at (issue 12)."""
    from wizard.model.project import DataPeriod, Meeting, PeriodCount, Survey

    project = project_with_roster(member_count, organisation_count)
    first_year = 2027 - years
    for member in project.members:
        member.joined_on = date(first_year, 1 + int(member.id.split("-")[1]) % 12, 1)
        member.status = "member" if member.status != "left" else "left"
        if member.status == "left":
            member.left_on = date(first_year + years // 2, 6, 1)
    members = [m.id for m in project.members if m.status == "member"]
    org_ids = [o.id for o in project.organisations]
    for year in range(first_year, first_year + years):
        for month in range(1, 13):
            number = year * 12 + month
            project.meetings.append(
                Meeting(
                    held_on=date(year, month, 10),
                    title="Full task force meeting",
                    attendee_member_ids=[m for i, m in enumerate(members) if (i + number) % 4],
                    guests=number % 5,
                )
            )
        survey = Survey(taken_on=date(year, 11, 1), organisation_ids=org_ids)
        for a, asking in enumerate(org_ids):
            for b, about in enumerate(org_ids):
                if asking != about:
                    seed = (a * 7 + b * 3 + year) % 10
                    survey.answers[f"{asking}>{about}"] = "".join(
                        "y" if seed < limit else "n" for limit in (7, 5, 2)
                    )
        counts = {
            "youth_identified": PeriodCount(value=12 + year % 7, source_organisation_id=org_ids[0]),
            "youth_referred": PeriodCount(value=9 + year % 5),
            "youth_arrested": PeriodCount(value=0),
            "youth_detained": PeriodCount(value=year % 4),
            "youth_charged": PeriodCount(not_collected=True),
            "buyers_arrested": PeriodCount(value=5 + year % 6),
            "buyers_charged": PeriodCount(value=3 + year % 3),
        }
        project.data_periods.append(
            DataPeriod(
                id=f"year-{year}",
                label=str(year),
                starts_on=date(year, 1, 1),
                ends_on=date(year, 12, 31),
                counts=counts,
                survey=survey,
            )
        )
    return project
