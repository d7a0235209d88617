"""One match source on the grant step: where it comes from, its kind, and its value.

A source of time (a member's staff, or community volunteers) is worth its hours ×
its own hourly rate, so the row shows a second line for the hours, the rate and
the organization that gives the time, and its amount box shows the product
instead of taking a typed figure. The page owns the handlers; this module only
builds and shows the widgets, so the page stays small enough to read.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from wizard.model.grants import source_value
from wizard.model.money import AmountError, parse_amount, plain_amount
from wizard.model.project import MatchKind, MatchSource, Organisation, TimeKind

Choice = tuple[MatchKind, TimeKind | None]
CHOICES: tuple[tuple[str, Choice], ...] = (
    ("Cash", ("cash", None)),
    ("In kind", ("in_kind", None)),
    ("Staff time", ("in_kind", "staff")),
    ("Volunteer time", ("in_kind", "volunteer")),
)
"""The kinds a source can be, as the combo box offers them (time is always in kind; the
short words leave the description room beside the guidance)."""
RATE_LABELS: dict[TimeKind, str] = {
    "staff": "× their pay an hour ($)",
    "volunteer": "× volunteer rate ($)",
}
RATE_NAMES: dict[TimeKind, str] = {
    "staff": "the staff member's pay an hour, with benefits, in dollars",
    "volunteer": "the volunteer rate an hour, in dollars",
}
"""What a screen reader says for the rate box (the label is short to fit the row)."""
MAX_HOURS = Decimal("1000000")


def parse_hours(text: str) -> Decimal:
    """Hours of time given, such as '120' or '37.5'; empty is none yet."""
    try:
        hours = parse_amount(text)
    except AmountError as error:
        raise AmountError(str(error).replace("an amount", "a number of hours")) from error
    if hours > MAX_HOURS:
        raise AmountError("That is more hours than a grant period holds.")
    return hours


def figure_text(value: Decimal | None) -> str:
    """'37.5' or '58.40' in a box: what was typed, without trailing noise."""
    if not value:
        return ""
    return format(value.normalize(), "f") if value == value.to_integral() else f"{value:f}"


@dataclass
class SourceRow:
    """The widgets of one match source; the source is looked up by id each time."""

    source_id: str
    frame: QFrame
    description: QLineEdit
    kind: QComboBox
    amount: QLineEdit
    remove: QPushButton
    problem: QLabel
    time_line: QWidget
    hours: QLineEdit
    rate_label: QLabel
    rate: QLineEdit
    giver: QComboBox

    def time_widgets(self) -> list[QWidget]:
        return [self.hours, self.rate, self.giver]


def choice_index(source: MatchSource) -> int:
    wanted: Choice = ("in_kind", source.time) if source.time else (source.kind, None)
    return next(i for i, (_label, choice) in enumerate(CHOICES) if choice == wanted)


def build_row(
    parent: QWidget,
    source: MatchSource,
    number: int,
    organisations: list[Organisation],
    typed_amount: str | None,
) -> SourceRow:
    frame = QFrame(parent)
    grid = QGridLayout(frame)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setColumnStretch(1, 1)
    caption = QLabel(f"Source {number}", frame)
    description = QLineEdit(source.description, frame)
    description.setPlaceholderText("Where it comes from, e.g. office space")
    description.setAccessibleName(f"Match source {number}: where it comes from")
    description.setMaxLength(300)
    caption.setBuddy(description)
    kind = QComboBox(frame)
    for label, choice in CHOICES:
        kind.addItem(label, choice)
    kind.setCurrentIndex(choice_index(source))
    kind.setAccessibleName(f"Match source {number}: cash, in kind, staff or volunteer time")
    amount = QLineEdit(frame)
    amount.setAccessibleName(f"Match source {number}: amount in dollars")
    amount.setPlaceholderText("Amount ($)")
    amount.setAlignment(Qt.AlignmentFlag.AlignRight)
    amount.setMaxLength(30)
    amount.setFixedWidth(110)
    remove = QPushButton("Remove", frame)
    remove.setAutoDefault(False)
    remove.setAccessibleName(f"Remove match source {number}")
    problem = QLabel(frame)
    problem.setTextFormat(Qt.TextFormat.PlainText)

    time_line = QWidget(frame)
    line = QGridLayout(time_line)  # two short lines: the row must fit beside the guidance
    line.setContentsMargins(0, 0, 0, 0)
    hours_label = QLabel("Hours", time_line)
    hours = QLineEdit(figure_text(source.hours), time_line)
    hours.setAccessibleName(f"Match source {number}: hours given")
    hours.setAlignment(Qt.AlignmentFlag.AlignRight)
    hours.setMaxLength(12)
    hours.setFixedWidth(70)
    hours_label.setBuddy(hours)
    rate_label = QLabel(time_line)
    rate = QLineEdit(plain_amount(source.hourly_rate) if source.hourly_rate else "", time_line)
    rate.setAlignment(Qt.AlignmentFlag.AlignRight)
    rate.setMaxLength(14)
    rate.setFixedWidth(80)
    rate_label.setBuddy(rate)
    giver_label = QLabel("Given by", time_line)
    giver = QComboBox(time_line)
    giver.addItem("(no member organization)", None)
    for organisation in organisations:
        giver.addItem(organisation.name.strip() or "(unnamed organization)", organisation.id)
    giver.setCurrentIndex(max(giver.findData(source.organisation_id), 0))
    giver.setAccessibleName(f"Match source {number}: organization that gives the time")
    giver.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    giver.setMinimumContentsLength(10)
    giver_label.setBuddy(giver)
    line.addWidget(hours_label, 0, 0)
    line.addWidget(hours, 0, 1)
    line.addWidget(rate_label, 0, 2)
    line.addWidget(rate, 0, 3)
    line.addWidget(giver_label, 1, 0)
    line.addWidget(giver, 1, 1, 1, 4)
    line.setColumnStretch(4, 1)

    for column, widget in enumerate((caption, description, kind, amount, remove)):
        grid.addWidget(widget, 0, column)
    grid.addWidget(time_line, 1, 1, 1, 4)
    grid.addWidget(problem, 2, 1, 1, 4)
    row = SourceRow(
        source.id, frame, description, kind, amount, remove, problem,
        time_line, hours, rate_label, rate, giver,
    )  # fmt: skip
    show_kind(row, source, number, typed_amount)
    description.setCursorPosition(0)  # a long description shows its beginning
    return row


def show_kind(row: SourceRow, source: MatchSource, number: int, typed: str | None) -> None:
    """Show the time line for time, and the amount as typed or as hours × rate."""
    timed = source.time is not None
    row.time_line.setVisible(timed)
    row.amount.setReadOnly(timed)
    if source.time is not None:
        row.rate_label.setText(RATE_LABELS[source.time])
        row.rate.setAccessibleName(f"Match source {number}: {RATE_NAMES[source.time]}")
        row.rate.setToolTip(RATE_NAMES[source.time][0].upper() + RATE_NAMES[source.time][1:])
    show_amount(row, source, typed)


def show_amount(row: SourceRow, source: MatchSource, typed: str | None) -> None:
    if source.time is not None:
        value = source_value(source)
        row.amount.setText(plain_amount(value) if value else "")
        row.amount.setPlaceholderText("Hours × rate")
        row.amount.setToolTip("Worked out from the hours and the rate")
        return
    row.amount.setPlaceholderText("Amount ($)")
    row.amount.setToolTip("")
    row.amount.setText(typed or (plain_amount(source.amount) if source.amount else ""))
