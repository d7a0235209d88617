"""Any valid project survives save -> open unchanged, and saving is deterministic."""

from __future__ import annotations

import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.model import places, reference
from wizard.model.counts import COUNTS
from wizard.model.project import (
    SCHEMA_VERSION,
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
    Organisation,
    OutreachPlan,
    PeriodCount,
    Principle,
    Project,
    Region,
    SccLiaison,
    SccYear,
    Subcommittee,
    Training,
    TrainingPlan,
)
from wizard.model.steps import STEP_IDS
from wizard.storage.project_file import open_project, project_to_bytes, save_project

HOSTILE = [
    "& < > \" '",
    "<w:p>injected</w:p>",
    'Tom & Jerry\'s "Youth" <Center>',
    "مرحبا بكم في فرقة العمل",
    "🎉👩‍👩‍👧 🏳️‍🌈",
    "line one\nline two\r\nline three\n",
    "\t tabs and trailing spaces  ",
    "\x00\x01\x1f control",
    "\u202e right-to-left override",
    "{{ jinja }} {% if %}",
    "",
]
text = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    st.sampled_from(HOSTILE),
)
short_text = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=12), st.sampled_from(HOSTILE)
)
ids = st.from_regex(r"[A-Za-z0-9_-]{1,64}", fullmatch=True)
dates = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
counts = st.integers(min_value=0, max_value=10_000_000)
money = st.decimals(min_value=0, max_value=Decimal("1000000000"), places=2)
percent = st.decimals(min_value=0, max_value=100, places=2)
hours = st.decimals(min_value=0, max_value=80, allow_nan=False, allow_infinity=False)
sectors = st.sampled_from(sorted(reference.sector_ids()))
counties = st.lists(st.sampled_from(places.counties()), max_size=4, unique=True)
coordinator_duty_ids = [duty.id for duty in reference.coordinator_duties()]
chair_duty_ids = [duty.id for duty in reference.chair_duties()]


def contacts() -> st.SearchStrategy[Contact]:
    return st.builds(Contact, name=text, organisation=text, email=short_text, phone=short_text)


