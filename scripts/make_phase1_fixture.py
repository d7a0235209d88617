"""Writes tests/fixtures/phase1_complete.tfproj: a project whose Phase 1 is complete and
whose Phase 2 is not started, for the end-to-end Phase 2 journey test.

How it is made: the project is built here with the program's own model
(``wizard.model.project``) and written by the program's own saver,
``wizard.storage.project_file.save_project`` — the same code that runs when a
coordinator presses Save. It is *not* recorded by driving the window through
Phase 1; the Phase 1 journey test already does that. A test checks that the
file still opens, that every Phase 1 step is done and every Phase 2 step is not
started, and that it matches what this script builds.

Every person and organization here is invented. Run after changing the model:
    .venv/bin/python scripts/make_phase1_fixture.py
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from wizard.model import reference
from wizard.model.project import (
    Contact,
    Coordinator,
    Goal,
    Member,
    Mission,
    MissionPrompts,
    Organisation,
    Principle,
    Project,
    Region,
)
from wizard.storage.project_file import save_project

TARGET = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "phase1_complete.tfproj"

ORGANISATIONS = [
    ("org-police", "Ellensburg Police Department", "law_enforcement"),
    ("org-shelter", "Kittitas Youth Shelter", "youth_services"),
    ("org-advocacy", "Valley Advocacy Network", "community_advocates"),
    ("org-dcyf", "DCYF Ellensburg Office", "cps"),
    ("org-tribal", "Cedar River Tribal Family Services", "tribal"),
]

MEMBERS = [
    ("m-ana", "Ana Ruiz", "Detective", "org-police", "law_enforcement", "member"),
    ("m-ben", "Ben Cho", "Case Manager", "org-shelter", "youth_services", "member"),
    ("m-cara", "Cara Ode", "Advocate", "org-advocacy", "community_advocates", "member"),
    ("m-dev", "Dev Patel", "Social Worker", "org-dcyf", "cps", "member"),
    ("m-eli", "Eli Brooks", "Family Liaison", "org-tribal", "tribal", "member"),
    ("m-fay", "Fay Lund", "Public Defender", None, "defense", "prospect"),
]


def build() -> Project:
    duties = {duty.id: "coordinator" for duty in reference.coordinator_duties()}
    suggestions = {c.key: c for c in reference.suggested_commitments()}
    consent = suggestions["consent"]
    tell_once = suggestions["tell_once"]
    return Project(
        id="phase1-fixture",
        region=Region(name="Upper Valley CSEC/Y Task Force", counties=["Kittitas"], kind="new"),
        coordinator=Coordinator(
            identified=True,
            contact=Contact(
                name="Dee Park",
                organisation="Kittitas Youth Shelter",
                email="dee.park@example.org",
                phone="509-555-0117",
            ),
            position="paid_part_time",
            hours_per_week=Decimal("20"),
            funding="ovca",
            duties={**duties, "align_with_chair": "shared"},
        ),
        organisations=[
            Organisation(id=oid, name=name, sector=sector) for oid, name, sector in ORGANISATIONS
        ],
        members=[
            Member(
                id=mid,
                name=name,
                title=title,
                organisation_id=org,
                sector=sector,
                status=status,
                email=f"{name.split()[0].lower()}@example.org",
            )
            for mid, name, title, org, sector, status in MEMBERS
        ],
        mission=Mission(
            prompts=MissionPrompts(
                who="Children and youth up to 24 in Kittitas County",
                what="Notice exploitation early and connect young people with help",
            ),
            statement=(
                "We bring together everyone in Kittitas County who meets young people at risk "
                "of exploitation, so each one is noticed early and offered help they choose."
            ),
            vision="Every young person in the valley is safe from being bought and sold.",
            goals=[
                Goal(id="goal-train", text="Train every member", measure="Share trained"),
                Goal(id="goal-mous", text="Sign an MOU with each member", measure="MOUs signed"),
                Goal(id="goal-events", text="Hold two community events a year", measure="Events"),
            ],
        ),
        principles=[
            Principle(
                id="principle-consent", text=consent.text, why=consent.why, builtin=consent.key
            ),
            Principle(
                id="principle-tell-once",
                text=tell_once.text,
                why=tell_once.why,
                builtin=tell_once.key,
            ),
        ],
        last_step="phase1_review",
    )


if __name__ == "__main__":
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    save_project(build(), TARGET)
    TARGET.with_name(TARGET.name + ".bak").unlink(missing_ok=True)
    print(f"wrote {TARGET}")
