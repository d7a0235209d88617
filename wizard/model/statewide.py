"""The statewide view: many task forces' annual data files, read safely and combined.

Each file is checked on its own. A file from a newer version of the program, a second
copy of a task force's year, or a damaged file is refused with a message that names
the file and says why; the rest are still combined. The combining rules live here
once, for the ``statewide`` command and its documents.

Counts keep the small-number rule: a task force's small youth count arrives as
"fewer than N" with no number, so a statewide total that includes one is written
"at least X"; a total that is itself small is written "fewer than N" (the largest N
any file used: the most careful one wins).

Files are read with a size cap, and validated with pydantic models that ignore
nothing they do not know (``extra="forbid"`` at the top level would refuse a newer
file's extra fields, so unknown fields are allowed and simply not read).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from wizard.model import reference
from wizard.model.counts import COUNTS
from wizard.model.project import YOUTH_COUNTS

FORMAT = "taskforce-builder/annual-data"
SCHEMA_VERSION = 1
"""The newest annual data file schema this program reads (docs/annual-data-file.md)."""
MAX_FILE_BYTES = 1_000_000
"""A year of one task force is a few kilobytes; anything far bigger is not one."""

Whole = Annotated[int, Field(ge=0, le=10_000_000)]
Share = Annotated[float, Field(ge=0, le=1)]
CountStatus = Literal["number", "fewer_than", "not_collected", "not_entered"]


class _Part(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class TaskForceId(_Part):
    id: str = Field(min_length=1, max_length=64)
    name: str = Field(max_length=500)
    region: str = Field(max_length=1000)
    counties: list[str] = Field(default_factory=list, max_length=39)


class Membership(_Part):
    members: Whole
    organisations: Whole
    joined: Whole
    left: Whole


class Sectors(_Part):
    recommended: list[str]
    with_a_voice: dict[str, list[str]]


class Meetings(_Part):
    held: Whole
    average_attendance: Annotated[float, Field(ge=0)] | None


class TrainingFigures(_Part):
    trainings: Whole
    people_trained: Whole
    members: Whole
    members_with_basic: Whole


class Network(_Part):
    surveyed: bool
    organisations_asked: Whole
    densities: dict[str, Share | None]


class Mous(_Part):
    signed: Whole
    in_effect: Whole
    ending_soon: Whole
    ended: Whole


class Activities(_Part):
    provider_education: Whole
    community_events: Whole
    people_reached: Whole


class CountEntry(_Part):
    status: CountStatus
    value: Whole | None = None
    fewer_than: Annotated[int, Field(ge=2, le=100)] | None = None


class AnnualData(_Part):
    format: Literal["taskforce-builder/annual-data"]
    schema_version: int
    task_force: TaskForceId
    year: Annotated[int, Field(ge=2000, le=2200)]
    small_count_threshold: Annotated[int, Field(ge=2, le=100)]
    membership: Membership
    sectors: Sectors
    meetings: Meetings
    training: TrainingFigures
    network: Network
    mous: Mous
    activities: Activities
    counts: dict[str, CountEntry]


@dataclass(frozen=True)
class Loaded:
    path: Path
    data: AnnualData


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str

    @property
    def message(self) -> str:
        return f"{self.path.name}: skipped, {self.reason}"


@dataclass(frozen=True)
class LoadResult:
    loaded: list[Loaded]
    skipped: list[Skipped]


def _read(path: Path) -> AnnualData | str:
    """The file's data, or why it cannot be used (in plain words)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return f"it is too large to be an annual data file ({size:,} bytes)"
        raw = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return "the file does not exist"
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return "it is damaged or not an annual data file (it cannot be read as JSON)"
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        return "it is not an annual data file from Task Force Builder"
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return "it is damaged (it has no schema version)"
    if version > SCHEMA_VERSION:
        return (
            f"it was made by a newer version of Task Force Builder (schema {version}; "
            f"this one reads up to {SCHEMA_VERSION}). Update the program to include it"
        )
    try:
        return AnnualData.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return f"it is damaged ({where}: {first['msg'].lower()})"


