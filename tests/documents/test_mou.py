"""MOUs: one per member organization (and per organization with an MOU on record), with
sound defaults where the record is missing, and the record's words where it has them."""

from __future__ import annotations

from datetime import date

from tests.documents.conftest import TODAY
from tests.documents.hostile import HOSTILE, text_of, with_hostile_text
from tests.documents.test_every_document import all_text
from wizard.documents import mou
from wizard.documents.packet import plan_packet
from wizard.documents.render import render_to_bytes
from wizard.model.project import Member, Mou, Organisation, Project

FOLDER = "06 MOUs/"


def documents(project: Project) -> dict[str, str]:
    """File name inside the MOU folder -> the MOU's text."""
    return {
        item.path.removeprefix(FOLDER): all_text(render_to_bytes(item.template, item.context))
        for item in mou.mou_items(project, TODAY)
    }


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


def test_one_mou_per_organization_with_a_member(sample):
    paths = [item.path for item in plan_packet(sample, TODAY) if item.path.startswith(FOLDER)]
    assert paths == [
        FOLDER + "01 DCYF Child Protective Services, Riverbend office.docx",
        FOLDER + "02 North Ridge County Sheriff's Office.docx",
        FOLDER + "03 North Ridge Prosecuting Attorney's Office.docx",
        FOLDER + "04 North Ridge Public Health.docx",
        FOLDER + "05 Open Door Advocacy Center.docx",
        FOLDER + "06 Riverbend School District.docx",
        FOLDER + "07 Riverbend Youth Haven.docx",
    ]  # not Valley Community Clinic: its only person is invited, not yet a member
    assert all(not item.gaps for item in mou.mou_items(sample, TODAY))


def test_parties_purpose_and_the_draft_notice(sample):
    text = documents(sample)["02 North Ridge County Sheriff's Office.docx"]
    lines = text.split("\n")
    assert lines[:2] == [
        "Memorandum of Understanding",
        "between the North Ridge CSEC/Y Task Force and North Ridge County Sheriff's Office",
    ]
    assert lines[2].startswith("Signed on January 16, 2026")  # the sample's signed MOU
    draft = documents(sample)["01 DCYF Child Protective Services, Riverbend office.docx"]
    notice = draft.split("\n")[2]
    assert notice.startswith("DRAFT prepared on November 28, 2026.")
    assert "legal counsel" in notice
    parties = section(text, "1. The parties", "2. Purpose")
    assert (
        "between the North Ridge CSEC/Y Task Force (the task force), which serves Chelan and "
        "Douglas Counties, and North Ridge County Sheriff's Office (the organization)."
    ) in parties
    assert "youth aged 18 to 24 who are commercially sexually exploited" in section(
        text, "2. Purpose", "3. What"
    )


def test_default_commitments_on_both_sides(sample):
    text = documents(sample)["06 Riverbend School District.docx"]
    theirs = section(text, "3. What the organization will do", "4. What the task force")
    assert theirs.split("\n")[1] == "Riverbend School District will:"
    for commitment in mou.ORGANIZATION_COMMITMENTS:
        assert commitment in theirs
    ours = section(text, "4. What the task force will do", "5. Confidentiality")
    for commitment in mou.TASK_FORCE_COMMITMENTS:
        assert commitment in ours


def test_confidentiality_is_counts_only_and_never_identifying(sample):
    text = documents(sample)["04 North Ridge Public Health.docx"]
    confidentiality = section(text, "5. Confidentiality and consent", "6. Data sharing")
    assert "No identifying information about any young person" in confidentiality
    assert "counts only" in confidentiality
    assert "informed consent" in confidentiality
    assert "mandatory reporting" in confidentiality
    assert "The parties also agree:" not in confidentiality


def test_default_data_depends_on_the_sector(sample):
    texts = documents(sample)
    sheriff = section(
        texts["02 North Ridge County Sheriff's Office.docx"], "6. Data", "7. Training"
    )
    schools = section(texts["06 Riverbend School District.docx"], "6. Data", "7. Training")
    for figure in mou.DATA_FOR_EVERYONE:
        assert figure in sheriff and figure in schools
    for figure in mou.DATA_FOR_ENFORCEMENT:
        assert figure in sheriff and figure not in schools
    assert "Statewide Coordinating Committee" in schools


def test_default_training_asks_more_of_front_line_sectors(sample):
    texts = documents(sample)
    extra = mou.EXTRA_TRAINING.strip()
    assert extra in section(texts["07 Riverbend Youth Haven.docx"], "7. Training", "8. Costs")
    schools = section(texts["06 Riverbend School District.docx"], "7. Training", "8. Costs")
    assert mou.BASIC_TRAINING in schools and extra not in schools


def test_term_withdrawal_and_signatures_default_to_blanks(sample):
    text = documents(sample)["03 North Ridge Prosecuting Attorney's Office.docx"]
    term = section(text, "9. Term and renewal", "10. Changes")
    assert "date of the last signature below and lasts one year from that date." in term
    changes = section(text, "10. Changes and withdrawal", "11. Signatures")
    assert "30 days' written notice" in changes and "in writing" in changes
    signatures = text[text.index("11. Signatures") :]
    assert "For the task force" in signatures
    assert "For North Ridge Prosecuting Attorney's Office" in signatures
    assert "Name: Avery Brooks" in signatures
    assert "Title: Coordinator, North Ridge CSEC/Y Task Force" in signatures
    assert f"Name: {mou.BLANK}" in signatures and f"Title: {mou.BLANK}" in signatures


