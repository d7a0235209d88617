"""Phase 2 step: education for service providers, community events, and community advocates.

The list is a small model/view over ``project.activities`` (sorted by date in the
view, never reordered in the project); the panel under it edits the chosen
activity, and every keystroke goes straight into the project. Removing an
activity asks nothing: an Undo button appears instead, so a slip costs nothing.
Counts only: how many came, never who.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)

from wizard.model import clock
from wizard.model.activities import (
    KIND_LABELS,
    KIND_SHORT,
    activity_problems,
    add_activity,
    advocate_names,
    count_text,
    is_held,
    parse_count,
    put_back,
    remove_activity,
    totals,
)
from wizard.model.day_words import day_text
from wizard.model.project import Activity, ActivityKind
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import Source, source_html
from wizard.ui.pages.base import StepPage
from wizard.ui.session import ProjectSession
from wizard.ui.widgets.dates import chosen_day, to_qdate
from wizard.ui.widgets.placeholders import keep_placeholder_whole
from wizard.ui.widgets.problem import HINT_STYLE, set_note, set_problem

EXPLANATION = (
    "<p>Once people are around the table, a task force keeps its region learning. "
    "The research names two kinds of activity for this:</p>"
    "<ul>"
    "<li><b>Education for service providers</b>: showing the people who work with young "
    "people how to respond. The young person comes first and is not hurt again.</li>"
    "<li><b>Community events</b>: helping parents, schools and neighbors notice "
    "exploitation and know where to turn.</li>"
    "</ul>" + source_html(Source.RESEARCH) + "<p>List each one here, whether it has happened "
    "or is still being planned. Write down how many people came, never who they were.</p>"
)
ADVOCATES_EXPLANATION = (
    "<p>This is how the research describes a <b>community advocate</b>.</p>"
    "<p><b>An advocate is</b></p>"
    "<ul>"
    "<li>someone a young person can rely on to reconnect them with services;</li>"
    "<li>confidential: they pass nothing on unless the young person agrees, even though "
    "the people around them must report abuse by law;</li>"
    "<li>trained for the role. The best advocates come from community groups.</li>"
    "</ul>"
    "<p><b>An advocate is not</b></p>"
    "<ul>"
    "<li>the first point of contact: other services meet the young person first, and the "
    "advocate comes in after;</li>"
    "<li>a role anyone can pick up without training.</li>"
    "</ul>"
    "<p>The research found that many members did not know confidential advocacy exists. "
    "Saying here who your advocates are, and how to reach them, is a first step.</p>"
    + source_html(Source.RESEARCH)
)
NOTHING_CHOSEN = "Choose an activity in the list, or add one."
NO_TOPIC = "(no topic yet)"
NO_DATE = "No date yet"
PLANNED_NOTE = "Fill this in once it has been held."
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_GREY = QBrush(QColor("#5b6573"))


class Column(IntEnum):
    DATE = 0
    KIND = 1
    TOPIC = 2
    AUDIENCE = 3
    LED_BY = 4
    CAME = 5


HEADERS = {
    Column.DATE: "Date",
    Column.KIND: "Kind",
    Column.TOPIC: "Topic",
    Column.AUDIENCE: "Audience",
    Column.LED_BY: "Led by",
    Column.CAME: "Came",
}
COLUMN_WIDTHS = {Column.DATE: 110, Column.KIND: 135, Column.CAME: 60}
HIDDEN_COLUMNS = (Column.AUDIENCE, Column.LED_BY)
"""Shown in each row's tooltip and in the panel below: on a laptop the list stays readable."""


