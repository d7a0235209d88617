"""Step 3: recruit members. The roster of people and their organisations, its CSV
import and export, and the sector coverage meter.

The table is a model/view over ``project.members`` (see ``roster_model``), so a
roster of thousands costs no more widgets than a roster of ten. The panel under
the table edits whichever person is selected; every keystroke goes straight into
the project. Nothing here asks a modal question except removing people (which
cannot be undone) and the file and column choices of an import or export.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)

from wizard.model import clock, reference
from wizard.model.coverage import sector_coverage
from wizard.model.project import Member, MemberStatus, Organisation
from wizard.model.roster import (
    STATUS_HINTS,
    STATUS_LABELS,
    ColumnMapping,
    CsvTable,
    ImportPlan,
    RosterCsvError,
    apply_import,
    export_csv,
    find_or_add_organisation,
    guess_mapping,
    organisation_in_use,
    plan_import,
    read_roster_csv,
    removal_effects,
    remove_members,
)
from wizard.model.validation import email_problem
from wizard.model.wording import greeting_default
from wizard.storage.atomic import write_atomically
from wizard.ui.forms import child, load_form
from wizard.ui.pages.base import StepPage
from wizard.ui.session import ProjectSession
from wizard.ui.widgets.coverage_meter import CoverageMeter
from wizard.ui.widgets.dates import chosen_day, to_qdate
from wizard.ui.widgets.problem import set_note, set_problem
from wizard.ui.widgets.roster_model import NO_SECTOR, Column, RosterFilter, RosterModel

COLUMN_WIDTHS = {
    Column.NAME: 170,
    Column.ORGANISATION: 190,
    Column.SECTOR: 160,
    Column.STATUS: 80,
    Column.EMAIL: 180,
    Column.PHONE: 110,
}
SHOWN_PROBLEMS = 200
"""Problem rows listed in the import report; the rest are counted, not listed."""
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class MembersPage(StepPage):
    step_id = "members"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("members.ui", self)
        self._member: Member | None = None
        self._organisations_added_here: set[str] = set()
        self._pending: tuple[str, CsvTable, ColumnMapping] | None = None
        """An import waiting for the user's word: file name, its rows, the columns chosen."""
        self._showing: ProjectSession | None = None
        self._chosen: str | None = None
        """The person the user last picked, shown again when a filter lets them back."""
        self._refiltering = False
        self._find_widgets(form)
        self._set_up_table()
        self._fill_fixed_combos()
        self._connect()
        self._show_details()
        self.report_box.hide()
        set_note(self.action_note, "")

    # ----- building -------------------------------------------------------------------

    def _find_widgets(self, form: QWidget) -> None:
        host = child(form, QWidget, "coverageHost")
        self.meter = CoverageMeter(host)
        layout = host.layout()
        assert layout is not None
        layout.addWidget(self.meter)
        self.scroll_area = child(form, QScrollArea, "scrollArea")
        self.search_edit = child(form, QLineEdit, "searchEdit")
        self.sector_filter = child(form, QComboBox, "sectorFilterCombo")
        self.status_filter = child(form, QComboBox, "statusFilterCombo")
        self.table = child(form, QTableView, "rosterTable")
        self.count_label = child(form, QLabel, "countLabel")
        self.add_button = child(form, QPushButton, "addButton")
        self.remove_button = child(form, QPushButton, "removeButton")
        self.import_button = child(form, QPushButton, "importButton")
        self.export_button = child(form, QPushButton, "exportButton")
        self.action_note = child(form, QLabel, "actionNoteLabel")
        self.report_box = child(form, QGroupBox, "importReportBox")
        self.report_label = child(form, QLabel, "reportLabel")
        self.report_list = child(form, QListWidget, "reportList")
        self.import_good_button = child(form, QPushButton, "importGoodButton")
        self.cancel_import_button = child(form, QPushButton, "cancelImportButton")
        self.details_box = child(form, QGroupBox, "detailsBox")
        self.details_hint = child(form, QLabel, "detailsHintLabel")
        self.name_edit = child(form, QLineEdit, "nameEdit")
        self.name_problem = child(form, QLabel, "nameProblemLabel")
        self.title_edit = child(form, QLineEdit, "titleEdit")
        self.greeting_edit = child(form, QLineEdit, "greetingEdit")
        self.organisation_combo = child(form, QComboBox, "organisationCombo")
        self.organisation_note = child(form, QLabel, "organisationNoteLabel")
        self.sector_combo = child(form, QComboBox, "sectorCombo")
        self.status_combo = child(form, QComboBox, "statusCombo")
        self.email_edit = child(form, QLineEdit, "emailEdit")
        self.email_note = child(form, QLabel, "emailNoteLabel")
        self.phone_edit = child(form, QLineEdit, "phoneEdit")
        self.joined_check = child(form, QCheckBox, "joinedCheck")
        self.joined_edit = child(form, QDateEdit, "joinedEdit")
        self.left_check = child(form, QCheckBox, "leftCheck")
        self.left_edit = child(form, QDateEdit, "leftEdit")
        self.dates_problem = child(form, QLabel, "datesProblemLabel")
        self.notes_edit = child(form, QPlainTextEdit, "notesEdit")
        self._detail_fields: list[QWidget] = [
            self.name_edit,
            self.title_edit,
            self.greeting_edit,
            self.organisation_combo,
            self.sector_combo,
            self.status_combo,
            self.email_edit,
            self.phone_edit,
            self.joined_check,
            self.left_check,
            self.notes_edit,
        ]

    def _set_up_table(self) -> None:
        self.roster = RosterModel(self)
        self.visible = RosterFilter(self.roster, self)
        self.table.setModel(self.visible)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        # Shown next to the name, so whether someone is a member shows without scrolling
        # the table sideways at the first window's size (the data keeps its order).
        header.moveSection(header.visualIndex(Column.STATUS), header.visualIndex(Column.NAME) + 1)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no measuring 10,000 rows
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def _fill_fixed_combos(self) -> None:
        self.sector_filter.addItem("All sectors", None)
        self.sector_filter.addItem("No sector chosen yet", NO_SECTOR)
        self.sector_combo.addItem("— choose a sector —", None)
        for sector in reference.sectors():
            for combo in (self.sector_filter, self.sector_combo):
                combo.addItem(sector.name, sector.id)
                combo.setItemData(combo.count() - 1, sector.description, _TOOLTIP)
        self.status_filter.addItem("Any status", None)
        for status, label in STATUS_LABELS.items():
            for combo in (self.status_filter, self.status_combo):
                combo.addItem(label, status)
                combo.setItemData(combo.count() - 1, STATUS_HINTS[status], _TOOLTIP)
        completer = self.organisation_combo.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._filters_changed)
        self.sector_filter.currentIndexChanged.connect(self._filters_changed)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        selection.selectionChanged.connect(self._selection_changed)
        self.visible.rowsInserted.connect(self._show_count)
        self.visible.rowsRemoved.connect(self._show_count)
        self.visible.modelReset.connect(self._show_count)
        self.visible.layoutChanged.connect(self._show_count)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)
        self.import_good_button.clicked.connect(self._import_good_rows)
        self.cancel_import_button.clicked.connect(self._cancel_import)
        self.name_edit.textEdited.connect(self._name_edited)
        self.title_edit.textEdited.connect(self._title_edited)
        self.greeting_edit.textEdited.connect(self._greeting_edited)
        organisation_edit = self.organisation_combo.lineEdit()
        assert organisation_edit is not None
        organisation_edit.editingFinished.connect(self._organisation_entered)
        self.organisation_combo.activated.connect(self._organisation_entered)
        self.sector_combo.activated.connect(self._sector_chosen)
        self.status_combo.activated.connect(self._status_chosen)
        self.email_edit.textEdited.connect(self._email_edited)
        self.phone_edit.textEdited.connect(self._phone_edited)
        self.joined_check.clicked.connect(self._dates_edited)
        self.left_check.clicked.connect(self._dates_edited)
        self.joined_edit.dateChanged.connect(self._dates_edited)
        self.left_edit.dateChanged.connect(self._dates_edited)
        self.notes_edit.textChanged.connect(self._notes_edited)
        self._add_keys()

    def _add_keys(self) -> None:
        """Delete removes the selected rows, Enter on a row goes to its details, and
        Ctrl+F goes to the search box: the mouse is never needed."""
        remove = QAction("Remove the selected people", self.table)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.table.addAction(remove)
        self.table.activated.connect(lambda _index: self.name_edit.setFocus())
        find = QAction("Search the roster", self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.search_edit.setFocus)
        self.addAction(find)

    # ----- showing the project --------------------------------------------------------

    def show_project(self) -> None:
        if self.session is not None and self._showing is not self.session:
            self._pending = None  # an import started on another project does not carry over
            self._organisations_added_here.clear()
            self.report_box.hide()
            set_note(self.action_note, "")
            self._showing = self.session
        keep = self._chosen
        header = self.table.horizontalHeader()
        layout = header.saveState()  # a model reset would forget widths and the sort
        self.roster.set_project(self.project)
        header.restoreState(layout)
        self._fill_organisations()
        self._show_coverage()
        self._show_count()
        self._select(keep)

    def _fill_organisations(self) -> None:
        combo = self.organisation_combo
        text = combo.currentText()
        with self.loading():
            combo.clear()
            combo.addItem("", None)
            for organisation in sorted(self.project.organisations, key=_by_name):
                if organisation.name.strip():
                    combo.addItem(organisation.name, organisation.id)
            combo.setEditText(text)

    def _show_coverage(self) -> None:
        self.meter.show_coverage(sector_coverage(self.project))

    def _show_count(self) -> None:
        total = len(self.project.members) if self.session is not None else 0
        shown = self.visible.rowCount()
        people = "person" if total == 1 else "people"
        if total == 0:
            text = "No one on the roster yet. Add people one by one, or import a spreadsheet."
        elif shown == total:
            text = f"{total:,} {people} on the roster."
        else:
            text = f"Showing {shown:,} of {total:,} {people}."
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        self.export_button.setEnabled(total > 0)

    # ----- filters and selection ------------------------------------------------------

    def _filters_changed(self) -> None:
        """Refilter. The chosen person stays in the panel while shown; when a filter
        hides them the panel empties (rather than quietly switching to whoever Qt makes
        current next), and they come back when a filter shows them again."""
        self._refiltering = True
        try:
            self.visible.set_filters(
                self.sector_filter.currentData(),
                self.status_filter.currentData(),
                self.search_edit.text(),
            )
        finally:
            self._refiltering = False
        self._show_count()
        self._select(self._chosen)

    def _proxy_row(self, member_id: str) -> int | None:
        source_row = self.roster.row_of(member_id)
        if source_row is None:
            return None
        index = self.visible.mapFromSource(self.roster.index(source_row, 0))
        return index.row() if index.isValid() else None

    def _select(self, member_id: str | None) -> None:
        """Select the member's row (or nothing), and show them in the panel."""
        row = self._proxy_row(member_id) if member_id else None
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self._member = None
            self._show_details()
            return
        self.table.selectRow(row)
        index = self.visible.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._member = self.roster.member_at(self.visible.mapToSource(index).row())
        self._chosen = self._member.id
        self._show_details()

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._refiltering:
            return  # Qt moving the current row off a hidden one is not the user's choice
        if current.isValid():
            source = self.visible.mapToSource(current)
            self._member = self.roster.member_at(source.row())
            self._chosen = self._member.id
        else:
            self._member = None
        self._show_details()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())

    def selected_members(self) -> list[Member]:
        rows = self.table.selectionModel().selectedRows()
        members = [self.roster.member_at(self.visible.mapToSource(i).row()) for i in rows]
        return members

    # ----- the details panel ----------------------------------------------------------

    def _show_details(self) -> None:
        member = self._member
        self.details_hint.setVisible(member is None)
        for widget in self._detail_fields:
            widget.setEnabled(member is not None)
        with self.loading():
            if member is None:
                self._clear_details()
            else:
                self._fill_details(member)
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())
        self._show_member_problems()

    def _clear_details(self) -> None:
        for line in (
            self.name_edit,
            self.title_edit,
            self.greeting_edit,
            self.email_edit,
            self.phone_edit,
        ):
            line.clear()
        self.organisation_combo.setEditText("")
        self.sector_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        for check, edit in (
            (self.joined_check, self.joined_edit),
            (self.left_check, self.left_edit),
        ):
            check.setChecked(False)
            edit.setEnabled(False)
            edit.setDate(to_qdate(clock.today()))
        self.notes_edit.clear()
        set_note(self.organisation_note, "")

    def _fill_details(self, member: Member) -> None:
        self.name_edit.setText(member.name)
        self.title_edit.setText(member.title)
        self.greeting_edit.setText(member.salutation)
        self.greeting_edit.setPlaceholderText(greeting_default(member.name))
        self._show_organisation_text(self.roster.organisation_name(member))
        self.sector_combo.setCurrentIndex(max(0, self.sector_combo.findData(member.sector)))
        self.status_combo.setCurrentIndex(self.status_combo.findData(member.status))
        self.email_edit.setText(member.email)
        self.phone_edit.setText(member.phone)
        self._fill_dates(member)
        if self.notes_edit.toPlainText() != member.notes:
            self.notes_edit.setPlainText(member.notes)
        set_note(self.organisation_note, "")

    def _fill_dates(self, member: Member) -> None:
        today = to_qdate(clock.today())
        for check, edit, day in (
            (self.joined_check, self.joined_edit, member.joined_on),
            (self.left_check, self.left_edit, member.left_on),
        ):
            check.setChecked(day is not None)
            edit.setEnabled(day is not None)
            edit.setDate(to_qdate(day) if day else today)

    def _show_organisation_text(self, text: str) -> None:
        """Long names show their beginning, not their end."""
        self.organisation_combo.setEditText(text)
        line = self.organisation_combo.lineEdit()
        if line is not None and not line.hasFocus():
            line.setCursorPosition(0)

    def _show_member_problems(self) -> None:
        member = self._member
        if member is None:
            for label in (self.name_problem, self.email_note, self.dates_problem):
                set_problem(label, "")
            return
        set_problem(self.name_problem, "" if member.name.strip() else "A name is needed.")
        set_note(self.email_note, email_problem(member.email))
        late = member.joined_on and member.left_on and member.left_on < member.joined_on
        set_problem(self.dates_problem, "The date left is before the date joined." if late else "")

    def _changed(self, member: Member, *, coverage: bool = False) -> None:
        """After writing into ``member``: refresh its row, problems, meter; mark edited."""
        self.roster.member_changed(member.id)
        self._show_member_problems()
        if coverage:
            self._show_coverage()
        self.edited()

    def _name_edited(self, text: str) -> None:
        if self._member is not None and not self.is_loading:
            self._member.name = text
            self._changed(self._member)

    def _greeting_edited(self, text: str) -> None:
        if self._member is not None and not self.is_loading:
            self._member.salutation = text
            self._changed(self._member)

    def _title_edited(self, text: str) -> None:
        if self._member is not None and not self.is_loading:
            self._member.title = text
            self._changed(self._member)

    def _email_edited(self, text: str) -> None:
        if self._member is not None and not self.is_loading:
            self._member.email = text
            self._changed(self._member)

    def _phone_edited(self, text: str) -> None:
        if self._member is not None and not self.is_loading:
            self._member.phone = text
            self._changed(self._member)

    def _notes_edited(self) -> None:
        if self._member is not None and not self.is_loading:
            self._member.notes = self.notes_edit.toPlainText()
            self._changed(self._member)

    def _sector_chosen(self, index: int) -> None:
        if self._member is not None and not self.is_loading:
            self._member.sector = self.sector_combo.itemData(index)
            self._changed(self._member, coverage=True)

    def _status_chosen(self, index: int) -> None:
        member = self._member
        if member is None or self.is_loading:
            return
        status: MemberStatus = self.status_combo.itemData(index)
        member.status = status
        if status == "member" and member.joined_on is None:
            member.joined_on = clock.today()
        if status == "left" and member.left_on is None:
            member.left_on = clock.today()
        with self.loading():
            self._fill_dates(member)
        self._changed(member, coverage=True)

    def _dates_edited(self) -> None:
        member = self._member
        if member is None or self.is_loading:
            return
        self.joined_edit.setEnabled(self.joined_check.isChecked())
        self.left_edit.setEnabled(self.left_check.isChecked())
        member.joined_on = chosen_day(self.joined_edit) if self.joined_check.isChecked() else None
        member.left_on = chosen_day(self.left_edit) if self.left_check.isChecked() else None
        self._changed(member)

    def _organisation_entered(self) -> None:
        """The user picked or typed an organisation: match it by name or add it."""
        member = self._member
        if member is None or self.is_loading:
            return
        text = self.organisation_combo.currentText()
        organisation, added = find_or_add_organisation(self.project, text, member.sector)
        new_id = organisation.id if organisation else None
        if new_id == member.organisation_id:
            if organisation is not None and organisation.name != text:
                with self.loading():
                    self._show_organisation_text(organisation.name)
            return
        previous = member.organisation_id
        member.organisation_id = new_id
        dropped = self._drop_if_unused(previous)
        note = ""
        if added and organisation is not None:
            self._organisations_added_here.add(organisation.id)
            note = f"“{organisation.name}” was added as a new organization."
        if added or dropped:
            self._fill_organisations()
            self.roster.organisations_changed()
        with self.loading():
            self._show_organisation_text(organisation.name if organisation else "")
        set_note(self.organisation_note, note)
        self._changed(member)

    def _drop_if_unused(self, organisation_id: str | None) -> bool:
        """An organisation added on this page by typing, now used by no one, was a slip
        of the keyboard ('Nrth Ridge'): take it away again. Others stay untouched."""
        if organisation_id is None or organisation_id not in self._organisations_added_here:
            return False
        if organisation_in_use(self.project, organisation_id):
            return False
        self.project.organisations[:] = [
            o for o in self.project.organisations if o.id != organisation_id
        ]
        self._organisations_added_here.discard(organisation_id)
        return True

    # ----- adding and removing --------------------------------------------------------

    def add_person(self) -> None:
        sector = self.sector_filter.currentData()
        status = self.status_filter.currentData()
        member = Member(sector=sector or None, status=status or "prospect")
        self.project.members.append(member)
        self.visible.pin(member.id)
        self.roster.append_members([member])
        self._select(member.id)
        self._show_coverage()
        self.edited()
        self.name_edit.setFocus()

    def remove_selected(self) -> None:
        members = self.selected_members()
        if not members:
            return
        if len(members) == 1:
            who = members[0].name.strip() or "this person with no name"
            question = f"Remove {who} from the roster?"
        else:
            question = f"Remove these {len(members):,} people from the roster?"
        ids = [m.id for m in members]
        detail = " ".join(
            part
            for part in (
                "Their details are deleted from this project.",
                removal_effects(self.project, ids).describe(),
            )
            if part
        )
        if not self.dialogs.confirm_remove_members(question, detail):
            return
        next_row = min(self.table.selectionModel().selectedRows(), key=lambda i: i.row()).row()
        remove_members(self.project, ids)
        self.roster.forget_members(ids)
        dropped = [self._drop_if_unused(m.organisation_id) for m in members]  # every one
        if any(dropped):
            self._fill_organisations()
        self._member = None
        self._show_coverage()
        self._show_count()
        self.edited()
        if self.visible.rowCount():
            row = min(next_row, self.visible.rowCount() - 1)
            source = self.visible.mapToSource(self.visible.index(row, 0))
            self._select(self.roster.member_at(source.row()).id)
        else:
            self._select(None)
        set_note(self.action_note, f"Removed {_people(len(ids))} from the roster.")

    # ----- import and export ----------------------------------------------------------

    def import_csv(self) -> None:
        dialogs = self.dialogs
        path = dialogs.choose_csv_to_import(self.start_folder())
        if path is None:
            return
        try:
            table = read_roster_csv(path)
        except RosterCsvError as error:
            self._show_report(f"{path.name} was not imported. {error}", [], can_import=False)
            return
        if not table.rows:
            self._show_report(
                f"{path.name} has column headings but no people in it.", [], can_import=False
            )
            return
        project = self.project
        mapping = dialogs.map_csv_columns(
            path.name,
            table,
            guess_mapping(table.headers),
            lambda m: plan_import(table, m, project).summary(project),
        )
        if mapping is None:
            return
        plan = plan_import(table, mapping, self.project)
        if plan.problems:
            self._pending = (path.name, table, mapping)
            self._show_problems(path.name, plan)
        else:
            self._add_from(path.name, plan)

    def _show_problems(self, file_name: str, plan: ImportPlan) -> None:
        bad = plan.rows_with_problems
        ready = len(plan.ready)
        text = (
            f"<b>Nothing has been imported yet.</b> {bad:,} row{'s' if bad > 1 else ''} of "
            f"{html.escape(file_name)} {'have' if bad > 1 else 'has'} a problem, listed below. "
            "You can fix the file and import it again"
        )
        if ready:
            text += f", or import just the {ready:,} rows without problems."
        else:
            text += "; no row can be imported as it is."
        lines = [str(problem) for problem in plan.problems[:SHOWN_PROBLEMS]]
        if len(plan.problems) > SHOWN_PROBLEMS:
            lines.append(f"…and {len(plan.problems) - SHOWN_PROBLEMS:,} more problems.")
        if any("sectors" in line for line in lines):
            names = ", ".join(s.name for s in reference.sectors())
            lines.append(f"The 13 sectors are: {names}.")
        self._show_report(text, lines, can_import=ready > 0)
        self.import_good_button.setText(
            f"Import the {_people(ready)} without problems" if ready else "Import"
        )
        self.report_list.setFocus()

    def _show_report(self, text: str, lines: list[str], *, can_import: bool) -> None:
        self.report_label.setText(text)
        self.report_label.setStyleSheet("")
        self.report_list.clear()
        self.report_list.addItems(lines)
        self.report_list.setVisible(bool(lines))
        self.import_good_button.setVisible(can_import)
        self.cancel_import_button.setText("Cancel the import" if can_import else "Close")
        if not can_import:
            self._pending = None
        self.report_box.show()
        set_note(self.action_note, "")
        self.scroll_area.ensureWidgetVisible(self.report_box)

    def _import_good_rows(self) -> None:
        if self._pending is None:
            return
        file_name, table, mapping = self._pending
        self._add_from(file_name, plan_import(table, mapping, self.project))

    def _cancel_import(self) -> None:
        was_pending = self._pending is not None
        self._pending = None
        self.report_box.hide()
        set_note(self.action_note, "Nothing was imported." if was_pending else "")
        self.import_button.setFocus()

    def _add_from(self, file_name: str, plan: ImportPlan) -> None:
        result = apply_import(self.project, plan)
        self._pending = None
        self.report_box.hide()
        if result.organisations:
            self._fill_organisations()
            self.roster.organisations_changed()
        for member in result.members:
            self.visible.pin(member.id)
        self.roster.append_members(result.members)
        self._show_coverage()
        self._show_count()
        self.edited()
        text = f"Added {_people(len(result.members))} from {file_name}"
        count = len(result.organisations)
        if count:
            text += f", and {count:,} new organization{'s' if count > 1 else ''}"
        set_note(self.action_note, text + ". They are at the bottom of the table.")
        if result.members:
            self.table.scrollToBottom()

    def export_csv(self) -> None:
        dialogs = self.dialogs
        path = dialogs.choose_csv_export_path(self.start_folder() / self._export_name())
        if path is None:
            return
        try:
            write_atomically(path, export_csv(self.project))
        except OSError as error:
            reason = error.strerror or "the file could not be written"
            dialogs.show_error(
                "Roster not exported",
                f"The roster could not be saved as {path.name} ({reason}). Nothing was "
                "written there. Try another folder, such as Documents.",
            )
            return
        count = len(self.project.members)
        set_note(self.action_note, f"Saved {_people(count)} to {path.name}.")

    def _export_name(self) -> str:
        name = re.sub(r"[\x00-\x1f]+", " ", self.project.region.name)
        name = re.sub(r'[\\/:*?"<>|]+', "-", name).strip(" .-")
        return f"{name or 'Task force'} roster.csv"


def _by_name(organisation: Organisation) -> str:
    return organisation.name.casefold()


def _people(count: int) -> str:
    return f"{count:,} {'person' if count == 1 else 'people'}"
