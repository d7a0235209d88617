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
from wizard.model import reference
from wizard.model.mous import organisations_needing_mou
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
        FOLDER + "00 All member organizations.docx",  # the sample asks for the joint MOU
        FOLDER + "01 DCYF Child Protective Services, Riverbend office.docx",
        FOLDER + "02 North Ridge County Sheriff's Office.docx",
        FOLDER + "03 North Ridge Prosecuting Attorney's Office.docx",
        FOLDER + "04 North Ridge Public Health.docx",
        FOLDER + "05 Open Door Advocacy Center.docx",
        FOLDER + "06 Riverbend School District.docx",
        FOLDER + "07 Riverbend Youth Haven.docx",
    ]  # not Valley Community Clinic: its only person is invited, not yet a member
    assert all(not item.gaps for item in mou.mou_items(sample, TODAY))
    assert all(not item.gaps for item in mou.all_members_items(sample, TODAY))


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
        text, "2. Purpose", "3. The organization's role"
    )


def test_default_commitments_on_both_sides(sample):
    text = documents(sample)["06 Riverbend School District.docx"]
    theirs = section(text, "4. What the organization will do as a member", "5. What the task force")
    assert theirs.split("\n")[1] == "Riverbend School District will:"
    for commitment in mou.ORGANIZATION_COMMITMENTS:
        assert commitment in theirs
    ours = section(text, "5. What the task force will do", "6. Points of contact")
    for commitment in mou.TASK_FORCE_COMMITMENTS:
        assert commitment in ours


def test_confidentiality_is_counts_only_and_never_identifying(sample):
    text = documents(sample)["04 North Ridge Public Health.docx"]
    confidentiality = section(text, "7. Confidentiality and consent", "8. Data sharing")
    assert "No identifying information about any young person" in confidentiality
    assert "counts only" in confidentiality
    assert "informed consent" in confidentiality
    assert "mandatory reporting" in confidentiality
    assert "The parties also agree:" not in confidentiality


def test_default_data_depends_on_the_sector(sample):
    texts = documents(sample)
    sheriff = section(
        texts["02 North Ridge County Sheriff's Office.docx"], "8. Data", "9. Training"
    )
    schools = section(texts["06 Riverbend School District.docx"], "8. Data", "9. Training")
    for figure in mou.DATA_FOR_EVERYONE:
        assert figure in sheriff and figure in schools
    for figure in mou.DATA_FOR_ENFORCEMENT:
        assert figure in sheriff and figure not in schools
    assert "Statewide Coordinating Committee" in schools


def test_default_training_asks_more_of_front_line_sectors(sample):
    texts = documents(sample)
    extra = mou.EXTRA_TRAINING.strip()
    assert extra in section(texts["07 Riverbend Youth Haven.docx"], "9. Training", "10. Costs")
    schools = section(texts["06 Riverbend School District.docx"], "9. Training", "10. Costs")
    assert mou.BASIC_TRAINING in schools and extra not in schools


def test_term_withdrawal_and_signatures_default_to_blanks(sample):
    text = documents(sample)["03 North Ridge Prosecuting Attorney's Office.docx"]
    term = section(text, "11. Term, renewal and ending", "12. Changes")
    assert "date of the last signature below and lasts one year from that date." in term
    assert "at least 60 days before the end date" in term  # when the tracker flags it
    assert "signing a new memorandum, or a written renewal with a new end date" in term
    assert "end this memorandum at any time by giving the other 30 days' written notice" in term
    changes = section(text, "12. Changes", "13. Settling")
    assert "both parties agree to it in writing" in changes
    signatures = text[text.index("14. Signatures") :]
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
    theirs = section(text, "4. What the organization will do as a member", "5. What")
    assert theirs.split("\n")[2:4] == ["Screen every young patient", "Refer with consent"]
    assert mou.ORGANIZATION_COMMITMENTS[0] not in theirs
    ours = section(text, "5. What the task force will do", "6. Points")
    assert "Train clinic staff twice a year" in ours
    assert mou.TASK_FORCE_COMMITMENTS[0] not in ours
    assert "The parties also agree:\nClinic records stay at the clinic." in text
    data = section(text, "8. Data sharing", "9. Training")
    assert "Referrals made each quarter" in data
    assert mou.DATA_FOR_EVERYONE[0] not in data
    assert "All nurses complete basic training by June." in section(text, "9. Train", "10. C")
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
        project.mous[0].needs_approval = True
        haven = project.organisations[1]  # ids are text too: the hostile string
        context = mou.build_context(project, haven, project.mous[0], TODAY)
        text = all_text(render_to_bytes(mou.TEMPLATE, context))
        expected = text_of(hostile)
        for where in (
            "3. The org",
            "4. What",
            "5. What",
            "6. Points",
            "7. Conf",
            "8. Data",
            "9. Train",
            "14. Sig",
        ):
            assert expected in text[text.index(where) :], where
        assert f"Name: {expected}" in text and f"Title: {expected}" in text
        assert f"Approved by {expected}" in text and f"For {expected}, host" in text


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
        "the contact person at the organization",  # a member, but with no name
        "the coordinator's name",
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
    host = text[text.index("host or fiscal agent of the task force") :]
    assert "Date: ____" not in text[: len(text) - len(host)]
    assert "January 16" not in host  # whether and when the host signed is not on record
    draft = documents(sample)["01 DCYF Child Protective Services, Riverbend office.docx"]
    assert draft.split("\n")[2].startswith("DRAFT prepared on")


