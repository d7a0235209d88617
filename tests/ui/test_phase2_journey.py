"""Months after her starter packet, a coordinator reopens her project (Phase 1 done,
written by the program) through File > Open, works through every Phase 2 step by
typing and clicking, and exports the packet: one MOU per member organization with
the details she entered, and her subcommittees in the charter."""

from __future__ import annotations

import io
import shutil
import sys
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QDate, Qt

from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import choose, click_check, type_text
from wizard.documents.common import long_date
from wizard.documents.packet import packet_destination
from wizard.model import clock, reference
from wizard.model.progress import StepState, step_progress
from wizard.model.steps import steps_in_group
from wizard.model.training import SUGGESTED_COURSE
from wizard.storage.project_file import open_project

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "phase1_complete.tfproj"
LEFT = Qt.MouseButton.LeftButton
EXPORT_TIMEOUT_MS = 120_000
"""A ceiling for a stuck export, not a speed requirement."""
PHASE1 = [s.id for s in steps_in_group("phase1")]
PHASE2 = [s.id for s in steps_in_group("phase2")]

EDUCATION = ("First conversations: a trauma-informed response", "Clinic and shelter staff")
EVENT = ("Spotting the signs: an evening for parents", "Parents & caregivers")
ADVOCATES = "Cara Ode and a colleague at Valley Advocacy Network; call 509-555-0190."
CHAIR = ("Judge Mara Quinn", "Superior Court judge", "Kittitas County Superior Court")
WORK_SPLIT = "The chair runs meetings & speaks for us; Dee does everything else."
READY_MADE = [
    ("demand_reduction", "Ana Ruiz, Local law enforcement", "Dev Patel", "Monthly"),
    ("education", "Cara Ode, Community advocates", "Ben Cho", "Every other month"),
]
OWN_COMMITTEE = (
    "Tribal partnerships",
    "Build lasting ties with tribal family programs <and listen first>.",
    "Eli Brooks, Tribal communities",
    "Quarterly",
)
OUTREACH_WHO = "Dee Park"
OUTREACH_TO = "Contact {n} from the county directory"
SIGNATORY = ("Signer {n}", "Director & Chief")
TASK_FORCE_PROMISE = "Host the spring training"
ORGANISATION_PROMISE = "{name} sends a staff member to every meeting"
CONFIDENTIALITY = "Case notes stay with the organization <always>."
TRAINING_PROMISE = "Everyone who attends takes the basic course within six months."
TRAINER = "Jordan Hale, Valley Advocacy Network"


def docx_text(path: Path) -> str:
    """Every paragraph of the body and its tables, as python-docx reads them."""
    document = docx.Document(io.BytesIO(path.read_bytes()))
    parts = [p.text for p in document.paragraphs]

    def tables(found):  # type: ignore[no-untyped-def]
        for table in found:
            for row in table.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    tables(cell.tables)

    tables(document.tables)
    return "\n".join(parts)


# ----- the fixture -----------------------------------------------------------------------


def test_the_fixture_opens_with_phase1_done_and_phase2_not_started():
    project = open_project(FIXTURE, keep_backup=False).project
    for step_id in PHASE1:
        assert step_progress(project, step_id).state is StepState.DONE, step_id
    for step_id in PHASE2:
        assert step_progress(project, step_id).state is StepState.NOT_STARTED, step_id
    assert project.last_step == "phase1_review"


