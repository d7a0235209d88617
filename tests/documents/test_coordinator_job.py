"""The coordinator job description: the position's facts, its duties in two lists,
qualifications and how to apply; gaps marked, and a missing coordinator is no gap."""

from __future__ import annotations

import io

import docx
import pytest

from tests.documents.conftest import TODAY
from tests.documents.test_every_document import all_text
from wizard.documents import coordinator_job
from wizard.documents.packet import plan_packet
from wizard.documents.render import render_to_bytes
from wizard.model.project import Project


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
    qualifications = section(text, "Qualifications", "How to apply")
    assert "Experience working with young people or victims of crime.\nGood at bringing" in (
        qualifications
    )
    apply = text[text.index("How to apply") :]
    assert "contact Riverbend Youth Haven." in apply


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


def test_no_coordinator_yet_is_fine(sample):
    sample.coordinator.identified = False
    data = render(sample)
    values = facts(data)
    assert values["Currently held by"].startswith("Open")
    assert values["Host organization"] == "None named yet"
    text = all_text(data)
    assert "Avery Brooks" not in text
    assert "contact Judge Ellen Park, chair of the task force." in text
    assert "[to be decided:" not in text


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
    assert "[to be decided: who applicants should contact]" in text
    gaps = coordinator_job.coordinator_job_items(project, TODAY)[0].gaps
    assert "who the coordinator reports to" in gaps
    assert "the coordinator's name" not in gaps
