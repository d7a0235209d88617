"""Reading, matching, importing and exporting roster CSV files (no Qt)."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.model import roster
from wizard.model.large import project_with_roster
from wizard.model.project import (
    Chair,
    Meeting,
    Member,
    Mou,
    Organisation,
    Project,
    Subcommittee,
    Training,
    TrainingPlan,
)
from wizard.model.roster import (
    ColumnMapping,
    RosterCsvError,
    apply_import,
    decode_csv_bytes,
    export_csv,
    find_or_add_organisation,
    guess_mapping,
    match_sector,
    match_status,
    organisation_in_use,
    parse_csv_text,
    parse_date,
    plan_import,
    read_roster_csv,
    removal_effects,
    remove_members,
    sniff_delimiter,
)

GOOD = (
    "Name,Title,Organization,Sector,Status,Email,Phone,Joined\r\n"
    "Dana Whitfield,Detective,North Ridge Sheriff,Local law enforcement,Member,"
    "dana@example.org,509-555-0101,2026-03-12\r\n"
    "Luis Ortega,Director,Riverbend Youth Haven,youth_services,invited,luis@example.org,,\r\n"
    "Ana Ruiz,Advocate,riverbend youth haven,Community advocates,MEMBER,,,3/1/2026\r\n"
)


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def import_text(text: str, project: Project | None = None) -> tuple[Project, roster.ImportPlan]:
    project = project or Project()
    table = parse_csv_text(text)
    return project, plan_import(table, guess_mapping(table.headers), project)


def problems_by_row(plan: roster.ImportPlan) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for problem in plan.problems:
        found.setdefault(problem.row, []).append(problem.text)
    return found


# ------------------------------------------------------------------ a good file


def test_a_good_file_imports_every_row_with_its_details(tmp_path):
    table = read_roster_csv(write(tmp_path, GOOD))
    assert table.headers[0] == "Name"
    assert [row.number for row in table.rows] == [2, 3, 4]
    project = Project(organisations=[Organisation(id="sheriff", name="NORTH RIDGE  sheriff")])
    plan = plan_import(table, guess_mapping(table.headers), project)
    assert plan.problems == ()
    assert plan.new_organisations(project) == ["Riverbend Youth Haven"]
    assert plan.summary(project) == "3 people ready to import, with 1 new organization."
    result = apply_import(project, plan)
    assert [m.name for m in project.members] == ["Dana Whitfield", "Luis Ortega", "Ana Ruiz"]
    dana, luis, ana = project.members
    assert dana.organisation_id == "sheriff"  # matched by name, any case and spacing
    assert (dana.sector, dana.status, dana.joined_on) == (
        "law_enforcement",
        "member",
        date(2026, 3, 12),
    )
    assert (dana.title, dana.email, dana.phone) == ("Detective", "dana@example.org", "509-555-0101")
    assert luis.organisation_id == ana.organisation_id  # 'riverbend youth haven' is the same
    assert (luis.sector, luis.status, luis.joined_on) == ("youth_services", "invited", None)
    assert (ana.status, ana.joined_on) == ("member", date(2026, 3, 1))
    assert [o.name for o in result.organisations] == ["Riverbend Youth Haven"]
    assert result.organisations[0].sector == "youth_services"
    assert len(project.organisations) == 2
    Project.model_validate(project.model_dump())  # still a valid project


def test_the_guess_reads_common_header_names():
    def guessed(*headers: str) -> dict[str, str]:
        mapping = guess_mapping(headers)
        return {field: headers[column] for field, column in mapping.columns.items()}

    assert guessed("First Name", "Last Name", "E-mail Address", "Mobile Phone", "Company") == {
        "first_name": "First Name",
        "last_name": "Last Name",
        "email": "E-mail Address",
        "phone": "Mobile Phone",
        "organisation": "Company",
    }
    assert guessed("Organization Name", "Contact Name", "Member since", "Date left") == {
        "organisation": "Organization Name",
        "name": "Contact Name",
        "joined_on": "Member since",
        "left_on": "Date left",
    }
    assert "last_name" not in guessed("Name", "Last updated")
    assert guessed("Name", "name") == {"name": "Name"}  # a column is used once only


def test_first_and_last_name_columns_make_the_name():
    _, plan = import_text("First name,Last name\nAna,Ruiz\n,Solo\n")
    assert [p.member.name for p in plan.ready] == ["Ana Ruiz", "Solo"]


def test_the_status_for_rows_without_one_is_the_users_choice():
    table = parse_csv_text("Name,Status\nAna,\nBo,invited\n")
    mapping = ColumnMapping(guess_mapping(table.headers).columns, default_status="member")
    plan = plan_import(table, mapping, Project())
    assert [p.member.status for p in plan.ready] == ["member", "invited"]


# ------------------------------------------------------------ missing columns, bad rows


def test_a_file_without_a_name_column_cannot_be_imported():
    table = parse_csv_text("Organization,Email\nClinic,a@example.org\n")
    mapping = guess_mapping(table.headers)
    assert "name" not in mapping.columns
    assert mapping.problems() == ["Choose the column that holds each person's name."]
    with pytest.raises(ValueError, match="name"):
        plan_import(table, mapping, Project())


def test_one_column_for_two_fields_is_refused():
    mapping = ColumnMapping({"name": 0, "title": 0})
    assert mapping.problems() == ["Each column can be used for one thing only."]


def test_bad_rows_are_reported_by_spreadsheet_row_and_nothing_of_them_is_kept():
    text = (
        "Name,Sector,Status,Joined,Left\n"
        "Good Person,Prosecutors,member,2026-01-05,\n"  # row 2
        "Unknown Sector,Police department,member,,\n"  # row 3
        "Bad Status,Schools,maybe,,\n"  # row 4
        '"Bad\nDate",,member,31/12/2025,\n'  # row 5 (a line break inside the name)
        ",Schools,member,,\n"  # row 6
        "Backwards,,left,2026-02-01,2026-01-01\n"  # row 7
        "Twice Wrong,Nowhere,gone,,\n"  # row 8
        "Feb Thirtieth,,,2/30/2026,\n"  # row 9
    )
    _, plan = import_text(text)
    assert [p.row for p in plan.ready] == [2]
    rows = problems_by_row(plan)
    assert rows[3] == ["“Police department” is not one of the 13 sectors"]
    assert rows[4] == ["the status “maybe” is not one of: prospect, invited, member, has left"]
    assert rows[5] == [
        "the date joined “31/12/2025” is not a date the program reads "
        "(write it like 2026-03-12 or 3/12/2026)"
    ]
    assert rows[6] == ["the name is empty"]
    assert rows[7] == ["the date left is before the date joined"]
    assert len(rows[8]) == 2
    assert "2/30/2026" in rows[9][0]
    assert plan.rows_with_problems == 7
    assert str(plan.problems[0]) == "Row 3: “Police department” is not one of the 13 sectors"
    assert plan.summary(Project()) == "1 person ready to import; 7 rows with problems."


def test_blank_rows_are_skipped_but_row_numbers_stay_those_of_the_spreadsheet():
    table = parse_csv_text("Name\n\nAna\n,\nBo\n")
    assert [(row.number, row.cells[0]) for row in table.rows] == [(3, "Ana"), (5, "Bo")]


def test_short_rows_read_as_empty_cells():
    _, plan = import_text("Name,Email,Phone\nAna\nBo,bo@example.org\n")
    assert [(p.member.name, p.member.email) for p in plan.ready] == [
        ("Ana", ""),
        ("Bo", "bo@example.org"),
    ]


def test_people_already_on_the_roster_or_twice_in_the_file_are_not_added_again():
    project, plan = import_text(GOOD)
    apply_import(project, plan)
    again = plan_import(
        parse_csv_text(GOOD), guess_mapping(GOOD.split("\r\n")[0].split(",")), project
    )
    assert again.ready == ()
    assert problems_by_row(again)[2] == ["Dana Whitfield is already on the roster"]
    _, twice = import_text(
        "Name,Email\nAna,a@example.org\nana ,A@EXAMPLE.ORG\nAna,other@example.org\n"
    )
    assert problems_by_row(twice) == {3: ["ana is already in row 2"]}
    assert len(twice.ready) == 2


# ----------------------------------------------------------------- matching values


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("law_enforcement", "law_enforcement"),
        ("Local Law Enforcement", "law_enforcement"),
        ("CPS", "cps"),
        ("child protective services", "cps"),
        ("Child Protective Services (CPS)", "cps"),
        ("LGBTQ+", "lgbtq"),
        ("lgbtq+ representatives", "lgbtq"),
        ("  Tribal   communities ", "tribal"),
        ("Human trafficking survivors", "survivors"),
        ("federal_law_enforcement", "federal_law_enforcement"),
        ("Police dept", None),
    ],
)
def test_sectors_match_by_id_name_or_short_name(text, sector):
    assert match_sector(text) == sector


@pytest.mark.parametrize(
    ("text", "status"),
    [("member", "member"), ("MEMBER", "member"), ("Has left", "left"), ("left", "left"),
     ("Prospect", "prospect"), ("invited", "invited"), ("active", "member"), ("soon", None)],
)  # fmt: skip
def test_statuses_match_by_id_or_label(text, status):
    assert match_status(text) == status


def test_dates_in_iso_or_us_form():
    assert parse_date("2026-03-12") == date(2026, 3, 12)
    assert parse_date("2026-03-12T00:00:00") == date(2026, 3, 12)
    assert parse_date("3/12/2026") == date(2026, 3, 12)
    assert parse_date(" 12/31/2025 ") == date(2025, 12, 31)
    assert parse_date("") is None
    for bad in ("12.3.2026", "3/12/26", "31/12/2025", "2026-13-01", "March 12"):
        with pytest.raises(ValueError):
            parse_date(bad)


# ---------------------------------------------------------------- encodings and shapes


def test_utf8_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + "Name,Sector\nJosé Núñez,Schools\n".encode())
    table = read_roster_csv(path)
    assert table.headers == ("Name", "Sector")  # not '\ufeffName'
    assert table.encoding == "utf-8-sig"
    plan = plan_import(table, guess_mapping(table.headers), Project())
    assert plan.ready[0].member.name == "José Núñez"


def test_windows_1252_from_an_old_excel(tmp_path):
    text = "Name,Organization\nJosé Núñez,“Smart” Quotes Café\n"
    table = read_roster_csv(write(tmp_path, text, "cp1252"))
    assert table.encoding == "cp1252"
    assert table.rows[0].cells == ("José Núñez", "“Smart” Quotes Café")


def test_bytes_that_are_not_windows_1252_still_read():
    text, encoding = decode_csv_bytes(b"Name\n\x81\x8d\xe9\n")
    assert encoding == "latin-1"
    assert text.endswith("é\n")


def test_utf16_tab_separated_unicode_text(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("Name\tSector\r\nعلي حسن\tTribal communities\r\n".encode("utf-16"))
    table = read_roster_csv(path)
    assert table.delimiter == "\t"
    assert table.rows[0].cells == ("علي حسن", "Tribal communities")


def test_semicolons_as_european_excel_writes_them(tmp_path):
    text = "Name;Organization;Joined\nSmith, Jr., Al;Clinic, North;2026-01-02\nBo;Haven;\n"
    table = read_roster_csv(write(tmp_path, text))
    assert table.delimiter == ";"
    assert table.rows[0].cells == ("Smith, Jr., Al", "Clinic, North", "2026-01-02")
    assert "semicolons" in table.describe()


def test_excels_sep_line_is_obeyed_and_skipped():
    table = parse_csv_text("sep=;\nName;Email\nAna;a@example.org\n")
    assert table.delimiter == ";"
    assert table.headers == ("Name", "Email")
    assert table.rows[0].number == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Name,Email\nA,b\n", ","),
        ("Name;Email\nA;b\n", ";"),
        ("Name\tEmail\nA\tb\n", "\t"),
        ('Name;Notes\nA;"x, y, z"\nB;"p, q"\n', ";"),
        ("Name\nAna\n", ","),
    ],
)
def test_the_separator_is_sniffed(text, expected):
    assert sniff_delimiter(text) == expected


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"\n\n", "empty"),
        (b"PK\x03\x04rest-of-a-zip", "Excel workbook"),
        (b"Name\x00\x00\x01", "not CSV"),
    ],
)
def test_files_that_are_not_rosters_say_why(tmp_path, content, words):
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    with pytest.raises(RosterCsvError, match=words):
        read_roster_csv(path)


def test_a_missing_or_huge_file_says_why(tmp_path, monkeypatch):
    with pytest.raises(RosterCsvError, match="no longer there"):
        read_roster_csv(tmp_path / "gone.csv")
    with pytest.raises(RosterCsvError, match="folder"):
        read_roster_csv(tmp_path)
    monkeypatch.setattr(roster, "MAX_CSV_BYTES", 10)
    with pytest.raises(RosterCsvError, match="too large"):
        read_roster_csv(write(tmp_path, GOOD))


# ------------------------------------------------------------------- big files


def test_a_2000_row_file_imports_whole(tmp_path):
    """Correctness at size; the time it takes is in scripts/benchmark_roster.py."""
    source = project_with_roster(2_000)
    path = tmp_path / "big.csv"
    path.write_bytes(export_csv(source))
    table = read_roster_csv(path)
    project = Project()
    plan = plan_import(table, guess_mapping(table.headers), project)
    apply_import(project, plan)
    assert len(table.rows) == 2_000
    assert plan.problems == ()
    assert len(project.members) == 2_000
    assert len(project.organisations) == 200


# -------------------------------------------------------------- export and round trip


def _as_rows(project: Project) -> list[tuple[object, ...]]:
    names = {o.id: o.name for o in project.organisations}
    return [
        (m.name, m.title, names.get(m.organisation_id or ""), m.sector, m.status, m.email,
         m.phone, m.joined_on, m.left_on, m.notes)
        for m in project.members
    ]  # fmt: skip


def round_trip(project: Project, tmp_path: Path) -> Project:
    path = tmp_path / "roster.csv"
    path.write_bytes(export_csv(project))
    table = read_roster_csv(path)
    back = Project()
    plan = plan_import(table, guess_mapping(table.headers), back)
    assert plan.problems == ()
    apply_import(back, plan)
    return back


def test_export_writes_names_not_ids_for_people_to_read():
    project = Project(
        organisations=[Organisation(id="o1", name="Open Door")],
        members=[
            Member(name="Ana", organisation_id="o1", sector="cps", status="left",
                   joined_on=date(2025, 1, 2), left_on=date(2026, 2, 3)),
            Member(name="Bo"),
        ],
    )  # fmt: skip
    data = export_csv(project)
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(roster.EXPORT_HEADERS)
    assert rows[1] == [
        "Ana", "", "Open Door", "Child Protective Services (CPS)", "Has left", "", "",
        "2025-01-02", "2026-02-03", "",
    ]  # fmt: skip
    assert rows[2][:5] == ["Bo", "", "", "", "Prospect"]
    assert b"\r\n" in data


def test_export_then_import_gives_back_the_same_roster(tmp_path):
    project = project_with_roster(300, organisation_count=40)
    project.members[0].left_on = date(2026, 1, 1)
    project.members[1].notes = "Met at the spring forum.\nFollow up in May."
    back = round_trip(project, tmp_path)
    assert _as_rows(back) == _as_rows(project)


HOSTILE = [
    "Ana & Bo <script>alert('x')</script>",
    'Said "hello", then left',
    "Zoë 🌲🏳️‍🌈 Ortiz",
    "علي حسن",
    '=HYPERLINK("http://example.com","click")',
    "@SUM(A1:A2)",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "'=already quoted",
    "''",
    "Smith; Jr.\tthe second",
]


def test_hostile_text_survives_export_and_import(tmp_path):
    members = [
        Member(name=text, title=text, email=text, phone=text,
               notes=f"{text}\nsecond line, with comma; and semicolon\r\nthird")
        for text in HOSTILE
    ]  # fmt: skip
    organisations = [Organisation(id="o1", name="Org <&> “quoted”, Inc.")]
    members[0].organisation_id = "o1"
    project = Project(members=members, organisations=organisations)
    back = round_trip(project, tmp_path)
    expected = [
        tuple(" ".join(v.split()) if isinstance(v, str) and i < 7 else v for i, v in enumerate(r))
        for r in _as_rows(project)
    ]
    assert _as_rows(back) == expected


def test_formulas_are_defused_for_spreadsheets_but_phone_numbers_are_not():
    project = Project(
        members=[
            Member(name="=1+1", phone="+1 (509) 555-0100", email="@home", title="-sum(A1)"),
            Member(name="Bo", phone="-", title="'=x"),
        ]
    )
    rows = list(csv.reader(io.StringIO(export_csv(project).decode("utf-8-sig"), newline="")))
    assert rows[1][0] == "'=1+1"
    assert rows[1][1] == "'-sum(A1)"
    assert rows[1][5] == "'@home"
    assert rows[1][6] == "+1 (509) 555-0100"
    assert rows[2][6] == "-"
    assert rows[2][1] == "''=x"


_cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_cell_text.filter(lambda t: t.split()), notes=_cell_text, title=_cell_text)
def test_any_text_round_trips(tmp_path, name, notes, title):
    project = Project(members=[Member(name=name, title=title, notes=notes, status="member")])
    back = round_trip(project, tmp_path)
    (member,) = back.members
    assert member.name == " ".join(name.split())
    assert member.title == " ".join(title.split())
    assert member.notes == notes.strip()


# ------------------------------------------------------------- organisations, removal


def test_organisations_are_found_by_name_in_any_case_or_added():
    project = Project(organisations=[Organisation(id="o1", name="Open Door Advocacy")])
    found, added = find_or_add_organisation(project, "  open door   ADVOCACY ")
    assert (found.id if found else None, added) == ("o1", False)
    new, added = find_or_add_organisation(project, " Valley\nClinic ", "healthcare")
    assert added and new is not None
    assert (new.name, new.sector) == ("Valley Clinic", "healthcare")
    assert find_or_add_organisation(project, "   ") == (None, False)
    assert len(project.organisations) == 2


def test_removing_members_takes_them_off_every_list_that_names_them():
    ana, bo = Member(id="ana", name="Ana"), Member(id="bo", name="Bo")
    project = Project(
        members=[ana, bo],
        chair=Chair(member_id="ana"),
        subcommittees=[Subcommittee(name="Ed", chair_member_id="ana", member_ids=["ana", "bo"])],
        training=TrainingPlan(trainings=[Training(attendee_member_ids=["ana"])]),
        meetings=[Meeting(attendee_member_ids=["bo", "ana"]), Meeting(attendee_member_ids=["ana"])],
    )
    effects = removal_effects(project, ["ana"])
    assert effects.describe() == (
        "They are also taken off the chair's link to the roster, 1 subcommittee, "
        "1 training attendance list and 2 meeting attendance lists."
    )
    assert removal_effects(project, ["nobody"]).describe() == ""
    removed = remove_members(project, ["ana"])
    assert removed == [ana]
    assert project.members == [bo]
    assert project.chair.member_id is None
    assert project.subcommittees[0].chair_member_id is None
    assert project.subcommittees[0].member_ids == ["bo"]
    assert project.meetings[0].attendee_member_ids == ["bo"]
    Project.model_validate(project.model_dump())  # the file would open again


def test_an_organisation_is_in_use_through_a_member_or_an_mou():
    project = Project(
        organisations=[Organisation(id="a"), Organisation(id="b"), Organisation(id="c")],
        members=[Member(organisation_id="a")],
        mous=[Mou(organisation_id="b")],
    )
    assert [organisation_in_use(project, o) for o in "abc"] == [True, True, False]
