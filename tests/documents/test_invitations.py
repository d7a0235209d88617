"""Invitation letters: one to each person still to join, one to each sector with no member,
with the right person, sector wording, mission and reply details in each."""

from __future__ import annotations

from tests.documents.conftest import TODAY
from tests.documents.hostile import HOSTILE, text_of, with_hostile_text
from tests.documents.test_every_document import all_text
from wizard.documents import invitations
from wizard.documents.packet import plan_packet
from wizard.documents.render import render_to_bytes
from wizard.model import reference
from wizard.model.file_names import safe_file_name
from wizard.model.progress import missing_sectors
from wizard.model.project import Member, Project, Region

FOLDER = "05 Invitation letters/"
TODAY_TEXT = "November 28, 2026"


def letters(project: Project) -> dict[str, str]:
    """File name inside the letters folder -> the letter's text."""
    return {
        item.path.removeprefix(FOLDER): all_text(render_to_bytes(item.template, item.context))
        for item in invitations.invitation_items(project, TODAY)
    }


def paragraphs_after(text: str, marker: str) -> list[str]:
    return text[text.index(marker) :].split("\n")


def test_the_sample_gets_a_letter_per_invitee_then_per_missing_sector(sample):
    paths = [item.path for item in plan_packet(sample, TODAY) if item.path.startswith(FOLDER)]
    assert paths == [
        FOLDER + "01 Hannah Cole.docx",
        FOLDER + "02 Ray Fuentes.docx",
        FOLDER + "03 To Defense attorneys.docx",
        FOLDER + "04 To Healthcare providers.docx",
        FOLDER + "05 To Federal law enforcement.docx",
        FOLDER + "06 To Human trafficking survivors.docx",
        FOLDER + "07 To Tribal communities.docx",
        FOLDER + "08 To LGBTQ+ representatives.docx",
    ]
    gaps = {item.path: item.gaps for item in invitations.invitation_items(sample, TODAY)}
    assert gaps.pop(FOLDER + "07 To Tribal communities.docx") == [invitations.TRIBE_GAP]
    assert not any(gaps.values())


def test_the_survivors_letter_says_nothing_on_its_face_about_trafficking(sample):
    """An envelope or a letter left on a desk could out the reader."""
    text = letters(sample)["06 To Human trafficking survivors.docx"]
    head = text.split("Dear friend of the task force,")[0]
    assert "To:" not in head and "traffick" not in head.lower()
    assert "Re: An invitation to join the task force" in head


def test_the_tribal_letter_is_to_the_tribe_s_chair_and_council(sample):
    text = letters(sample)["07 To Tribal communities.docx"]
    assert f"To: [to be decided: {invitations.TRIBE_GAP}]" in text
    assert "Dear Chair and Council members," in text
    assert "Dear colleague" not in text
    assert "government to government" in text


def test_a_personal_letter_is_addressed_dated_and_signed(sample):
    text = letters(sample)["01 Hannah Cole.docx"]
    lines = text.split("\n")
    assert lines[:3] == ["North Ridge CSEC/Y Task Force", "Chelan and Douglas Counties", TODAY_TEXT]
    assert "Hannah Cole\nTherapist\nValley Community Clinic" in text
    assert "Re: An invitation to join the North Ridge CSEC/Y Task Force" in text
    assert "Dear Hannah," in lines  # no greeting typed: the first name
    assert (
        "I am writing to invite you to join the North Ridge CSEC/Y Task Force, a partnership "
        "now forming in Chelan and Douglas Counties." in lines
    )
    assert "please reach me at abrooks@example.org or 509-555-0142." in text
    closing = paragraphs_after(text, "With thanks and warm regards,")
    assert closing[2:5] == [
        "Avery Brooks",
        "Coordinator, North Ridge CSEC/Y Task Force",
        "Riverbend Youth Haven",
    ]


def test_a_personal_letter_speaks_to_the_persons_sector_and_quotes_the_mission(sample):
    text = letters(sample)["01 Hannah Cole.docx"]
    assert invitations.sector_words("healthcare").why in text
    assert invitations.sector_words("defense").why not in text
    mission_at = text.index("Our draft mission statement")
    assert text[mission_at:].split("\n")[1] == sample.mission.statement
    for ask in invitations.sector_words("healthcare").asks:
        assert ask in text
    assert "memorandum of understanding (MOU)" in text


def test_a_person_without_organization_or_title_gets_a_shorter_address(sample):
    text = letters(sample)["02 Ray Fuentes.docx"]
    assert "Ray Fuentes\nPublic Defender\n" in text
    assert invitations.sector_words("defense").why in text
    sample.members[-1].title = ""
    assert "\nRay Fuentes\nRe: " in "\n" + letters(sample)["02 Ray Fuentes.docx"]


def test_members_and_people_who_left_get_no_letter(sample):
    names = set(letters(sample))
    for member in sample.members:
        if member.status in ("member", "left"):
            assert not any(member.name in name for name in names)
    sample.members[-1].status = "left"
    assert "02 Ray Fuentes.docx" not in letters(sample)


def test_a_sector_letter_says_why_that_sector_is_needed(sample):
    text = letters(sample)["05 To Federal law enforcement.docx"]
    words = invitations.sector_words("federal_law_enforcement")
    assert "To: Federal law enforcement partners" in text
    assert "Dear colleague," in text.split("\n")
    assert f"{words.missing} {words.why}" in text
    assert "Re: Your voice on the North Ridge CSEC/Y Task Force" in text
    assert "passed it on to someone who might be" in text


