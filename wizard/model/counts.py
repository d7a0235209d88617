"""The counts a task force keeps per period, and the small-number rule for young people.

In a rural county a count of 1 or 2 can point to one young person. So every count
of young people that leaves the program (a document, a CSV, a chart) is printed
as "fewer than N" when it is between 1 and N-1, N being the project's
``small_count_threshold`` (10 unless the task force chose another). Zero is
printed as 0: it identifies nobody. The window itself shows the true count, with
a note of how it will be printed. Counts of buyers are not suppressed: they are
adults charged in public proceedings.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.model.project import YOUTH_COUNTS, CountKind, DataPeriod, PeriodCount


@dataclass(frozen=True)
class CountDefinition:
    kind: CountKind
    label: str
    """Short, for tables and charts: 'Young people identified'."""
    words: str
    """For sentences: 'young people identified as exploited'."""
    short_label: str
    """For a chart whose title already says whose count it is: 'Identified'."""

    @property
    def about_youth(self) -> bool:
        return self.kind in YOUTH_COUNTS


COUNTS: tuple[CountDefinition, ...] = (
    CountDefinition(
        "youth_identified",
        "Young people identified",
        "young people identified as exploited",
        "Identified",
    ),
    CountDefinition(
        "youth_referred",
        "Young people referred",
        "young people referred to services",
        "Referred",
    ),
    CountDefinition(
        "youth_arrested",
        "Young people arrested",
        "young people arrested in connection with their own exploitation",
        "Arrested",
    ),
    CountDefinition(
        "youth_detained",
        "Young people detained",
        "young people detained in connection with their own exploitation",
        "Detained",
    ),
    CountDefinition(
        "youth_charged",
        "Young people charged",
        "young people charged in connection with their own exploitation",
        "Charged",
    ),
    CountDefinition("buyers_arrested", "Buyers arrested", "buyers arrested", "Arrested"),
    CountDefinition("buyers_charged", "Buyers charged", "buyers charged", "Charged"),
)
"""In the order pages, documents and charts show them."""

NOT_COLLECTED = "not collected"
NOT_ENTERED = "not entered yet"


def definition(kind: CountKind) -> CountDefinition:
    return next(item for item in COUNTS if item.kind == kind)


def is_small(value: int, threshold: int) -> bool:
    """A count that could point to a person: 1 to threshold-1."""
    return 0 < value < threshold


def printed_number(kind: CountKind, value: int, threshold: int) -> str:
    """How a count is printed outside the program: 'fewer than 10' for a small youth
    count, else the number with thousands separators."""
    if kind in YOUTH_COUNTS and is_small(value, threshold):
        return f"fewer than {threshold}"
    return f"{value:,}"


def printed_count(kind: CountKind, count: PeriodCount | None, threshold: int) -> str:
    """A period's count as documents print it, including 'not collected'."""
    if count is None or (count.value is None and not count.not_collected):
        return NOT_ENTERED
    if count.not_collected or count.value is None:
        return NOT_COLLECTED
    return printed_number(kind, count.value, threshold)


def window_note(kind: CountKind, value: int | None, threshold: int) -> str:
    """What the window says beside a true count that documents will not show as is."""
    if value is None or kind not in YOUTH_COUNTS or not is_small(value, threshold):
        return ""
    return (
        f"Shown here as {value}. Documents and exports print it as “fewer than "
        f"{threshold}”, so no young person can be picked out."
    )


def count_of(period: DataPeriod, kind: CountKind) -> PeriodCount | None:
    return period.counts.get(kind)


def is_answered(count: PeriodCount | None) -> bool:
    """A number, or 'not collected': both are answers; a blank is not."""
    return count is not None and (count.value is not None or count.not_collected)
