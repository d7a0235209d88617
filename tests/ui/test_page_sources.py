"""The step pages' own advice says where it comes from, as the guidance panel does
(:mod:`wizard.ui.guidance`), and the known wrong claims stay fixed."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import wizard.ui.pages
from wizard.storage.project_file import open_project
from wizard.ui.guidance import Source, research_wording, source_html

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "sample-county.tfproj"

PAGE_MODULES = sorted(
    name for _, name, _ in pkgutil.iter_modules(wizard.ui.pages.__path__) if name != "__init__"
)
LABELS = {source_html(source): source for source in Source if source_html(source)}
_LABEL = re.compile("|".join(re.escape(label) for label in LABELS))

ADVICE = {
    "activities": ["EXPLANATION", "ADVOCATES_EXPLANATION"],
    "approach": ["EXPLANATION"],
    "coordinator": ["WHY"],
    "data_collection": ["INTRO", "THRESHOLD_NOTE", "SURVEY_INTRO"],
    "grants": ["INTRO"],
    "leadership": ["INTRO", "WHY_JUDGES", "JUDGE_CAUTION"],
    "missing_voices": ["INTRO"],
    "mission": ["INTRO"],
    "mous": ["INTRO"],
    "scc": ["ABOUT", "HOW"],
    "subcommittees": ["INTRO"],
    "training": ["INTRO", "NO_TRAINER_NOTE"],
    "what_is": ["EXPLANATION"],
}
"""The texts on each page that give advice, and so must carry a source label."""


def page_texts() -> list[tuple[str, str, str]]:
    """(page, constant, text) for every module-level text of every step page."""
    found = []
    for name in PAGE_MODULES:
        module = importlib.import_module(f"wizard.ui.pages.{name}")
        for attribute, value in vars(module).items():
            if attribute.isupper() and isinstance(value, str):
                found.append((name, attribute, value))
    return found


def labelled_parts(text: str) -> list[tuple[str, Source | None]]:
    """The text cut after each label: each part with the label under it (None at the end)."""
    parts: list[tuple[str, Source | None]] = []
    start = 0
    for match in _LABEL.finditer(text):
        parts.append((text[start : match.start()], LABELS[match.group(0)]))
        start = match.end()
    parts.append((text[start:], None))
    return parts


def plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text)


@pytest.mark.parametrize(("page", "names"), sorted(ADVICE.items()))
def test_each_page_advice_carries_a_source_label(page: str, names: list[str]) -> None:
    module = importlib.import_module(f"wizard.ui.pages.{page}")
    for name in names:
        assert _LABEL.search(getattr(module, name)), f"{page}.{name} has no source label"


def test_only_text_labelled_from_the_research_credits_the_research() -> None:
    wrong = [
        f"{page}.{name}: {plain(part).strip()[:70]}"
        for page, name, text in page_texts()
        for part, source in labelled_parts(text)
        if source is not Source.RESEARCH and research_wording(plain(part))
    ]
    assert wrong == []


def test_the_label_search_sees_research_wording_outside_a_research_label() -> None:
    text = "<p>The research found it.</p>" + source_html(Source.COMMON_PRACTICE) + "<p>Do it.</p>"
    parts = labelled_parts(text)
    assert [source for _, source in parts] == [Source.COMMON_PRACTICE, None]
    assert research_wording(plain(parts[0][0]))


def test_the_coordinator_runs_the_meetings_in_the_leadership_example_and_the_sample() -> None:
    from wizard.ui.pages import leadership

    split = open_project(SAMPLE, keep_backup=False).project.chair.work_split
    for text in (leadership.SPLIT_PLACEHOLDER, leadership.INTRO, split):
        assert not re.search(r"(chair|Park) (runs|chairs) the meetings", text), text
        assert re.search(r"coordinator[^.;]*runs the meetings", text), text


def test_judges_as_chairs_says_only_what_the_research_says() -> None:
    from wizard.ui.pages import leadership

    assert "The research found that judges" not in leadership.WHY_JUDGES
    assert "agencies come when a judge calls" not in leadership.WHY_JUDGES
    assert "Code of Judicial Conduct" in leadership.JUDGE_CAUTION
    assert source_html(Source.WASHINGTON_LAW) in leadership.JUDGE_CAUTION


def test_a_personal_call_is_common_practice_not_a_finding() -> None:
    from wizard.ui.pages import missing_voices

    assert "works better than a" not in missing_voices.INTRO
    for part, source in labelled_parts(missing_voices.INTRO):
        if "personal call" in part:
            assert source is Source.COMMON_PRACTICE


def test_the_mission_formula_and_the_number_of_goals_are_common_practice() -> None:
    from wizard.ui.pages import mission

    [(advice, source), _rest] = labelled_parts(mission.INTRO)
    assert "four questions" in advice and "three to seven goals" in advice
    assert source is Source.COMMON_PRACTICE
