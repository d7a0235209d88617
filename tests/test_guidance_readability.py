"""Every guidance file reads at Flesch-Kincaid grade 8 or below (how the grade is
measured: :mod:`tests.readability`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.readability import MAX_GRADE, grade, markdown_blocks

GUIDANCE = sorted((Path(__file__).parents[1] / "resources" / "guidance").glob("*.md"))


def test_every_step_has_guidance_to_measure():
    assert len(GUIDANCE) >= 17


@pytest.mark.parametrize("path", GUIDANCE, ids=lambda path: path.stem)
def test_guidance_reads_at_grade_8_or_below(path):
    blocks = markdown_blocks(path.read_text(encoding="utf-8"))
    assert blocks, f"{path.name} has no text"
    assert round(grade(blocks), 1) <= MAX_GRADE
