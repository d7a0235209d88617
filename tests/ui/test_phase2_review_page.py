"""The Phase 2 review page: what it shows, its Edit buttons, and the way on to the packet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import click_navigator, type_new_project, type_text
from wizard.model import clock
from wizard.model.progress import step_progress
from wizard.model.review import STATE_LABELS, phase2_packet
from wizard.ui.pages.phase2_review import Phase2ReviewPage, summary_text

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
PHASE2 = ["leadership", "subcommittees", "missing_voices", "mous", "training", "activities"]


def open_review(qtbot, window) -> Phase2ReviewPage:  # type: ignore[no-untyped-def]
    click_navigator(qtbot, window, "phase2_review")
    page = window.pages["phase2_review"]
    assert isinstance(page, Phase2ReviewPage)
    assert window.page_stack.currentWidget() is page
    return page


def value(page: Phase2ReviewPage, step_id: str, label: str) -> str:
    return page.sections[step_id].value_labels[label].text()


def test_the_sample_shows_every_phase2_step_as_the_navigator_does(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    page = open_review(qtbot, window)
    project = window.session.project
    assert list(page.sections) == PHASE2
    for step_id in PHASE2:
        box = page.sections[step_id]
        progress = step_progress(project, step_id)
        assert box.state_label.text() == STATE_LABELS[progress.state]
        assert box.missing_label.isVisible() == bool(progress.missing)
        for item in progress.missing:
            assert f"• {item}" in box.missing_label.text()
        assert box.isVisible()
    assert value(page, "leadership", "Chair") == project.chair.contact.name
    committee = project.subcommittees[0]
    assert value(page, "subcommittees", committee.name).startswith(f"Charge: {committee.charge}")
    activity = project.activities[0]
    assert value(page, "activities", activity.topic).startswith("Community event, held ")
    assert value(page, "activities", "Community advocates") == project.community_advocates
    for item in phase2_packet(project):
        assert f"• {item}" in page.packet_label.text()
    assert "One MOU per member organization (7)" in page.packet_label.text()
    assert not page.gaps_label.isVisible()  # the sample's Phase 1 is complete
    assert not window.isWindowModified()  # looking is not editing


def test_a_new_project_shows_what_is_missing_everywhere(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Fresh", ["Clark"])
    page = open_review(qtbot, window)
    for step_id in PHASE2:
        box = page.sections[step_id]
        assert box.state_label.text() == "Not started yet", step_id
        assert box.missing_label.isVisible(), step_id
    assert value(page, "activities", "Activities") == "Not entered yet"
    assert page.summary_label.text().startswith("0 of 6 Phase 2 steps done.")
    assert page.gaps_label.isVisible()  # Phase 1 is not done either
    assert "Establish a mission" in page.gaps_label.text()


def test_edit_goes_to_the_step_and_the_review_follows_the_change(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Edit Me", ["Clark"])
    page = open_review(qtbot, window)
    qtbot.mouseClick(page.edit_buttons["activities"], LEFT)
    assert window.current_step() == "activities"
    activities = window.pages["activities"]
    qtbot.mouseClick(activities.add_event_button, LEFT)
    type_text(qtbot, activities.topic_edit, 'Fun run <b>& "walk"</b>')

    page = open_review(qtbot, window)
    box = page.sections["activities"]
    assert box.state_label.text() == "In progress"
    assert value(page, "activities", 'Fun run <b>& "walk"</b>') == "Community event, date not set"
    assert "a community event" not in box.missing_label.text()
    assert "service providers" in box.missing_label.text()


def test_edit_buttons_by_keyboard_and_tab_order(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Keys", ["Clark"])
    page = open_review(qtbot, window)
    buttons = page.edit_buttons
    assert buttons["mous"].accessibleName() == "Edit Agreements (MOUs)"
    buttons["leadership"].setFocus()
    for expected in [*list(buttons.values())[1:], page.export_button]:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        assert window.focusWidget() is expected
    # No Alt+E shared by six buttons: Shift+Tab goes back to one, Space opens its step.
    assert all("&" not in button.text() for button in buttons.values())
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is buttons["activities"]
    assert window.current_step() == "phase2_review"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    assert window.current_step() == "activities"


def test_the_packet_button_goes_to_the_export_page(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    page = open_review(qtbot, window)
    assert page.export_button.accessibleName() == "Go to the starter packet"
    qtbot.mouseClick(page.export_button, LEFT)
    assert window.current_step() == "export"


def test_summary_words():
    assert summary_text(6, 6).startswith("All 6 Phase 2 steps are done.")
    assert (
        summary_text(4, 6) == "4 of 6 Phase 2 steps done. Each one below says what it still needs."
    )


def test_a_mou_ending_soon_is_flagged_on_the_review(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    project = window.session.project
    mou = next(m for m in project.mous if m.status == "signed")
    mou.ends_on = clock.today()
    page = open_review(qtbot, window)
    name = project.organisation(mou.organisation_id).name
    assert "(Ends today)" in value(page, "mous", name)
