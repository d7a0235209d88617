"""Writes resources/sample/sample-county.tfproj, the made-up county on the welcome screen.

Every person and organisation here is invented. Run after changing the model:
    .venv/bin/python scripts/make_sample_project.py
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from wizard.model import reference
from wizard.model.project import (
    Activity,
    BudgetLine,
    Chair,
    Contact,
    Coordinator,
    DataPeriod,
    Goal,
    GrantDraft,
    MatchSource,
    Meeting,
    Member,
    Mission,
    MissionPrompts,
    Mou,
    MouOptions,
    Organisation,
    OutreachPlan,
    PeriodCount,
    Principle,
    Project,
    Region,
    SccLiaison,
    SccYear,
    Subcommittee,
    Survey,
    Training,
    TrainingPlan,
)
from wizard.storage.project_file import save_project

TARGET = Path(__file__).resolve().parent.parent / "resources" / "sample" / "sample-county.tfproj"

ORGANISATIONS = [
    ("org-sheriff", "North Ridge County Sheriff's Office", "law_enforcement"),
    ("org-haven", "Riverbend Youth Haven", "youth_services"),
    ("org-dcyf", "DCYF Child Protective Services, Riverbend office", "cps"),
    ("org-schools", "Riverbend School District", "schools"),
    ("org-health", "North Ridge Public Health", "public_health"),
    ("org-pao", "North Ridge Prosecuting Attorney's Office", "prosecutors"),
    ("org-clinic", "Valley Community Clinic", "healthcare"),
    ("org-advocacy", "Open Door Advocacy Center", "community_advocates"),
]

MEMBERS = [
    ("m-1", "Dana Whitfield", "Detective", "org-sheriff", "law_enforcement", "member"),
    ("m-2", "Luis Ortega", "Program Director", "org-haven", "youth_services", "member"),
    ("m-3", "Priya Raman", "Supervisor", "org-dcyf", "cps", "member"),
    ("m-4", "Tom Becker", "School Counselor", "org-schools", "schools", "member"),
    ("m-5", "Grace Lin", "Outreach Nurse", "org-health", "public_health", "member"),
    ("m-6", "Marcus Reed", "Deputy Prosecutor", "org-pao", "prosecutors", "member"),
    ("m-7", "Hannah Cole", "Therapist", "org-clinic", "healthcare", "invited"),
    ("m-8", "Sofia Morales", "Advocate", "org-advocacy", "community_advocates", "member"),
    ("m-9", "Ray Fuentes", "Public Defender", None, "defense", "prospect"),
]

PHONES = {"m-1": "509-555-0117", "m-4": "509-555-0164", "m-8": "509-555-0180"}
"""Work numbers some members gave (the 555-01xx range is reserved for fiction)."""


def sample_scc() -> SccLiaison:
    """The SCC contact the coordinator was given (invented, on example.org), this year's
    dates, both ahead of the sample's date (Nov 28, 2026), and last year's history."""
    return SccLiaison(
        contact=Contact(
            name="Jordan Ellis",
            organisation="Statewide Coordinating Committee staff",
            email="scc-liaison@example.org",
            phone="360-555-0199",
        ),
        report_due_on=date(2026, 12, 15),
        annual_meeting_on=date(2026, 12, 9),
        needs_from_state=(
            "Steady money for a coordinator: our VOCA request covers one year at a time.\n"
            "A CSEC trainer who can come to Chelan and Douglas counties twice a year."
        ),
        history=[
            SccYear(
                year=2025,
                report_sent_on=date(2025, 12, 12),
                meeting_attended_on=date(2025, 12, 4),
                challenges="We had no paid coordinator for most of the year.",
                goal_progress={
                    "goal-training": "Five members took the basic training in the fall.",
                },
                notes="Judge Park went to the meeting in Olympia; Avery joined by video.",
            ),
            SccYear(
                year=2026,
                challenges=(
                    "The school district missed the survey in 2025, so the first survey "
                    "is not complete.\nWe still have no member from the tribal communities."
                ),
                goal_progress={
                    "goal-training": "Two basic trainings held; one more is planned for January.",
                    "goal-mous": "Two MOUs signed; the sheriff's office MOU ends in January.",
                    "goal-events": "Two events held: a community night and a staff training.",
                },
            ),
        ],
    )


def sample_grant() -> GrantDraft:
    """A VOCA draft that passes every check: $42,000 asked, $10,500 of match (20% of
    $52,500), all six narrative sections written."""
    budget = [
        ("personnel", "Task force coordinator, 20 hours a week (0.5 FTE)", "27560.00",
         "20 hours a week × 52 weeks × $26.50 an hour. The coordinator is the task force's "
         "one dedicated position."),
        ("fringe", "Payroll taxes and benefits for the coordinator (24% of salary)", "6614.40",
         "Riverbend Youth Haven's standard rate for part-time staff."),
        ("travel", "Mileage across both counties, and the SCC annual meeting", "2400.00",
         "About 350 miles a month at the state rate, plus one trip to the SCC meeting."),
        ("supplies", "Training materials and printing", "1200.00",
         "Handouts for two basic trainings and four community events."),
        ("contracts", "CSEC trainer for two basic trainings", "3000.00",
         "The region has no trainer of its own yet: $1,500 a session."),
        ("other", "Room hire for community events", "1225.60",
         "Four evening events at the Riverbend community center."),
    ]  # fmt: skip
    return GrantDraft(
        id="grant-voca",
        funder="voca",
        title="North Ridge coordinator and community education",
        applicant=Contact(
            name="Avery Brooks",
            organisation="Riverbend Youth Haven",
            email="abrooks@example.org",
            phone="509-555-0142",
        ),
        starts_on=date(2027, 7, 1),
        ends_on=date(2028, 6, 30),
        counties=["Chelan", "Douglas"],
        match_percent=Decimal("20"),
        budget=[
            BudgetLine(
                id=f"budget-{number}",
                category=category,
                description=description,
                amount=Decimal(amount),
                justification=justification,
            )
            for number, (category, description, amount, justification) in enumerate(budget, start=1)
        ],
        match_sources=[
            MatchSource(
                id="match-space",
                description="Riverbend Youth Haven: office space and supervision",
                kind="in_kind",
                amount=Decimal("4500.00"),
            ),
            MatchSource(
                id="match-sheriff-time",
                description="A detective's time at task force meetings and trainings",
                kind="in_kind",
                time="staff",
                hours=Decimal("50"),
                hourly_rate=Decimal("58.40"),
                organisation_id="org-sheriff",
            ),
            MatchSource(
                id="match-health-time",
                description="A public health nurse's time at meetings and community events",
                kind="in_kind",
                time="staff",
                hours=Decimal("40"),
                hourly_rate=Decimal("52.10"),
                organisation_id="org-health",
            ),
            MatchSource(
                id="match-volunteers",
                description="Community volunteers who help run the four community events",
                kind="in_kind",
                time="volunteer",
                hours=Decimal("40"),
                hourly_rate=Decimal("24.90"),
            ),
        ],
        narrative={
            "need": "Chelan and Douglas counties have no coordinated response to the sexual "
            "exploitation of young people. Seven of the thirteen recommended sectors now sit "
            "at the table; tribal communities, survivors and defense attorneys do not yet.\n\n"
            "Members met once and held two events this year, all on volunteer time.",
            "goals": "Keep a part-time coordinator for the task force, so that every member "
            "completes basic CSEC training, each member organization signs an MOU, and the "
            "task force holds two community education events a year.",
            "design": "First quarter: choose the chair's duties and invite the missing "
            "sectors. Second quarter: sign MOUs. Third quarter: two basic trainings. Fourth "
            "quarter: community events and the annual report to the SCC.",
            "capabilities": "Riverbend Youth Haven has run state-funded youth programs for "
            "twelve years. The coordinator, Avery Brooks, works with the chair, Judge Ellen "
            "Park, and seven member organizations.",
            "evaluation": "The coordinator records attendance at every meeting, trainings and "
            "who attended, and yearly counts from members, never a young person's details.",
            "sustainability": "Member organizations take part with their own staff. During "
            "the grant the coordinator and chair will ask both counties to share the cost "
            "of the position.",
        },
    )


FIRST_MEETING = date(2025, 3, 12)
JOINED = {mid: FIRST_MEETING for mid, *_ in MEMBERS} | {
    "m-5": date(2025, 6, 11),  # Public Health joined in the first summer
    "m-6": date(2025, 9, 10),  # the prosecutor a little later
}
MEETING_DAYS = [
    date(2025, 3, 12), date(2025, 4, 9), date(2025, 5, 14), date(2025, 6, 11),
    date(2025, 7, 9), date(2025, 8, 13), date(2025, 9, 10), date(2025, 10, 8),
    date(2025, 11, 12), date(2025, 12, 10), date(2026, 1, 14), date(2026, 2, 11),
    date(2026, 3, 11), date(2026, 4, 8), date(2026, 5, 13), date(2026, 6, 10),
    date(2026, 7, 8), date(2026, 8, 12), date(2026, 9, 9), date(2026, 10, 14),
    date(2026, 11, 11),
]  # fmt: skip
NEXT_MEETING = date(2026, 12, 9)
"""Planned, nobody ticked yet: the packet's sign-in sheet is for this one."""
COUNTS_2025 = {
    "youth_identified": (14, "org-advocacy"),
    "youth_referred": (11, "org-haven"),
    "youth_arrested": (0, "org-sheriff"),
    "youth_detained": (None, None),  # not collected that year
    "youth_charged": (0, "org-pao"),
    "buyers_arrested": (6, "org-sheriff"),
    "buyers_charged": (4, "org-pao"),
}
COUNTS_2026 = {
    "youth_identified": (18, "org-advocacy"),
    "youth_referred": (15, "org-haven"),
    "youth_arrested": (0, "org-sheriff"),
    "youth_detained": (3, "org-sheriff"),  # a small count: printed as "fewer than 10"
    "youth_charged": (0, "org-pao"),
    "buyers_arrested": (9, "org-sheriff"),
    "buyers_charged": (5, "org-pao"),
}
SURVEYED = ["org-dcyf", "org-sheriff", "org-pao", "org-health", "org-advocacy", "org-schools",
            "org-haven"]  # fmt: skip


