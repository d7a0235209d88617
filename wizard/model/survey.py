"""The interconnectedness survey: does each member organization know about, talk
with, and refer young people to each other one?

The research found only King County tracks this. Each period the task force
asks every member organization the three questions about every other one. The
answers are read and written here, never through ``Survey.answers`` directly.

Rules:
- an organization's answers about itself are ignored;
- a missing answer is missing, never "no": shares are worked out over the pairs
  that were answered, and the number missing is always said beside them;
- the organizations asked are fixed when the survey is set up (those with a
  member then), so an organization that leaves later keeps its answers.

No Qt here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from wizard.model.project import Organisation, Project, Survey
from wizard.model.roster import RosterCsvError, RowProblem, decode_csv_bytes, sniff_delimiter

Relation = Literal["knows", "communicates", "refers"]
YES, NO, MISSING = "y", "n", "-"
BLANK_ANSWER = MISSING * 3


@dataclass(frozen=True)
class RelationDefinition:
    relation: Relation
    question: str
    """As the survey form and the CSV ask it."""
    label: str
    """Short, for charts and tables."""


RELATIONS: tuple[RelationDefinition, ...] = (
    RelationDefinition("knows", "Do you know about them?", "Know about each other"),
    RelationDefinition("communicates", "Do you communicate with them?", "Communicate"),
    RelationDefinition("refers", "Do you refer young people to them?", "Refer young people"),
)
_POSITION: dict[Relation, int] = {"knows": 0, "communicates": 1, "refers": 2}


def pair_key(asking: str, about: str) -> str:
    return f"{asking}>{about}"


def answer(survey: Survey, asking: str, about: str, relation: Relation) -> bool | None:
    """True, False, or None for no answer (and for an organization about itself)."""
    if asking == about:
        return None
    letter = survey.answers.get(pair_key(asking, about), BLANK_ANSWER)[_POSITION[relation]]
    return None if letter == MISSING else letter == YES


def set_answer(
    survey: Survey, asking: str, about: str, relation: Relation, value: bool | None
) -> None:
    """Record one answer; an organization's answers about itself are not kept."""
    if asking == about:
        return
    key = pair_key(asking, about)
    letters = list(survey.answers.get(key, BLANK_ANSWER))
    letters[_POSITION[relation]] = MISSING if value is None else (YES if value else NO)
    text = "".join(letters)
    if text == BLANK_ANSWER:
        survey.answers.pop(key, None)
    else:
        survey.answers[key] = text


def pairs(survey: Survey) -> Iterator[tuple[str, str]]:
    """Every ordered pair of different organizations asked."""
    for asking in survey.organisation_ids:
        for about in survey.organisation_ids:
            if asking != about:
                yield asking, about


def member_organisations(project: Project) -> list[Organisation]:
    """Organizations with at least one member today, by name: the ones to ask."""
    with_members = {
        m.organisation_id for m in project.members if m.status == "member" and m.organisation_id
    }
    chosen = [o for o in project.organisations if o.id in with_members]
    return sorted(chosen, key=lambda o: o.name.strip().casefold())


def new_survey(project: Project, taken_on: date | None = None) -> Survey:
    """A survey of today's member organizations, with no answers yet."""
    return Survey(taken_on=taken_on, organisation_ids=[o.id for o in member_organisations(project)])


# ----- figures -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Density:
    """For one relation: how many ordered pairs said yes, no, or did not answer."""

    relation: RelationDefinition
    yes: int
    no: int
    missing: int

    @property
    def answered(self) -> int:
        return self.yes + self.no

    @property
    def share(self) -> float | None:
        """The network's density for this relation, over the pairs answered."""
        return self.yes / self.answered if self.answered else None


def densities(survey: Survey) -> list[Density]:
    counts = {definition.relation: [0, 0, 0] for definition in RELATIONS}
    for asking, about in pairs(survey):
        letters = survey.answers.get(pair_key(asking, about), BLANK_ANSWER)
        for definition in RELATIONS:
            letter = letters[_POSITION[definition.relation]]
            counts[definition.relation]["yn-".index(letter)] += 1
    return [Density(d, *counts[d.relation]) for d in RELATIONS]


