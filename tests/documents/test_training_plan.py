"""The training plan: trainer, trainings held, who still needs training, and the share
trained by sector, from the same rules the Training page uses."""

from __future__ import annotations

import io
from datetime import date

import docx

from tests.documents.conftest import TODAY
from tests.documents.test_every_document import all_text
from wizard.documents import training_plan
from wizard.documents.packet import plan_packet
from wizard.documents.render import render_to_bytes
from wizard.documents.values import Gap
from wizard.model.project import Member, Project, Training, TrainingPlan
from wizard.model.training import SUGGESTED_COURSE


def rendered(project: Project) -> bytes:
    [item] = training_plan.training_plan_items(project, TODAY)
    return render_to_bytes(item.template, item.context)


def text_of(project: Project) -> str:
    """Body paragraphs first, then the tables' cells (as all_text reads them)."""
    return all_text(rendered(project))


def tables(project: Project) -> list[list[list[str]]]:
    """Each table, in document order, as rows of cell texts (header row first)."""
    document = docx.Document(io.BytesIO(rendered(project)))
    return [[[cell.text for cell in row.cells] for row in t.rows] for t in document.tables]


def section(text: str, start: str, end: str | None = None) -> str:
    begin = text.index(start)
    return text[begin : text.index(end, begin)] if end else text[begin:]


def test_the_packet_has_one_training_plan(sample):
    paths = [item.path for item in plan_packet(sample, TODAY)]
    assert paths.count("08 Training plan.docx") == 1
    [item] = training_plan.training_plan_items(sample, TODAY)
    assert item.title == "Training plan" and item.gaps == []


def test_sample_trainer_and_trainings(sample):
    text = text_of(sample)
    assert text.startswith("Training plan\nNorth Ridge CSEC/Y Task Force, serving Chelan and")
    assert "Not yet. No one in the region" in section(text, "1. A trainer", "2. Trainings")
    held = section(text, "2. Trainings held", "3. Basic")
    assert "3 trainings recorded: 2 basic and 1 extra. 1 is still to come." in held
    trainings, _extra, _shares = tables(sample)
    assert trainings == [
        ["Date", "Kind", "Title", "Trainer", "Attended"],
        ["April 22, 2026", "Basic", SUGGESTED_COURSE, "Jordan Hale, visiting trainer", "5"],
        [
            "September 10, 2026",
            "Extra",
            "Talking with young people who may be exploited",
            "Jordan Hale, visiting trainer",
            "2",
        ],
        [
            "January 20, 2027 (planned)",
            "Basic",
            SUGGESTED_COURSE,
            "Jordan Hale, visiting trainer",
            "2",
        ],
    ]


def test_sample_who_still_needs_basic_training(sample):
    basic = section(text_of(sample), "3. Basic training", "4. Extra")
    assert "5 of 7 (71%) of members have completed basic training." in basic
    # Tom is signed up for the January training, which has not happened yet
    assert basic.split("\n")[-3:-1] == [
        "Marcus Reed (Prosecutors)",
        "Tom Becker (School personnel)",
    ]


def test_sample_extra_training_by_sector(sample):
    _trainings, extra, _shares = tables(sample)
    assert extra == [
        ["Sector", "Members", "Completed extra training", "Still to complete"],
        ["Local law enforcement", "1", "1 of 1 (100%)", "No one"],
        ["Community advocates", "1", "0 of 1 (0%)", "Sofia Morales"],
        ["Child Protective Services (CPS)", "1", "1 of 1 (100%)", "No one"],
        ["Youth service providers", "1", "0 of 1 (0%)", "Luis Ortega"],
        ["Prosecutors", "1", "0 of 1 (0%)", "Marcus Reed"],
        ["Defense attorneys", "0", "No members yet", "—"],
    ]


def test_sample_share_by_sector(sample):
    _trainings, _extra, shares = tables(sample)
    assert shares == [
        ["Sector", "Members", "Basic training", "Extra training"],
        ["Local law enforcement", "1", "1 of 1 (100%)", "1 of 1 (100%)"],
        ["Community advocates", "1", "1 of 1 (100%)", "0 of 1 (0%)"],
        ["Child Protective Services (CPS)", "1", "1 of 1 (100%)", "1 of 1 (100%)"],
        ["Youth service providers", "1", "1 of 1 (100%)", "0 of 1 (0%)"],
        ["School personnel", "1", "0 of 1 (0%)", "Not needed"],
        ["Public health", "1", "1 of 1 (100%)", "Not needed"],
        ["Prosecutors", "1", "0 of 1 (0%)", "0 of 1 (0%)"],
        ["All members", "7", "5 of 7 (71%)", "2 of 5 (40%) of those who need it"],
    ]


def test_sample_next_steps(sample):
    steps = section(text_of(sample), "6. Next steps")
    assert "Find someone in the region who can give CSEC training" in steps
    assert "Arrange basic training for the 2 members who still need it." in steps
    assert "Arrange extra training for the 3 members who still need it." in steps
    assert "Hold a first basic training" not in steps


def test_a_trainer_in_the_region():
    project = Project(training=TrainingPlan(region_has_trainer=True, trainer_name="Dr. Kim & Co"))
    assert "Yes. Dr. Kim & Co can give CSEC training" in text_of(project)
    project.training.trainer_name = " "
    context = training_plan.build_context(project, TODAY)
    assert context["trainer"] == Gap("who the region's CSEC trainer is", "training")


def test_an_empty_project_shows_gaps_and_plain_words():
    [item] = training_plan.training_plan_items(Project(), TODAY)
    assert item.gaps == [
        "the task force's name",
        "the counties covered",
        "whether the region has a CSEC trainer",
    ]
    text = all_text(render_to_bytes(item.template, item.context))
    assert "No trainings have been recorded yet." in text
    assert "no one to count" in text
    steps = section(text, "6. Next steps")
    assert "Find out whether anyone in the region can give CSEC training." in steps
    assert (
        "Hold a first basic training. Many Washington task force members have taken "
        f"“{SUGGESTED_COURSE}”." in steps
    )


def test_undated_and_untitled_trainings():
    project = Project(
        members=[Member(id="a", name="Ana", status="member")],
        training=TrainingPlan(
            region_has_trainer=False,
            trainings=[
                Training(kind="basic", attendee_member_ids=["a"]),
                Training(kind="extra", title="Court", held_on=date(2026, 1, 2)),
            ],
        ),
    )
    [item] = training_plan.training_plan_items(project, TODAY)
    assert item.gaps == ["the task force's name", "the counties covered", "the title of a training"]
    [trainings, _extra, _shares] = tables(project)
    assert [row[0] for row in trainings[1:]] == ["January 2, 2026", "Not recorded"]  # undated last
    assert trainings[2][2] == "[to be decided: the title of a training]"
    assert "Every member has completed basic training (1 of 1)." in text_of(project)


def test_extra_training_is_the_toolkit_s_advice_not_a_claim_about_who_meets_young_people(sample):
    text = text_of(sample)
    assert "meet exploited young people most often" not in text
    assert "The toolkit behind this plan also advises further training" in text