def load_files(paths: Iterable[Path]) -> LoadResult:
    """Every readable file once; a second file for the same task force and year is a
    duplicate (a re-sent file must not count twice)."""
    loaded: list[Loaded] = []
    skipped: list[Skipped] = []
    seen: dict[tuple[str, int], Path] = {}
    for path in paths:
        found = _read(path)
        if isinstance(found, str):
            skipped.append(Skipped(path, found))
            continue
        key = (found.task_force.id, found.year)
        if key in seen:
            skipped.append(
                Skipped(
                    path,
                    f"it repeats {found.year} for {found.task_force.name or 'a task force'}, "
                    f"already read from {seen[key].name}",
                )
            )
            continue
        seen[key] = path
        loaded.append(Loaded(path, found))
    return LoadResult(loaded, skipped)


# ----- combining ----------------------------------------------------------------------------


def latest_year(loaded: list[Loaded]) -> int | None:
    return max((item.data.year for item in loaded), default=None)


def in_year(loaded: list[Loaded], year: int) -> list[AnnualData]:
    """One year's files, by task force name."""
    found = [item.data for item in loaded if item.data.year == year]
    return sorted(found, key=lambda d: (d.task_force.name.casefold(), d.task_force.id))


def covered_sectors(data: AnnualData, level: str = "membership") -> list[str]:
    known = {s.id for s in reference.sectors()}
    return [s for s in data.sectors.with_a_voice.get(level, []) if s in known]


def missing_sectors(data: AnnualData, level: str = "membership") -> list[str]:
    covered = set(covered_sectors(data, level))
    return [s.id for s in reference.sectors() if s.id not in covered]


def most_often_missing(files: list[AnnualData], level: str = "membership") -> list[tuple[str, int]]:
    """Sector ids and how many task forces miss them, most often first (ties in the
    reference order)."""
    tally = Counter(sector for data in files for sector in missing_sectors(data, level))
    order = {s.id: n for n, s in enumerate(reference.sectors())}
    return sorted(tally.items(), key=lambda item: (-item[1], order[item[0]]))


@dataclass(frozen=True)
class CountTotal:
    kind: str
    exact: int
    """The sum of the numbers given."""
    held_back: int
    """Task forces whose count was small, so only 'fewer than N' is known."""
    reported: int
    """Task forces that gave a number or a small count."""

    def text(self, threshold: int) -> str:
        if self.reported == 0:
            return "not reported"
        if self.held_back:
            # Each small count is at least 1; how much more is not published.
            teams = "task force" if self.held_back == 1 else "task forces"
            return (
                f"at least {self.exact + self.held_back:,} "
                f"({self.held_back} {teams} gave fewer than {threshold})"
            )
        if self.kind in YOUTH_COUNTS and 0 < self.exact < threshold:
            return f"fewer than {threshold}"
        return f"{self.exact:,}"


def count_totals(files: list[AnnualData]) -> list[CountTotal]:
    totals = []
    for definition in COUNTS:
        entries = [d.counts.get(definition.kind) for d in files]
        numbers = [e.value for e in entries if e is not None and e.status == "number"]
        small = sum(1 for e in entries if e is not None and e.status == "fewer_than")
        totals.append(
            CountTotal(
                definition.kind,
                sum(v or 0 for v in numbers),
                small,
                len(numbers) + small,
            )
        )
    return totals


def statewide_threshold(files: list[AnnualData]) -> int:
    """The most careful small-number threshold any task force used."""
    return max((d.small_count_threshold for d in files), default=10)


def count_text(entry: CountEntry | None) -> str:
    """A task force's count as published: the rule was applied when the file was made."""
    if entry is None or entry.status == "not_entered":
        return "not entered"
    if entry.status == "not_collected":
        return "not collected"
    if entry.status == "fewer_than":
        return f"fewer than {entry.fewer_than}"
    return f"{entry.value or 0:,}"


def share_text(share: float | None) -> str:
    return "" if share is None else f"{round(share * 100)}%"