def _attendees(number: int, day: date) -> list[str]:
    """Who came: most members most months; Public Health stops after September 2026."""
    people = []
    for mid, *_rest, status in MEMBERS:
        if status != "member" or JOINED[mid] > day:
            continue
        if mid == "m-5" and day > date(2026, 9, 1):
            continue
        if (number + int(mid[2:])) % 5 != 0:  # each misses about one meeting in five
            people.append(mid)
    return people


def sample_meetings() -> list[Meeting]:
    meetings = [
        Meeting(
            id="meeting-first" if number == 0 else f"meeting-{day.isoformat()}",
            held_on=day,
            title="First meeting" if number == 0 else "Full task force meeting",
            attendee_member_ids=["m-1", "m-2", "m-3", "m-4", "m-8"]
            if number == 0
            else _attendees(number, day),
            guests=(number * 7) % 4,
        )
        for number, day in enumerate(MEETING_DAYS)
    ]
    meetings.append(
        Meeting(id="meeting-next", held_on=NEXT_MEETING, title="Full task force meeting")
    )
    return meetings


def _survey(year: int) -> Survey:
    """Answers that grow over the years: in the second survey more pairs know, talk and refer."""
    survey = Survey(taken_on=date(year, 11, 12), organisation_ids=SURVEYED)
    for a, asking in enumerate(SURVEYED):
        for b, about in enumerate(SURVEYED):
            if asking == about or (year == 2025 and asking == "org-schools"):
                continue  # the school district did not send its form back in 2025
            seed = (a * 7 + b * 3 + year) % 10
            knows = seed < (8 if year == 2026 else 6)
            talks = knows and seed < (6 if year == 2026 else 4)
            refers = talks and seed < (3 if year == 2026 else 2) and about != "org-pao"
            survey.answers[f"{asking}>{about}"] = "".join(
                "y" if x else "n" for x in (knows, talks, refers)
            )
    return survey


