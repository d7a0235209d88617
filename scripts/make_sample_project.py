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
    Chair,
    Contact,
    Coordinator,
    Goal,
    Meeting,
    Member,
    Mission,
    MissionPrompts,
    Mou,
    Organisation,
    Principle,
    Project,
    Region,
    Subcommittee,
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
            joined_on=date(2026, 3, 12) if status == "member" else None,
        )
        for mid, name, title, org, sector, status in MEMBERS
    ]
    duty_ids = [duty.id for duty in reference.coordinator_duties()]
    shared = {"align_with_chair", "mission_vision", "buy_in"}
    tell_once = next(c for c in reference.suggested_commitments() if c.key == "tell_once")
    return Project(
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
        ),
        chair=Chair(
            contact=Contact(name="Judge Ellen Park", organisation="North Ridge Superior Court"),
            role="Superior Court judge",
            duties=["onboard_members", "advocate_policy", "represent_at_scc"],
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
            )
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
                data_shared=["Young people referred to services", "Staff trained"],
                training_commitment="Every outreach nurse takes the basic course this year.",
            )
        ],
        training=TrainingPlan(region_has_trainer=False),
        activities=[
            Activity(
                id="activity-parents-evening",
                kind="community_event",
                topic="Recognizing exploitation: an evening for parents",
                held_on=date(2026, 5, 20),
                audience="Parents and caregivers",
                led_by="Sofia Morales",
                attendance=38,
            )
        ],
        meetings=[
            Meeting(
                id="meeting-first",
                held_on=date(2026, 3, 12),
                title="First meeting",
                attendee_member_ids=["m-1", "m-2", "m-3", "m-4", "m-5", "m-6", "m-8"],
            )
        ],
        last_step="members",
    )


if __name__ == "__main__":
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    save_project(build(), TARGET)
    TARGET.with_name(TARGET.name + ".bak").unlink(missing_ok=True)
    print(f"wrote {TARGET}")
