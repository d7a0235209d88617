"""Damaged project files: ``check`` answers every one with exit 0 or exit 2 and one plain
line, never a traceback, and changes no file. (scripts/fuzz_project_files.py runs
10,000 cases and a share of them as real processes.)"""

from __future__ import annotations

import io
import subprocess
import sys

from tests.storage.mutations import SEED, corpus
from wizard import cli

CASES = 600


def test_check_answers_every_damaged_file_plainly(tmp_path):
    path = tmp_path / "fuzz.tfproj"
    outcomes = {0: 0, 2: 0}
    for name, content in corpus(CASES):
        path.write_bytes(content)
        out, err = io.StringIO(), io.StringIO()
        code = cli.check(path, out, err)
        assert code in (0, 2), name
        outcomes[code] += 1
        if code == 2:
            lines = err.getvalue().strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("Not a valid project file"), name
            assert "Traceback" not in err.getvalue()
        assert path.read_bytes() == content, name
        assert sorted(p.name for p in tmp_path.iterdir()) == ["fuzz.tfproj"], name
    assert outcomes[2] > outcomes[0] > 0  # most are refused; some harmless ones still open


def test_a_few_as_real_processes_exit_2_without_a_traceback(tmp_path):
    cases = [
        SEED.replace(b'"guests": 0', b'"guests": ' + b"7" * 5000),
        b'{"schema_version": 3, "region": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        SEED[: len(SEED) // 2],
    ]
    for number, content in enumerate(cases):
        path = tmp_path / f"case{number}.tfproj"
        path.write_bytes(content)
        result = subprocess.run(
            [sys.executable, "-m", "wizard", "check", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
