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