def test_the_fixture_is_what_its_script_writes():
    """The committed fixture must not drift from scripts/make_phase1_fixture.py."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_phase1_fixture
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert open_project(FIXTURE, keep_backup=False).project == make_phase1_fixture.build()


# ----- the journey -----------------------------------------------------------------------


def next_step(qtbot, window, expected: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.next_button, LEFT)
    assert window.current_step() == expected


def set_date(edit, day: date) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.setDate(QDate(day.year, day.month, day.day))


def fill_leadership(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, page.name_edit, CHAIR[0])
    type_text(qtbot, page.role_edit, CHAIR[1])
    type_text(qtbot, page.organisation_edit, CHAIR[2])
    for check in page.duty_checks.values():
        click_check(qtbot, check)
    type_text(qtbot, page.work_split_edit, WORK_SPLIT)


def tick(qtbot, people, text: str) -> None:  # type: ignore[no-untyped-def]
    """Tick a person in a list with the keyboard: move to them, press Space."""
    [item] = people.findItems(text, Qt.MatchFlag.MatchStartsWith)
    people.setFocus()
    people.setCurrentItem(item)
    qtbot.keyClick(people, Qt.Key.Key_Space)


def pick(qtbot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Choose an entry as a mouse user does: open the list, click the entry."""
    combo.showPopup()
    view = combo.view()
    index = combo.model().index(combo.findText(text), 0)
    assert index.isValid(), text
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text
    combo.window().activateWindow()  # a desktop gives the window its focus back; offscreen, we do
    qtbot.waitUntil(combo.window().isActiveWindow)


def close_suggestions(qtbot, edit) -> None:  # type: ignore[no-untyped-def]
    """Typing a name the roster knows pops up a suggestion; she presses Escape and goes on."""
    completer = edit.completer()
    if completer is not None and completer.popup().isVisible():
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not completer.popup().isVisible())
    edit.window().activateWindow()  # a desktop gives the window its focus back; offscreen, we do
    qtbot.waitUntil(edit.window().isActiveWindow)


