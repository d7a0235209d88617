"""`taskforce-builder statewide`: combines annual data files from several task forces,
and names each file it refuses (newer schema, duplicate, damaged) while using the rest."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import docx
import pytest

from wizard import cli
from wizard.documents.annual_data import write_made_up_files
from wizard.documents.statewide import CSV_COLUMNS, csv_text
from wizard.model import clock
from wizard.model.statewide import AnnualData, CountEntry, count_totals, load_files

TODAY = date(2027, 1, 15)


@pytest.fixture
def files(tmp_path) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    return write_made_up_files(folder, task_forces=4, years=2, today=TODAY, members=24)


def run(files: list[Path], out_dir: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    out_dir.mkdir(exist_ok=True)
    with clock.pinned(TODAY):
        code = cli.statewide(files, out_dir, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def document_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_good_files_make_a_docx_and_a_csv(files, tmp_path):
    code, out, err = run(files, tmp_path / "out")
    assert code == cli.EXIT_OK, err
    assert "Combined 8 files" in out
    rows = list(
        csv.DictReader(
            io.StringIO(
                (tmp_path / "out" / "Statewide summary 2026.csv").read_text(encoding="utf-8-sig")
            )
        )
    )
    assert [r["task_force"] for r in rows if r["year"] == "2026"][-1] == "Statewide total"
    assert len(rows) == 8 + 2  # one per file, one total per year
    assert set(rows[0]) == set(CSV_COLUMNS)
    text = document_text(tmp_path / "out" / "Statewide summary 2026.docx")
    assert "Adams County CSEC/Y Task Force" in text and "Year by year" in text
    assert "Sectors missing most often" in text


def test_newer_duplicate_and_damaged_files_are_named_and_the_rest_used(files, tmp_path):
    newer = tmp_path / "newer.json"
    data = json.loads(files[0].read_text())
    data["schema_version"] = 99
    newer.write_text(json.dumps(data))
    duplicate = tmp_path / "copy.json"
    duplicate.write_bytes(files[1].read_bytes())
    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(files[2].read_bytes()[:200])
    wrong = tmp_path / "wrong.json"
    data = json.loads(files[3].read_text())
    data["meetings"]["held"] = -4
    wrong.write_text(json.dumps(data))
    missing = tmp_path / "missing.json"
    code, out, err = run([*files, newer, duplicate, damaged, wrong, missing], tmp_path / "out")
    assert code == cli.EXIT_FAILED
    assert "Combined 8 files" in out
    assert "newer.json: skipped, it was made by a newer version" in err
    assert f"copy.json: skipped, it repeats {json.loads(files[1].read_text())['year']}" in err
    assert "damaged.json: skipped, it is damaged" in err
    assert "wrong.json: skipped, it is damaged (meetings.held" in err
    assert "missing.json: skipped, the file does not exist" in err
    assert "5 files left out" in err
    assert (tmp_path / "out" / "Statewide summary 2026.docx").exists()


def test_no_usable_file_writes_nothing(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("not json")
    code, _, err = run([bad], tmp_path / "out")
    assert code == cli.EXIT_INVALID and "nothing was written" in err
    assert list((tmp_path / "out").iterdir()) == []


def test_the_command_line_reaches_it(files, tmp_path):
    (tmp_path / "out").mkdir()
    with clock.pinned(TODAY):
        code = cli.run(["statewide", *map(str, files), "--out", str(tmp_path / "out")])
    assert code == cli.EXIT_OK


def test_totals_keep_the_small_number_rule():
    def entry(status: str, value: int | None = None) -> CountEntry:
        return CountEntry(
            status=status, value=value, fewer_than=10 if status == "fewer_than" else None
        )

    base = json.loads(
        json.dumps(
            {
                "format": "taskforce-builder/annual-data",
                "schema_version": 1,
                "task_force": {"id": "a", "name": "A", "region": "", "counties": []},
                "year": 2026,
                "small_count_threshold": 10,
                "membership": {"members": 0, "organisations": 0, "joined": 0, "left": 0},
                "sectors": {"recommended": [], "with_a_voice": {}},
                "meetings": {"held": 0, "average_attendance": None},
                "training": {
                    "trainings": 0,
                    "people_trained": 0,
                    "members": 0,
                    "members_with_basic": 0,
                },
                "network": {"surveyed": False, "organisations_asked": 0, "densities": {}},
                "mous": {"signed": 0, "in_effect": 0, "ending_soon": 0, "ended": 0},
                "activities": {"provider_education": 0, "community_events": 0, "people_reached": 0},
                "counts": {},
            }
        )
    )
    one = AnnualData.model_validate(base).model_copy(
        update={
            "counts": {
                "youth_identified": entry("number", 12),
                "youth_referred": entry("number", 4),
            }
        }
    )
    two = AnnualData.model_validate(base).model_copy(
        update={"counts": {"youth_identified": entry("fewer_than")}}
    )
    totals = {t.kind: t.text(10) for t in count_totals([one, two])}
    assert totals["youth_identified"] == "at least 13 (1 task force gave fewer than 10)"
    assert totals["youth_referred"] == "fewer than 10"  # a small total is held back too
    assert totals["buyers_arrested"] == "not reported"


def test_a_name_that_looks_like_a_formula_stays_text(files):
    data = json.loads(files[0].read_text())
    data["task_force"]["name"] = '=HYPERLINK("http://x")'
    files[0].write_text(json.dumps(data))
    text = csv_text(load_files(files).loaded)
    assert "'=HYPERLINK" in text


def test_39_counties_over_10_years_read_in_well_under_the_goal(tmp_path):
    """The benchmark (scripts/benchmark_statewide.py) times the whole command; this keeps
    a gross slowdown from slipping in."""
    import time

    made = write_made_up_files(tmp_path, task_forces=39, years=10, today=TODAY, members=30)
    start = time.perf_counter()
    result = load_files(made)
    csv_text(result.loaded)
    assert time.perf_counter() - start < 5
    assert len(result.loaded) == 390 and not result.skipped


def test_hostile_names_come_back_literally_in_the_docx(files, tmp_path):
    from tests.documents.hostile import HOSTILE, text_of

    latest = [path for path in files if json.loads(path.read_text())["year"] == 2026]
    for number, path in enumerate(latest):
        data = json.loads(path.read_text())
        data["task_force"]["name"] = HOSTILE[number]
        path.write_text(json.dumps(data))
    code, _, err = run(files, tmp_path / "out")
    assert code == cli.EXIT_OK, err
    text = document_text(tmp_path / "out" / "Statewide summary 2026.docx")
    for hostile in HOSTILE[:4]:
        assert " ".join(text_of(hostile).split()) in " ".join(text.split()), hostile
