"""The grant applications step, driven through its real widgets: a VOCA draft built by
typing, its match shortfall flagged and fixed, and the application exported to Word."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.helpers import (
    choose,
    click_check,
    click_navigator,
    press,
    type_new_project,
    type_text,
)
from wizard.documents.packet import packet_destination
from wizard.model import clock
from wizard.model.grants import SECTIONS, WAIVER_KEY, match_figures
from wizard.ui.pages.grants import NO_DRAFTS, GrantsPage

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
EXPORT_TIMEOUT_MS = 120_000
"""A ceiling for a stuck export, not a speed requirement."""


def open_page(qtbot, make_window, dialogs, hours: str | None = "20"):  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Cascade Valley CSEC/Y Task Force", ["Yakima", "Kittitas"])
    if hours is not None:  # Phase 1: the coordinator's hours, typed on their own page
        click_navigator(qtbot, window, "coordinator")
        spin = window.pages["coordinator"].hours_spin
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
        type_text(qtbot, spin, hours)
    click_navigator(qtbot, window, "grants")
    page = window.pages["grants"]
    assert isinstance(page, GrantsPage)
    return window, page


def replace_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select what is in the box and type over it, as a user does."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    if text:
        type_text(qtbot, widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def visible_problem(label) -> str:  # type: ignore[no-untyped-def]
    return label.text() if label.isVisible() else ""


def fill_applicant(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    replace_text(qtbot, page.title_edit, "Cascade Valley coordinator")
    type_text(qtbot, page.organisation_edit, "Valley Youth Services")
    type_text(qtbot, page.contact_edit, "Jordan Hale")
    type_text(qtbot, page.email_edit, "jhale@example.org")
    type_text(qtbot, page.phone_edit, "509-555-0100")


def write_every_section(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    for section in page.sections:
        replace_text(qtbot, section.edit, f"Our words for {section.key} & more.")


# ----- the empty state --------------------------------------------------------------------


def test_without_drafts_the_page_offers_to_start_one(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs, hours=None)
    assert page.drafts_list.count() == 0
    assert not page.editor.isVisible()
    assert page.drafts_note.text() == NO_DRAFTS
    assert not page.duplicate_button.isEnabled() and not page.remove_button.isEnabled()
    assert "Office of Crime Victims Advocacy" in page.findChild(QLabel, "introLabel").text()
    assert window.navigator.state_of("grants") == "not started"


# ----- the journey the issue describes ------------------------------------------------------


def test_a_voca_draft_is_built_its_match_shortfall_fixed_and_exported(
    qtbot, make_window, dialogs, tmp_path
):
    window, page = open_page(qtbot, make_window, dialogs)
    project = window.session.project

    press(qtbot, page.add_button)
    assert page.editor.isVisible()
    [grant] = project.grants
    assert page.voca_radio.isChecked()
    assert grant.counties == ["Kittitas", "Yakima"]
    assert page.rate_edit.text() == "20"
    click_check(qtbot, page.ovca_radio)  # the rate follows the funder...
    assert (grant.funder, page.rate_edit.text()) == ("ovca", "0")
    click_check(qtbot, page.voca_radio)
    assert (grant.funder, grant.match_percent, page.rate_edit.text()) == ("voca", 20, "20")
    fill_applicant(qtbot, page)
    assert grant.applicant.organisation == "Valley Youth Services"

    # the coordinator's salary line comes from Phase 1; the hourly rate works out the pay
    salary = grant.budget[0]
    assert salary.description == "Task force coordinator, 20 hours a week (0.5 FTE)"
    assert page.description_edit.text() == salary.description
    type_text(qtbot, page.hourly_edit, "25")
    press(qtbot, page.work_out_button)
    assert salary.amount == Decimal("26000.00")
    assert page.amount_edit.text() == "26,000.00"
    assert "$25.00 an hour" in page.justification_edit.toPlainText()

    # a second line; a slip of the keyboard in its amount is said next to the box
    press(qtbot, page.add_line_button)
    choose(qtbot, page.category_combo, "Travel")
    type_text(qtbot, page.description_edit, "Mileage to meetings")
    type_text(qtbot, page.amount_edit, "2,0o0")
    travel = grant.budget[1]
    assert travel.category == "travel"
    assert "is not an amount" in visible_problem(page.amount_problem)
    assert page.amount_edit.text() == "2,0o0"  # what she typed stays
    assert "2,0o0 (not read)" in page.budget.data(page.budget.index(1, 2))
    assert "not a dollar amount" in page.checks_label.text()
    replace_text(qtbot, page.amount_edit, "2,000")
    assert travel.amount == Decimal("2000.00")
    assert visible_problem(page.amount_problem) == ""
    page.justification_edit.setFocus()
    type_text(qtbot, page.justification_edit, "Two counties, monthly meetings.")
    assert "$28,000.00" in page.totals_label.text()
    assert page.request_label.text().startswith("$28,000.00")

    # the match: $28,000 at 20% of the total needs $7,000; $5,000 is short
    assert "$28,000.00 × 20 ÷ 80 = $7,000.00" in page.arithmetic_label.text()
    press(qtbot, page.add_source_button)
    row = page.source_rows[0]
    type_text(qtbot, row.description, "Volunteer hours at meetings")
    choose(qtbot, row.kind, "In kind")
    type_text(qtbot, row.amount, "5000")
    shortfall = visible_problem(page.match_problem)
    assert "The match is $2,000.00 short: $7,000.00 is needed and $5,000.00 is listed" in (
        shortfall
    )
    assert "$2,000.00 short" in page.checks_label.text()
    replace_text(qtbot, row.amount, "7,000")
    assert visible_problem(page.match_problem) == ""
    assert grant.match_sources[0].amount == Decimal("7000.00")
    assert grant.match_sources[0].kind == "in_kind"
    assert "enough for the match" in page.arithmetic_label.text()

    # the narrative: a started draft leaves notes to replace; her own words pass
    need = page.sections[0]
    press(qtbot, need.draft_button)
    assert "Cascade Valley CSEC/Y Task Force serves Kittitas and Yakima counties" in (
        need.edit.toPlainText()
    )
    assert "square brackets" in visible_problem(need.problem)
    write_every_section(qtbot, page)
    assert all(visible_problem(s.problem) == "" for s in page.sections)

    assert page.problems() == {}
    assert "Every check passes" in page.checks_label.text()
    assert window.navigator.state_of("grants") == "done"
    assert window.isWindowModified()

    # exported with the starter packet: the budget table's totals are in the Word file
    click_navigator(qtbot, window, "export")
    export = window.pages["export"]
    out = tmp_path / "chosen"
    out.mkdir()
    dialogs.export_folders.append(out)
    qtbot.mouseClick(export.export_button, LEFT)
    qtbot.waitUntil(lambda: export.job is None, timeout=EXPORT_TIMEOUT_MS)
    folder = packet_destination(project, out, clock.today())
    [grants_folder] = folder.glob("* Grant applications")  # its number depends on the parts
    path = grants_folder / "01 Cascade Valley coordinator.docx"
    document = docx.Document(io.BytesIO(path.read_bytes()))
    tables = {
        " | ".join(c.text for c in table.rows[0].cells): [
            [c.text for c in r.cells] for r in table.rows
        ]
        for table in document.tables
    }
    summary = tables["Category | Amount"]
    assert ["Personnel", "$26,000.00"] in summary
    assert ["Travel", "$2,000.00"] in summary
    assert summary[-1] == ["Total requested", "$28,000.00"]
    detail = tables["Category | Item | Amount"]
    assert detail[1:] == [
        ["Personnel", "Task force coordinator, 20 hours a week (0.5 FTE)", "$26,000.00"],
        ["Travel", "Mileage to meetings", "$2,000.00"],
        ["Total", "", "$28,000.00"],
    ]
    sources = tables["Source | Cash or in kind | Amount"]
    assert sources[1:] == [
        ["Volunteer hours at meetings", "In kind", "$7,000.00"],
        ["Total match", "", "$7,000.00"],
    ]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Match needed: $28,000.00 × 20 ÷ 80 = $7,000.00." in text
    assert "Our words for need & more." in text


# ----- drafts ------------------------------------------------------------------------------


def test_drafts_can_be_duplicated_and_removed_after_asking(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    project = window.session.project
    press(qtbot, page.add_button)
    replace_text(qtbot, page.title_edit, "Coordinator 2027")
    press(qtbot, page.duplicate_button)
    assert [g.title for g in project.grants] == ["Coordinator 2027", "Coordinator 2027 (copy)"]
    assert page.drafts_list.currentRow() == 1
    assert page.title_edit.text() == "Coordinator 2027 (copy)"
    click_check(qtbot, page.ovca_radio)
    assert [g.funder for g in project.grants] == ["voca", "ovca"]
    assert page.drafts_list.item(1).text().startswith("OCVA · Coordinator 2027 (copy)")

    dialogs.draft_remove_answers.append(False)
    press(qtbot, page.remove_button)
    assert len(project.grants) == 2  # kept: she said Keep
    dialogs.draft_remove_answers.append(True)
    press(qtbot, page.remove_button)
    assert [g.title for g in project.grants] == ["Coordinator 2027"]
    assert page.title_edit.text() == "Coordinator 2027"
    assert "Removed “Coordinator 2027 (copy)”" in page.drafts_note.text()
    assert dialogs.kinds() == ["remove_draft", "remove_draft"]


def test_choosing_another_draft_shows_its_own_answers(qtbot, make_window, dialogs):
    _, page = open_page(qtbot, make_window, dialogs)
    press(qtbot, page.add_button)
    replace_text(qtbot, page.title_edit, "First")
    press(qtbot, page.add_button)
    replace_text(qtbot, page.title_edit, "Second")
    page.drafts_list.setFocus()
    qtbot.keyClick(page.drafts_list, Qt.Key.Key_Up)
    assert page.title_edit.text() == "First"
    assert page.grant().title == "First"


# ----- typing that cannot be read ----------------------------------------------------------


def test_a_rate_that_cannot_be_read_is_said_and_the_last_rate_kept(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    press(qtbot, page.add_button)
    grant = window.session.project.grants[0]
    replace_text(qtbot, page.rate_edit, "twenty")
    assert "is not a rate" in visible_problem(page.rate_problem)
    assert grant.match_percent == Decimal("20")
    replace_text(qtbot, page.rate_edit, "100")
    assert "below 100%" in visible_problem(page.rate_problem)
    replace_text(qtbot, page.rate_edit, "25")
    assert grant.match_percent == Decimal("25.00")
    assert visible_problem(page.rate_problem) == ""


def test_typed_markup_is_shown_as_typed_never_as_formatting(qtbot, make_window, dialogs):
    _, page = open_page(qtbot, make_window, dialogs)
    press(qtbot, page.add_button)
    replace_text(qtbot, page.title_edit, "<b>Bold</b> & co")
    assert page.drafts_list.item(0).text().startswith("VOCA · <b>Bold</b> & co · ")
    type_text(qtbot, page.amount_edit, "<i>9</i>")
    assert page.amount_problem.textFormat() == Qt.TextFormat.PlainText
    assert "“<i>9</i>” is not an amount" in visible_problem(page.amount_problem)
    assert "&lt;i&gt;9&lt;/i&gt;" in page.checks_label.text()  # escaped in the rich list


def test_a_zero_or_empty_line_is_flagged_next_to_it(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    press(qtbot, page.add_button)
    assert visible_problem(page.line_problem) == "Line 1 needs an amount."
    assert "adds up to $0.00" in visible_problem(page.budget_problem)
    press(qtbot, page.add_line_button)
    assert visible_problem(page.line_problem) == (
        "Line 2 needs a description, an amount and a justification."
    )
    press(qtbot, page.remove_line_button)
    assert len(window.session.project.grants[0].budget) == 1


def test_the_period_must_end_after_it_starts(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    press(qtbot, page.add_button)
    grant = window.session.project.grants[0]
    assert visible_problem(page.period_problem) == ""
    page.ends_edit.setFocus()
    page.ends_edit.setCurrentSection(page.ends_edit.Section.YearSection)
    qtbot.keyClick(page.ends_edit, Qt.Key.Key_Down)
    qtbot.keyClick(page.ends_edit, Qt.Key.Key_Down)
    assert grant.ends_on is not None and grant.starts_on is not None
    assert grant.ends_on < grant.starts_on
    assert visible_problem(page.period_problem) == "The grant period must end after it starts."


# ----- the narrative and the waiver -----------------------------------------------------------


def test_starting_from_a_draft_never_overwrites_her_words(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    press(qtbot, page.add_button)
    goals = page.sections[1]
    goals.edit.setFocus()
    type_text(qtbot, goals.edit, "Our own goals.")
    assert goals.draft_button.text() == "Add a draft below"  # it says what it will do
    press(qtbot, goals.draft_button)
    text = goals.edit.toPlainText()
    assert text.startswith("Our own goals.\n\nThis project pays for a coordinator")
    assert window.session.project.grants[0].narrative["goals"] == text
    assert "Added below your words" in goals.note.text()
    qtbot.keyClick(goals.edit, Qt.Key.Key_Z, CTRL)
    assert goals.edit.toPlainText() == "Our own goals."
    assert window.session.project.grants[0].narrative["goals"] == "Our own goals."


def test_every_section_has_a_prompt_from_the_project(qtbot, make_window, dialogs):
    _, page = open_page(qtbot, make_window, dialogs)
    press(qtbot, page.add_button)
    assert [s.key for s in page.sections] == [s.key for s in SECTIONS]
    assert "Kittitas and Yakima counties" in page.sections[0].prompt.text()
    assert "of 13 recommended sectors" in page.sections[0].prompt.text()
    assert all(s.prompt.text() for s in page.sections)
    assert all(visible_problem(s.problem).startswith("Write ") for s in page.sections)


def test_asking_for_a_waiver_offers_a_paragraph(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    press(qtbot, page.add_button)
    fill_applicant(qtbot, page)
    replace_text(qtbot, page.amount_edit, "40000")
    assert "$10,000.00 short" in visible_problem(page.match_problem)
    assert not page.waiver_widget.isVisible()
    click_check(qtbot, page.waiver_check)
    grant = window.session.project.grants[0]
    assert grant.waiver_requested and page.waiver_widget.isVisible()
    paragraph = page.waiver_edit.toPlainText()
    assert paragraph.startswith("Valley Youth Services asks VOCA to waive the match")
    assert grant.narrative[WAIVER_KEY] == paragraph
    assert visible_problem(page.match_problem) == ""
    assert "square brackets" in visible_problem(page.waiver_problem)
    replace_text(qtbot, page.waiver_edit, "We ask for a waiver: we are two small counties.")
    assert visible_problem(page.waiver_problem) == ""


# ----- saving one application, and the sample ---------------------------------------------------


def test_one_application_can_be_saved_as_a_word_file(qtbot, make_window, dialogs, tmp_path):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    click_navigator(qtbot, window, "grants")
    page = window.pages["grants"]
    assert "This draft passes every check." in page.check_summary.text()
    assert "$42,000.00" in page.totals_label.text()
    target = tmp_path / "application.docx"
    dialogs.word_paths.append(target)
    press(qtbot, page.save_word_button)
    assert dialogs.asked[-1] == (
        "save_word",
        str(Path.home() / "North Ridge coordinator and community education.docx"),
    )
    document = docx.Document(str(target))
    totals = [row.cells[-1].text for table in document.tables for row in table.rows]
    assert "$42,000.00" in totals and "$10,500.00" in totals
    assert page.save_note.text() == "Saved as application.docx."


def test_a_cancelled_save_writes_nothing(qtbot, make_window, dialogs, tmp_path):
    window = make_window(dialogs)
    qtbot.mouseClick(window.welcome.sample_button, LEFT)
    click_navigator(qtbot, window, "grants")
    page = window.pages["grants"]
    dialogs.word_paths.append(None)
    press(qtbot, page.save_word_button)
    assert page.save_note.text() == ""
    assert list(tmp_path.glob("*.docx")) == []


def test_a_waiver_names_the_rule_it_rests_on(qtbot, make_window, dialogs):
    window, page = open_page(qtbot, make_window, dialogs)
    press(qtbot, page.add_button)
    grant = window.session.project.grants[0]
    click_check(qtbot, page.waiver_check)
    assert grant.waiver_requested and page.waiver_basis_combo.isVisible()
    assert visible_problem(page.waiver_basis_problem) == "Choose which waiver applies."
    choose(qtbot, page.waiver_basis_combo, "The applicant is a federally recognized tribe")
    assert grant.waiver_basis == "tribe"
    assert visible_problem(page.waiver_basis_problem) == ""


def test_staff_time_is_typed_as_hours_and_their_own_pay_rate(qtbot, make_window, dialogs):
    """Members' paid staff time is valued at their pay, never at a flat volunteer rate."""
    from wizard.model.project import Member, Organisation

    window, page = open_page(qtbot, make_window, dialogs)
    project = window.session.project
    sheriff = Organisation(name="Yakima County Sheriff's Office & <Partners>")
    project.organisations.append(sheriff)
    project.members.append(Member(name="Dana", organisation_id=sheriff.id, status="member"))
    press(qtbot, page.add_button)
    press(qtbot, page.add_source_button)
    row = page.source_rows[0]
    assert not row.time_line.isVisibleTo(page)
    type_text(qtbot, row.description, "Detective's time at meetings")
    choose(qtbot, row.kind, "Staff time")
    assert row.time_line.isVisibleTo(page) and row.amount.isReadOnly()
    assert row.rate_label.text() == "× their pay an hour ($)"
    assert "with benefits" in row.rate.accessibleName()
    source = project.grants[0].match_sources[0]
    assert "hourly pay rate" in visible_problem(row.problem)
    replace_text(qtbot, row.hours, "50")
    replace_text(qtbot, row.rate, "58.40")
    assert row.amount.text() == "2,920.00"  # 50 × $58.40, not 50 × $20
    choose(qtbot, row.giver, "Yakima County Sheriff's Office & <Partners>")
    assert (source.kind, source.time, source.hours, source.hourly_rate) == (
        "in_kind", "staff", Decimal("50.00"), Decimal("58.40"),
    )  # fmt: skip
    assert source.organisation_id == sheriff.id
    assert visible_problem(row.problem) == ""
    assert match_figures(project.grants[0]).in_kind == Decimal("2920.00")
    replace_text(qtbot, row.hours, "fifty")
    assert "hours “fifty” is not a number" in visible_problem(row.problem)
    choose(qtbot, row.kind, "Volunteer time")
    assert row.rate_label.text() == "× volunteer rate ($)"
    choose(qtbot, row.kind, "Cash")
    assert not row.time_line.isVisibleTo(page) and not row.amount.isReadOnly()
    assert source.time is None