def fill_subcommittees(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """The two ready-made ones with one click each, and one of her own."""
    for number, (key, chair, member, meets) in enumerate(READY_MADE):
        qtbot.mouseClick(page.suggestion_buttons[key], LEFT)
        row = page.rows[number]
        pick(qtbot, row.chair_combo, chair)
        tick(qtbot, row.members_list, member)
        type_text(qtbot, row.meets_edit, meets)
    qtbot.mouseClick(page.add_button, LEFT)
    row = page.rows[-1]
    name, charge, chair, meets = OWN_COMMITTEE
    type_text(qtbot, row.name_edit, name)
    type_text(qtbot, row.charge_edit, charge)
    pick(qtbot, row.chair_combo, chair)
    type_text(qtbot, row.meets_edit, meets)


def fill_missing_voices(qtbot, page) -> list[str]:  # type: ignore[no-untyped-def]
    """An outreach plan for every sector still missing from the roster."""
    sectors = [row.sector_id for row in page.rows if row.level == "membership"]
    for number, sector in enumerate(sectors):

        def row(sector: str = sector):  # type: ignore[no-untyped-def]
            [found] = [r for r in page.rows if r.sector_id == sector and r.level == "membership"]
            return found

        type_text(qtbot, row().who_edit, OUTREACH_WHO)
        close_suggestions(qtbot, row().who_edit)
        type_text(qtbot, row().to_whom_edit, OUTREACH_TO.format(n=number + 1))
        click_check(qtbot, row().date_check)
        if number == 0:
            choose(qtbot, row().status_combo, "Contacted")
    return sectors


def fill_mous(qtbot, page) -> list[str]:  # type: ignore[no-untyped-def]
    """Every member organization's agreement: signed today for a year, with its signatory,
    what each side does, what stays confidential, a figure shared and a training promise."""
    names = []
    for row in range(page.tracker.rowCount()):
        rect = page.table.visualRect(page.tracker.index(row, 0))
        qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
        name = page.tracker.data(page.tracker.index(row, 0))
        names.append(name)
        choose(qtbot, page.status_combo, "Signed")
        click_check(qtbot, page.signed_check)
        click_check(qtbot, page.ends_check)
        page.ends_edit.setFocus()
        qtbot.keyClick(page.ends_edit, Qt.Key.Key_End)  # to the year
        qtbot.keyClick(page.ends_edit, Qt.Key.Key_Up)  # a year on
        type_text(qtbot, page.signatory_name_edit, SIGNATORY[0].format(n=row + 1))
        type_text(qtbot, page.signatory_title_edit, SIGNATORY[1])
        type_text(qtbot, page.task_force_edit, TASK_FORCE_PROMISE)
        type_text(qtbot, page.organisation_edit, ORGANISATION_PROMISE.format(name=name))
        type_text(qtbot, page.confidentiality_edit, CONFIDENTIALITY)
        click_check(qtbot, page.data_checks["youth_referred"])
        type_text(qtbot, page.training_edit, TRAINING_PROMISE)
    return names


def fill_training(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    click_check(qtbot, page.yes_radio)
    type_text(qtbot, page.trainer_name_edit, TRAINER)
    qtbot.mouseClick(page.add_button, LEFT)
    choose(qtbot, page.title_combo, SUGGESTED_COURSE)
    click_check(qtbot, page.date_check)  # held today
    type_text(qtbot, page.trainer_edit, TRAINER)
    page.attendees_list.setFocus()
    for row in range(page.attendees_list.count()):
        item = page.attendees_list.item(row)
        if "· " not in item.text():  # members only, not the prospect
            page.attendees_list.setCurrentItem(item)
            qtbot.keyClick(page.attendees_list, Qt.Key.Key_Space)


def add_activity(qtbot, page, button, topic: str, audience: str, came: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, LEFT)
    type_text(qtbot, page.topic_edit, topic)
    click_check(qtbot, page.date_check)
    set_date(page.date_edit, date(2026, 4, 2))
    type_text(qtbot, page.audience_edit, audience)
    type_text(qtbot, page.led_by_edit, "Valley Advocacy Network")
    type_text(qtbot, page.attendance_edit, came)


def fill_activities(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    add_activity(qtbot, page, page.add_education_button, *EDUCATION, "18")
    add_activity(qtbot, page, page.add_event_button, *EVENT, "41")
    choose(qtbot, page.kind_combo, "Community event")
    type_text(qtbot, page.advocates_edit, ADVOCATES)


@pytest.mark.gui
def test_phase2_typed_through_and_exported(qtbot, make_window, tmp_path):
    project_file = tmp_path / "upper-valley.tfproj"
    shutil.copy(FIXTURE, project_file)
    out = tmp_path / "packets"
    out.mkdir()
    dialogs = FakeDialogs(open_paths=[project_file], export_folders=[out])
    window = make_window(dialogs)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # File > Open
    assert dialogs.kinds() == ["open"]
    assert window.current_step() == "phase1_review"  # where she left off
    project = window.session.project

    next_step(qtbot, window, "leadership")
    fill_leadership(qtbot, window.pages["leadership"])
    chair = project.chair
    assert (chair.contact.name, chair.role, chair.contact.organisation) == CHAIR
    assert chair.work_split == WORK_SPLIT
    assert step_progress(project, "leadership").state is StepState.DONE

    next_step(qtbot, window, "subcommittees")
    fill_subcommittees(qtbot, window.pages["subcommittees"])
    committees = project.subcommittees
    assert [c.name for c in committees] == ["Demand reduction", "Education", OWN_COMMITTEE[0]]
    names = {m.id: m.name for m in project.members}
    assert [names[c.chair_member_id] for c in committees] == ["Ana Ruiz", "Cara Ode", "Eli Brooks"]
    assert [sorted(names[i] for i in c.member_ids) for c in committees] == [
        ["Dev Patel"],  # the chair sits by being chair, not by a tick
        ["Ben Cho"],
        [],
    ]
    assert step_progress(project, "subcommittees").state is StepState.DONE

    next_step(qtbot, window, "missing_voices")
    sectors = fill_missing_voices(qtbot, window.pages["missing_voices"])
    assert len(sectors) == 8  # the fixture's roster covers 5 of the 13 sectors
    plans = project.outreach
    assert [(p.sector, p.level) for p in plans] == [(s, "membership") for s in sectors]
    assert all(p.who_reaches_out == OUTREACH_WHO and p.due_on is not None for p in plans)
    assert [p.status for p in plans] == ["contacted"] + ["planned"] * 7
    assert step_progress(project, "missing_voices").state is StepState.DONE

    next_step(qtbot, window, "mous")
    organisations = fill_mous(qtbot, window.pages["mous"])
    assert len(organisations) == 5
    assert len(project.mous) == 5
    for mou in project.mous:
        assert mou.status == "signed" and mou.signed_on == clock.today()
        assert mou.ends_on is not None and mou.ends_on > mou.signed_on
        assert mou.data_shared == ["youth_referred"]
    assert step_progress(project, "mous").state is StepState.DONE

    next_step(qtbot, window, "training")
    fill_training(qtbot, window.pages["training"])
    [training] = project.training.trainings
    assert training.title == SUGGESTED_COURSE and training.held_on == clock.today()
    assert len(training.attendee_member_ids) == 5
    assert step_progress(project, "training").state is StepState.DONE

    next_step(qtbot, window, "activities")
    fill_activities(qtbot, window.pages["activities"])
    assert [(a.kind, a.topic, a.attendance) for a in project.activities] == [
        ("provider_education", EDUCATION[0], 18),
        ("community_event", EVENT[0], 41),
    ]
    assert project.community_advocates == ADVOCATES
    assert step_progress(project, "activities").state is StepState.DONE

    next_step(qtbot, window, "phase2_review")
    review = window.pages["phase2_review"]
    for step_id in PHASE2:
        assert window.navigator.state_of(step_id) == "done", step_id
        if step_id != "phase2_review":
            assert review.sections[step_id].state_label.text() == "Done", step_id
            assert not review.sections[step_id].missing_label.isVisible()
    assert review.summary_label.text().startswith("All 6 Phase 2 steps are done.")
    qtbot.mouseClick(review.export_button, LEFT)
    assert window.current_step() == "export"
    export = window.pages["export"]
    qtbot.mouseClick(export.export_button, LEFT)
    qtbot.waitUntil(lambda: export.job is None, timeout=EXPORT_TIMEOUT_MS)
    folder = packet_destination(project, out, clock.today())
    assert (folder / "01 Charter.docx").is_file()
    charter = docx_text(folder / "01 Charter.docx")
    for committee in committees:
        for entered in (committee.name, committee.charge, names[committee.chair_member_id]):
            assert entered in charter, entered
        assert committee.meets in charter
    assert CHAIR[0] in charter and WORK_SPLIT in charter

    assert TRAINER in docx_text(folder / "08 Training plan.docx")
    outreach = docx_text(folder / "07 Outreach plan.docx")
    assert OUTREACH_TO.format(n=1) in outreach and OUTREACH_TO.format(n=8) in outreach

    mous = sorted((folder / "06 MOUs").glob("*.docx"))
    assert len(mous) == len(organisations) == 5  # one per member organization
    wordings = {figure.id: figure.wording for figure in reference.shared_figures()}
    for number, (path, name) in enumerate(zip(mous, organisations, strict=True), start=1):
        assert path.stem == f"{number:02d} {name}"  # both lists go by name
        text = docx_text(path)
        assert name in text
        signer = SIGNATORY[0].format(n=number)
        [mou] = [m for m in project.mous if project.organisation(m.organisation_id).name == name]
        assert f"ends on {long_date(mou.ends_on)}" in text
        for entered in (
            signer,
            SIGNATORY[1],
            TASK_FORCE_PROMISE,
            ORGANISATION_PROMISE.format(name=name),
            CONFIDENTIALITY,
            wordings["youth_referred"],
            TRAINING_PROMISE,
        ):
            assert entered in text, (path.name, entered)

    # Saved with Ctrl+S over the file she opened, Phase 2 is there next time.
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified(), dialogs.asked
    assert dialogs.kinds() == ["open", "export_folder", "progress"]
    assert open_project(project_file, keep_backup=False).project == project