def share_text(share: float | None) -> str:
    return "no answers yet" if share is None else f"{round(share * 100)}%"


@dataclass(frozen=True)
class Change:
    relation: RelationDefinition
    now: float | None
    before: float | None

    @property
    def points(self) -> int | None:
        """The change in percentage points, when both surveys have answers."""
        if self.now is None or self.before is None:
            return None
        return round(self.now * 100) - round(self.before * 100)


def compare(current: Survey, previous: Survey | None) -> list[Change]:
    before = {d.relation.relation: d.share for d in densities(previous)} if previous else {}
    return [
        Change(d.relation, d.share, before.get(d.relation.relation)) for d in densities(current)
    ]


def nobody_refers_to(project: Project, survey: Survey) -> list[Organisation]:
    """Organizations asked that no other organization said it refers young people to,
    among those that answered about them (with no answers at all, nothing is known)."""
    return _one_sided(project, survey, incoming=True)


def refers_to_nobody(project: Project, survey: Survey) -> list[Organisation]:
    """Organizations that answered, and said they refer young people to no one."""
    return _one_sided(project, survey, incoming=False)


def _one_sided(project: Project, survey: Survey, *, incoming: bool) -> list[Organisation]:
    found = []
    for org_id in survey.organisation_ids:
        others = [o for o in survey.organisation_ids if o != org_id]
        answers = [
            answer(survey, other, org_id, "refers")
            if incoming
            else answer(survey, org_id, other, "refers")
            for other in others
        ]
        known = [a for a in answers if a is not None]
        if known and not any(known):
            organisation = project.organisation(org_id)
            if organisation is not None:
                found.append(organisation)
    return found


def answered_by(survey: Survey) -> set[str]:
    """Organizations that gave at least one answer."""
    return {key.split(">")[0] for key in survey.answers}


# ----- the CSV grid ----------------------------------------------------------------------------

ASKING_HEADER = "Organization answering"
ABOUT_HEADER = "About this organization"
CSV_HEADERS: tuple[str, ...] = (ASKING_HEADER, ABOUT_HEADER, *(r.question for r in RELATIONS))
MAX_CSV_BYTES = 5_000_000
"""A survey of 100 organizations is well under 1 MB; anything far bigger is the wrong file."""
YES_WORDS = frozenset({"yes", "y", "1", "x", "true", "✓", "✔"})
NO_WORDS = frozenset({"no", "n", "0", "false"})


def survey_csv(project: Project, survey: Survey, asking_id: str | None = None) -> bytes:
    """The grid as CSV: one row per pair, answers so far as Yes/No/blank. UTF-8 with a
    byte order mark and Windows line endings, as spreadsheets expect."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    names = {o.id: o.name.strip() for o in project.organisations}
    for asking, about in pairs(survey):
        if asking_id is not None and asking != asking_id:
            continue
        cells = [_cell(answer(survey, asking, about, r.relation)) for r in RELATIONS]
        writer.writerow([names.get(asking, asking), names.get(about, about), *cells])
    return buffer.getvalue().encode("utf-8-sig")


def _cell(value: bool | None) -> str:
    return "" if value is None else ("Yes" if value else "No")


class SurveyCsvError(Exception):
    """The file as a whole cannot be read; ``str()`` says why in plain words."""


@dataclass
class SurveyImport:
    """What a filled-in CSV would change. Nothing is applied until :func:`apply_import`,
    and only when there are no problems: a survey is never half imported."""

    answers: dict[str, str] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)
    rows: int = 0
    ignored_self: int = 0

    @property
    def can_apply(self) -> bool:
        return not self.problems and any(
            letters != BLANK_ANSWER for letters in self.answers.values()
        )


def read_survey_csv(project: Project, survey: Survey, data: bytes) -> SurveyImport:
    """Read a filled-in grid. Raises SurveyCsvError when the file cannot be used at all;
    otherwise lists each row's problem."""
    if len(data) > MAX_CSV_BYTES:
        size = len(data) / 1_000_000
        raise SurveyCsvError(
            f"This file is {size:.0f} MB. A filled-in survey is far smaller, so it may be "
            "the wrong file. Nothing was imported."
        )
    try:
        text, _encoding = decode_csv_bytes(data)  # the roster's rules: BOMs, UTF-8, Excel's
    except RosterCsvError as error:
        raise SurveyCsvError(f"{error} Nothing was imported.") from error
    rows = list(csv.reader(io.StringIO(text), delimiter=sniff_delimiter(text)))
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise SurveyCsvError("The file is empty. Nothing was imported.")
    columns = _columns(rows[0])
    by_name = _names(project, survey)
    result = SurveyImport()
    seen: set[str] = set()
    for number, row in enumerate(rows[1:], start=2):
        result.rows += 1
        _read_row(row, number, columns, by_name, seen, result)
    if not result.answers and not result.problems:
        result.problems.append(RowProblem(1, "no answers were found under the headings."))
    return result