@st.composite
def projects(draw: st.DrawFn) -> Project:
    org_ids = draw(st.lists(ids, max_size=4, unique=True))
    organisations = [
        Organisation(id=i, name=draw(text), sector=draw(st.none() | sectors), notes=draw(text))
        for i in org_ids
    ]
    org_ref = st.sampled_from(org_ids) if org_ids else st.nothing()
    member_ids = draw(st.lists(ids, max_size=5, unique=True))
    members = [
        Member(
            id=i,
            name=draw(text),
            title=draw(short_text),
            organisation_id=draw(st.none() | org_ref),
            sector=draw(st.none() | sectors),
            status=draw(st.sampled_from(["prospect", "invited", "member", "left"])),
            email=draw(short_text),
            phone=draw(short_text),
            joined_on=draw(dates),
            left_on=draw(dates),
            notes=draw(text),
        )
        for i in member_ids
    ]
    member_ref = st.sampled_from(member_ids) if member_ids else st.nothing()
    some_members = st.lists(member_ref, max_size=4, unique=True) if member_ids else st.just([])
    coordinator = Coordinator(
        identified=draw(st.none() | st.booleans()),
        contact=draw(contacts()),
        position=draw(
            st.none() | st.sampled_from(["paid_full_time", "paid_part_time", "volunteer"])
        ),
        hours_per_week=draw(st.none() | hours),
        funding=draw(
            st.none() | st.sampled_from(["ovca", "voca", "county_budget", "other", "none_yet"])
        ),
        funding_other=draw(text),
        duties=draw(
            st.dictionaries(
                st.sampled_from(coordinator_duty_ids),
                st.sampled_from(["coordinator", "shared", "others"]),
                max_size=5,
            )
        ),
        reports_to=draw(text),
        qualifications=draw(text),
        pay_low=draw(st.none() | money),
        pay_high=draw(st.none() | money),
        pay_per=draw(st.sampled_from(["hour", "year"])),
        applications_close_on=draw(dates),
        applications_to=draw(contacts()),
        driving=draw(st.none() | st.booleans()),
        mileage_paid=draw(st.none() | st.booleans()),
    )
    chair = Chair(
        contact=draw(contacts()),
        role=draw(text),
        member_id=draw(st.none() | member_ref),
        duties=draw(st.lists(st.sampled_from(chair_duty_ids), max_size=4, unique=True)),
        work_split=draw(text),
    )
    mission = Mission(
        prompts=draw(st.builds(MissionPrompts, who=text, what=text, where=text, how=text)),
        statement=draw(text),
        vision=draw(text),
        goals=draw(st.lists(st.builds(Goal, text=text, measure=text), max_size=3)),
    )
    subcommittees = [
        Subcommittee(
            name=draw(text),
            charge=draw(text),
            chair_member_id=draw(st.none() | member_ref),
            member_ids=draw(some_members),
            meets=draw(short_text),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    mous = [
        Mou(
            organisation_id=draw(org_ref),
            status=draw(st.sampled_from(["not_started", "drafted", "sent", "signed", "expired"])),
            signed_on=draw(dates),
            ends_on=draw(dates),
            signatory_name=draw(text),
            task_force_commitments=draw(text),
            data_shared=draw(st.lists(short_text, max_size=3)),
        )
        for _ in range(draw(st.integers(0, 2) if org_ids else st.just(0)))
    ]
    trainings = [
        Training(
            kind=draw(st.sampled_from(["basic", "extra"])),
            title=draw(text),
            held_on=draw(dates),
            trainer=draw(short_text),
            attendee_member_ids=draw(some_members),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    meetings = [
        Meeting(
            held_on=draw(dates),
            title=draw(text),
            attendee_member_ids=draw(some_members),
            guests=draw(counts),
            notes=draw(text),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    grants = [
        GrantDraft(
            funder=draw(st.sampled_from(["ovca", "voca"])),
            title=draw(text),
            applicant=draw(contacts()),
            starts_on=draw(dates),
            ends_on=draw(dates),
            counties=draw(counties),
            match_percent=draw(percent),
            budget=draw(
                st.lists(
                    st.builds(BudgetLine, description=text, amount=money, justification=text),
                    max_size=3,
                )
            ),
            match_sources=draw(
                st.lists(
                    st.builds(
                        MatchSource,
                        description=text,
                        kind=st.sampled_from(["cash", "in_kind"]),
                        amount=money,
                        time=st.sampled_from([None, "staff", "volunteer"]),
                        hours=st.none() | st.decimals(0, 1_000_000, places=2),
                        hourly_rate=st.none() | money,
                        organisation_id=st.none() | org_ref,
                    ),
                    max_size=2,
                )
            ),
            waiver_requested=draw(st.booleans()),
            narrative=draw(st.dictionaries(short_text, text, max_size=3)),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    return Project(
        region=Region(
            name=draw(text),
            counties=draw(counties),
            kind=draw(st.none() | st.sampled_from(["new", "restart"])),
        ),
        coordinator=coordinator,
        chair=chair,
        organisations=organisations,
        members=members,
        mission=mission,
        principles=draw(
            st.lists(
                st.builds(
                    Principle,
                    text=text,
                    why=text,
                    chosen=st.booleans(),
                    builtin=st.none() | short_text,
                ),
                max_size=3,
            )
        ),
        subcommittees=subcommittees,
        outreach=draw(
            st.lists(
                st.builds(
                    OutreachPlan,
                    sector=sectors,
                    level=st.sampled_from(["membership", "leadership", "subcommittees"]),
                    who_reaches_out=text,
                    due_on=dates,
                ),
                max_size=3,
            )
        ),
        mous=mous,
        training=TrainingPlan(
            region_has_trainer=draw(st.none() | st.booleans()),
            trainer_name=draw(text),
            trainings=trainings,
        ),
        activities=draw(
            st.lists(
                st.builds(
                    Activity,
                    kind=st.sampled_from(["provider_education", "community_event"]),
                    topic=text,
                    held_on=dates,
                    attendance=st.none() | counts,
                ),
                max_size=2,
            )
        ),
        community_advocates=draw(text),
        meetings=meetings,
        data_periods=draw(
            st.lists(
                st.builds(
                    DataPeriod,
                    label=text,
                    starts_on=dates,
                    counts=st.dictionaries(
                        st.sampled_from([c.kind for c in COUNTS]),
                        st.builds(
                            PeriodCount,
                            value=st.none() | counts,
                            not_collected=st.booleans(),
                        ),
                        max_size=3,
                    ),
                    notes=text,
                ),
                max_size=2,
            )
        ),
        scc=SccLiaison(
            representative_name=draw(text),
            contact=draw(contacts()),
            report_due_on=draw(dates),
            annual_meeting_on=draw(dates),
            needs_from_state=draw(text),
            history=[
                SccYear(
                    year=year,
                    report_sent_on=draw(dates),
                    meeting_attended_on=draw(dates),
                    notes=draw(text),
                )
                for year in draw(st.sets(st.integers(2000, 2200), max_size=3))
            ],
            notes=draw(text),
        ),
        grants=grants,
        step_notes=draw(st.dictionaries(st.sampled_from(STEP_IDS), text, max_size=4)),
        last_step=draw(st.sampled_from(STEP_IDS)),
    )


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(project=projects())
def test_any_valid_project_survives_save_and_open(project: Project):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Task force.tfproj"
        save_project(project, path)
        first = path.read_bytes()
        assert first == project_to_bytes(project)

        opened = open_project(path)
        assert opened.migrated_from is None
        assert opened.backup is None
        assert opened.project == project
        # Equality of Decimal ignores trailing zeros; the JSON form does not.
        assert opened.project.model_dump(mode="json") == project.model_dump(mode="json")

        save_project(opened.project, path)
        assert path.read_bytes() == first, "saving the reopened project changed the file"
        assert path.with_name(path.name + ".bak").read_bytes() == first
        save_project(project, path)
        assert path.read_bytes() == first, "saving the same project twice changed the file"
        assert sorted(p.name for p in Path(folder).iterdir()) == [
            "Task force.tfproj",
            "Task force.tfproj.bak",
        ]


def test_the_file_is_readable_utf8_json_with_the_text_as_written(tmp_path):
    hostile = "Café & <Ünïon> \"quoted\" 'x' مرحبا 🎉\nline two"
    path = tmp_path / "p.tfproj"
    save_project(Project(region=Region(name=hostile)), path)
    data = path.read_bytes()
    text = data.decode("utf-8")
    assert f'"schema_version": {SCHEMA_VERSION}' in text
    assert "مرحبا 🎉" in text  # not \u escapes: the file stays readable in a text editor
    assert data.endswith(b"\n")
    assert open_project(path).project.region.name == hostile


def test_a_file_with_a_byte_order_mark_opens(tmp_path):
    path = tmp_path / "p.tfproj"
    path.write_bytes(b"\xef\xbb\xbf" + project_to_bytes(Project(region=Region(name="Bom"))))
    assert open_project(path).project.region.name == "Bom"