def _counts(table: dict[str, tuple[int | None, str | None]]) -> dict[str, PeriodCount]:
    return {
        kind: PeriodCount(value=value, not_collected=value is None, source_organisation_id=source)
        for kind, (value, source) in table.items()
    }


def sample_periods() -> list[DataPeriod]:
    return [
        DataPeriod(
            id="period-2025",
            label="2025",
            starts_on=date(2025, 1, 1),
            ends_on=date(2025, 12, 31),
            counts=_counts(COUNTS_2025),  # type: ignore[arg-type]
            survey=_survey(2025),
        ),
        DataPeriod(
            id="period-2026",
            label="2026",
            starts_on=date(2026, 1, 1),
            ends_on=date(2026, 12, 31),
            counts=_counts(COUNTS_2026),  # type: ignore[arg-type]
            survey=_survey(2026),
        ),
    ]


def build() -> Project:
    organisations = [
        Organisation(id=oid, name=name, sector=sector) for oid, name, sector in ORGANISATIONS
    ]
    members = [
        Member(
            id=mid,
            name=name,
            title=title,
            organisation_id=org,
            sector=sector,
            status=status,
            email=f"{name.split()[-1].lower()}@example.org",
            phone=PHONES.get(mid, ""),
            joined_on=JOINED.get(mid) if status == "member" else None,
        )
        for mid, name, title, org, sector, status in MEMBERS
    ]
    duty_ids = [duty.id for duty in reference.coordinator_duties()]
    shared = {"align_with_chair", "mission_vision", "buy_in"}
    tell_once = next(c for c in reference.suggested_commitments() if c.key == "tell_once")
    return Project(
        id="sample-north-ridge",
        region=Region(
            name="North Ridge CSEC/Y Task Force", counties=["Chelan", "Douglas"], kind="new"
        ),
        coordinator=Coordinator(
            identified=True,
            contact=Contact(
                name="Avery Brooks",
                organisation="Riverbend Youth Haven",
                email="abrooks@example.org",
                phone="509-555-0142",
            ),
            position="paid_part_time",
            hours_per_week=Decimal("20"),
            funding="ovca",
            duties={d: ("shared" if d in shared else "coordinator") for d in duty_ids},
            reports_to="Executive Director, Riverbend Youth Haven",
            qualifications=(
                "Experience working with young people or victims of crime.\n"
                "Good at bringing agencies together and keeping them on track."
            ),
            # The grant budget pays $26.50 an hour, inside this range.
            pay_low=Decimal("24.00"),
            pay_high=Decimal("29.00"),
            pay_per="hour",
            driving=True,  # two counties, and partners an hour's drive apart
            mileage_paid=True,
        ),
        chair=Chair(
            contact=Contact(name="Judge Ellen Park", organisation="North Ridge Superior Court"),
            role="Superior Court judge",
            duties=["onboard_members", "advocate_policy", "represent_at_scc"],
            work_split=(
                "Avery, as coordinator, schedules and runs the meetings, writes the agendas, "
                "keeps the mailing list and drafts the MOUs. Judge Park welcomes new members, "
                "speaks up for policy change and speaks for the task force at the SCC. They "
                "meet once a month to agree on priorities."
            ),
        ),
        organisations=organisations,
        members=members,
        mission=Mission(
            prompts=MissionPrompts(
                who="Children and youth up to 24 in Chelan and Douglas counties",
                what="Find them early, connect them with help, and hold buyers accountable",
                where="Both counties, including rural and tribal lands",
                how="Victim-centered, trauma-informed and coordinated",
            ),
            statement=(
                "We bring together everyone in Chelan and Douglas counties who meets young "
                "people at risk of sexual exploitation, so that each young person is noticed "
                "early, treated with respect, and connected with the help they choose."
            ),
            vision="Every young person in our valley is safe from being bought and sold.",
            goals=[
                Goal(
                    id="goal-training",
                    text="Every member completes basic CSEC training",
                    measure="Share trained",
                ),
                Goal(
                    id="goal-mous",
                    text="Sign an MOU with each member organisation",
                    measure="MOUs signed",
                ),
                Goal(
                    id="goal-events",
                    text="Hold two community education events a year",
                    measure="Events held",
                ),
            ],
        ),
        principles=[
            Principle(
                id="principle-consent",
                text="We share a young person's information only with their consent, "
                "where the law allows.",
                why="Trust is what brings young people back when they need help.",
                builtin="consent",
            ),
            Principle(
                id="principle-survivors",
                text="Survivors have a real say in what we decide.",
                why="They know what helped and what did harm.",
                builtin="survivor_voice",
            ),
            Principle(
                id="principle-tell-once",
                text=tell_once.text,
                why=tell_once.why,
                builtin=tell_once.key,
            ),
            Principle(
                id="principle-meet-where-safe",
                text="We meet young people where they feel safe, not only in our offices.",
                why="A familiar place makes it easier to talk.",
            ),
        ],
        subcommittees=[
            Subcommittee(
                id="sub-education",
                name="Education",
                charge="Plan trainings for members and events for the community.",
                chair_member_id="m-5",
                member_ids=["m-4", "m-5", "m-8"],
                meets="Every other month",
            ),
            Subcommittee(
                id="sub-demand",
                name="Demand reduction",
                charge=next(
                    s.charge
                    for s in reference.suggested_subcommittees()
                    if s.key == "demand_reduction"
                ),
                chair_member_id="m-6",
                member_ids=["m-1", "m-2", "m-6"],
                meets="Monthly",
            ),
        ],
        outreach=[
            OutreachPlan(
                id="outreach-defense",
                sector="defense",
                who_reaches_out="Marcus Reed",
                reach_out_to="Ray Fuentes, public defender",
                due_on=date(2026, 12, 15),
                status="contacted",
            ),
            OutreachPlan(
                id="outreach-healthcare",
                sector="healthcare",
                who_reaches_out="Grace Lin",
                reach_out_to="Hannah Cole, Valley Community Clinic",
                due_on=date(2026, 12, 10),
                status="contacted",
            ),
            OutreachPlan(
                id="outreach-federal",
                sector="federal_law_enforcement",
                who_reaches_out="Dana Whitfield",
                reach_out_to="The regional victim specialist at the federal field office",
                due_on=date(2027, 2, 1),
            ),
            OutreachPlan(
                id="outreach-survivors",
                sector="survivors",
                who_reaches_out="Sofia Morales",
                reach_out_to="The survivor advisory group at Open Door Advocacy Center",
                due_on=date(2027, 1, 31),
            ),
            OutreachPlan(
                id="outreach-tribal",
                sector="tribal",
                who_reaches_out="Judge Ellen Park",
                reach_out_to="The tribal court and the tribe's family services program",
                due_on=date(2027, 1, 15),
            ),
            OutreachPlan(
                id="outreach-lgbtq",
                sector="lgbtq",
                who_reaches_out="Avery Brooks",
                reach_out_to="The youth group at the valley's LGBTQ+ community center",
            ),
            OutreachPlan(
                id="outreach-advocates-lead",
                sector="community_advocates",
                level="leadership",
                who_reaches_out="Judge Ellen Park",
                reach_out_to="Sofia Morales, to co-chair the Education subcommittee",
                due_on=date(2027, 1, 15),
            ),
        ],
        mous=[
            Mou(
                id="mou-health",
                organisation_id="org-health",
                status="drafted",
                signatory_name="Dr. Nora Webb",
                signatory_title="Health Officer",
                organisation_commitments="Send an outreach nurse to every meeting.\n"
                "Share yearly counts of young people referred to services.",
                data_shared=["youth_referred", "staff_trained"],
                training_commitment="Every outreach nurse takes the basic course this year.",
            ),
            Mou(
                id="mou-sheriff",
                organisation_id="org-sheriff",
                status="signed",
                signed_on=date(2026, 1, 16),
                ends_on=date(2027, 1, 15),  # within 60 days of the sample's date, Nov 28, 2026
                signatory_name="Carla Nguyen",
                signatory_title="Sheriff",
            ),
            Mou(
                id="mou-haven",
                organisation_id="org-haven",
                status="signed",
                signed_on=date(2026, 4, 1),
                ends_on=date(2028, 3, 31),
                signatory_name="Marisol Grant",
                signatory_title="Executive Director",
            ),
            Mou(
                id="mou-dcyf",
                organisation_id="org-dcyf",
                status="sent",
                signatory_name="Janet Olsen",
                signatory_title="Area Administrator",
            ),
            Mou(
                id="mou-schools",
                organisation_id="org-schools",
                status="drafted",
                signatory_name="Dr. Alan Price",
                signatory_title="Superintendent",
                needs_approval=True,
                approval_body="the Riverbend School District Board of Directors",
                roles="Help staff notice the signs of exploitation, through training the task "
                "force offers.\n"
                "Follow the district's own procedures to report concerns and to connect "
                "students with support.\n"
                "Offer a short lesson on online safety to every middle school, once a year.",
            ),
        ],
        mou_options=MouOptions(all_members=True, host_agent="Riverbend Youth Haven"),
        training=TrainingPlan(
            region_has_trainer=False,
            trainings=[
                Training(
                    id="training-basic-spring",
                    kind="basic",
                    title="Responding to Sexual Exploitation and Trafficking of Youth",
                    held_on=date(2026, 4, 22),
                    trainer="Jordan Hale, visiting trainer",
                    attendee_member_ids=["m-1", "m-2", "m-3", "m-5", "m-8"],
                ),
                Training(
                    id="training-extra-interviews",
                    kind="extra",
                    title="Talking with young people who may be exploited",
                    held_on=date(2026, 9, 10),
                    trainer="Jordan Hale, visiting trainer",
                    attendee_member_ids=["m-1", "m-3"],
                ),
                Training(
                    id="training-basic-winter",
                    kind="basic",
                    title="Responding to Sexual Exploitation and Trafficking of Youth",
                    held_on=date(2027, 1, 20),
                    trainer="Jordan Hale, visiting trainer",
                    attendee_member_ids=["m-4", "m-6"],
                ),
            ],
        ),
        activities=[
            Activity(
                id="activity-parents-evening",
                kind="community_event",
                topic="Recognizing exploitation: an evening for parents",
                held_on=date(2026, 5, 20),
                audience="Parents and caregivers",
                led_by="Sofia Morales",
                attendance=38,
            ),
            Activity(
                id="activity-first-conversations",
                kind="provider_education",
                topic="The first conversation: a trauma-informed response for front-line staff",
                held_on=date(2026, 10, 8),
                audience="Clinic nurses, shelter staff and school counselors",
                led_by="Open Door Advocacy Center",
                attendance=24,
            ),
        ],
        community_advocates=(
            "Two trained advocates at Open Door Advocacy Center, led by Sofia Morales.\n"
            "Members reach them through the center's main line, 509-555-0180; "
            "they call back within one working day."
        ),
        meetings=sample_meetings(),
        data_periods=sample_periods(),
        scc=sample_scc(),
        grants=[sample_grant()],
        last_step="members",
    )


if __name__ == "__main__":
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    save_project(build(), TARGET)
    TARGET.with_name(TARGET.name + ".bak").unlink(missing_ok=True)
    print(f"wrote {TARGET}")
