"""Step 3, recruit members: the roster, its import and export, and the coverage meter,
driven through the real widgets."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from tests.ui.conftest import ACCEPT_GUESS
from tests.ui.helpers import choose, click_navigator, type_new_project, type_text
from wizard.model import clock
from wizard.model.large import project_with_roster
from wizard.model.project import Project, Region
from wizard.model.roster import ColumnMapping, guess_mapping, parse_csv_text
from wizard.ui.session import ProjectSession
from wizard.ui.widgets.csv_import_dialog import NOT_IN_FILE, CsvImportDialog
from wizard.ui.widgets.roster_model import Column

pytestmark = pytest.mark.gui


def new_project_page(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    type_new_project(qtbot, window, "Roster Test", ["Chelan"])
    click_navigator(qtbot, window, "members")
    return window, window.pages["members"]


def sample_page(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    window.open_sample()
    click_navigator(qtbot, window, "members")
    return window, window.pages["members"]


def shown_names(page, column: int = Column.NAME) -> list[str]:
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_row(qtbot, page, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    table = page.table
    index = table.model().index(row, Column.NAME)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def row_of(page, name: str) -> int:
    return shown_names(page).index(name)


def click(qtbot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def write_csv(tmp_path, text: str, name: str = "people.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# ----------------------------------------------------------------- adding and editing


def test_add_a_person_by_typing(qtbot, make_window, dialogs):
    window, page = new_project_page(qtbot, make_window, dialogs)
    assert "No one on the roster yet" in page.count_label.text()
    assert not page.name_edit.isEnabled()
    assert not page.export_button.isEnabled()
    click(qtbot, page.add_button)
    assert page.name_edit.hasFocus()
    assert page.name_problem.isVisible()  # a name is needed, said inline
    type_text(qtbot, page.name_edit, "Zoë Ortiz & <Friends> 🌲")
    assert not page.name_problem.isVisible()
    type_text(qtbot, page.title_edit, "Advocate")
    page.organisation_combo.setFocus()
    type_text(qtbot, page.organisation_combo.lineEdit(), "Open Door Advocacy")
    qtbot.keyClick(page.organisation_combo.lineEdit(), Qt.Key.Key_Return)
    choose(qtbot, page.sector_combo, "Community advocates")
    choose(qtbot, page.status_combo, "Member")
    type_text(qtbot, page.email_edit, "zoe@example")
    assert page.email_note.isVisible()
    type_text(qtbot, page.email_edit, ".org")
    assert not page.email_note.isVisible()
    type_text(qtbot, page.phone_edit, "509-555-0100")

    project = window.session.project
    (member,) = project.members
    assert member.name == "Zoë Ortiz & <Friends> 🌲"
    assert member.title == "Advocate"
    assert [o.name for o in project.organisations] == ["Open Door Advocacy"]
    assert member.organisation_id == project.organisations[0].id
    assert "was added as a new organization" in page.organisation_note.text()
    assert (member.sector, member.status) == ("community_advocates", "member")
    assert member.joined_on == clock.today()  # becoming a member dates the joining
    assert page.joined_check.isChecked()
    assert (member.email, member.phone) == ("zoe@example.org", "509-555-0100")
    assert shown_names(page) == ["Zoë Ortiz & <Friends> 🌲"]
    assert shown_names(page, Column.ORGANISATION) == ["Open Door Advocacy"]
    assert page.count_label.text() == "1 person on the roster."
    assert page.meter.headline.text() == "1 member · 1 of 13 sectors"
    assert window.navigator.state_of("members") == "done"
    assert window.isWindowModified()
    assert dialogs.asked == []


def test_edit_the_selected_person(qtbot, make_window, dialogs):
    window, page = sample_page(qtbot, make_window, dialogs)
    project = window.session.project
    organisations_before = len(project.organisations)
    click_row(qtbot, page, row_of(page, "Ray Fuentes"))
    assert page.name_edit.text() == "Ray Fuentes"
    assert page.status_combo.currentText() == "Prospect"
    page.name_edit.selectAll()
    type_text(qtbot, page.name_edit, "Raymond Fuentes")
    page.organisation_combo.setFocus()
    type_text(qtbot, page.organisation_combo.lineEdit(), "valley community CLINIC")
    qtbot.keyClick(page.organisation_combo.lineEdit(), Qt.Key.Key_Return)
    page.notes_edit.setFocus()
    type_text(qtbot, page.notes_edit, "Met at the forum")
    qtbot.mouseClick(page.left_check, Qt.MouseButton.LeftButton)
    ray = project.member("m-9")
    assert ray.name == "Raymond Fuentes"
    assert ray.organisation_id == "org-clinic"  # matched by name, whatever the case
    assert len(project.organisations) == organisations_before
    assert page.organisation_combo.currentText() == "Valley Community Clinic"
    assert ray.notes == "Met at the forum"
    assert ray.left_on == clock.today()
    assert "Raymond Fuentes" in shown_names(page)
    # another row, and back: the panel follows the selection
    click_row(qtbot, page, row_of(page, "Dana Whitfield"))
    assert page.name_edit.text() == "Dana Whitfield"
    assert page.notes_edit.toPlainText() == ""
    click_row(qtbot, page, row_of(page, "Raymond Fuentes"))
    assert page.notes_edit.toPlainText() == "Met at the forum"


def test_dates_can_be_set_cleared_and_a_backwards_pair_is_flagged(qtbot, make_window, dialogs):
    window, page = sample_page(qtbot, make_window, dialogs)
    click_row(qtbot, page, row_of(page, "Dana Whitfield"))
    dana = window.session.project.member("m-1")
    assert dana.joined_on == date(2025, 3, 12)
    qtbot.mouseClick(page.left_check, Qt.MouseButton.LeftButton)
    page.left_edit.setFocus()
    page.left_edit.setDate(page.left_edit.date().fromString("2025-01-01", "yyyy-MM-dd"))
    assert dana.left_on == date(2025, 1, 1)
    assert page.dates_problem.isVisible()
    assert "before" in page.dates_problem.text()
    qtbot.mouseClick(page.joined_check, Qt.MouseButton.LeftButton)
    assert dana.joined_on is None
    assert not page.joined_edit.isEnabled()
    assert not page.dates_problem.isVisible()


def test_a_mistyped_new_organisation_is_taken_back_when_corrected(qtbot, make_window, dialogs):
    window, page = sample_page(qtbot, make_window, dialogs)
    project = window.session.project
    before = [o.id for o in project.organisations]
    click_row(qtbot, page, row_of(page, "Ray Fuentes"))
    line = page.organisation_combo.lineEdit()
    page.organisation_combo.setFocus()
    type_text(qtbot, line, "Nrth Ridge Public Health")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert len(project.organisations) == len(before) + 1
    line.selectAll()
    type_text(qtbot, line, "North Ridge Public Health")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert [o.id for o in project.organisations] == before
    assert project.member("m-9").organisation_id == "org-health"


# --------------------------------------------------------------------------- removing


def test_remove_asks_first_and_cleans_up_references(qtbot, make_window, dialogs):
    window, page = sample_page(qtbot, make_window, dialogs)
    project = window.session.project
    click_row(qtbot, page, row_of(page, "Tom Becker"))
    dialogs.remove_answers = [False, True]
    click(qtbot, page.remove_button)
    assert project.member("m-4") is not None  # kept: the user said no
    assert dialogs.asked[-1][0] == "remove"
    assert "Remove Tom Becker from the roster?" in dialogs.asked[-1][1]
    assert "1 subcommittee" in dialogs.asked[-1][1]
    assert "meeting attendance list" in dialogs.asked[-1][1]
    click(qtbot, page.remove_button)
    assert project.member("m-4") is None
    assert "m-4" not in project.subcommittees[0].member_ids
    assert "m-4" not in project.meetings[0].attendee_member_ids
    assert "Tom Becker" not in shown_names(page)
    assert page.count_label.text() == "8 people on the roster."
    assert page.meter.headline.text() == "6 members · 6 of 13 sectors"
    assert "Removed 1 person" in page.action_note.text()
    assert page.name_edit.text() != ""  # the next person is selected
    Project.model_validate(project.model_dump())


def test_remove_several_at_once(qtbot, make_window, dialogs):
    window, page = sample_page(qtbot, make_window, dialogs)
    click_row(qtbot, page, 0)
    click_row(qtbot, page, 2, Qt.KeyboardModifier.ShiftModifier)
    dialogs.remove_answers = [True]
    click(qtbot, page.remove_button)
    assert "these 3 people" in dialogs.asked[-1][1]
    assert len(window.session.project.members) == 6
    assert len(shown_names(page)) == 6


# ------------------------------------------------------------------ filters and sorting


def test_filter_by_sector_status_and_search(qtbot, make_window, dialogs):
    _window, page = sample_page(qtbot, make_window, dialogs)
    choose(qtbot, page.sector_filter, "Prosecutors")
    assert shown_names(page) == ["Marcus Reed"]
    assert page.count_label.text() == "Showing 1 of 9 people."
    choose(qtbot, page.sector_filter, "All sectors")
    choose(qtbot, page.status_filter, "Invited")
    assert shown_names(page) == ["Hannah Cole"]
    choose(qtbot, page.status_filter, "Any status")
    type_text(qtbot, page.search_edit, "riverbend")
    # by organisation: Riverbend Youth Haven, School District, and the CPS Riverbend office
    assert sorted(shown_names(page)) == ["Luis Ortega", "Priya Raman", "Tom Becker"]
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "example.org reed")
    assert shown_names(page) == ["Marcus Reed"]
    page.search_edit.clear()
    assert len(shown_names(page)) == 9


def test_people_without_a_sector_can_be_found_and_new_ones_stay_visible(
    qtbot, make_window, dialogs
):
    window, page = sample_page(qtbot, make_window, dialogs)
    choose(qtbot, page.sector_filter, "No sector chosen yet")
    assert shown_names(page) == []
    choose(qtbot, page.sector_filter, "Tribal communities")
    type_text(qtbot, page.search_edit, "Grace")
    click(qtbot, page.add_button)
    assert shown_names(page) == ["(no name yet)"]  # shown, though it matches no search
    type_text(qtbot, page.name_edit, "New Person")
    assert shown_names(page) == ["New Person"]
    assert window.session.project.members[-1].sector == "tribal"  # the filter's sector


def test_a_row_being_edited_does_not_vanish_under_a_filter(qtbot, make_window, dialogs):
    _window, page = sample_page(qtbot, make_window, dialogs)
    type_text(qtbot, page.search_edit, "Grace")
    click_row(qtbot, page, 0)
    page.name_edit.selectAll()
    type_text(qtbot, page.name_edit, "Gwen Lin")
    assert shown_names(page) == ["Gwen Lin"]  # until the filter changes
    type_text(qtbot, page.search_edit, " ")
    assert shown_names(page) == []
    assert not page.name_edit.isEnabled()


def test_hiding_the_selected_person_empties_the_panel_instead_of_switching(
    qtbot, make_window, dialogs
):
    _window, page = sample_page(qtbot, make_window, dialogs)
    click_row(qtbot, page, row_of(page, "Hannah Cole"))
    choose(qtbot, page.status_filter, "Member")
    assert len(shown_names(page)) == 7
    assert page.name_edit.text() == "" and not page.name_edit.isEnabled()
    assert page.details_hint.isVisible()
    click_row(qtbot, page, row_of(page, "Grace Lin"))
    choose(qtbot, page.sector_filter, "Public health")
    assert page.name_edit.text() == "Grace Lin"  # still shown, so still selected
    assert page.table.selectionModel().isRowSelected(0)


def test_sort_by_clicking_headers(qtbot, make_window, dialogs):
    window, page = sample_page(qtbot, make_window, dialogs)
    header = page.table.horizontalHeader()

    def click_header(column: int) -> None:
        rect_x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        from PySide6.QtCore import QPoint

        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect_x, header.height() // 2)
        )

    click_header(Column.NAME)
    names = shown_names(page)
    assert names == sorted(names, key=str.casefold)
    click_header(Column.NAME)
    assert shown_names(page) == sorted(names, key=str.casefold, reverse=True)
    click_header(Column.ORGANISATION)
    organisations = shown_names(page, Column.ORGANISATION)
    assert organisations[-1] == ""  # Ray has no organisation: blanks go last
    assert organisations[:-1] == sorted(organisations[:-1], key=str.casefold)
    # the order is the view's: the project keeps its own
    assert [m.id for m in window.session.project.members][:2] == ["m-1", "m-2"]
    # and the sort is kept when the page is shown again
    click_navigator(qtbot, window, "mission")
    click_navigator(qtbot, window, "members")
    assert shown_names(page, Column.ORGANISATION) == organisations


# --------------------------------------------------------------------------- import

GOOD = (
    "Full Name,Organization,Sector,Status,E-mail,Joined\n"
    "Ana Ruiz,Tribal Health Clinic,Tribal communities,member,ana@example.org,3/1/2026\n"
    "Bo Li,north ridge public health,Public health,invited,bo@example.org,\n"
)


def test_import_a_good_file(qtbot, make_window, dialogs, tmp_path):
    window, page = sample_page(qtbot, make_window, dialogs)
    dialogs.csv_open_paths = [write_csv(tmp_path, GOOD)]
    dialogs.csv_mappings = [ACCEPT_GUESS]
    click(qtbot, page.import_button)
    assert dialogs.kinds() == ["csv_open", "map_columns"]
    assert dialogs.asked[1][1] == ("people.csv: 2 people ready to import, with 1 new organization.")
    project = window.session.project
    assert [m.name for m in project.members[-2:]] == ["Ana Ruiz", "Bo Li"]
    ana, bo = project.members[-2:]
    assert (ana.sector, ana.status, ana.joined_on) == ("tribal", "member", date(2026, 3, 1))
    assert bo.organisation_id == "org-health"
    assert shown_names(page)[-2:] == ["Ana Ruiz", "Bo Li"]
    assert "Added 2 people from people.csv, and 1 new organization" in page.action_note.text()
    assert not page.report_box.isVisible()
    assert page.meter.headline.text() == "8 members · 8 of 13 sectors"
    assert page.organisation_combo.findText("Tribal Health Clinic") >= 0
    assert window.isWindowModified()


def test_import_with_bad_rows_adds_nothing_until_the_user_says_so(
    qtbot, make_window, dialogs, tmp_path
):
    text = GOOD + "Cy,Clinic,Policing unit,member,,\n" + ",Clinic,Schools,maybe,,\n"
    window, page = sample_page(qtbot, make_window, dialogs)
    project = window.session.project
    dialogs.csv_open_paths = [write_csv(tmp_path, text)]
    dialogs.csv_mappings = [ACCEPT_GUESS]
    click(qtbot, page.import_button)
    assert len(project.members) == 9  # nothing yet
    assert page.report_box.isVisible()
    assert "Nothing has been imported yet" in page.report_label.text()
    lines = [page.report_list.item(i).text() for i in range(page.report_list.count())]
    assert lines[:3] == [
        "Row 4: “Policing unit” is not one of the 13 sectors",
        "Row 5: the name is empty",
        "Row 5: the status “maybe” is not one of: prospect, invited, member, has left",
    ]
    assert lines[3].startswith("The 13 sectors are: Local law enforcement")
    assert page.import_good_button.text() == "Import the 2 people without problems"
    assert window.navigator.state_of("members") != "not started"
    click(qtbot, page.import_good_button)
    assert [m.name for m in project.members[-2:]] == ["Ana Ruiz", "Bo Li"]
    assert len(project.members) == 11
    assert not page.report_box.isVisible()


def test_a_cancelled_import_changes_nothing(qtbot, make_window, dialogs, tmp_path):
    window, page = sample_page(qtbot, make_window, dialogs)
    project = window.session.project
    before = project.model_dump()
    text = GOOD + "Cy,Clinic,Policing unit,member,,\n"
    dialogs.csv_open_paths = [None, write_csv(tmp_path, GOOD), write_csv(tmp_path, text)]
    dialogs.csv_mappings = [None, ACCEPT_GUESS]
    click(qtbot, page.import_button)  # no file chosen
    click(qtbot, page.import_button)  # the column step cancelled
    click(qtbot, page.import_button)  # bad rows, then Cancel
    click(qtbot, page.cancel_import_button)
    assert project.model_dump() == before
    assert not window.isWindowModified()
    assert page.action_note.text() == "Nothing was imported."
    assert not page.report_box.isVisible()


def test_a_file_that_is_not_a_roster_is_explained_inline(qtbot, make_window, dialogs, tmp_path):
    _window, page = sample_page(qtbot, make_window, dialogs)
    workbook = tmp_path / "roster.xlsx"
    workbook.write_bytes(b"PK\x03\x04 a zip file")
    dialogs.csv_open_paths = [workbook, write_csv(tmp_path, "Name,Email\n", "empty.csv")]
    click(qtbot, page.import_button)
    assert page.report_box.isVisible()
    assert "roster.xlsx was not imported" in page.report_label.text()
    assert "CSV UTF-8" in page.report_label.text()
    assert not page.import_good_button.isVisible()
    click(qtbot, page.import_button)
    assert "no people in it" in page.report_label.text()
    assert "map_columns" not in dialogs.kinds()


def test_import_with_a_mapping_the_user_changed(qtbot, make_window, dialogs, tmp_path):
    text = "Who,Where\nAna Ruiz,Valley Community Clinic\n"
    window, page = new_project_page(qtbot, make_window, dialogs)
    dialogs.csv_open_paths = [write_csv(tmp_path, text, encoding="cp1252")]
    dialogs.csv_mappings = [ColumnMapping({"name": 0, "organisation": 1}, "member")]
    click(qtbot, page.import_button)
    (ana,) = window.session.project.members
    assert (ana.name, ana.status) == ("Ana Ruiz", "member")
    assert window.session.project.organisations[0].name == "Valley Community Clinic"


def test_a_pending_import_does_not_follow_into_another_project(
    qtbot, make_window, dialogs, tmp_path
):
    window, page = sample_page(qtbot, make_window, dialogs)
    dialogs.csv_open_paths = [write_csv(tmp_path, GOOD + "Cy,Clinic,Policing unit,member,,\n")]
    dialogs.csv_mappings = [ACCEPT_GUESS]
    click(qtbot, page.import_button)
    assert page.report_box.isVisible()
    other = Project(region=Region(name="Other"), last_step="members")
    window.show_session(ProjectSession(other, None))
    assert not page.report_box.isVisible()
    assert page._pending is None
    assert shown_names(page) == []


# --------------------------------------------------------------------------- export


def test_export_writes_the_whole_roster(qtbot, make_window, dialogs, tmp_path):
    window, page = sample_page(qtbot, make_window, dialogs)
    choose(qtbot, page.status_filter, "Invited")  # a filter does not limit the export
    target = tmp_path / "out.csv"
    dialogs.csv_save_paths = [target]
    click(qtbot, page.export_button)
    assert dialogs.asked[0][1].endswith("/North Ridge CSEC-Y Task Force roster.csv")
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 10
    assert rows[1][:5] == [
        "Dana Whitfield",
        "Detective",
        "North Ridge County Sheriff's Office",
        "Local law enforcement",
        "Member",
    ]
    assert page.action_note.text() == "Saved 9 people to out.csv."
    assert not window.isWindowModified()  # exporting changes nothing in the project


def test_a_failed_export_writes_nothing_and_says_why(qtbot, make_window, dialogs, tmp_path):
    _window, page = sample_page(qtbot, make_window, dialogs)
    target = tmp_path / "missing-folder" / "out.csv"
    dialogs.csv_save_paths = [target, None]
    click(qtbot, page.export_button)
    assert dialogs.kinds() == ["csv_save", "error"]
    assert "could not be saved as out.csv" in dialogs.asked[1][1]
    assert "Nothing was written" in dialogs.asked[1][1]
    assert not target.parent.exists()
    click(qtbot, page.export_button)  # cancelled: no error, no file
    assert dialogs.kinds() == ["csv_save", "error", "csv_save"]


def test_export_then_import_round_trip_through_the_page(qtbot, make_window, dialogs, tmp_path):
    window, page = sample_page(qtbot, make_window, dialogs)
    target = tmp_path / "roster.csv"
    dialogs.csv_save_paths = [target]
    click(qtbot, page.export_button)
    original = window.session.project
    other = Project(region=Region(name="Copy"), last_step="members")
    window.show_session(ProjectSession(other, None))
    dialogs.csv_open_paths = [target]
    dialogs.csv_mappings = [ACCEPT_GUESS]
    click(qtbot, page.import_button)
    assert [(m.name, m.sector, m.status, m.email, m.joined_on) for m in other.members] == [
        (m.name, m.sector, m.status, m.email, m.joined_on) for m in original.members
    ]
    assert sorted(o.name for o in other.organisations) == sorted(
        o.name for o in original.organisations
    )


# --------------------------------------------------------------------- coverage meter


def test_the_meter_follows_the_roster(qtbot, make_window, dialogs):
    window, page = sample_page(qtbot, make_window, dialogs)
    meter = page.meter
    assert meter.headline.text() == "7 members · 7 of 13 sectors"
    assert meter.bar.value() == 7
    assert "Human trafficking survivors" in meter.attention.text()
    assert meter.chips["survivors"].text() == "○ Human trafficking survivors: missing"
    assert meter.chips["prosecutors"].text() == "✓ Prosecutors (1)"
    assert meter.chips["survivors"].accessibleName() == (
        "Human trafficking survivors: missing, a voice often left out"
    )
    click(qtbot, page.add_button)
    type_text(qtbot, page.name_edit, "Survivor Leader")
    choose(qtbot, page.sector_combo, "Human trafficking survivors")
    assert meter.headline.text() == "7 members · 7 of 13 sectors"  # a prospect is not a seat
    choose(qtbot, page.status_combo, "Member")
    assert meter.headline.text() == "8 members · 8 of 13 sectors"
    assert meter.chips["survivors"].text() == "✓ Human trafficking survivors (1)"
    assert "Human trafficking survivors" not in meter.attention.text()
    click_row(qtbot, page, row_of(page, "Marcus Reed"))
    choose(qtbot, page.status_combo, "Has left")
    assert meter.headline.text() == "7 members · 7 of 13 sectors"
    assert meter.chips["prosecutors"].text() == "○ Prosecutors"
    assert window.session.project.member("m-6").left_on == clock.today()


# --------------------------------------------------------------------- accessibility


def test_every_field_has_a_label_with_a_mnemonic_and_a_name(qtbot, make_window, dialogs):
    _window, page = sample_page(qtbot, make_window, dialogs)
    buddies = {
        label.buddy()
        for label in page.findChildren(QLabel)
        if "&" in label.text() and label.buddy() is not None
    }
    kinds = QLineEdit | QComboBox | QDateEdit | QPlainTextEdit | QTableView | QListWidget
    fields = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, kinds)
        and not w.objectName().startswith("qt_")  # parts of Qt's own widgets
        and not isinstance(w.parent(), QComboBox)  # an editable combo's line edit
    ]
    assert len(fields) > 12
    checks = {page.joined_edit: page.joined_check, page.left_edit: page.left_check}
    for field in fields:
        assert field.accessibleName(), field.objectName()
        if field not in checks and field is not page.report_list:
            assert field in buddies, field.objectName()
    for check in checks.values():
        assert "&" in check.text()
    mnemonics = [
        text[text.index("&") + 1].lower()
        for text in [lb.text() for lb in page.findChildren(QLabel)]
        + [b.text() for b in page.findChildren(QAbstractButton)]
        if "&" in text
    ]
    assert len(mnemonics) == len(set(mnemonics)), mnemonics
    assert not {"b", "n", "g", "f", "v", "h"} & set(mnemonics)  # the window's own keys


def test_the_column_dialog_preselects_the_guess_and_needs_a_name(qtbot):
    table = parse_csv_text("Full Name,Agency,Notes\nAna,Clinic,x\nBo,Haven,y\n")
    seen: list[ColumnMapping] = []

    def describe(mapping: ColumnMapping) -> str:
        seen.append(mapping)
        return f"{len(mapping.columns)} columns"

    dialog = CsvImportDialog("people.csv", table, guess_mapping(table.headers), describe)
    qtbot.addWidget(dialog)
    assert dialog.combos["name"].currentText() == "Full Name"
    assert dialog.combos["organisation"].currentText() == "Agency"
    assert dialog.combos["email"].currentText() == NOT_IN_FILE
    assert dialog.preview.rowCount() == 2
    assert dialog.preview.verticalHeaderItem(0).text() == "Row 2"
    assert dialog.summary.text() == "3 columns"
    assert dialog.ok_button.isEnabled()
    dialog.combos["name"].setFocus()
    qtbot.keyClick(dialog.combos["name"], Qt.Key.Key_Home)
    assert dialog.combos["name"].currentText() == NOT_IN_FILE
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.isVisibleTo(dialog)
    assert "name" in dialog.problem.text()
    choose(qtbot, dialog.combos["last_name"], "Full Name")
    choose(qtbot, dialog.default_status, "Member")
    assert dialog.ok_button.isEnabled()
    assert dialog.mapping() == ColumnMapping(
        {"last_name": 0, "organisation": 1, "notes": 2}, "member"
    )
    assert seen[-1] == dialog.mapping()


# ----------------------------------------------------------------------- large roster


def test_a_2000_person_roster_in_the_table(qtbot, make_window, dialogs):
    """Correctness at size; the time it takes is in scripts/benchmark_roster.py."""
    window = make_window(dialogs)
    project = project_with_roster(2_000)
    project.last_step = "members"
    window.show_session(ProjectSession(project, None))
    page = window.pages["members"]
    assert page.table.model().rowCount() == 2_000
    click_row(qtbot, page, 0)
    choose(qtbot, page.status_filter, "Member")
    assert page.table.model().rowCount() == 500
    page.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert page.count_label.text() == "Showing 500 of 2,000 people."
    assert page.meter.headline.text() == "500 members · 13 of 13 sectors"


def test_the_keyboard_reaches_everything(qtbot, make_window, dialogs):
    window, page = sample_page(qtbot, make_window, dialogs)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    click_row(qtbot, page, row_of(page, "Grace Lin"))
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.name_edit.text() == "Marcus Reed"  # the panel follows the arrow keys
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.name_edit.hasFocus()
    page.table.setFocus()
    dialogs.remove_answers = [True]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Remove Marcus Reed" in dialogs.asked[-1][1]
    assert window.session.project.member("m-6") is None


def test_a_new_organisation_of_a_removed_person_goes_with_them(qtbot, make_window, dialogs):
    window, page = sample_page(qtbot, make_window, dialogs)
    project = window.session.project
    count = len(project.organisations)
    click(qtbot, page.add_button)
    type_text(qtbot, page.name_edit, "Temp")
    page.organisation_combo.setFocus()
    type_text(qtbot, page.organisation_combo.lineEdit(), "Brand New Org")
    dialogs.remove_answers = [True]
    click(qtbot, page.remove_button)  # leaving the box adds the organisation first
    assert dialogs.kinds() == ["remove"]
    assert len(project.organisations) == count
    assert page.organisation_combo.findText("Brand New Org") < 0


def test_the_real_column_step_is_modal_and_answers_with_the_mapping(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wizard.ui.dialogs import Dialogs

    table = parse_csv_text("Name,Email\nAna,a@example.org\n")
    guess = guess_mapping(table.headers)
    shown: list[str] = []

    def answer(accept: bool) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CsvImportDialog)
        shown.append(dialog.summary.text())
        if accept:
            dialog.accept()
        else:
            dialog.reject()

    QTimer.singleShot(0, lambda: answer(True))
    assert Dialogs(None).map_csv_columns("a.csv", table, guess, lambda m: "ready") == guess
    QTimer.singleShot(0, lambda: answer(False))
    assert Dialogs(None).map_csv_columns("a.csv", table, guess) is None
    assert shown == ["ready", ""]


def test_a_greeting_for_letters_is_typed_and_kept(qtbot, make_window, dialogs):
    window, page = sample_page(qtbot, make_window, dialogs)
    click_row(qtbot, page, row_of(page, "Hannah Cole"))
    assert page.greeting_edit.placeholderText() == "Hannah"  # what letters use meanwhile
    type_text(qtbot, page.greeting_edit, "Dr. Cole")
    hannah = next(m for m in window.session.project.members if m.name == "Hannah Cole")
    assert hannah.salutation == "Dr. Cole"
