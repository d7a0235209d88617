"""The coordinator step, driven through its real widgets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import choose, click_check, click_navigator, type_new_project, type_text
from wizard.model import reference

pytestmark = pytest.mark.gui

DUTIES = [duty.id for duty in reference.coordinator_duties()]
LEFT = Qt.MouseButton.LeftButton


def open_page(qtbot, make_window, dialogs, name="Coordinated"):
    window = make_window(dialogs)
    type_new_project(qtbot, window, name, ["Yakima"])
    click_navigator(qtbot, window, "coordinator")
    return window, window.pages["coordinator"]


def set_hours(qtbot, page, text: str) -> None:
    spin = page.hours_spin
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, spin, text)


def fill_everything(qtbot, page) -> None:
    click_check(qtbot, page.found_radio)
    type_text(qtbot, page.name_edit, "Avery Brooks")
    type_text(qtbot, page.organisation_edit, "Riverbend Youth Haven")
    type_text(qtbot, page.email_edit, "abrooks@example.org")
    type_text(qtbot, page.phone_edit, "509-555-0142")
    click_check(qtbot, page.position_radios["paid_part_time"])
    set_hours(qtbot, page, "24")
    click_check(qtbot, page.funding_radios["other"])
    type_text(qtbot, page.other_edit, "Community foundation & county match")
    for duty_id in DUTIES:
        click_check(qtbot, page.duty_radios[duty_id]["coordinator"])
    click_check(qtbot, page.duty_radios["align_with_chair"]["shared"])
    click_check(qtbot, page.duty_radios["events"]["others"])
    type_text(qtbot, page.reports_to_edit, "The chair")
    page.qualifications_edit.setFocus()
    type_text(qtbot, page.qualifications_edit, "Knows the county's youth services")


def test_an_empty_project_shows_no_answers(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    assert not page.found_radio.isChecked() and not page.not_yet_radio.isChecked()
    assert not page.contact_widget.isEnabled()
    assert not any(r.isChecked() for r in page.position_radios.values())
    assert page.hours_spin.value() == 0 and page.hours_spin.text() == "Not set"
    assert not any(r.isChecked() for r in page.funding_radios.values())
    assert not page.other_widget.isVisible()
    assert not any(r.isChecked() for radios in page.duty_radios.values() for r in radios.values())
    assert "12 duties not decided" in page.duties_note.text()
    assert "King County" in page.findChild(QLabel, "whyLabel").text()
    assert window.navigator.state_of("coordinator") == "not started"


def test_filling_every_answer_finishes_the_step(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    fill_everything(qtbot, page)
    c = window.session.project.coordinator
    assert c.identified is True
    assert c.contact.name == "Avery Brooks"
    assert c.contact.organisation == "Riverbend Youth Haven"
    assert c.contact.email == "abrooks@example.org"
    assert c.contact.phone == "509-555-0142"
    assert c.position == "paid_part_time"
    assert c.hours_per_week == Decimal(24)
    assert (c.funding, c.funding_other) == ("other", "Community foundation & county match")
    assert len(c.duties) == 12
    assert c.duties["align_with_chair"] == "shared"
    assert c.duties["events"] == "others"
    assert c.duties["schedule_meetings"] == "coordinator"
    assert c.reports_to == "The chair"
    assert c.qualifications == "Knows the county's youth services"
    assert not page.duties_note.isVisible()
    assert window.navigator.state_of("coordinator") == "done"
    assert window.isWindowModified()


def test_not_yet_keeps_what_was_typed(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    click_check(qtbot, page.found_radio)
    assert page.contact_widget.isEnabled()
    type_text(qtbot, page.name_edit, "Maybe Morgan")
    click_check(qtbot, page.not_yet_radio)
    c = window.session.project.coordinator
    assert c.identified is False
    assert not page.name_edit.isEnabled() and not page.email_edit.isEnabled()
    assert not page.phone_edit.isEnabled()
    assert page.name_edit.text() == "Maybe Morgan"
    assert c.contact.name == "Maybe Morgan"
    assert page.not_yet_note.isVisible()
    assert "job description" in page.not_yet_note.text()
    progress = window.navigator.state_of("coordinator")
    assert progress == "in progress"
    click_check(qtbot, page.found_radio)
    assert page.name_edit.text() == "Maybe Morgan"
    assert not page.not_yet_note.isVisible()


def test_where_the_position_is_based_can_be_typed_before_anyone_is_found(
    qtbot, make_window, dialogs
):
    window, page = open_page(qtbot, make_window, dialogs)
    assert not page.organisation_edit.isEnabled()  # nothing answered yet
    click_check(qtbot, page.not_yet_radio)
    assert page.organisation_edit.isEnabled()
    type_text(qtbot, page.organisation_edit, "Valley Youth Services")
    assert window.session.project.coordinator.contact.organisation == "Valley Youth Services"


def test_an_odd_email_gets_a_note_beside_it_and_is_kept(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    click_check(qtbot, page.found_radio)
    type_text(qtbot, page.email_edit, "abrooks.example.org")
    assert page.email_problem.isVisible()
    assert "@" in page.email_problem.text()
    assert window.session.project.coordinator.contact.email == "abrooks.example.org"
    assert dialogs.asked == []  # never a pop-up
    page.email_edit.setCursorPosition(8)
    qtbot.keyClick(page.email_edit, Qt.Key.Key_Backspace)
    type_text(qtbot, page.email_edit, "@")
    assert page.email_edit.text() == "abrooks@example.org"
    assert not page.email_problem.isVisible()
    click_check(qtbot, page.not_yet_radio)  # a hidden-away contact is not nagged about
    type_text(qtbot, page.email_edit, "x")  # (disabled: typing does nothing)
    assert not page.email_problem.isVisible()
    assert window.session.project.coordinator.contact.email == "abrooks@example.org"


def test_choosing_a_position_offers_hours_but_never_overwrites_the_users(
    qtbot, make_window, dialogs
):
    window, page = open_page(qtbot, make_window, dialogs)
    c = window.session.project.coordinator
    click_check(qtbot, page.position_radios["paid_full_time"])
    assert c.hours_per_week == Decimal(40) and page.hours_spin.value() == 40
    assert "40 hours" in page.hours_note.text()
    click_check(qtbot, page.position_radios["paid_part_time"])
    assert c.hours_per_week == Decimal(20) and page.hours_spin.value() == 20
    click_check(qtbot, page.position_radios["volunteer"])
    assert c.hours_per_week is None and page.hours_spin.text() == "Not set"
    assert "volunteer" in page.hours_note.text()
    set_hours(qtbot, page, "8")
    assert c.hours_per_week == Decimal(8)
    assert not page.hours_note.isVisible()
    click_check(qtbot, page.position_radios["paid_full_time"])
    assert c.hours_per_week == Decimal(8) and page.hours_spin.value() == 8
    assert window.navigator.state_of("coordinator") == "in progress"


def test_hours_cannot_go_past_80(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    set_hours(qtbot, page, "95")
    hours = window.session.project.coordinator.hours_per_week
    assert hours is not None and hours <= 80
    assert page.hours_spin.value() <= 80


def test_hours_by_arrow_keys(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    page.hours_spin.setFocus()
    for _ in range(3):
        qtbot.keyClick(page.hours_spin, Qt.Key.Key_Up)
    assert window.session.project.coordinator.hours_per_week == Decimal(3)
    for _ in range(3):
        qtbot.keyClick(page.hours_spin, Qt.Key.Key_Down)
    assert window.session.project.coordinator.hours_per_week is None


def test_other_funding_asks_which_source_and_keeps_it(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    click_check(qtbot, page.funding_radios["other"])
    assert page.other_widget.isVisible()
    assert "which source" in page.funding_note.text().lower()
    type_text(qtbot, page.other_edit, "Rotary gift")
    assert not page.funding_note.isVisible()
    click_check(qtbot, page.funding_radios["none_yet"])
    c = window.session.project.coordinator
    assert (c.funding, c.funding_other) == ("none_yet", "Rotary gift")
    assert not page.other_widget.isVisible()
    assert "Grant applications" in page.funding_note.text()
    click_check(qtbot, page.funding_radios["other"])
    assert page.other_edit.text() == "Rotary gift"


def test_duties_can_be_set_with_the_keyboard(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    first = page.duty_radios[DUTIES[0]]
    first["coordinator"].setFocus()
    qtbot.keyClick(first["coordinator"], Qt.Key.Key_Space)
    duties = window.session.project.coordinator.duties
    assert duties == {DUTIES[0]: "coordinator"}
    qtbot.keyClick(first["coordinator"], Qt.Key.Key_Right)
    assert first["shared"].hasFocus()
    assert duties == {DUTIES[0]: "shared"}
    assert "11 duties" in page.duties_note.text()
    qtbot.keyClick(first["shared"], Qt.Key.Key_Tab)  # Tab leaves the row's group
    second = page.duty_radios[DUTIES[1]]
    assert QApplication.focusWidget() in second.values()


def test_tab_moves_from_funding_through_pay_and_the_duties_to_reports_to(
    qtbot, make_window, dialogs
):
    _window, page = open_page(qtbot, make_window, dialogs)
    click_check(qtbot, page.not_yet_radio)  # so the applications boxes are open
    click_check(qtbot, page.driving_radios[True])  # and the mileage question
    none_yet = page.funding_radios["none_yet"]
    none_yet.setFocus()
    reached = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[:3] == [page.pay_low_spin, page.pay_high_spin, page.pay_per_combo]
    assert reached[3] is page.driving_radios[True]  # the checked one of the pair
    assert reached[4] in page.mileage_radios.values()
    assert reached[5:] == [page.apply_name_edit, page.apply_email_edit, page.closing_edit]
    for _ in range(6):  # a date box steps through its day, month and year first
        focused = QApplication.focusWidget()
        if focused is page.closing_edit or page.closing_edit.isAncestorOf(focused):
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.duty_radios[DUTIES[0]]["coordinator"]
    page.reports_to_edit.setFocus()
    qtbot.keyClick(page.reports_to_edit, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() in page.duty_radios[DUTIES[-1]].values()


def test_every_field_has_a_label_and_a_name_for_screen_readers(qtbot, make_window, dialogs):
    _window, page = open_page(qtbot, make_window, dialogs)
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    for field in (
        page.name_edit,
        page.organisation_edit,
        page.email_edit,
        page.phone_edit,
        page.hours_spin,
        page.other_edit,
        page.reports_to_edit,
        page.qualifications_edit,
        page.pay_low_spin,
        page.pay_high_spin,
        page.driving_radios[True],
        page.mileage_radios[True],
        page.apply_name_edit,
        page.apply_email_edit,
        page.closing_edit,
    ):
        assert field in buddies
        assert field.accessibleName()
    for radios in page.duty_radios.values():
        assert radios["coordinator"] in buddies
        for radio in radios.values():
            assert ":" in radio.accessibleName()
    duty_texts = {duty.text for duty in reference.coordinator_duties()}
    field_labels = [
        label
        for label in page.findChildren(QLabel)
        if label.buddy() and label.text() not in duty_texts
    ]
    assert len(field_labels) == 15
    # 'up to' sits between the two pay boxes, 'Their email' under the name: both
    # reached by Tab from the box before them; the letters left are too few for all.
    second = {page.pay_high_spin, page.apply_email_edit}
    assert all("&" in label.text() for label in field_labels if label.buddy() not in second)
    assert page.pay_per_combo.accessibleName() == "Pay per hour or per year"


def test_mnemonic_jumps_to_the_name_field(qtbot, make_window, dialogs):
    _window, page = open_page(qtbot, make_window, dialogs)
    click_check(qtbot, page.found_radio)
    qtbot.keyClick(page.found_radio, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert page.name_edit.hasFocus()


def test_answers_come_back_after_saving_and_reopening(qtbot, make_window, tmp_path):
    project_file = tmp_path / "coordinator.tfproj"
    first = make_window(FakeDialogs(save_paths=[project_file]))
    type_new_project(qtbot, first, "Reopened", ["Yakima"])
    click_navigator(qtbot, first, "coordinator")
    fill_everything(qtbot, first.pages["coordinator"])
    assert first.save()

    second = make_window(FakeDialogs(open_paths=[project_file]))
    qtbot.keyClick(second, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert second.session is not None and second.session.path == project_file
    assert second.current_step() == "coordinator"
    page = second.pages["coordinator"]
    assert page.found_radio.isChecked() and page.contact_widget.isEnabled()
    assert page.name_edit.text() == "Avery Brooks"
    assert page.email_edit.text() == "abrooks@example.org"
    assert page.phone_edit.text() == "509-555-0142"
    assert page.organisation_edit.text() == "Riverbend Youth Haven"
    assert page.position_radios["paid_part_time"].isChecked()
    assert page.hours_spin.value() == 24
    assert page.funding_radios["other"].isChecked() and page.other_widget.isVisible()
    assert page.other_edit.text() == "Community foundation & county match"
    assert page.duty_radios["align_with_chair"]["shared"].isChecked()
    assert page.duty_radios["events"]["others"].isChecked()
    assert page.duty_radios["schedule_meetings"]["coordinator"].isChecked()
    assert page.reports_to_edit.text() == "The chair"
    assert page.qualifications_edit.toPlainText() == "Knows the county's youth services"
    assert second.session.project.coordinator == first.session.project.coordinator
    assert second.navigator.state_of("coordinator") == "done"
    assert not second.isWindowModified()


# ----- pay, travel and who takes applications --------------------------------------------


def set_amount(qtbot, spin, text: str) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, spin, text)


def test_pay_travel_and_applications_reach_the_project(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    c = window.session.project.coordinator
    assert page.pay_low_spin.text() == "Not set" and page.closing_edit.text() == "Not set"
    assert not page.mileage_widget.isEnabled()  # asked once the job needs a car
    click_check(qtbot, page.not_yet_radio)
    set_amount(qtbot, page.pay_low_spin, "52000")
    set_amount(qtbot, page.pay_high_spin, "60000")
    choose(qtbot, page.pay_per_combo, "a year")
    assert (c.pay_low, c.pay_high, c.pay_per) == (Decimal("52000.00"), Decimal(60000), "year")
    click_check(qtbot, page.driving_radios[True])
    assert c.driving is True and page.mileage_widget.isEnabled()
    click_check(qtbot, page.mileage_radios[False])
    assert c.mileage_paid is False
    type_text(qtbot, page.apply_name_edit, "Luis Ortega")
    type_text(qtbot, page.apply_email_edit, "ortega.example.org")
    assert page.apply_email_problem.isVisible()
    assert c.applications_to.name == "Luis Ortega"
    assert c.applications_to.email == "ortega.example.org"
    page.closing_edit.setDate(QDate(2027, 1, 15))
    assert c.applications_close_on == date(2027, 1, 15)
    page.closing_edit.setDate(page.closing_edit.minimumDate())
    assert c.applications_close_on is None
    assert window.isWindowModified()


def test_a_range_typed_the_wrong_way_round_is_said_beside_it(qtbot, make_window, dialogs):
    _window, page = open_page(qtbot, make_window, dialogs)
    set_amount(qtbot, page.pay_low_spin, "29")
    set_amount(qtbot, page.pay_high_spin, "24")
    assert page.pay_problem.isVisible() and "below the bottom" in page.pay_problem.text()
    set_amount(qtbot, page.pay_high_spin, "31")
    assert not page.pay_problem.isVisible()


def test_a_filled_position_does_not_ask_who_takes_applications(qtbot, make_window, dialogs):
    _window, page = open_page(qtbot, make_window, dialogs)
    click_check(qtbot, page.found_radio)
    assert not page.apply_name_edit.isEnabled() and not page.closing_edit.isEnabled()
    assert page.applications_note.isVisible() and "filled" in page.applications_note.text()
    click_check(qtbot, page.not_yet_radio)
    assert page.apply_name_edit.isEnabled() and not page.applications_note.isVisible()


def test_the_sample_shows_its_pay_and_travel(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    window.open_sample()
    window.go_to_step("coordinator")
    page = window.pages["coordinator"]
    assert page.pay_low_spin.value() == 24 and page.pay_high_spin.value() == 29
    assert page.pay_per_combo.currentText() == "an hour"
    assert page.driving_radios[True].isChecked() and page.mileage_radios[True].isChecked()
    assert window.isWindowModified() is False  # showing changed nothing
