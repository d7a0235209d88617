"""The roster as a spreadsheet: reading a CSV file, matching its columns, importing
its rows, exporting the roster, and the small edits the roster page makes.

Coordinators keep member lists in Excel, Google Sheets or an email program, so a
file may come in any of the shapes those write: UTF-8 with or without a byte
order mark, Windows-1252 from an older Excel, UTF-16 "Unicode text", separated
by commas, semicolons or tabs. Reading is forgiving; importing is strict: a row
with a problem is never half-imported, and every problem names its row as a
spreadsheet shows it (the header is row 1).

No Qt here: the page and the tests use the same functions.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Final

from wizard.model import reference
from wizard.model.project import Member, MemberStatus, Organisation, Project, new_id

MAX_CSV_BYTES: Final = 20 * 1024 * 1024
"""A 10,000-person roster is well under 2 MB; anything far larger is not a roster."""
MAX_CSV_ROWS: Final = 50_000
SAMPLE_ROWS: Final = 5
"""Rows the column-matching dialog shows, so the user can see what each column holds."""

# ----------------------------------------------------------------- fields and words


@dataclass(frozen=True)
class RosterField:
    id: str
    label: str
    """What the column-matching dialog calls it, with an & mnemonic."""
    synonyms: tuple[str, ...]
    """Header names (already normalised) that mean this field."""


FIELDS: Final = (
    RosterField("name", "&Name", ("name", "full name", "member name", "member", "person",
                                  "contact name", "contact", "display name")),
    RosterField("first_name", "&First name", ("first name", "given name", "first")),
    RosterField("last_name", "&Last name", ("last name", "family name", "surname", "last")),
    RosterField("title", "&Title", ("title", "job title", "position", "role")),
    RosterField("organisation", "&Organization", ("organization", "organisation", "org",
                                                  "agency", "company", "employer",
                                                  "affiliation")),
    RosterField("sector", "Se&ctor", ("sector", "discipline", "category", "type")),
    RosterField("status", "Stat&us", ("status", "membership status", "membership")),
    RosterField("email", "&Email", ("email", "e mail", "email address", "mail")),
    RosterField("phone", "&Phone", ("phone", "phone number", "telephone", "tel", "mobile",
                                    "cell", "work phone")),
    RosterField("joined_on", "Date &joined", ("joined", "joined on", "date joined", "join date",
                                            "member since", "since", "start date")),
    RosterField("left_on", "&Date left", ("left", "left on", "date left", "end date")),
    RosterField("notes", "Note&s", ("notes", "note", "comments", "comment")),
)  # fmt: skip
FIELD_IDS: Final = tuple(f.id for f in FIELDS)
_CONTAINS_ORDER: Final = (
    "first_name", "last_name", "organisation", "email", "phone", "joined_on", "left_on",
    "status", "sector", "title", "notes", "name",
)  # fmt: skip
"""Order for the second, looser guessing pass: specific words before 'name', so that
'Organization name' goes to the organisation and not to the person's name."""
_TOO_VAGUE_INSIDE: Final = frozenset(
    {"first", "last", "since", "type", "role", "left", "member", "person", "contact", "mail",
     "org", "cell", "tel", "category", "membership"}
)  # fmt: skip
"""Words that name a field on their own but mean little inside a longer header
('Last updated', 'Left handed'); the looser pass ignores them."""

STATUS_LABELS: Final[dict[MemberStatus, str]] = {
    "prospect": "Prospect",
    "invited": "Invited",
    "member": "Member",
    "left": "Has left",
}
STATUS_HINTS: Final[dict[MemberStatus, str]] = {
    "prospect": "Someone you would like to have at the table; not asked yet.",
    "invited": "Asked to join; no answer yet.",
    "member": "Has joined. Only members count toward the membership and sector coverage.",
    "left": "Was a member and has stepped away. Kept for the record.",
}
_STATUS_ALIASES: Final[dict[str, MemberStatus]] = {
    "prospective": "prospect",
    "potential": "prospect",
    "asked": "invited",
    "active": "member",
    "joined": "member",
    "members": "member",
    "former": "left",
    "inactive": "left",
    "has left": "left",
}
_SECTOR_ALIASES: Final[dict[str, str]] = {
    "police": "law_enforcement",
    "sheriff": "law_enforcement",
    "law enforcement": "law_enforcement",
    "advocate": "community_advocates",
    "advocates": "community_advocates",
    "community advocate": "community_advocates",
    "child protective services": "cps",
    "dcyf": "cps",
    "youth services": "youth_services",
    "school": "schools",
    "schools": "schools",
    "education": "schools",
    "prosecutor": "prosecutors",
    "prosecution": "prosecutors",
    "defense": "defense",
    "defence": "defense",
    "public defender": "defense",
    "health care": "healthcare",
    "healthcare": "healthcare",
    "mental health": "healthcare",
    "federal": "federal_law_enforcement",
    "fbi": "federal_law_enforcement",
    "hsi": "federal_law_enforcement",
    "survivor": "survivors",
    "survivors": "survivors",
    "tribal": "tribal",
    "tribe": "tribal",
    "tribes": "tribal",
    "lgbtq": "lgbtq",
    "lgbtq+": "lgbtq",
    "lgbtqia+": "lgbtq",
}
EXPORT_HEADERS: Final = (
    "Name", "Title", "Organization", "Sector", "Status", "Email", "Phone", "Joined", "Left",
    "Notes",
)  # fmt: skip


