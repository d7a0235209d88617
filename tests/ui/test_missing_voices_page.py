"""The missing voices step, driven through its real widgets: gaps at three levels, and an
outreach plan for each (who reaches out, to whom, by when, status)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import (
    choose,
    click_check,
    click_navigator,
    press,
    type_new_project,
    type_text,
)
from wizard.model import reference
from wizard.model.progress import step_progress
from wizard.model.project import Member, OutreachPlan, Subcommittee
from wizard.ui.pages.missing_voices import DEFAULT_DAYS_AHEAD, MissingVoicesPage
from wizard.ui.widgets.dates import from_qdate, to_qdate

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
HIGHLIGHTED = [s.id for s in reference.sectors() if s.highlight]
USUAL = [s.id for s in reference.sectors() if not s.highlight]
TRIBAL = reference.sector_by_id("tribal").name


def open_new(qtbot, make_window, dialogs, members=(), subcommittees=(), outreach=()):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Voices TF", ["Walla Walla"])
    project = window.session.project
    project.members.extend(members)
    project.subcommittees.extend(subcommittees)
    project.outreach.extend(outreach)
    click_navigator(qtbot, window, "missing_voices")
    page = window.pages["missing_voices"]
    assert isinstance(page, MissingVoicesPage) and window.page_stack.currentWidget() is page
    return window, page


def rows_for(page, level):
    return [row for row in page.rows if row.level == level]


def row_for(page, sector, level="membership"):
    [row] = [r for r in page.rows if r.sector_id == sector and r.level == level]
    return row


def tribal_at_the_table():
    """A tribal member on the roster; the only subcommittee seats someone else."""
    people = [
        Member(id="m-t", name="Tia", sector="tribal", status="member"),
        Member(id="m-p", name="Pat", sector="prosecutors", status="member"),
    ]
    committee = Subcommittee(name="Demand", member_ids=["m-p"], chair_member_id="m-p")
    return people, [committee]


def test_every_gap_at_every_level_is_listed_often_missing_voices_first(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    assert [row.sector_id for row in rows_for(page, "membership")] == HIGHLIGHTED + USUAL
    for level in ("leadership", "subcommittees"):  # the often-missing voices, the rest listed
        assert [row.sector_id for row in rows_for(page, level)] == HIGHLIGHTED
        others = page.others[level]
        assert others.widget.isVisible()
        assert "Local law enforcement, Child Protective Services (CPS)," in others.label.text()
        assert [others.combo.itemData(i) for i in range(others.combo.count())] == USUAL
    for level in ("membership", "leadership", "subcommittees"):
        assert not page.empty_labels[level].isVisible()
    assert all(row.status_combo.currentIndex() == -1 for row in page.rows)
    assert page.rows[0].status_combo.placeholderText() == "Not planned yet"
    assert "Gaps: 13 on the roster, 13 in leadership, 13 on subcommittees." in page.summary.text()
    assert page.overview_cells[("tribal", "leadership")].text() == "Missing"
    assert window.session.project.outreach == []  # looking stores nothing
    assert window.navigator.state_of("missing_voices") == "not started"


def test_typing_who_reaches_out_stores_a_plan_for_that_gap(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    row = row_for(page, "survivors")
    row.who_edit.setFocus()
    type_text(qtbot, row.who_edit, "Sofia Morales")
    qtbot.keyClick(row.who_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.to_whom_edit
    type_text(qtbot, row.to_whom_edit, "Survivor-led group & friends")
    [plan] = window.session.project.outreach
    assert (plan.sector, plan.level, plan.status) == ("survivors", "membership", "planned")
    assert plan.who_reaches_out == "Sofia Morales"
    assert plan.reach_out_to == "Survivor-led group & friends"
    assert plan.due_on is None
    assert window.isWindowModified()
    assert window.navigator.state_of("missing_voices") == "in progress"


def test_a_date_to_reach_out_by_is_set_changed_and_cleared(
    qtbot, make_window, dialogs, risky_today
):
    window, page = open_new(qtbot, make_window, dialogs)
    row = row_for(page, "lgbtq", "leadership")
    assert not row.date_edit.isEnabled()
    click_check(qtbot, row.date_check)
    [plan] = window.session.project.outreach
    first = risky_today + timedelta(days=DEFAULT_DAYS_AHEAD)
    assert plan.due_on == first and plan.level == "leadership"
    assert row.date_edit.isEnabled()
    row.date_edit.setFocus()
    qtbot.keyClick(row.date_edit, Qt.Key.Key_Down)  # a month earlier (the month is first)
    a_month_earlier = from_qdate(to_qdate(first).addMonths(-1))
    assert plan.due_on == a_month_earlier
    click_check(qtbot, row.date_check)
    assert plan.due_on is None
    assert not row.date_edit.isEnabled()


def test_the_status_is_chosen_from_a_list(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    row = row_for(page, "community_advocates", "subcommittees")
    choose(qtbot, row.status_combo, "Contacted")
    [plan] = window.session.project.outreach
    assert (plan.sector, plan.level, plan.status) == (
        "community_advocates",
        "subcommittees",
        "contacted",
    )
    choose(qtbot, row.status_combo, "Declined")
    assert plan.status == "declined"
    other = row_for(page, "defense")
    other.status_combo.setFocus()
    qtbot.keyClick(other.status_combo, Qt.Key.Key_Down)  # from 'Not planned yet'
    assert other.status_combo.currentText() == "Planned"
    assert [(p.sector, p.status) for p in window.session.project.outreach][1] == (
        "defense",
        "planned",
    )


def test_another_gap_can_be_given_a_plan_of_its_own(qtbot, make_window, dialogs):
    window, page = open_new(qtbot, make_window, dialogs)
    others = page.others["leadership"]
    choose(qtbot, others.combo, "School personnel")
    press(qtbot, others.button)
    [plan] = window.session.project.outreach
    assert (plan.sector, plan.level) == ("schools", "leadership")
    row = row_for(page, "schools", "leadership")
    assert row.plan_id == plan.id
    assert QApplication.focusWidget() is row.who_edit
    type_text(qtbot, row.who_edit, "Tom Becker")
    assert plan.who_reaches_out == "Tom Becker"
    names = [others.combo.itemText(i) for i in range(others.combo.count())]
    assert "School personnel" not in names and "Public health" in names


def test_a_voice_on_the_roster_without_a_say_is_named_and_planned_for(qtbot, make_window, dialogs):
    people, committees = tribal_at_the_table()
    window, page = open_new(qtbot, make_window, dialogs, people, committees)
    assert f"{TRIBAL} is on the roster but without a say" in page.summary.text()
    assert page.overview_cells[("tribal", "membership")].text() == "Yes"
    assert page.overview_cells[("tribal", "leadership")].text() == "Missing"
    assert page.overview_cells[("prosecutors", "leadership")].text() == "Yes"
    assert "tribal" not in [row.sector_id for row in rows_for(page, "membership")]
    assert "prosecutors" not in [row.sector_id for row in rows_for(page, "subcommittees")]
    missing = window.session.project
    for sector in [s for s in reference.sectors() if s.id not in ("tribal", "prosecutors")]:
        missing.outreach.append(OutreachPlan(sector=sector.id, who_reaches_out="Pat"))
    click_navigator(qtbot, window, "what_is")
    click_navigator(qtbot, window, "missing_voices")
    state = step_progress(window.session.project, "missing_voices")
    assert state.missing == (f"a plan to give {TRIBAL} a say in leadership or a subcommittee",)
    type_text(qtbot, row_for(page, "tribal", "leadership").who_edit, "Judge Park")
    assert window.navigator.state_of("missing_voices") == "done"


def test_a_closed_gap_keeps_its_plan_on_view_until_removed(qtbot, make_window, dialogs):
    joined = OutreachPlan(sector="tribal", who_reaches_out="Pat", status="joined")
    people, committees = tribal_at_the_table()
    window, page = open_new(qtbot, make_window, dialogs, people, committees, [joined])
    row = row_for(page, "tribal", "membership")
    assert row.plan_id == joined.id
    assert row.who_edit.text() == "Pat"
    assert row.status_combo.currentText() == "Joined"
    assert row.remove_button is not None and row.remove_button.isVisible()
    assert rows_for(page, "membership")[-1] is row  # after the open gaps
    press(qtbot, row.remove_button)
    assert window.session.project.outreach == []
    assert "tribal" not in [r.sector_id for r in rows_for(page, "membership")]
    assert QApplication.focusWidget() is page.export_button


def test_with_every_voice_everywhere_each_level_says_so(qtbot, make_window, dialogs):
    people = [
        Member(id=f"m{n}", name=f"P{n}", sector=s.id, status="member")
        for n, s in enumerate(reference.sectors())
    ]
    committees = [Subcommittee(name=m.name, chair_member_id=m.id) for m in people]
    _window, page = open_new(qtbot, make_window, dialogs, people, committees)
    assert page.rows == []
    for level in ("membership", "leadership", "subcommittees"):
        assert page.empty_labels[level].isVisible()
    assert "Gaps: 0 on the roster, 0 in leadership, 0 on subcommittees." in page.summary.text()


def test_the_sample_shows_its_plans_and_the_packet_button_leads_to_export(
    qtbot, make_window, dialogs
):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    click_navigator(qtbot, window, "missing_voices")
    page = window.pages["missing_voices"]
    row = row_for(page, "defense")
    assert row.who_edit.text() == "Marcus Reed"
    assert row.to_whom_edit.text() == "Ray Fuentes, public defender"
    assert row.date_check.isChecked()
    assert row.date_edit.date().toString("yyyy-MM-dd") == "2026-12-15"
    assert row.status_combo.currentText() == "Contacted"
    lead = row_for(page, "community_advocates", "leadership")
    assert lead.who_edit.text() == "Judge Ellen Park"
    assert window.navigator.state_of("missing_voices") == "done"
    assert "Marcus Reed" in page.people_model.stringList()  # offered as who reaches out
    assert "named “Invitation letters”" in page.findChild(type(page.summary), "lettersLabel").text()
    assert not window.isWindowModified()
    press(qtbot, page.export_button)
    assert window.current_step() == "export"


def test_each_plan_field_is_named_for_screen_readers_and_in_tab_order(qtbot, make_window, dialogs):
    _window, page = open_new(qtbot, make_window, dialogs)
    row = row_for(page, "tribal", "subcommittees")
    assert row.who_edit.accessibleName() == f"{TRIBAL}, on subcommittees: who reaches out"
    assert row.to_whom_edit.accessibleName() == f"{TRIBAL}, on subcommittees: to whom"
    assert row.status_combo.accessibleName() == f"{TRIBAL}, on subcommittees: status"
    assert row.date_edit.accessibleName() == f"{TRIBAL}, on subcommittees: reach out by"
    cell = page.overview_cells[("tribal", "subcommittees")]
    assert cell.accessibleName() == f"{TRIBAL}, on subcommittees: missing"
    row.status_combo.setFocus()
    for expected in (row.who_edit, row.to_whom_edit, row.date_check):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