def test_the_survivors_letter_promises_pay_and_no_one_has_to_tell_their_story(sample):
    text = letters(sample)["06 To Human trafficking survivors.docx"]
    assert "No one will ever be asked to share their own story" in text
    assert "pay survivors for their time" in text
    assert "step back at any time" in text
    assert "memorandum" not in text.casefold()  # nothing to sign as an individual
    assert "There is no training you must take" in text
    assert "passed it on to someone who might be" not in text


def test_the_tribal_letter_offers_a_say_in_direction_not_only_a_seat(sample):
    text = letters(sample)["07 To Tribal communities.docx"]
    assert "more than a seat at the table" in text
    assert "a real say in the task force's direction" in text
    assert "respecting tribal sovereignty" in text


def test_every_highlighted_sector_gets_careful_words_and_every_sector_has_words():
    for sector in reference.sectors():
        words = invitations.sector_words(sector.id)
        assert words.addressee and words.missing and words.why and words.asks
        assert bool(words.care) == sector.highlight, sector.id


def test_a_personal_letter_to_a_survivor_carries_the_same_care(sample):
    sample.members.append(Member(id="m-s", name="Jordan Blake", sector="survivors"))
    text = letters(sample)["02 Jordan Blake.docx"]
    for paragraph in invitations.sector_words("survivors").care:
        assert paragraph in text


def test_an_empty_project_gets_a_letter_to_every_sector_with_gaps_marked():
    project = Project()
    texts = letters(project)
    assert len(texts) == len(reference.sectors()) == len(missing_sectors(project))
    assert next(iter(texts)) == "01 To Local law enforcement.docx"
    text = texts["01 To Local law enforcement.docx"]
    assert "[to be decided: the task force's name]" in text
    assert "please reach me at [to be decided: the coordinator's email or phone]" in text
    assert "mission statement" not in text  # left out, not shown as a gap
    closing = paragraphs_after(text, "With thanks and warm regards,")
    assert closing[2:4] == ["The coordinator", "[to be decided: the task force's name]"]
    item = invitations.invitation_items(project, TODAY)[0]
    assert item.gaps == [
        "the task force's name",
        "the counties covered",
        "the coordinator's email or phone",
    ]


def test_a_restarted_task_force_is_being_renewed(sample):
    sample.region = Region(name="Old Valley Task Force", counties=["Yakima"], kind="restart")
    text = letters(sample)["01 Hannah Cole.docx"]
    assert "a partnership being renewed in Yakima County." in text


def test_unsafe_names_become_safe_file_names_and_numbers_keep_their_order(sample):
    sample.members = [
        Member(id=f"p{n}", name=f"Person {n:03d}", status="prospect") for n in range(120)
    ]
    odd = 'CON: "A/B"?'
    sample.members.append(Member(id="odd", name=odd, status="invited"))
    paths = [item.path for item in invitations.invitation_items(sample, TODAY)]
    assert paths[0] == FOLDER + f"001 {safe_file_name(odd, '')}.docx"
    assert "/" not in paths[0].removeprefix(FOLDER)
    assert paths[1] == FOLDER + "002 Person 000.docx"
    assert paths == sorted(paths)
    assert paths[-1].startswith(FOLDER + f"{len(paths):03d} To ")


def test_hostile_text_in_a_personal_letter_comes_back_literally(sample):
    for hostile in HOSTILE:
        project = with_hostile_text(sample, hostile)
        item = invitations.invitation_items(project, TODAY)[0]
        text = all_text(render_to_bytes(item.template, item.context))
        assert f"Dear {text_of(hostile)}," in text
        assert text.count(text_of(hostile)) >= 4  # name, title, organization, coordinator...


def test_a_letter_s_later_pages_carry_who_wrote_it_and_when(sample):
    import io

    import docx

    item = next(i for i in invitations.invitation_items(sample, TODAY) if "Hannah" in i.path)
    document = docx.Document(io.BytesIO(render_to_bytes(item.template, item.context)))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert section.header.paragraphs[0].text == (
        "North Ridge CSEC/Y Task Force, letter of November 28, 2026"
    )
    assert section.first_page_header.paragraphs[0].text == ""


def test_a_typed_greeting_is_how_the_letter_greets_them(sample):
    hannah = next(m for m in sample.members if m.name == "Hannah Cole")
    hannah.salutation = "Dr. Cole"
    assert "Dear Dr. Cole," in letters(sample)["01 Hannah Cole.docx"].split("\n")


def test_the_sign_off_stays_with_the_last_paragraph_and_the_signature(sample):
    """Keep-with-next from the reply paragraph to the name: Word and LibreOffice then move
    the reply, the sign-off and the signature to the next page together, never the
    sign-off alone."""
    import io

    import docx

    for item in invitations.invitation_items(sample, TODAY) + invitations.invitation_items(
        Project(), TODAY
    ):
        document = docx.Document(io.BytesIO(render_to_bytes(item.template, item.context)))
        paragraphs = document.paragraphs
        closing = next(
            n for n, p in enumerate(paragraphs) if p.text == "With thanks and warm regards,"
        )
        reply, sign_off, space, name = paragraphs[closing - 1 : closing + 3]
        assert reply.text.startswith("If you would like to join"), item.path
        assert reply.paragraph_format.keep_together, item.path
        for paragraph in (reply, sign_off, space, name):
            assert paragraph.paragraph_format.keep_with_next, (item.path, paragraph.text)