def test_an_mou_record_supplies_its_own_words(sample):
    sample.mous.append(
        Mou(
            organisation_id="org-clinic",
            status="drafted",
            signed_on=date(2027, 1, 4),
            ends_on=date(2028, 6, 30),
            signatory_name="Dr. Mina Patel",
            signatory_title="Medical Director",
            organisation_commitments="- Screen every young patient\n\n2. Refer with consent\n",
            task_force_commitments="Train clinic staff twice a year",
            confidentiality="Clinic records stay at the clinic.",
            data_shared=["Referrals made each quarter", "  "],
            training_commitment="All nurses complete basic training by June.",
        )
    )
    texts = documents(sample)
    assert "01 DCYF Child Protective Services, Riverbend office.docx" in texts
    text = texts["08 Valley Community Clinic.docx"]  # on record, though no member yet
    theirs = section(text, "3. What the organization will do", "4. What")
    assert theirs.split("\n")[2:4] == ["Screen every young patient", "Refer with consent"]
    assert mou.ORGANIZATION_COMMITMENTS[0] not in theirs
    ours = section(text, "4. What the task force will do", "5. Conf")
    assert "Train clinic staff twice a year" in ours
    assert mou.TASK_FORCE_COMMITMENTS[0] not in ours
    assert "The parties also agree:\nClinic records stay at the clinic." in text
    data = section(text, "6. Data sharing", "7. Training")
    assert "Referrals made each quarter" in data
    assert mou.DATA_FOR_EVERYONE[0] not in data
    assert "All nurses complete basic training by June." in section(text, "7. Train", "8. C")
    assert "takes effect on January 4, 2027 and ends on June 30, 2028." in text
    assert "Name: Dr. Mina Patel" in text and "Title: Medical Director" in text


def test_the_term_with_only_a_start_or_only_an_end(sample):
    record = Mou(organisation_id="org-haven", signed_on=date(2027, 2, 1))
    sample.mous.append(record)
    text = documents(sample)["07 Riverbend Youth Haven.docx"]
    assert "takes effect on February 1, 2027 and lasts one year." in text
    record.signed_on, record.ends_on = None, date(2027, 12, 31)
    text = documents(sample)["07 Riverbend Youth Haven.docx"]
    assert "date of the last signature below and ends on December 31, 2027." in text


def test_hostile_text_in_an_mou_record_comes_back_literally(sample):
    sample.mous.append(Mou(organisation_id="org-haven"))
    for hostile in HOSTILE:
        project = with_hostile_text(sample, hostile)
        project.mous[0].data_shared = [hostile]
        haven = project.organisations[1]  # ids are text too: the hostile string
        context = mou.build_context(project, haven, project.mous[0], TODAY)
        text = all_text(render_to_bytes(mou.TEMPLATE, context))
        expected = text_of(hostile)
        for where in ("3. What", "4. What", "5. Conf", "6. Data", "7. Train", "11. Sig"):
            assert expected in text[text.index(where) :], where
        assert f"Name: {expected}" in text and f"Title: {expected}" in text


def test_no_members_means_no_mous_and_a_nameless_organization_is_a_gap():
    assert mou.mou_items(Project(), TODAY) == []
    project = Project(
        organisations=[Organisation(id="o1")],
        members=[Member(id="m1", organisation_id="o1", status="member")],
    )
    [item] = mou.mou_items(project, TODAY)
    assert item.path == FOLDER + "01 Organization.docx"
    text = all_text(render_to_bytes(item.template, item.context))
    assert "[to be decided: the organization's name] will:" in text
    assert f"Name: {mou.BLANK}" in text  # no coordinator yet: a line to write on
    assert item.gaps == [
        "the task force's name",
        "the counties covered",
        "the organization's name",
    ]


def test_a_signed_mou_prints_its_dates_and_signatories_not_a_draft_banner(sample):
    sheriff = next(m for m in sample.mous if m.organisation_id == "org-sheriff")
    assert sheriff.status == "signed"  # as the sample records it
    sheriff.signatory_name = "Sheriff Lee Park"
    sheriff.signatory_title = "Sheriff"
    text = documents(sample)["02 North Ridge County Sheriff's Office.docx"]
    assert "DRAFT" not in text
    assert "Signed on January 16, 2026; in effect until January 15, 2027." in text
    assert "Date: January 16, 2026" in text and "Sheriff Lee Park" in text
    assert "Date: ____" not in text
    draft = documents(sample)["01 DCYF Child Protective Services, Riverbend office.docx"]
    assert draft.split("\n")[2].startswith("DRAFT prepared on")


def test_a_signed_mou_leaves_the_drafting_notes_out(sample):
    signed = documents(sample)["02 North Ridge County Sheriff's Office.docx"]
    draft = documents(sample)["01 DCYF Child Protective Services, Riverbend office.docx"]
    assert "Drafting note" not in signed
    assert "Drafting note" in draft


def test_confidentiality_agrees_with_the_charter_and_puts_legal_duties_first(sample):
    text = documents(sample)["01 DCYF Child Protective Services, Riverbend office.docx"]
    part = section(text, "5. Confidentiality and consent", "6. Data sharing")
    assert "case discussions" not in part  # the charter bans case details at meetings
    assert "never discuss individual cases" in part
    assert "legal duties come first" in part
    assert "mandatory reporting" in part and "duty when a case is confirmed" in part


def test_by_default_only_enforcement_sectors_share_arrest_and_charge_counts(sample):
    sample.mous.append(Mou(organisation_id="org-schools"))
    texts = documents(sample)
    sharing = {
        name: section(text, "6. Data sharing", "7. Training")
        for name, text in texts.items()
        if "School District" in name or "DCYF" in name or "Sheriff" in name
    }
    assert len(sharing) == 3
    for name, part in sharing.items():
        says_arrests = "arrested or charged" in part
        assert says_arrests == ("Sheriff" in name), name