class ActivitiesModel(QAbstractTableModel):
    """The project's activities as table rows. It shows the project's own list, never a
    copy; the page calls :meth:`show` after adding or removing and
    :meth:`activity_changed` after an edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._activities: list[Activity] = []

    def show(self, activities: list[Activity]) -> None:
        self.beginResetModel()
        self._activities = activities
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._activities)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or index.row() >= len(self._activities):
            return None
        activity = self._activities[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(activity, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(activity)
        if role == ID_ROLE:
            return activity.id
        if role == SORT_ROLE:
            return _sort_key(activity, column)
        if role == Qt.ItemDataRole.ForegroundRole and _is_placeholder(activity, column):
            return _GREY
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.CAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, activity_id: str | None) -> int | None:
        for row, activity in enumerate(self._activities):
            if activity.id == activity_id:
                return row
        return None

    def activity_changed(self, activity_id: str) -> None:
        row = self.row_of(activity_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))


def _cell_text(activity: Activity, column: Column) -> str:
    if column is Column.DATE:
        return day_text(activity.held_on) if activity.held_on else NO_DATE
    if column is Column.KIND:
        return KIND_SHORT[activity.kind]
    if column is Column.TOPIC:
        return activity.topic.strip() or NO_TOPIC
    if column is Column.AUDIENCE:
        return activity.audience.strip()
    if column is Column.LED_BY:
        return activity.led_by.strip()
    return count_text(activity.attendance)


def _tooltip(activity: Activity) -> str:
    lines = [activity.topic.strip() or NO_TOPIC, KIND_LABELS[activity.kind]]
    for label, value in (("For", activity.audience), ("Led by", activity.led_by)):
        if value.strip():
            lines.append(f"{label}: {value.strip()}")
    if activity.attendance is not None:
        lines.append(f"Came: {activity.attendance}")
    return "\n".join(lines)


def _sort_key(activity: Activity, column: Column) -> str | int:
    """Undated activities sort after dated ones; uncounted before counted."""
    if column is Column.DATE:
        return activity.held_on.isoformat() if activity.held_on else "9999"
    if column is Column.CAME:
        return -1 if activity.attendance is None else activity.attendance
    return _cell_text(activity, column).casefold()


def _is_placeholder(activity: Activity, column: Column) -> bool:
    return (column is Column.DATE and activity.held_on is None) or (
        column is Column.TOPIC and not activity.topic.strip()
    )


class ActivitiesPage(StepPage):
    step_id = "activities"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("activities.ui", self)
        child(form, QLabel, "explanationLabel").setText(EXPLANATION)
        child(form, QLabel, "advocatesExplanationLabel").setText(ADVOCATES_EXPLANATION)
        self._activity_id: str | None = None
        self._removed: tuple[int, Activity] | None = None
        self._showing: ProjectSession | None = None
        self._find_widgets(form)
        self._set_up_table()
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(label, kind)
        self._connect()
        self.details_hint.setStyleSheet(HINT_STYLE)
        self._show_undo(None)

    # ----- building -------------------------------------------------------------------

    def _find_widgets(self, form: QWidget) -> None:
        self.scroll_area = child(form, QScrollArea, "scrollArea")
        self.table = child(form, QTableView, "activitiesTable")
        self.totals_label = child(form, QLabel, "totalsLabel")
        self.add_education_button = child(form, QPushButton, "addEducationButton")
        self.add_event_button = child(form, QPushButton, "addEventButton")
        self.remove_button = child(form, QPushButton, "removeButton")
        self.removed_label = child(form, QLabel, "removedLabel")
        self.undo_button = child(form, QPushButton, "undoButton")
        self.details_box = child(form, QGroupBox, "detailsBox")
        self.details_hint = child(form, QLabel, "detailsHintLabel")
        self.topic_edit = child(form, QLineEdit, "topicEdit")
        self.topic_problem = child(form, QLabel, "topicProblemLabel")
        self.kind_combo = child(form, QComboBox, "kindCombo")
        self.date_check = child(form, QCheckBox, "dateCheck")
        self.date_edit = child(form, QDateEdit, "dateEdit")
        self.audience_edit = child(form, QLineEdit, "audienceEdit")
        self.led_by_edit = child(form, QLineEdit, "ledByEdit")
        self.attendance_edit = child(form, QLineEdit, "attendanceEdit")
        self.attendance_note = child(form, QLabel, "attendanceNoteLabel")
        self.attendance_problem = child(form, QLabel, "attendanceProblemLabel")
        for hinted in (self.audience_edit, self.led_by_edit, self.attendance_edit):
            keep_placeholder_whole(hinted)  # "A number; empty until counted" says how to fill it
        self.advocates_edit = child(form, QPlainTextEdit, "advocatesEdit")
        self.roster_advocates = child(form, QLabel, "rosterAdvocatesLabel")
        self.insert_names_button = child(form, QPushButton, "insertNamesButton")
        self._detail_fields: list[QWidget] = [
            self.topic_edit,
            self.kind_combo,
            self.date_check,
            self.audience_edit,
            self.led_by_edit,
            self.attendance_edit,
        ]

    def _set_up_table(self) -> None:
        self.model = ActivitiesModel(self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table.setModel(self.sorted)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TOPIC, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        for column in HIDDEN_COLUMNS:
            self.table.setColumnHidden(column, True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()

    def _connect(self) -> None:
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        self.add_education_button.clicked.connect(lambda: self.add("provider_education"))
        self.add_event_button.clicked.connect(lambda: self.add("community_event"))
        self.remove_button.clicked.connect(self.remove_chosen)
        self.undo_button.clicked.connect(self._undo_clicked)
        self.topic_edit.textEdited.connect(self._topic_edited)
        self.kind_combo.activated.connect(self._kind_chosen)
        self.date_check.clicked.connect(self._date_edited)
        self.date_edit.dateChanged.connect(self._date_edited)
        self.audience_edit.textEdited.connect(self._audience_edited)
        self.led_by_edit.textEdited.connect(self._led_by_edited)
        self.attendance_edit.textEdited.connect(self._attendance_edited)
        self.advocates_edit.textChanged.connect(self._advocates_edited)
        self.insert_names_button.clicked.connect(self._insert_names)
        remove = QAction("Remove the chosen activity", self.table)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_chosen)
        self.table.addAction(remove)
        self.table.activated.connect(lambda _index: self.topic_edit.setFocus())

    # ----- showing the project --------------------------------------------------------

    def show_project(self) -> None:
        if self._showing is not self.session:
            self._activity_id = None  # a choice made in another project does not carry over
            self._showing = self.session
        self._show_undo(None)
        self._show_list()
        if self.advocates_edit.toPlainText() != self.project.community_advocates:
            self.advocates_edit.setPlainText(self.project.community_advocates)
        self._show_roster_advocates()

    def _show_list(self) -> None:
        """Show the project's list again and keep the chosen activity chosen."""
        with self.loading():
            self.model.show(self.project.activities)
            self._select(self._activity_id)
        self._show_details()
        self._show_totals()

    def _select(self, activity_id: str | None) -> None:
        row = self.model.row_of(activity_id)
        selection = self.table.selectionModel()
        if row is None:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.Clear)
            self._activity_id = None
            return
        index = self.sorted.mapFromSource(self.model.index(row, Column.TOPIC))
        selection.setCurrentIndex(
            index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._activity_id = activity_id

    def chosen(self) -> Activity | None:
        """The activity the panel edits, looked up in the project each time."""
        return next((a for a in self.project.activities if a.id == self._activity_id), None)

    def _show_details(self) -> None:
        activity = self.chosen()
        for field in self._detail_fields:
            field.setEnabled(activity is not None)
        self.date_edit.setEnabled(activity is not None and activity.held_on is not None)
        self.remove_button.setEnabled(activity is not None)
        set_note(self.details_hint, "" if activity else NOTHING_CHOSEN)
        self.details_hint.setStyleSheet(HINT_STYLE)
        with self.loading():
            if activity is None:
                for edit in (self.topic_edit, self.audience_edit, self.led_by_edit):
                    edit.clear()
                self.attendance_edit.clear()
                self.date_check.setChecked(False)
                self.date_edit.setDate(to_qdate(clock.today()))
            else:
                self._fill(activity)
        self._show_problems()

    def _fill(self, activity: Activity) -> None:
        for edit, text in (
            (self.topic_edit, activity.topic),
            (self.audience_edit, activity.audience),
            (self.led_by_edit, activity.led_by),
            (self.attendance_edit, count_text(activity.attendance)),
        ):
            if edit.text() != text:
                edit.setText(text)
                edit.setCursorPosition(0)  # a long text shows its beginning, not its end
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(activity.kind))
        day = activity.held_on
        self.date_check.setChecked(day is not None)
        self.date_edit.setDate(to_qdate(day) if day else to_qdate(clock.today()))

    def _show_problems(self) -> None:
        activity = self.chosen()
        problems = activity_problems(activity) if activity else []
        set_problem(self.topic_problem, problems[0] if problems else "")
        parsed = parse_count(self.attendance_edit.text()) if activity else None
        problem = ""
        if parsed is not None and parsed.problem and activity is not None:
            kept = activity.attendance
            problem = parsed.problem + (
                f" Until then the count stays at {kept}." if kept is not None else ""
            )
        set_problem(self.attendance_problem, problem)
        planned = (
            activity is not None
            and activity.attendance is None
            and not is_held(activity, clock.today())
        )
        set_note(self.attendance_note, PLANNED_NOTE if planned else "")

    def _show_totals(self) -> None:
        set_note(self.totals_label, totals(self.project.activities, clock.today()).summary)

    def _show_roster_advocates(self) -> None:
        names = advocate_names(self.project)
        if names:
            text = f"On your roster, in the Community advocates sector: {names}."
        else:
            text = (
                "No one on your roster is in the Community advocates sector yet. "
                "The step “Recruit the missing voices” can help you find someone."
            )
        set_note(self.roster_advocates, text)
        self.insert_names_button.setVisible(bool(names))
        self.insert_names_button.setEnabled(
            bool(names) and names not in self.project.community_advocates
        )

    def _show_undo(self, removed: tuple[int, Activity] | None) -> None:
        self._removed = removed
        if removed is None:
            set_note(self.removed_label, "")
        else:
            topic = removed[1].topic.strip() or "an activity with no topic"
            set_note(self.removed_label, f"Removed “{topic}”.")
        self.undo_button.setVisible(removed is not None)

    # ----- the list -------------------------------------------------------------------

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.is_loading:
            return
        self._activity_id = current.data(ID_ROLE) if current.isValid() else None
        self._show_details()

    def add(self, kind: ActivityKind) -> None:
        activity = add_activity(self.project.activities, kind)
        self._activity_id = activity.id
        self._show_list()
        self.edited()
        self.scroll_area.ensureWidgetVisible(self.topic_edit)
        self.topic_edit.setFocus()

    def remove_chosen(self) -> None:
        activity = self.chosen()
        if activity is None:
            return
        shown = [self.sorted.index(row, 0).data(ID_ROLE) for row in range(self.sorted.rowCount())]
        position = shown.index(activity.id) if activity.id in shown else 0
        removed = remove_activity(self.project.activities, activity.id)
        remaining = [activity_id for activity_id in shown if activity_id != activity.id]
        self._activity_id = remaining[min(position, len(remaining) - 1)] if remaining else None
        self._show_list()
        self._show_undo(removed)
        self.edited()
        self.table.setFocus()

    def _undo_clicked(self) -> None:
        if self._removed is None:
            return
        index, activity = self._removed
        put_back(self.project.activities, index, activity)
        self._activity_id = activity.id
        self._show_list()
        self._show_undo(None)
        self.edited()
        self.topic_edit.setFocus()

    # ----- edits to the chosen activity ---------------------------------------------------

    def _changed(self, activity: Activity, *, totals_too: bool = False) -> None:
        self.model.activity_changed(activity.id)
        self._show_problems()
        if totals_too:
            self._show_totals()
        self.edited()

    def _topic_edited(self, text: str) -> None:
        activity = self.chosen()
        if activity is None:
            return
        activity.topic = text
        self._changed(activity)

    def _kind_chosen(self, index: int) -> None:
        activity = self.chosen()
        kind: ActivityKind | None = self.kind_combo.itemData(index)
        if activity is None or kind is None or kind == activity.kind:
            return
        activity.kind = kind
        self._changed(activity, totals_too=True)

    def _date_edited(self) -> None:
        activity = self.chosen()
        if activity is None or self.is_loading:
            return
        dated = self.date_check.isChecked()
        self.date_edit.setEnabled(dated)
        activity.held_on = chosen_day(self.date_edit) if dated else None
        self._changed(activity, totals_too=True)
        self.table.scrollTo(self.table.currentIndex())

    def _audience_edited(self, text: str) -> None:
        activity = self.chosen()
        if activity is not None:
            activity.audience = text
            self._changed(activity)

    def _led_by_edited(self, text: str) -> None:
        activity = self.chosen()
        if activity is not None:
            activity.led_by = text
            self._changed(activity)

    def _attendance_edited(self, text: str) -> None:
        activity = self.chosen()
        if activity is None:
            return
        parsed = parse_count(text)
        if not parsed.problem:
            activity.attendance = parsed.value
        self._changed(activity, totals_too=True)

    # ----- community advocates --------------------------------------------------------

    def _advocates_edited(self) -> None:
        if self.is_loading or self.session is None:
            return
        self.project.community_advocates = self.advocates_edit.toPlainText()
        self._show_roster_advocates()
        self.edited()

    def _insert_names(self) -> None:
        names = advocate_names(self.project)
        if not names:
            return
        current = self.advocates_edit.toPlainText()
        self.advocates_edit.moveCursor(self.advocates_edit.textCursor().MoveOperation.End)
        self.advocates_edit.insertPlainText(("\n" if current.strip() else "") + names)
        self.advocates_edit.setFocus()