def _columns(header: list[str]) -> list[int]:
    """The position of each expected heading (matched loosely), or an error naming the
    headings that are missing."""
    cleaned = [" ".join(cell.strip().casefold().split()) for cell in header]
    positions = []
    missing = []
    for heading in CSV_HEADERS:
        wanted = " ".join(heading.casefold().split())
        if wanted in cleaned:
            positions.append(cleaned.index(wanted))
        else:
            missing.append(heading)
    if missing:
        raise SurveyCsvError(
            "The first row must name the columns. Missing: "
            + "; ".join(f"“{heading}”" for heading in missing)
            + ". Start from the CSV the program saves. Nothing was imported."
        )
    return positions


def _names(project: Project, survey: Survey) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for org_id in survey.organisation_ids:
        organisation = project.organisation(org_id)
        if organisation is not None:
            found.setdefault(" ".join(organisation.name.casefold().split()), []).append(org_id)
    return found


def _read_row(
    row: list[str],
    number: int,
    columns: list[int],
    by_name: dict[str, list[str]],
    seen: set[str],
    result: SurveyImport,
) -> None:
    cells = [row[i].strip() if i < len(row) else "" for i in columns]
    ids = []
    for cell in cells[:2]:
        matches = by_name.get(" ".join(cell.casefold().split()), [])
        if not cell:
            result.problems.append(RowProblem(number, "an organization's name is blank."))
            return
        if len(matches) != 1:
            text = (
                f"“{cell}” is not one of the organizations asked in this survey."
                if not matches
                else f"two organizations asked are named “{cell}”; rename one first."
            )
            result.problems.append(RowProblem(number, text))
            return
        ids.append(matches[0])
    asking, about = ids
    if asking == about:
        result.ignored_self += 1
        return
    key = pair_key(asking, about)
    if key in seen:
        result.problems.append(
            RowProblem(number, f"“{cells[0]}” about “{cells[1]}” appears more than once.")
        )
        return
    seen.add(key)
    letters = []
    for definition, cell in zip(RELATIONS, cells[2:], strict=True):
        word = cell.casefold()
        if not word:
            letters.append(MISSING)
        elif word in YES_WORDS:
            letters.append(YES)
        elif word in NO_WORDS:
            letters.append(NO)
        else:
            result.problems.append(
                RowProblem(number, f"“{cell}” under “{definition.question}” is not yes or no.")
            )
            return
    result.answers[key] = "".join(letters)


def apply_import(survey: Survey, found: SurveyImport) -> int:
    """Put every imported answer in place and return how many pairs changed. A blank
    cell means "not answered in this file", so it never erases an earlier answer.
    An import with problems is refused: a survey is never half imported."""
    if not found.can_apply:
        raise ValueError("an import with problems is never applied")
    changed = 0
    for key, letters in found.answers.items():
        old = survey.answers.get(key, BLANK_ANSWER)
        merged = "".join(
            new if new != MISSING else was for new, was in zip(letters, old, strict=True)
        )
        if merged != old:
            survey.answers[key] = merged
            changed += 1
    return changed
