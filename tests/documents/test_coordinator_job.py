"""The coordinator job description: the position's facts and pay, its duties in two lists,
qualifications, travel, the background check and how to apply; gaps marked, a missing
coordinator is no gap, and no contact for applications is ever made up."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import docx
import pytest

from tests.documents.conftest import TODAY
from tests.documents.hostile import HOSTILE, text_of, with_hostile_text
from tests.documents.test_every_document import all_text
from wizard.documents import coordinator_job
from wizard.documents.packet import packet_gaps, plan_packet
from wizard.documents.render import render_to_bytes
from wizard.model import grant_narrative
from wizard.model.grants import new_draft
from wizard.model.project import Contact, Project


def render(project: Project) -> bytes:
    return render_to_bytes(coordinator_job.TEMPLATE, coordinator_job.build_context(project, TODAY))


def facts(data: bytes) -> dict[str, str]:
    table = docx.Document(io.BytesIO(data)).tables[0]
    return {row.cells[0].text: row.cells[1].text for row in table.rows}


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


def test_the_job_description_is_in_the_packet(sample):
    paths = [item.path for item in plan_packet(sample, TODAY)]
    assert paths.count("02 Coordinator job description.docx") == 1


def test_the_position_facts(sample):
    data = render(sample)
    assert facts(data) == {
        "Job title": "Task force coordinator",
        "Task force": "North Ridge CSEC/Y Task Force",
        "Counties served": "Chelan and Douglas Counties",
        "Position type": "Paid, part-time",
        "Hours": "20 hours a week",
        "Pay": "$24.00 to $29.00 an hour",
        "Funding source": "Office of Crime Victims Advocacy (OCVA) state grant",
        "Reports to": "Executive Director, Riverbend Youth Haven",
        "Host organization": "Riverbend Youth Haven",
        "Currently held by": "Avery Brooks",
    }
    assert "[to be decided:" not in all_text(data)


def test_summary_duties_qualifications_and_how_to_apply(sample):
    text = all_text(render(sample))
    summary = section(text, "Summary of the role", "Duties")
    assert "glue" in summary and "North Ridge CSEC/Y Task Force" in summary
    carried = section(text, "Carried by the coordinator", "Shared with the chair or members")
    shared = section(text, "Shared with the chair or members", "Qualifications")
    assert "Schedule meetings" in carried and "Keep the members' mailing list" in carried
    assert "Agree on priorities with the chair" not in carried
    assert "Agree on priorities with the chair" in shared
    assert "Win support from agencies, organizations and officials" in shared
    assert "Schedule meetings" not in shared
    qualifications = section(text, "Qualifications", "Travel and driving")
    assert "Experience working with young people or victims of crime.\nGood at bringing" in (
        qualifications
    )
    travel = section(text, "Travel and driving", "Background check")
    assert "driver's license, a car and car insurance" in travel
    assert "paid back at the employer's usual rate" in travel
    check = section(text, "Background check", "How to apply")
    assert "criminal background check before starting" in check
    apply = section(text, "How to apply", "This description is a draft")
    assert "The position is filled at present." in apply  # no closing date or contact asked


@pytest.mark.parametrize(
    ("funding", "shown"),
    [
        ("ovca", "Office of Crime Victims Advocacy (OCVA) state grant"),
        ("voca", "Victims of Crime Act (VOCA) federal grant, passed through the state"),
        ("county_budget", "County or agency budget"),
        ("none_yet", "Not funded yet: the task force is looking for funding"),
    ],
)
def test_funding_sources_are_named_in_full(sample, funding, shown):
    sample.coordinator.funding = funding
    assert facts(render(sample))["Funding source"] == shown


def test_another_funding_source_is_named_or_marked(sample):
    sample.coordinator.funding = "other"
    sample.coordinator.funding_other = "Cascade Community Foundation"
    assert facts(render(sample))["Funding source"] == "Cascade Community Foundation"
    sample.coordinator.funding_other = " "
    shown = facts(render(sample))["Funding source"]
    assert shown == "[to be decided: which other source funds the coordinator position]"


def open_position(project: Project) -> Project:
    project.coordinator.identified = False
    return project


def test_no_coordinator_yet_is_fine_but_the_posting_asks_for_its_facts(sample):
    data = render(open_position(sample))
    values = facts(data)
    assert values["Currently held by"].startswith("Open")
    assert values["Host organization"] == "None named yet"
    text = all_text(data)
    assert "Avery Brooks" not in text
    apply = section(text, "How to apply", "This description is a draft")
    assert "[to be decided: who takes applications for the coordinator position], " in apply
    assert "[to be decided: the email address that takes applications]" in apply
    assert "close on [to be decided: the closing date for applications]." in apply
    assert "Judge Ellen Park" not in apply  # never a stand-in for the real contact
    assert "Riverbend" not in apply


def test_an_open_position_names_who_takes_applications_and_when_they_close(sample):
    coordinator = open_position(sample).coordinator
    coordinator.applications_to = Contact(name="Luis Ortega", email="ortega@example.org")
    coordinator.applications_close_on = date(2027, 1, 15)
    text = all_text(render(sample))
    apply = section(text, "How to apply", "This description is a draft")
    assert "Luis Ortega, ortega@example.org\n" in apply
    assert "Applications close on January 15, 2027." in apply
    assert "[to be decided:" not in text


@pytest.mark.parametrize(
    ("low", "high", "per", "shown"),
    [
        ("24.00", "29.00", "hour", "$24.00 to $29.00 an hour"),
        ("29.00", "24.00", "hour", "$24.00 to $29.00 an hour"),  # typed the wrong way round
        ("52000", "60000.50", "year", "$52,000 to $60,000.50 a year"),
        ("58000", None, "year", "$58,000 a year"),
        (None, "26.50", "hour", "$26.50 an hour"),
        ("26.50", "26.50", "hour", "$26.50 an hour"),
    ],
)
def test_the_pay_range(sample, low, high, per, shown):
    coordinator = sample.coordinator
    coordinator.pay_low = Decimal(low) if low else None
    coordinator.pay_high = Decimal(high) if high else None
    coordinator.pay_per = per
    assert facts(render(sample))["Pay"] == shown


def test_no_pay_range_is_a_gap_but_a_volunteer_is_unpaid(sample):
    sample.coordinator.pay_low = sample.coordinator.pay_high = None
    assert facts(render(sample))["Pay"] == "[to be decided: the pay range]"
    item = coordinator_job.coordinator_job_items(sample, TODAY)[0]
    assert "the pay range" in item.gaps
    assert "the pay range" in packet_gaps(sample, TODAY)  # the overview lists it
    sample.coordinator.position = "volunteer"
    assert facts(render(sample))["Pay"] == "Unpaid: this is a volunteer position"


@pytest.mark.parametrize(
    ("driving", "mileage", "says", "gap"),
    [
        (False, None, "A driver's license and a car are not required.", None),
        (True, False, "Miles driven for the job are not paid back.", None),
        (True, None, "car insurance.", "whether miles driven for the job are paid back"),
        (None, None, "", "whether the job needs a driver's license and a car"),
    ],
)
def test_travel_and_driving(sample, driving, mileage, says, gap):
    sample.coordinator.driving = driving
    sample.coordinator.mileage_paid = mileage
    travel = section(all_text(render(sample)), "Travel and driving", "Background check")
    assert says in travel
    gaps = coordinator_job.coordinator_job_items(sample, TODAY)[0].gaps
    assert gaps == ([gap] if gap else [])
    if gap:
        assert f"[to be decided: {gap}]" in travel


def test_the_research_about_king_county_is_in_the_grant_not_the_job_description(sample):
    assert "King County" not in all_text(render(sample))
    grant = new_draft(sample, "voca", TODAY)
    need = grant_narrative.starting_draft("need", sample, grant)
    assert "named King County as the model task force" in need
    assert "in large part to its full-time coordinator" in need


def test_only_shared_duties_leave_out_the_carried_list(sample):
    sample.coordinator.duties = dict.fromkeys(sample.coordinator.duties, "shared")
    text = all_text(render(sample))
    assert "Carried by the coordinator" not in text
    assert "Schedule meetings" in section(text, "Shared with the chair", "Qualifications")


def test_duties_left_to_others_are_not_the_coordinators(sample):
    sample.coordinator.duties["events"] = "others"
    assert "Set up events" not in all_text(render(sample))


def test_an_empty_project_renders_with_its_gaps_marked():
    project = Project()
    data = render(project)
    text = all_text(data)
    values = facts(data)
    assert values["Position type"] == "[to be decided: the kind of coordinator position]"
    assert values["Hours"] == "[to be decided: the coordinator's hours a week]"
    assert values["Reports to"] == "[to be decided: who the coordinator reports to]"
    assert values["Currently held by"].startswith("Open")
    undecided = section(text, "[to be decided: who carries these coordinator duties]", "Qual")
    assert "Schedule meetings" in undecided and "Host or arrange training" in undecided
    assert "[to be decided: the qualifications the coordinator needs]" in text
    assert values["Pay"] == "[to be decided: the pay range]"
    gaps = coordinator_job.coordinator_job_items(project, TODAY)[0].gaps
    assert "who the coordinator reports to" in gaps
    assert "the coordinator's name" not in gaps
    for asked in (
        "who takes applications for the coordinator position",
        "the email address that takes applications",
        "the closing date for applications",
        "whether the job needs a driver's license and a car",
    ):
        assert asked in gaps


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_in_the_applications_contact_comes_back_literally(sample, hostile):
    project = open_position(with_hostile_text(sample, hostile))
    project.coordinator.applications_close_on = date(2027, 1, 15)
    apply = section(all_text(render(project)), "How to apply", "This description is a draft")
    assert f"{text_of(hostile)}, {text_of(hostile)}\n" in apply