def normalise(text: str) -> str:
    """Lower case, punctuation as spaces, single spaces: 'E-mail  Address' -> 'e mail address'.

    A trailing '+' is kept so that 'LGBTQ+' still reads as itself.
    """
    folded = re.sub(r"[^\w+]+", " ", text.casefold().replace("_", " "))
    return " ".join(folded.split())


def _single_line(text: str) -> str:
    """Names, emails and the like: line breaks and runs of spaces become one space."""
    return " ".join(text.split())


def _same_name(text: str) -> str:
    return _single_line(text).casefold()


@dataclass(frozen=True)
class _Lookup:
    sectors: dict[str, str]
    statuses: dict[str, MemberStatus]


def _sector_keys(sector: reference.Sector) -> set[str]:
    keys = {normalise(sector.id), normalise(sector.name)}
    without_brackets = re.sub(r"\(.*?\)", " ", sector.name)
    keys.add(normalise(without_brackets))
    keys.update(normalise(inner) for inner in re.findall(r"\((.*?)\)", sector.name))
    return keys


@cache
def _lookup() -> _Lookup:
    sectors = {normalise(alias): sid for alias, sid in _SECTOR_ALIASES.items()}
    for sector in reference.sectors():
        sectors.update(dict.fromkeys(_sector_keys(sector), sector.id))
    statuses: dict[str, MemberStatus] = {normalise(k): v for k, v in _STATUS_ALIASES.items()}
    for status, label in STATUS_LABELS.items():
        statuses[normalise(status)] = status
        statuses[normalise(label)] = status
    return _Lookup(sectors, statuses)


def match_sector(text: str) -> str | None:
    """The sector id ``text`` names (by id, name, abbreviation or a common word), or None."""
    return _lookup().sectors.get(normalise(text))


def match_status(text: str) -> MemberStatus | None:
    return _lookup().statuses.get(normalise(text))


def sector_name(sector_id: str | None) -> str:
    return reference.sector_by_id(sector_id).name if sector_id else ""


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(text: str) -> date | None:
    """An ISO date (2026-03-12, also with a time after it) or a US one (3/12/2026).

    Returns None for an empty cell; raises ValueError when the text is not a date,
    including two-digit years, which could mean either century.
    """
    value = text.strip()
    if not value:
        return None
    iso = _ISO_DATE.match(value)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
        return date(year, month, day)
    us = _US_DATE.match(value)
    if us:
        month, day, year = (int(part) for part in us.groups())
        return date(year, month, day)
    raise ValueError(value)


# ------------------------------------------------------------------- reading a file


class RosterCsvError(Exception):
    """A file that cannot be read as a roster at all; the message is for the user."""


@dataclass(frozen=True)
class CsvRow:
    number: int
    """The row as a spreadsheet numbers it: the header is row 1."""
    cells: tuple[str, ...]

    def cell(self, column: int) -> str:
        return self.cells[column] if column < len(self.cells) else ""


@dataclass(frozen=True)
class CsvTable:
    headers: tuple[str, ...]
    rows: tuple[CsvRow, ...]
    encoding: str = "utf-8"
    delimiter: str = ","

    def describe(self) -> str:
        """'40 rows, separated by commas' for the column-matching dialog."""
        separators = {",": "commas", ";": "semicolons", "\t": "tabs"}
        count = len(self.rows)
        rows = f"{count:,} row{'' if count == 1 else 's'}"
        return f"{rows} of people, separated by {separators.get(self.delimiter, 'commas')}"