def test_a_signed_mou_leaves_the_drafting_notes_out(sample):
    sample.mou_options.host_agent = ""  # the note says where to name one
    signed = documents(sample)["02 North Ridge County Sheriff's Office.docx"]
    draft = documents(sample)["01 DCYF Child Protective Services, Riverbend office.docx"]
    assert "Drafting note" not in signed
    assert "Drafting note" in draft


def test_confidentiality_agrees_with_the_charter_and_puts_legal_duties_first(sample):
    text = documents(sample)["01 DCYF Child Protective Services, Riverbend office.docx"]
    part = section(text, "7. Confidentiality and consent", "8. Data sharing")
    assert "case discussions" not in part  # the charter bans case details at meetings
    assert "never discuss individual cases" in part
    assert "legal duties come first" in part
    assert "mandatory reporting" in part and "duty when a case is confirmed" in part


def test_by_default_only_enforcement_sectors_share_arrest_and_charge_counts(sample):
    sample.mous.append(Mou(organisation_id="org-schools"))
    texts = documents(sample)
    sharing = {
        name: section(text, "8. Data sharing", "9. Training")
        for name, text in texts.items()
        if "School District" in name or "DCYF" in name or "Sheriff" in name
    }
    assert len(sharing) == 3
    for name, part in sharing.items():
        says_arrests = "arrested or charged" in part
        assert says_arrests == ("Sheriff" in name), name


# ----- what real MOUs hold: roles, contacts, disputes, approval, host, all members -------


def test_each_sector_gets_its_own_roles_not_one_generic_block(sample):
    sample.mous = [m for m in sample.mous if m.organisation_id != "org-schools"]
    texts = documents(sample)
    role = {
        name: section(text, "3. The organization's role", "4. What") for name, text in texts.items()
    }
    schools = role["06 Riverbend School District.docx"]
    sheriff = role["02 North Ridge County Sheriff's Office.docx"]
    assert "Within its normal work and capacity, and under its own policies" in schools
    for line in reference.sector_roles()["schools"]:
        assert line in schools and line not in sheriff
    for line in reference.sector_roles()["law_enforcement"]:
        assert line in sheriff and line not in schools
    assert len(set(role.values())) == len(role)  # seven organizations, seven texts
    assert "no new legal duty" in schools


def test_every_sector_has_roles_and_none_claims_a_legal_duty():
    roles = reference.sector_roles()
    assert set(roles) == reference.sector_ids() | {reference.DEFAULT_ROLES_KEY}
    for sector, lines in roles.items():
        assert 3 <= len(lines) <= 5, sector
        for line in lines:
            assert "must" not in line.split() and "shall" not in line.split(), line


def test_an_mou_record_can_give_the_organization_its_own_roles(sample):
    text = documents(sample)["06 Riverbend School District.docx"]  # the sample's own roles
    role = section(text, "3. The organization's role", "4. What")
    assert "Offer a short lesson on online safety to every middle school, once a year." in role
    assert reference.sector_roles()["schools"][2] not in role


def test_points_of_contact_name_both_sides_with_their_details(sample):
    text = documents(sample)["06 Riverbend School District.docx"]
    contacts = section(text, "6. Points of contact", "7. Confidentiality")
    assert (
        "For the organization: Tom Becker, School Counselor (email: becker@example.org, "
        "phone: 509-555-0164)"
    ) in contacts
    assert (
        "For the task force: Avery Brooks, coordinator (email: abrooks@example.org, "
        "phone: 509-555-0142)"
    ) in contacts


def test_the_contact_is_the_chosen_person_else_the_first_member(sample):
    schools = next(o for o in sample.organisations if o.id == "org-schools")
    sample.members.append(
        Member(id="m-new", name="Ana Diaz", organisation_id="org-schools", status="invited")
    )
    record = next(m for m in sample.mous if m.organisation_id == "org-schools")
    record.contact_member_id = "m-new"
    assert mou.organisation_contact(sample, schools, record) == "Ana Diaz"
    record.contact_member_id = "m-1"  # a detective: not one of the district's people
    assert str(mou.organisation_contact(sample, schools, record)).startswith("Tom Becker")


def test_a_missing_contact_is_a_gap_named_for_the_organization(sample):
    for member in sample.members:
        if member.organisation_id == "org-schools":
            member.status = "left"
    item = next(i for i in mou.mou_items(sample, TODAY) if "School District" in i.path)
    assert "the contact person at Riverbend School District" in item.gaps
    text = all_text(render_to_bytes(item.template, item.context))
    assert (
        "For the organization: [to be decided: the contact person at Riverbend School District]"
    ) in text


