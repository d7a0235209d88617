"""The MOUs step, driven through its real widgets: the tracker, the editor, inline date
problems, the expiry flag, and the details reaching the MOU document."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from tests.documents.test_every_document import all_text
from tests.ui.helpers import (
    choose,
    click_check,
    click_navigator,
    press,
    type_new_project,
    type_text,
)
from wizard.documents import mou as mou_document
from wizard.documents.render import render_to_bytes
from wizard.model import reference
from wizard.model.mous import STATUS_LABELS
from wizard.model.project import Member, Mou, Organisation
from wizard.ui.pages.mous import MousPage

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 11, 28)
"""The sample project's date: the sheriff's MOU ends 48 days later."""


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(MousPage, "today", staticmethod(lambda: TODAY))


def open_sample(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    click_navigator(qtbot, window, "mous")
    page = window.pages["mous"]
    assert isinstance(page, MousPage) and window.page_stack.currentWidget() is page
    return window, page


def open_new(qtbot, make_window, dialogs, organisations=(), members=()):
    """A new project, with organizations and members put on its roster beforehand."""
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Agreements TF", ["Clark"])
    window.session.project.organisations.extend(organisations)
    window.session.project.members.extend(members)
    click_navigator(qtbot, window, "mous")
    return window, window.pages["mous"]


def cell(page, row, column, role=Qt.ItemDataRole.DisplayRole):
    return page.tracker.data(page.tracker.index(row, column), role)


def row_texts(page):
    return [
        [cell(page, row, column) for column in range(page.tracker.columnCount())]
        for row in range(page.tracker.rowCount())
    ]


def click_row(qtbot, page, row):
    rect = page.table.visualRect(page.tracker.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())


def test_the_tracker_shows_every_member_organization_at_once(qtbot, make_window, dialogs):
    window, page = open_sample(qtbot, make_window, dialogs)
    assert row_texts(page) == [
        [
            "DCYF Child Protective Services, Riverbend office",
            "Sent",
            "",
            "",
            "",
            "Janet Olsen, Area Administrator",
        ],
        [
            "North Ridge County Sheriff's Office",
            "Signed",
            "Jan 16, 2026",
            "Jan 15, 2027",
            "Ends in 48 days",
            "Carla Nguyen, Sheriff",
        ],
        ["North Ridge Prosecuting Attorney's Office", "Not started", "", "", "", ""],
        ["North Ridge Public Health", "Drafted", "", "", "", "Dr. Nora Webb, Health Officer"],
        ["Open Door Advocacy Center", "Not started", "", "", "", ""],
        [
            "Riverbend School District",
            "Drafted",
            "",
            "",
            "",
            "Dr. Alan Price, Superintendent",
        ],
        [
            "Riverbend Youth Haven",
            "Signed",
            "Apr 1, 2026",
            "Mar 31, 2028",
            "",
            "Marisol Grant, Executive Director",
        ],
    ]  # not Valley Community Clinic: its only person is invited, not a member yet
    assert page.tracker.headerData(4, Qt.Orientation.Horizontal) == "Note"
    background = cell(page, 1, 4, Qt.ItemDataRole.BackgroundRole)
    assert background.color() == QColor("#fff4ce")
    assert page.summary.text() == "2 of 7 signed and in effect. 1 ends within 60 days."
    assert page.table.currentIndex().row() == 0
    heading = "Agreement with DCYF Child Protective Services, Riverbend office"
    assert page.editor_heading.text() == heading
    assert not window.isWindowModified()  # looking changes nothing


def test_an_agreement_past_its_end_date_is_flagged_ended(qtbot, make_window, dialogs, monkeypatch):
    monkeypatch.setattr(MousPage, "today", staticmethod(lambda: date(2027, 1, 16)))
    _window, page = open_sample(qtbot, make_window, dialogs)
    assert cell(page, 1, 4) == "Ended"
    assert cell(page, 1, 1) == "Signed"  # the stored status is the user's to change
    click_row(qtbot, page, 1)
    assert page.expiry_note.isVisible()
    assert "ended on Jan 15, 2027" in page.expiry_note.text()


def test_the_editor_shows_the_selected_agreement_and_warns_before_it_ends(
    qtbot, make_window, dialogs
):
    _window, page = open_sample(qtbot, make_window, dialogs)
    click_row(qtbot, page, 1)
    assert page.editor_heading.text() == "Agreement with North Ridge County Sheriff's Office"
    assert page.status_combo.currentText() == "Signed"
    assert page.signed_check.isChecked() and page.ends_check.isChecked()
    assert page.ends_edit.date().toPython() == date(2027, 1, 15)
    assert page.signatory_name_edit.text() == "Carla Nguyen"
    assert "ends in 48 days, on Jan 15, 2027" in page.expiry_note.text()
    assert not page.signed_problem.isVisible() and not page.ends_problem.isVisible()
    click_row(qtbot, page, 3)
    health = page.project.mous[0]
    assert page.organisation_edit.toPlainText() == health.organisation_commitments
    assert [f for f, check in page.data_checks.items() if check.isChecked()] == [
        "staff_trained",
        "youth_referred",
    ]
    assert not page.expiry_note.isVisible()


def test_first_edit_creates_the_record_and_suggestions_stay_placeholders(
    qtbot, make_window, dialogs
):
    window, page = open_new(
        qtbot,
        make_window,
        dialogs,
        [Organisation(id="o1", name="Harbor Police", sector="law_enforcement")],
        [Member(name="Kim", organisation_id="o1", sector="law_enforcement", status="member")],
    )
    project = window.session.project
    assert [row.name for row in page.tracker.rows] == ["Harbor Police"]
    assert project.mous == []  # selected, not yet edited
    for edit in (
        page.task_force_edit,
        page.organisation_edit,
        page.confidentiality_edit,
        page.training_edit,
    ):
        assert edit.placeholderText() and edit.toPlainText() == ""
    type_text(qtbot, page.signatory_name_edit, "Chief Rivera")
    [record] = project.mous
    assert (record.organisation_id, record.signatory_name) == ("o1", "Chief Rivera")
    assert record.confidentiality == "" and record.task_force_commitments == ""
    assert record.training_commitment == "" and record.data_shared == []
    assert window.isWindowModified()
    assert cell(page, 0, 5) == "Chief Rivera"


def test_signed_needs_a_date_and_the_end_cannot_come_first(qtbot, make_window, dialogs):
    window, page = open_new(
        qtbot,
        make_window,
        dialogs,
        [Organisation(id="o1", name="Harbor Police")],
        [Member(name="Kim", organisation_id="o1", status="member")],
    )
    choose(qtbot, page.status_combo, STATUS_LABELS["signed"])
    [record] = window.session.project.mous
    assert record.status == "signed"
    assert page.signed_problem.isVisible()
    assert "date it was signed" in page.signed_problem.text()
    assert window.navigator.state_of("mous") == "in progress"
    click_check(qtbot, page.signed_check)
    assert record.signed_on == TODAY  # the date box starts at today
    assert not page.signed_problem.isVisible()
    assert window.navigator.state_of("mous") == "done"
    click_check(qtbot, page.ends_check)
    assert record.ends_on == TODAY and not page.ends_problem.isVisible()
    assert cell(page, 0, 4) == "Ends today"
    page.ends_edit.setFocus()
    qtbot.keyClick(page.ends_edit, Qt.Key.Key_Down)  # the month goes back by one
    assert record.ends_on == date(2026, 10, 28)
    assert page.ends_problem.isVisible()
    assert "before" in page.ends_problem.text()
    assert record.ends_on == date(2026, 10, 28)  # what she entered is kept, only flagged
    assert window.navigator.state_of("mous") == "in progress"
    click_check(qtbot, page.ends_check)
    assert record.ends_on is None and not page.ends_problem.isVisible()


def test_every_detail_entered_reaches_the_mou_document(qtbot, make_window, dialogs):
    window, page = open_new(
        qtbot,
        make_window,
        dialogs,
        [Organisation(id="o1", name="Harbor Police", sector="law_enforcement")],
        [Member(name="Kim", organisation_id="o1", sector="law_enforcement", status="member")],
    )
    choose(qtbot, page.status_combo, STATUS_LABELS["signed"])
    click_check(qtbot, page.signed_check)
    click_check(qtbot, page.ends_check)
    page.ends_edit.setFocus()
    qtbot.keyClick(page.ends_edit, Qt.Key.Key_End)  # to the year
    qtbot.keyClick(page.ends_edit, Qt.Key.Key_Up)  # a year on
    type_text(qtbot, page.signatory_name_edit, "Chief Rivera")
    type_text(qtbot, page.signatory_title_edit, "Chief of Police")
    type_text(qtbot, page.task_force_edit, "Host the spring training")
    type_text(qtbot, page.organisation_edit, "Send a detective")
    qtbot.keyClick(page.organisation_edit, Qt.Key.Key_Return)
    type_text(qtbot, page.organisation_edit, "Share counts each quarter")
    type_text(qtbot, page.confidentiality_edit, "Case files stay at the station & nowhere else.")
    click_check(qtbot, page.data_checks["buyers_arrested"])
    click_check(qtbot, page.data_checks["meeting_attendance"])
    type_text(qtbot, page.training_edit, "Every officer on the task force takes basic training.")
    [record] = window.session.project.mous
    assert record.data_shared == ["meeting_attendance", "buyers_arrested"]  # the list's order
    assert record.ends_on == date(2027, 11, 28)
    assert page.data_note.text().startswith("Counts only")

    [item] = mou_document.mou_items(window.session.project, TODAY)
    context = item.context
    assert context["signatory"] == "Chief Rivera"
    assert context["signatory_title"] == "Chief of Police"
    assert context["task_force_commitments"] == ["Host the spring training"]
    assert context["organization_commitments"] == ["Send a detective", "Share counts each quarter"]
    assert context["more_confidentiality"] == "Case files stay at the station & nowhere else."
    wordings = {figure.id: figure.wording for figure in reference.shared_figures()}
    assert context["data_shared"] == [wordings["meeting_attendance"], wordings["buyers_arrested"]]
    assert context["training"] == "Every officer on the task force takes basic training."
    assert context["term"] == (
        "This memorandum takes effect on November 28, 2026 and ends on November 28, 2027"
    )
    text = all_text(render_to_bytes(item.template, item.context))
    for typed in ("Chief Rivera", "Chief of Police", "Share counts each quarter", "& nowhere"):
        assert typed in text
    assert wordings["buyers_arrested"] in text


def test_unticking_a_figure_and_figures_from_the_file_are_kept(qtbot, make_window, dialogs):
    window, page = open_new(
        qtbot,
        make_window,
        dialogs,
        [Organisation(id="o1", name="Harbor Police")],
        [Member(name="Kim", organisation_id="o1", status="member")],
    )
    window.session.project.mous.append(
        Mou(organisation_id="o1", data_shared=["staff_trained", "Bed nights & meals"])
    )
    click_navigator(qtbot, window, "members")
    click_navigator(qtbot, window, "mous")
    [(own, text)] = page.own_checks
    assert text == "Bed nights & meals" and own.isChecked()
    assert own.text() == "Bed nights && meals"  # shown with its '&', not as a shortcut
    click_check(qtbot, page.data_checks["staff_trained"])
    record = window.session.project.mous[0]
    assert record.data_shared == ["Bed nights & meals"]
    click_check(qtbot, own)
    assert record.data_shared == []
    assert page.data_note.text().startswith("None ticked")


def test_no_member_organizations_offers_the_roster(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    assert page.empty_label.isVisible() and page.roster_button.isVisible()
    assert not page.table.isVisible() and not page.editor_box.isVisible()
    qtbot.mouseClick(page.roster_button, LEFT)
    assert window.current_step() == "members"
    assert window.session.project.mous == []


def test_keyboard_reaches_every_field(qtbot, make_window, dialogs):
    _window, page = open_sample(qtbot, make_window, dialogs)
    labels = [label for label in page.findChildren(QLabel) if not label.text().startswith("<")]
    assert len([label for label in labels if label.buddy() is not None]) == 12
    for label in labels:
        if "&" in label.text().replace("&&", "") and label.buddy() is None:
            pytest.fail(f"label {label.text()!r} has a mnemonic but no buddy")
    assert page.data_label.buddy() is page.data_checks["meeting_attendance"]
    chain = [page.confidentiality_edit]
    widget = page.confidentiality_edit
    for _ in range(len(page.data_checks) + 1):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain[1:-1] == list(page.data_checks.values())
    assert chain[-1] is page.training_edit
    for check in page.data_checks.values():
        assert check.accessibleName().startswith("Shares: ")


def test_contact_roles_approval_and_the_joint_mou_reach_the_documents(qtbot, make_window, dialogs):
    window, page = open_new(
        qtbot,
        make_window,
        dialogs,
        [Organisation(id="o1", name="Harbor Schools", sector="schools")],
        [
            Member(id="k", name="Kim", organisation_id="o1", status="member", email="k@x.org"),
            Member(
                id="j", name="Jo Park", title="Counselor", organisation_id="o1", status="member"
            ),
            Member(id="l", name="Lee", organisation_id="o1", status="left"),
        ],
    )
    project = window.session.project
    assert [page.contact_combo.itemText(n) for n in range(page.contact_combo.count())] == [
        "Kim",
        "Jo Park, Counselor",
    ]  # not Lee, who left
    assert page.contact_combo.currentText() == "Kim"  # the first member, until she picks
    usual = reference.sector_roles()["schools"]
    assert usual[0] in page.roles_edit.placeholderText()
    assert page.roles_edit.toPlainText() == "" and project.mous == []
    choose(qtbot, page.contact_combo, "Jo Park, Counselor")
    [record] = project.mous
    assert record.contact_member_id == "j"

    type_text(qtbot, page.roles_edit, "Run a yearly assembly")
    press(qtbot, page.roles_button)  # the usual roles come first, her own line stays
    assert record.roles.split("\n") == [*usual, "Run a yearly assembly"]

    assert not page.approval_body_edit.isEnabled()
    click_check(qtbot, page.approval_check)
    assert record.needs_approval and page.approval_body_edit.isEnabled()
    type_text(qtbot, page.approval_body_edit, "the School Board")
    assert record.approval_body == "the School Board"

    assert page.options_box.isVisible()
    click_check(qtbot, page.all_members_check)
    type_text(qtbot, page.host_edit, "Harbor Youth & Family")
    assert project.mou_options.all_members
    assert project.mou_options.host_agent == "Harbor Youth & Family"
    assert window.isWindowModified()

    [single] = mou_document.mou_items(project, TODAY)
    text = all_text(render_to_bytes(single.template, single.context))
    assert "For the organization: Jo Park, Counselor" in text
    assert "Run a yearly assembly" in text and usual[1] in text
    assert "Approved by the School Board" in text
    assert "For Harbor Youth & Family, host or fiscal agent" in text
    [joint] = mou_document.all_members_items(project, TODAY)
    joint_text = all_text(render_to_bytes(joint.template, joint.context))
    assert "For Harbor Schools\n" in joint_text and "Approved by the School Board" in joint_text

    click_check(qtbot, page.all_members_check)
    assert mou_document.all_members_items(project, TODAY) == []


def test_an_organization_with_nobody_on_the_roster_has_no_contact_to_choose(
    qtbot, make_window, dialogs
):
    window, page = open_new(
        qtbot,
        make_window,
        dialogs,
        [Organisation(id="o1", name="Clinic")],
        [Member(name="Kim", organisation_id="o1", status="member")],
    )
    window.session.project.mous.append(Mou(organisation_id="o1"))
    window.session.project.members.clear()  # an agreement on file keeps it in the table
    page.show_project()
    assert not page.contact_combo.isEnabled()
    assert page.contact_combo.currentText() == "Nobody from this organization is on the roster yet"
    assert "Add someone from this organization" in page.contact_note.text()


def test_only_invited_people_leave_the_contact_to_choose(qtbot, make_window, dialogs):
    window, page = open_new(
        qtbot,
        make_window,
        dialogs,
        [Organisation(id="o1", name="Clinic")],
        [Member(id="a", name="Ana", organisation_id="o1", status="invited")],
    )
    window.session.project.mous.append(Mou(organisation_id="o1"))
    page.show_project()
    assert page.contact_combo.isEnabled() and page.contact_combo.currentIndex() == -1
    assert page.contact_note.text().startswith("Nobody from this organization is a member")
    choose(qtbot, page.contact_combo, "Ana")
    assert window.session.project.mous[0].contact_member_id == "a"
    assert page.contact_note.text() == "The MOU prints their email and phone from the roster."


def test_a_very_long_contact_name_does_not_widen_the_page(qtbot, make_window, dialogs):
    long_name = "Alexandra " * 30
    _window, page = open_new(
        qtbot,
        make_window,
        dialogs,
        [Organisation(id="o1", name="Clinic")],
        [Member(name=long_name.strip(), organisation_id="o1", status="member")],
    )
    assert page.contact_combo.currentText() == long_name.strip()
    assert page.contact_combo.sizeHint().width() < 400