_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_csv_bytes(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with.

    A byte order mark decides; otherwise UTF-8 if the bytes are valid UTF-8 (it
    almost never happens by chance), else Windows-1252, what Excel on Windows
    writes, and as a last resort Latin-1, which reads any byte.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise RosterCsvError(
                    "The file says it is Unicode text but parts of it are damaged."
                ) from error
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


DELIMITERS: Final = (",", ";", "\t")


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the header and the first rows
    into the same, largest number of columns. European Excel writes semicolons."""
    sample = text[: 64 * 1024]
    best, best_score = ",", (-1.0, 0)
    for delimiter in DELIMITERS:
        try:
            records = [
                r for r in _records(sample, delimiter, limit=30) if any(c.strip() for c in r)
            ]
        except csv.Error:
            continue
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        body = records[1:-1] or records[1:]  # the sample may cut the last record short
        agreeing = sum(1 for r in body if len(r) == width) / len(body) if body else 1.0
        score = (agreeing, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _records(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records = []
    for record in reader:
        records.append(record)
        if limit is not None and len(records) >= limit:
            break
    return records


_SEP_LINE = re.compile(r"^sep=(.)\r?\n", re.IGNORECASE)
"""Excel's own hint line ('sep=;') that some files start with."""


def parse_csv_text(text: str, encoding: str = "utf-8") -> CsvTable:
    """Split decoded text into a header and numbered rows; blank rows are skipped."""
    if "\x00" in text:
        raise RosterCsvError("This looks like a spreadsheet or other binary file, not CSV text.")
    hint = _SEP_LINE.match(text)
    if hint and hint.group(1) in DELIMITERS:
        text = text[hint.end() :]
        delimiter = hint.group(1)
    else:
        delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: tuple[str, ...] | None = None
    rows: list[CsvRow] = []
    number = 0
    try:
        for record in reader:
            number += 1
            if headers is None:
                if not any(cell.strip() for cell in record):
                    continue
                headers = tuple(_single_line(cell) for cell in record)
                continue
            if not any(cell.strip() for cell in record):
                continue
            if len(rows) >= MAX_CSV_ROWS:
                raise RosterCsvError(
                    f"The file has more than {MAX_CSV_ROWS:,} rows; that is not a roster."
                )
            rows.append(CsvRow(number, tuple(record)))
    except csv.Error as error:
        raise RosterCsvError(f"Row {number + 1} could not be read: {error}.") from error
    if headers is None:
        raise RosterCsvError("The file is empty.")
    return CsvTable(headers, tuple(rows), encoding, delimiter)


def read_roster_csv(path: Path) -> CsvTable:
    """Read and split a CSV file; RosterCsvError says in plain words what is wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise RosterCsvError(
                f"The file is {size / 1024 / 1024:.0f} MB, far too large to be a roster."
            )
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise RosterCsvError("The file is no longer there.") from error
    except PermissionError as error:
        raise RosterCsvError("The program is not allowed to read this file.") from error
    except IsADirectoryError as error:
        raise RosterCsvError("That is a folder, not a file.") from error
    except OSError as error:
        raise RosterCsvError(f"The file could not be read ({error.strerror}).") from error
    if data.startswith(b"PK\x03\x04"):
        raise RosterCsvError(
            "This is an Excel workbook (.xlsx), not CSV. In Excel, choose File, Save As, "
            "and pick 'CSV UTF-8', then import that file."
        )
    text, encoding = decode_csv_bytes(data)
    return parse_csv_text(text, encoding)


# ------------------------------------------------------------------- column matching


@dataclass(frozen=True)
class ColumnMapping:
    columns: Mapping[str, int] = field(default_factory=dict)
    """Field id -> column number (from 0). A field left out is not in the file."""
    default_status: MemberStatus = "prospect"
    """Status for rows with an empty status cell, or every row if no column is chosen."""

    def problems(self) -> list[str]:
        """What must change before importing; empty when the mapping can be used."""
        problems = []
        if not any(f in self.columns for f in ("name", "first_name", "last_name")):
            problems.append("Choose the column that holds each person's name.")
        used = Counter(self.columns.values())
        twice = sorted(column for column, count in used.items() if count > 1)
        if twice:
            problems.append("Each column can be used for one thing only.")
        return problems


def guess_mapping(headers: Iterable[str]) -> ColumnMapping:
    """Match header names to fields: exact names first, then names that contain a
    field's words ('Work Phone', 'Date joined'). Each column is used at most once."""
    normalised = [normalise(h) for h in headers]
    columns: dict[str, int] = {}
    taken: set[int] = set()
    for roster_field in FIELDS:
        for index, header in enumerate(normalised):
            if index not in taken and header in roster_field.synonyms:
                columns[roster_field.id] = index
                taken.add(index)
                break
    by_id = {f.id: f for f in FIELDS}
    for field_id in _CONTAINS_ORDER:
        if field_id in columns:
            continue
        for index, header in enumerate(normalised):
            words = set(header.split())
            if index in taken or not words:
                continue
            synonyms = [s for s in by_id[field_id].synonyms if s not in _TOO_VAGUE_INSIDE]
            if any(set(s.split()) <= words for s in synonyms):
                columns[field_id] = index
                taken.add(index)
                break
    if "name" in columns and ("first_name" in columns or "last_name" in columns):
        for part in ("first_name", "last_name"):
            columns.pop(part, None)
    return ColumnMapping(columns)


# --------------------------------------------------------------------------- import


@dataclass(frozen=True)
class RowProblem:
    row: int
    text: str

    def __str__(self) -> str:
        return f"Row {self.row}: {self.text}"


@dataclass(frozen=True)
class PlannedMember:
    row: int
    member: Member
    """Without an organisation: that is matched or created when the plan is applied."""
    organisation: str


@dataclass(frozen=True)
class ImportPlan:
    ready: tuple[PlannedMember, ...]
    problems: tuple[RowProblem, ...]

    @property
    def rows_with_problems(self) -> int:
        return len({p.row for p in self.problems})

    def new_organisations(self, project: Project) -> list[str]:
        """Organisation names the ready rows would add (first spelling wins)."""
        known = {_same_name(o.name) for o in project.organisations}
        names: dict[str, str] = {}
        for planned in self.ready:
            key = _same_name(planned.organisation)
            if key and key not in known:
                names.setdefault(key, _single_line(planned.organisation))
        return list(names.values())

    def summary(self, project: Project) -> str:
        """One line for the column-matching dialog, updated as the user changes columns."""
        ready = len(self.ready)
        text = f"{ready:,} {'person' if ready == 1 else 'people'} ready to import"
        organisations = len(self.new_organisations(project))
        if organisations:
            text += f", with {organisations:,} new organization{'s' if organisations > 1 else ''}"
        bad = self.rows_with_problems
        if bad:
            text += f"; {bad:,} row{'s' if bad > 1 else ''} with problems"
        return text + "."


def _cell(row: CsvRow, mapping: ColumnMapping, field_id: str) -> str:
    column = mapping.columns.get(field_id)
    return _unescape(row.cell(column)) if column is not None else ""


def _unescape(text: str) -> str:
    """Undo :func:`_escape_for_spreadsheet`: take off the quote mark the export added."""
    if text.startswith("'") and _looks_like_formula(text[1:]):
        return text[1:]
    return text


def _row_name(row: CsvRow, mapping: ColumnMapping) -> str:
    name = _single_line(_cell(row, mapping, "name"))
    if name:
        return name
    parts = (_cell(row, mapping, "first_name"), _cell(row, mapping, "last_name"))
    return _single_line(" ".join(parts))


def _duplicate_key(name: str, email: str, organisation: str) -> tuple[str, str]:
    """Same person: same name and email, or same name and organisation when no email."""
    if email.strip():
        return (_same_name(name), "@" + email.strip().casefold())
    return (_same_name(name), _same_name(organisation))


def _member_key(project: Project, member: Member) -> tuple[str, str]:
    organisation = project.organisation(member.organisation_id)
    return _duplicate_key(member.name, member.email, organisation.name if organisation else "")


def _date_cell(
    row: CsvRow, mapping: ColumnMapping, field_id: str, what: str, problems: list[str]
) -> date | None:
    text = _cell(row, mapping, field_id)
    try:
        return parse_date(text)
    except ValueError:
        problems.append(
            f"the {what} “{text.strip()}” is not a date the program reads "
            "(write it like 2026-03-12 or 3/12/2026)"
        )
        return None


def _plan_row(
    row: CsvRow, mapping: ColumnMapping, lookup: _Lookup
) -> tuple[PlannedMember | None, list[str]]:
    problems: list[str] = []
    name = _row_name(row, mapping)
    if not name:
        problems.append("the name is empty")
    sector_text = _cell(row, mapping, "sector").strip()
    sector = lookup.sectors.get(normalise(sector_text)) if sector_text else None
    if sector_text and sector is None:
        problems.append(f"“{_single_line(sector_text)}” is not one of the 13 sectors")
    status_text = _cell(row, mapping, "status").strip()
    status = lookup.statuses.get(normalise(status_text)) if status_text else None
    if status_text and status is None:
        problems.append(
            f"the status “{_single_line(status_text)}” is not one of: "
            "prospect, invited, member, has left"
        )
    joined = _date_cell(row, mapping, "joined_on", "date joined", problems)
    left = _date_cell(row, mapping, "left_on", "date left", problems)
    if joined and left and left < joined:
        problems.append("the date left is before the date joined")
    if problems:
        return None, problems
    member = Member(
        name=name,
        title=_single_line(_cell(row, mapping, "title")),
        sector=sector,
        status=status or mapping.default_status,
        email=_single_line(_cell(row, mapping, "email")),
        phone=_single_line(_cell(row, mapping, "phone")),
        joined_on=joined,
        left_on=left,
        notes=_cell(row, mapping, "notes").strip(),
    )
    organisation = _single_line(_cell(row, mapping, "organisation"))
    return PlannedMember(row.number, member, organisation), []


def plan_import(table: CsvTable, mapping: ColumnMapping, project: Project) -> ImportPlan:
    """Check every row and say which would be imported. Changes nothing.

    A person already on the roster, or listed twice in the file, is a problem too,
    so importing the same file twice does not double the roster.
    """
    problems_in_mapping = mapping.problems()
    if problems_in_mapping:
        raise ValueError(" ".join(problems_in_mapping))
    lookup = _lookup()
    on_roster = {_member_key(project, m) for m in project.members}
    seen: dict[tuple[str, str], int] = {}
    ready: list[PlannedMember] = []
    problems: list[RowProblem] = []
    for row in table.rows:
        planned, texts = _plan_row(row, mapping, lookup)
        if planned is not None:
            member = planned.member
            key = _duplicate_key(member.name, member.email, planned.organisation)
            if key in on_roster:
                texts = [f"{member.name} is already on the roster"]
            elif key in seen:
                texts = [f"{member.name} is already in row {seen[key]}"]
            else:
                seen[key] = row.number
                ready.append(planned)
        problems.extend(RowProblem(row.number, text) for text in texts)
    return ImportPlan(tuple(ready), tuple(problems))


@dataclass(frozen=True)
class ImportResult:
    members: tuple[Member, ...]
    organisations: tuple[Organisation, ...]
    """The organisations that were created (not those matched by name)."""


def find_or_add_organisation(
    project: Project, name: str, sector: str | None = None
) -> tuple[Organisation | None, bool]:
    """The organisation called ``name`` (any case, any spacing), added if it is new.

    Returns the organisation (None for an empty name) and whether it was added.
    """
    key = _same_name(name)
    if not key:
        return None, False
    for organisation in project.organisations:
        if _same_name(organisation.name) == key:
            return organisation, False
    organisation = Organisation(name=_single_line(name), sector=sector)
    project.organisations.append(organisation)
    return organisation, True


def apply_import(project: Project, plan: ImportPlan) -> ImportResult:
    """Add the plan's ready rows to the project: all of them, in file order."""
    members: list[Member] = []
    created: list[Organisation] = []
    for planned in plan.ready:
        organisation, is_new = find_or_add_organisation(
            project, planned.organisation, planned.member.sector
        )
        if is_new and organisation is not None:
            created.append(organisation)
        member = planned.member.model_copy(
            update={"id": new_id(), "organisation_id": organisation.id if organisation else None}
        )
        members.append(member)
    project.members.extend(members)
    return ImportResult(tuple(members), tuple(created))


# --------------------------------------------------------------------------- export

_FORMULA_STARTS: Final = frozenset("=+-@\t\r")
_PHONE_LIKE = re.compile(r"^[+\-]?[\d\s().\-+]*$")


def _looks_like_formula(text: str) -> bool:
    """Starts like a formula, or like a cell this module has already escaped."""
    return bool(text) and (text[0] in _FORMULA_STARTS or text[0] == "'")


def _escape_for_spreadsheet(text: str) -> str:
    """Stop a spreadsheet from running a cell as a formula ('=HYPERLINK(...)').

    A quote mark goes before a cell that starts with = @ + - or a tab, unless it
    is plainly a phone number or negative number; and before a cell that already
    starts with a quote mark and such a character, so that import, which takes
    one quote mark off, gives back exactly what was exported.
    """
    if not text:
        return text
    if text[0] == "'":
        return "'" + text if _looks_like_formula(text[1:]) else text
    if text[0] not in _FORMULA_STARTS:
        return text
    if text[0] in "+-" and _PHONE_LIKE.match(text):
        return text
    return "'" + text


def export_rows(project: Project) -> list[list[str]]:
    names = {o.id: o.name for o in project.organisations}
    rows = []
    for m in project.members:
        cells = [
            m.name,
            m.title,
            names.get(m.organisation_id or "", ""),
            sector_name(m.sector),
            STATUS_LABELS[m.status],
            m.email,
            m.phone,
            m.joined_on.isoformat() if m.joined_on else "",
            m.left_on.isoformat() if m.left_on else "",
            m.notes,
        ]
        rows.append([_escape_for_spreadsheet(cell) for cell in cells])
    return rows


def export_csv(project: Project) -> bytes:
    """Every roster entry as CSV: UTF-8 with a byte order mark, so that Excel shows
    accents and other scripts correctly, and Windows line endings, as Excel writes."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADERS)
    writer.writerows(export_rows(project))
    return buffer.getvalue().encode("utf-8-sig")


# ------------------------------------------------------------------ roster editing


@dataclass(frozen=True)
class RemovalEffects:
    """What else changes when members are removed: said before, so nothing goes silently."""

    chair: bool = False
    subcommittees: int = 0
    trainings: int = 0
    meetings: int = 0

    def describe(self) -> str:
        parts = []
        if self.chair:
            parts.append("the chair's link to the roster")
        for count, what in (
            (self.subcommittees, "subcommittee"),
            (self.trainings, "training attendance list"),
            (self.meetings, "meeting attendance list"),
        ):
            if count:
                parts.append(f"{count} {what}{'s' if count > 1 else ''}")
        if not parts:
            return ""
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        return f"They are also taken off {listed}."


def removal_effects(project: Project, member_ids: Iterable[str]) -> RemovalEffects:
    ids = set(member_ids)
    return RemovalEffects(
        chair=project.chair.member_id in ids,
        subcommittees=sum(
            1
            for c in project.subcommittees
            if c.chair_member_id in ids or ids.intersection(c.member_ids)
        ),
        trainings=sum(
            1 for t in project.training.trainings if ids.intersection(t.attendee_member_ids)
        ),
        meetings=sum(1 for m in project.meetings if ids.intersection(m.attendee_member_ids)),
    )


def remove_members(project: Project, member_ids: Iterable[str]) -> list[Member]:
    """Take members off the roster and every list that names them, so the project
    never points at someone who is gone (a file like that would not open again)."""
    ids = set(member_ids)
    removed = [m for m in project.members if m.id in ids]
    project.members[:] = [m for m in project.members if m.id not in ids]
    if project.chair.member_id in ids:
        project.chair.member_id = None
    for committee in project.subcommittees:
        if committee.chair_member_id in ids:
            committee.chair_member_id = None
        committee.member_ids[:] = [i for i in committee.member_ids if i not in ids]
    for training in project.training.trainings:
        training.attendee_member_ids[:] = [i for i in training.attendee_member_ids if i not in ids]
    for meeting in project.meetings:
        meeting.attendee_member_ids[:] = [i for i in meeting.attendee_member_ids if i not in ids]
    for mou in project.mous:
        if mou.contact_member_id in ids:
            mou.contact_member_id = None  # the MOU falls back to the organization's next member
    return removed


def organisation_in_use(project: Project, organisation_id: str) -> bool:
    """True if a member, an MOU, a grant's match source, a survey or a reported count points
    at the organisation."""
    if any(m.organisation_id == organisation_id for m in project.members):
        return True
    if any(mou.organisation_id == organisation_id for mou in project.mous):
        return True
    for grant in project.grants:
        if any(s.organisation_id == organisation_id for s in grant.match_sources):
            return True
    for period in project.data_periods:
        if any(c.source_organisation_id == organisation_id for c in period.counts.values()):
            return True
        if period.survey is not None and organisation_id in period.survey.organisation_ids:
            return True
    return False
