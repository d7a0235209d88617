"""Letters of support: one per member organization other than the applicant, beside the
grant drafts, each saying who the partner is, what it commits and the staff time it
gives at its own hourly rate."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.documents.conftest import TODAY
from tests.documents.hostile import HOSTILE, text_of, with_hostile_text
from tests.documents.test_every_document import all_text
from wizard.documents import support_letters
from wizard.documents.packet import plan_packet
from wizard.documents.render import render_to_bytes, template_variables
from wizard.model.file_names import safe_file_name
from wizard.model.project import Contact, GrantDraft, Member, Organisation, Project

FOLDER = "12 Grant applications/Letters of support/"


def letters(project: Project) -> dict[str, str]:
    return {
        item.path.removeprefix(FOLDER): all_text(render_to_bytes(item.template, item.context))
        for item in support_letters.support_letter_items(project, TODAY)
    }


def test_one_letter_per_member_organisation_but_the_applicant(sample):
    paths = [item.path for item in plan_packet(sample, TODAY) if item.path.startswith(FOLDER)]
    assert paths == [
        FOLDER + "01 DCYF Child Protective Services, Riverbend office.docx",
        FOLDER + "02 North Ridge County Sheriff's Office.docx",
        FOLDER + "03 North Ridge Prosecuting Attorney's Office.docx",
        FOLDER + "04 North Ridge Public Health.docx",
        FOLDER + "05 Open Door Advocacy Center.docx",
        FOLDER + "06 Riverbend School District.docx",
    ]  # Riverbend Youth Haven applies; Valley Community Clinic has only an invitee
    items = support_letters.support_letter_items(sample, TODAY)
    assert not any(item.gaps for item in items)


def test_no_draft_no_letters(sample):
    sample.grants.clear()
    assert support_letters.support_letter_items(sample, TODAY) == []


def test_a_letter_says_who_the_partner_is_what_it_commits_and_its_staff_time(sample):
    text = letters(sample)["02 North Ridge County Sheriff's Office.docx"]
    assert text.startswith("DRAFT for North Ridge County Sheriff's Office to adapt, print on")
    assert "To: Office of Crime Victims Advocacy (OCVA), Washington State Department" in text
    assert "Re: Letter of support for Riverbend Youth Haven's grant application" in text
    assert (
        "North Ridge County Sheriff's Office supports the application by Riverbend Youth Haven "
        "for “North Ridge coordinator and community education” (federal VOCA funds), made on "
        "behalf of the North Ridge CSEC/Y Task Force." in text
    )
    assert "Our seat at the table is for the sector: Local law enforcement." in text
    assert "signed with the task force on" in text
    assert (
        "A detective's time at task force meetings and trainings: 50 hours × $58.40 an hour "
        "(loaded pay rate) = $2,920.00" in text
    )
    assert text.rstrip().endswith("North Ridge County Sheriff's Office")
    assert "Carla Nguyen" in text  # the MOU's signatory signs


def test_a_partner_without_time_or_mou_gets_the_shared_commitments_only(sample):
    assert not [m for m in sample.mous if m.organisation_id == "org-pao"]
    text = letters(sample)["03 North Ridge Prosecuting Attorney's Office.docx"]
    assert "in-kind match" not in text and "memorandum of understanding" not in text
    assert "share the figures we hold as counts only" in text
    # no MOU signatory: the organization's member on the roster signs
    assert "Marcus Reed\nDeputy Prosecutor\nNorth Ridge Prosecuting Attorney's Office" in text


def test_staff_time_without_a_rate_is_a_gap_in_the_letter(sample):
    source = next(s for s in sample.grants[0].match_sources if s.id == "match-health-time")
    source.hourly_rate = None
    items = {i.path: i for i in support_letters.support_letter_items(sample, TODAY)}
    gaps = items[FOLDER + "04 North Ridge Public Health.docx"].gaps
    assert gaps == ["the hourly pay rate, with benefits, of the staff who give this time"]


def test_the_template_gets_exactly_the_variables_it_uses(sample):
    for item in support_letters.support_letter_items(sample, TODAY):
        assert template_variables(item.template) == set(item.context)


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_names_survive_and_file_names_stay_safe(sample, hostile):
    project = with_hostile_text(sample, hostile)
    project.grants[0].applicant.organisation = "Applicant"
    items = support_letters.support_letter_items(project, TODAY)
    assert len(items) == 7  # every member organization now has the hostile name
    for number, item in enumerate(items, start=1):
        name = item.path.removeprefix(FOLDER)
        assert "/" not in name and "\\" not in name and "\x00" not in name
        assert name == f"{number:02d} {safe_file_name(hostile, 'Member organization')}.docx"
        text = all_text(render_to_bytes(item.template, item.context))
        assert text.count(text_of(hostile).split("\n")[0]) >= 3


def test_two_organisations_with_hostile_names_each_get_a_letter():
    orgs = [Organisation(name='Tom & Jerry\'s <Youth> "Center" 🎉'), Organisation(name="فرقة")]
    project = Project(
        organisations=orgs,
        members=[Member(name="A", organisation_id=o.id, status="member") for o in orgs],
        grants=[GrantDraft(title="T", applicant=Contact(organisation="Applicant"))],
    )
    items = support_letters.support_letter_items(project, TODAY)
    assert [i.path.removeprefix(FOLDER) for i in items] == [
        "01 Tom & Jerry's Youth Center 🎉.docx",
        "02 فرقة.docx",
    ]
    for item, org in zip(items, orgs, strict=True):
        assert org.name in all_text(render_to_bytes(item.template, item.context))


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice or pdftotext is not installed",
)
def test_the_longest_sample_letter_fits_one_page(sample, tmp_path):
    """The sheriff's letter has an MOU, a signer with a title and staff time: the most text."""
    items = {i.path: i for i in support_letters.support_letter_items(sample, TODAY)}
    item = items[FOLDER + "02 North Ridge County Sheriff's Office.docx"]
    source = tmp_path / "letter.docx"
    source.write_bytes(render_to_bytes(item.template, item.context))
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "letter.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert text.count("\f") == 1, "the letter runs onto a second page"
    assert "Page 1 of 1" in text
