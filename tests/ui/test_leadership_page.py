"""The leadership step, driven through its real widgets: the chair, the chair's duties,
the link to the roster and how the coordinator and the chair share the work."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.helpers import (
    choose,
    click_check,
    click_navigator,
    press,
    type_new_project,
    type_text,
)
from wizard.documents import charter
from wizard.model import reference
from wizard.model.project import Member, Organisation
from wizard.ui.pages.leadership import LeadershipPage

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
DUTIES = reference.chair_duties()


def open_new(qtbot, make_window, dialogs, organisations=(), members=()):
    """A new project, with organizations and members put on its roster beforehand."""
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Leaders TF", ["Yakima"])
    window.session.project.organisations.extend(organisations)
    window.session.project.members.extend(members)
    click_navigator(qtbot, window, "leadership")
    page = window.pages["leadership"]
    assert isinstance(page, LeadershipPage) and window.page_stack.currentWidget() is page
    return window, page


def test_typing_the_chair_fills_the_model_and_the_step_gets_done(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    assert window.navigator.state_of("leadership") == "not started"
    type_text(qtbot, page.name_edit, "Judge Rosa Díaz")
    type_text(qtbot, page.role_edit, "Superior Court judge")
    type_text(qtbot, page.organisation_edit, "Yakima County Superior Court")
    type_text(qtbot, page.phone_edit, "509-555-0100")
    chair = window.session.project.chair
    assert chair.contact.name == "Judge Rosa Díaz"
    assert chair.role == "Superior Court judge"
    assert chair.contact.organisation == "Yakima County Superior Court"
    assert chair.contact.phone == "509-555-0100"
    assert window.isWindowModified()
    assert window.navigator.state_of("leadership") == "in progress"
    for duty in DUTIES:
        click_check(qtbot, page.duty_checks[duty.id])
    assert chair.duties == [duty.id for duty in DUTIES]
    type_text(qtbot, page.work_split_edit, "The chair runs meetings; I do the rest.")
    assert chair.work_split == "The chair runs meetings; I do the rest."
    assert window.navigator.state_of("leadership") == "done"


def test_duties_are_stored_in_the_reference_order_and_ticked_by_keyboard(
    qtbot, make_window, dialogs
):
    window, page = open_new(qtbot, make_window, dialogs)
    last, first = page.duty_checks[DUTIES[-1].id], page.duty_checks[DUTIES[0].id]
    for check in (last, first):
        check.setFocus()
        qtbot.keyClick(check, Qt.Key.Key_Space)
    assert window.session.project.chair.duties == [DUTIES[0].id, DUTIES[-1].id]
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert window.session.project.chair.duties == [DUTIES[-1].id]


def test_a_mistyped_email_is_pointed_out_inline_and_kept(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    type_text(qtbot, page.email_edit, "rosa.diaz.court.org")
    assert page.email_problem.isVisible()
    assert "@" in page.email_problem.text()
    assert window.session.project.chair.contact.email == "rosa.diaz.court.org"
    assert dialogs.asked == []
    page.email_edit.clear()
    type_text(qtbot, page.email_edit, "rdiaz@example.org")
    assert not page.email_problem.isVisible()


def test_linking_the_chair_to_the_roster_fills_only_blanks_and_names_the_sector(
    qtbot, make_window, dialogs
):
    court = Organisation(id="o-court", name="Tribal Court", sector="tribal")
    judge = Member(
        id="m-j",
        name="Sam Whitecloud",
        organisation_id="o-court",
        sector="tribal",
        status="member",
        email="sam@example.org",
    )
    gone = Member(id="m-g", name="Gone Person", status="left")
    window, page = open_new(qtbot, make_window, dialogs, [court], [judge, gone])
    entries = [page.roster_combo.itemText(i) for i in range(page.roster_combo.count())]
    assert entries == ["Not on the roster", "Sam Whitecloud, Tribal Court"]  # not who left
    type_text(qtbot, page.name_edit, "Judge Sam Whitecloud")
    choose(qtbot, page.roster_combo, "Sam Whitecloud, Tribal Court")
    chair = window.session.project.chair
    assert chair.member_id == "m-j"
    assert chair.contact.name == "Judge Sam Whitecloud"  # what was typed stays
    assert chair.contact.organisation == "Tribal Court"
    assert chair.contact.email == "sam@example.org"
    assert page.organisation_edit.text() == "Tribal Court"
    assert page.email_edit.text() == "sam@example.org"
    assert page.roster_note.isVisible()
    assert "Tribal communities" in page.roster_note.text()
    choose(qtbot, page.roster_combo, "Not on the roster")
    assert chair.member_id is None
    assert "Tribal communities" in page.roster_note.text()  # by the organization's name


def test_an_unlinked_chair_without_a_known_organization_gets_a_hint(qtbot, make_window, dialogs):
    _window, page = open_new(qtbot, make_window, dialogs)
    assert not page.roster_note.isVisible()  # nothing typed yet: nothing to say
    type_text(qtbot, page.organisation_edit, "Superior Court")
    assert page.roster_note.isVisible()
    assert "roster" in page.roster_note.text()


def test_the_shared_duties_are_recalled_and_the_button_leads_to_them(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    assert "None of the coordinator's duties is marked as shared" in page.shared_label.text()
    window.session.project.coordinator.duties = {"align_with_chair": "shared", "events": "others"}
    click_navigator(qtbot, window, "what_is")
    click_navigator(qtbot, window, "leadership")
    text = page.shared_label.text()
    assert "• Agree on priorities with the chair" in text
    assert "Set up events" not in text
    press(qtbot, page.coordinator_button)
    assert window.current_step() == "coordinator"


def test_the_work_split_reaches_the_charter(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    type_text(qtbot, page.work_split_edit, "We meet monthly & split the agenda.")
    context = charter.build_context(window.session.project, date(2026, 11, 28))
    assert context["has_work_split"] is True
    assert context["work_split"] == "We meet monthly & split the agenda."


def test_the_page_shows_a_reopened_project_and_tab_moves_in_reading_order(
    qtbot, make_window, dialogs
):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    click_navigator(qtbot, window, "leadership")
    page = window.pages["leadership"]
    sample = window.session.project
    assert page.name_edit.text() == sample.chair.contact.name == "Judge Ellen Park"
    assert page.role_edit.text() == "Superior Court judge"
    assert page.work_split_edit.toPlainText() == sample.chair.work_split
    ticked = [d for d, check in page.duty_checks.items() if check.isChecked()]
    assert ticked == sample.chair.duties
    assert page.roster_combo.currentText() == "Not on the roster"
    assert not window.isWindowModified()  # showing is not editing
    chain = [page.name_edit, page.role_edit, page.organisation_edit, page.email_edit]
    chain += [page.phone_edit, page.roster_combo, *page.duty_checks.values()]
    chain += [page.coordinator_button, page.work_split_edit]
    chain[0].setFocus()
    for expected in chain[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected


def test_fields_have_mnemonic_labels_and_accessible_names(qtbot, make_window, dialogs):
    _window, page = open_new(qtbot, make_window, dialogs)
    buddies = {label.buddy(): label for label in page.findChildren(QLabel) if label.buddy()}
    for field in (
        page.name_edit,
        page.role_edit,
        page.organisation_edit,
        page.email_edit,
        page.phone_edit,
        page.roster_combo,
        page.work_split_edit,
    ):
        assert "&" in buddies[field].text(), field.objectName()
        assert field.accessibleName()
    for check in page.duty_checks.values():
        assert check.accessibleName().startswith("Chair's duty: ")
