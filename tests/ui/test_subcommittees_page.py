"""The subcommittees step, driven through its real widgets: ready-made ones added with one
click, your own, a chair, members ticked from the roster, and the sectors on each."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import choose, click_navigator, press, type_new_project, type_text
from wizard.documents import charter
from wizard.model import reference
from wizard.model.project import Member
from wizard.ui.pages.subcommittees import SubcommitteesPage

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
DEMAND, EDUCATION = reference.suggested_subcommittees()
PEOPLE = [
    Member(id="m-a", name="Ana Ruiz", sector="tribal", status="member"),
    Member(id="m-b", name="Ben Cho", sector="prosecutors", status="member"),
    Member(id="m-c", name="Cal Diaz", sector="lgbtq", status="invited"),
    Member(id="m-d", name="Dee Fox", sector="cps", status="prospect"),
    Member(id="m-e", name="Eve Gray", sector="schools", status="left"),
]


def open_new(qtbot, make_window, dialogs, members=PEOPLE):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Structure TF", ["Kittitas"])
    window.session.project.members.extend(m.model_copy() for m in members)
    click_navigator(qtbot, window, "subcommittees")
    page = window.pages["subcommittees"]
    assert isinstance(page, SubcommitteesPage) and window.page_stack.currentWidget() is page
    return window, page


def replace_text(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def list_texts(row) -> list[str]:
    return [row.members_list.item(i).text() for i in range(row.members_list.count())]


def tick(qtbot, row, text: str) -> None:
    """Tick or untick a person with the keyboard: move to them, press space."""
    matches = row.members_list.findItems(text, Qt.MatchFlag.MatchStartsWith)
    assert len(matches) == 1, text
    row.members_list.setFocus()
    row.members_list.setCurrentItem(matches[0])
    qtbot.keyClick(row.members_list, Qt.Key.Key_Space)


def test_a_ready_made_subcommittee_is_added_with_one_click(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    assert window.navigator.state_of("subcommittees") == "not started"
    demand = page.suggestion_buttons[DEMAND.key]
    assert demand.isVisible() and page.suggestion_buttons[EDUCATION.key].isVisible()
    qtbot.mouseClick(demand, LEFT)
    [committee] = window.session.project.subcommittees
    assert (committee.name, committee.charge) == (DEMAND.name, DEMAND.charge)
    assert not demand.isVisible()  # offered once
    assert page.suggestion_buttons[EDUCATION.key].isVisible()
    [row] = page.rows
    assert row.name_edit.text() == DEMAND.name
    assert row.charge_edit.toPlainText() == DEMAND.charge
    assert QApplication.focusWidget() is row.name_edit
    assert window.navigator.state_of("subcommittees") == "in progress"  # no members yet
    assert window.isWindowModified()
    press(qtbot, page.suggestion_buttons[EDUCATION.key])
    assert [c.name for c in window.session.project.subcommittees] == [DEMAND.name, EDUCATION.name]
    assert page.suggestions_note.isVisible()
    assert "Both" in page.suggestions_note.text()


def test_the_charge_can_be_reworded_and_a_renamed_one_is_offered_again(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    press(qtbot, page.suggestion_buttons[EDUCATION.key])
    row = page.rows[0]
    replace_text(qtbot, row.charge_edit, "Train members & teach parents.")
    committee = window.session.project.subcommittees[0]
    assert committee.charge == "Train members & teach parents."
    replace_text(qtbot, row.name_edit, "Training")
    assert committee.name == "Training"
    assert page.suggestion_buttons[EDUCATION.key].isVisible()


def test_your_own_subcommittee_with_chair_members_and_meetings(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    press(qtbot, page.add_button)
    [row] = page.rows
    [committee] = window.session.project.subcommittees
    assert QApplication.focusWidget() is row.name_edit
    assert row.name_problem.isVisible()  # no name yet
    type_text(qtbot, row.name_edit, "Tribal partnerships")
    assert not row.name_problem.isVisible()
    qtbot.keyClick(row.name_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.charge_edit
    type_text(qtbot, row.charge_edit, "Build lasting ties with tribal programs.")
    # Members and invited people can be seated; a prospect or someone who left cannot.
    assert list_texts(row) == ["Ana Ruiz, Tribal communities", "Ben Cho, Prosecutors",
                               "Cal Diaz, LGBTQ+ representatives (invited)"]  # fmt: skip
    assert row.sectors_label.accessibleName() == "No one sits on it yet."
    choose(qtbot, row.chair_combo, "Ben Cho, Prosecutors")  # passes nobody on the way
    choose(qtbot, row.chair_combo, "Ana Ruiz, Tribal communities")  # steps back past Ben
    assert committee.chair_member_id == "m-a"
    assert committee.member_ids == []  # the chair sits by being chair; Ben was only passed
    chair_item = row.members_list.item(0)
    assert chair_item.text().endswith("(chair)")
    assert chair_item.checkState() == Qt.CheckState.Checked
    assert not chair_item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert row.members_list.item(1).checkState() == Qt.CheckState.Unchecked
    tick(qtbot, row, "Cal Diaz")
    assert committee.member_ids == ["m-c"]
    assert "Tribal communities" in row.sectors_label.text()
    assert row.sectors_label.accessibleName() == (
        "Sectors on it: Tribal communities, LGBTQ+ representatives"
    )
    assert "Community advocates and Human trafficking survivors" in row.missing_label.text()
    assert "Tribal" not in row.missing_label.text()
    type_text(qtbot, row.meets_edit, "Monthly")
    assert committee.meets == "Monthly"
    assert window.navigator.state_of("subcommittees") == "done"
    tick(qtbot, row, "Cal Diaz")
    assert committee.member_ids == []
    assert "LGBTQ+" in row.missing_label.text()


def test_removing_a_subcommittee_offers_the_ready_made_one_again(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    press(qtbot, page.suggestion_buttons[DEMAND.key])
    press(qtbot, page.add_button)
    assert len(page.rows) == 2
    press(qtbot, page.rows[0].remove_button)
    assert [c.name for c in window.session.project.subcommittees] == [""]
    assert len(page.rows) == 1
    assert page.suggestion_buttons[DEMAND.key].isVisible()
    assert QApplication.focusWidget() is page.add_button
    press(qtbot, page.rows[0].remove_button)
    assert window.session.project.subcommittees == []
    assert window.navigator.state_of("subcommittees") == "not started"


def test_the_sample_shows_both_subcommittees_and_their_sectors(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    click_navigator(qtbot, window, "subcommittees")
    page = window.pages["subcommittees"]
    names = [row.name_edit.text() for row in page.rows]
    assert names == ["Education", "Demand reduction"]
    assert not any(button.isVisible() for button in page.suggestion_buttons.values())
    education = page.rows[0]
    assert education.chair_combo.currentText() == "Grace Lin, Public health"
    ticked = [
        education.members_list.item(i).text()
        for i in range(education.members_list.count())
        if education.members_list.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == [
        "Grace Lin, Public health (chair)",
        "Sofia Morales, Community advocates",
        "Tom Becker, School personnel",
    ]
    assert education.sectors_label.accessibleName() == (
        "Sectors on it: Community advocates, School personnel, Public health"
    )
    assert not window.isWindowModified()  # showing is not editing


def test_what_is_entered_reaches_the_charter(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    press(qtbot, page.suggestion_buttons[EDUCATION.key])
    row = page.rows[0]
    choose(qtbot, row.chair_combo, "Ben Cho, Prosecutors")
    type_text(qtbot, row.meets_edit, "Every other month")
    [entry] = charter.build_context(window.session.project, date(2026, 11, 28))["subcommittees"]
    assert entry == {
        "name": "Education",
        "charge": EDUCATION.charge,
        "chair": "Ben Cho",
        "meets": "Every other month",
    }


def test_each_field_is_named_for_screen_readers_and_tab_follows_the_rows(
    qtbot, make_window, dialogs
):
    _window, page = open_new(qtbot, make_window, dialogs)
    press(qtbot, page.add_button)
    row = page.rows[0]
    buddies = {label.buddy() for label in row.frame.findChildren(type(row.sectors_label))}
    fields = [row.name_edit, row.charge_edit, row.chair_combo, row.meets_edit, row.members_list]
    for field in fields:
        assert field in buddies
        assert field.accessibleName().startswith("Subcommittee 1: ")
    assert row.remove_button.accessibleName() == "Remove Subcommittee 1"
    row.charge_edit.setFocus()
    for expected in [row.chair_combo, row.meets_edit, row.members_list, page.add_button]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
