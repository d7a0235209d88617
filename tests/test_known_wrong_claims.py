"""Claims a check against the toolkit found wrong (issue 14) stay out of everything the
program shows or writes: guidance, pages, models, document templates and the sample.

Each phrase is the wrong claim as it once read; the right wording lives beside the code
that shows it, with its own test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(
    [
        *(ROOT / "resources" / "guidance").glob("*.md"),
        *(ROOT / "resources" / "reference").glob("*.json"),
        ROOT / "resources" / "sample" / "sample-county.tfproj",
        *(ROOT / "wizard").rglob("*.py"),
        *(ROOT / "doc_templates" / "source").glob("*.py"),
        ROOT / "scripts" / "make_sample_project.py",
    ]
)
WRONG = {
    "people there put it down": "King County's success was judged by a coordinator elsewhere",
    "Judge Park chairs the meetings": "the coordinator runs the meetings",
    "the chair runs the meetings": "the coordinator runs the meetings",
    "research found is often missing": "the research found little say for tribal members "
    "and low awareness of advocates only",
    "voices the research found": "survivors and LGBTQ+ voices are common practice",
    "much easier": "the toolkit says MOUs may help data collection",
    "research found that judges": "the toolkit says judges make strong chairs, no finding",
    "meet exploited young people most": "no source ranks the sectors",
    "three to seven things": "the number of goals is common practice",
}


def _flat(path: Path) -> str:
    """The file's text with Python's implicit string joins undone, spaces collapsed."""
    text = re.sub(r'"\s*\n\s*f?"', "", path.read_text(encoding="utf-8"))
    return " ".join(text.split())


@pytest.mark.parametrize(("phrase", "why"), sorted(WRONG.items()))
def test_a_known_wrong_claim_is_nowhere(phrase: str, why: str) -> None:
    found = [
        str(path.relative_to(ROOT))
        for path in SOURCES
        if phrase.casefold() in _flat(path).casefold()
    ]
    assert found == [], why


def test_the_search_sees_a_phrase_split_across_string_lines(tmp_path: Path) -> None:
    path = tmp_path / "x.py"
    path.write_text('TEXT = (\n    "people there put "\n    "it down to"\n)\n', encoding="utf-8")
    assert "people there put it down" in _flat(path)