def test_disagreements_go_from_contacts_to_chair_and_coordinator_to_notice(sample):
    text = documents(sample)["04 North Ridge Public Health.docx"]
    part = section(text, "13. Settling disagreements", "14. Signatures")
    assert part.index("two contacts named in section 6") < part.index("chair and the coordinator")
    assert part.index("chair and the coordinator") < part.index("end this memorandum with written")


def test_the_approval_line_appears_only_when_a_governing_body_must_approve(sample):
    texts = documents(sample)
    schools = texts["06 Riverbend School District.docx"]
    signatures = schools[schools.index("14. Signatures") :]
    assert "Approved by the Riverbend School District Board of Directors" in signatures
    assert "Motion or resolution no.:" in signatures
    for name, text in texts.items():
        if name != "06 Riverbend School District.docx":
            assert "Approved by" not in text, name
    record = next(m for m in sample.mous if m.organisation_id == "org-schools")
    record.approval_body = " "
    item = next(i for i in mou.mou_items(sample, TODAY) if "School District" in i.path)
    assert item.gaps == ["which body approves the MOU for Riverbend School District"]
    record.needs_approval = False
    assert "Approved by" not in documents(sample)["06 Riverbend School District.docx"]


def test_the_host_or_fiscal_agent_is_named_and_signs_only_when_there_is_one(sample):
    text = documents(sample)["04 North Ridge Public Health.docx"]
    assert "Riverbend Youth Haven hosts the task force or acts as its fiscal agent" in text
    signatures = text[text.index("14. Signatures") :]
    assert "For Riverbend Youth Haven, host or fiscal agent of the task force" in signatures
    sample.mou_options.host_agent = "  "
    text = documents(sample)["04 North Ridge Public Health.docx"]
    assert "host or fiscal agent of the task force" not in text
    assert "Drafting note: if a host agency or fiscal agent acts for the task force" in text


def test_the_all_members_mou_is_made_only_when_asked_for(sample):
    assert [i.path for i in mou.all_members_items(sample, TODAY)] == [mou.ALL_MEMBERS_PATH]
    sample.mou_options.all_members = False
    assert mou.all_members_items(sample, TODAY) == []
    assert all("All member" not in i.path for i in plan_packet(sample, TODAY))
    sample.mou_options.all_members = True
    assert mou.all_members_items(Project(mou_options=sample.mou_options), TODAY) == []


def test_asking_for_the_all_members_mou_moves_no_other_part_of_the_packet(sample):
    with_it = [i.path for i in plan_packet(sample, TODAY)]
    sample.mou_options.all_members = False
    without = [i.path for i in plan_packet(sample, TODAY)]
    assert [p for p in with_it if p != mou.ALL_MEMBERS_PATH] == without
    tops = sorted({p.partition("/")[0].partition(".")[0] for p in with_it})
    numbers = [int(top[:2]) for top in tops]
    assert numbers == list(range(len(numbers)))  # 00, 01, 02... with no hole


def all_members_text(project: Project) -> str:
    [item] = mou.all_members_items(project, TODAY)
    return all_text(render_to_bytes(item.template, item.context))


def test_the_all_members_mou_has_one_signature_block_per_member_organization(sample):
    text = all_members_text(sample)
    signatures = text[text.index("14. Signatures") :]
    names = [o.name for o in organisations_needing_mou(sample)]
    assert len(names) == 7
    for name in names:
        assert signatures.count(f"For {name}\n") == 1, name  # the host's line goes on
    assert signatures.count("For ") == len(names) + 2  # the task force and the host
    assert signatures.count("Approved by") == 1  # only the school board approves
    roles = section(text, "5. Each organization's role", "6. The task force's contact")
    for name in names:
        assert roles.count(name) >= 1
    assert reference.sector_roles()["law_enforcement"][0] in roles
    assert "Contact: Dana Whitfield, Detective" in roles
    parties = section(text, "1. The parties", "2. Purpose")
    assert all(name in parties for name in names)


def test_hostile_names_in_the_all_members_mou_come_back_literally(sample):
    for hostile in HOSTILE:
        project = with_hostile_text(sample, hostile)
        for member in project.members:  # the organizations' ids are the hostile text too
            member.organisation_id = project.organisations[0].id
        expected = text_of(hostile)
        text = all_members_text(project)  # python-docx opens it: the XML is valid
        assert f"Contact: {expected}, {expected} (email: {expected}" in text
        signatures = text[text.index("14. Signatures") :]
        blocks = signatures.count(f"For {expected}")
        assert blocks == len(organisations_needing_mou(project)) + 1, hostile  # + the host
        assert f"Approved by {expected}" in signatures
        for where in ("1. The parties", "5. Each", "6. The task", "14. Sig"):
            assert expected in text[text.index(where) :], where
