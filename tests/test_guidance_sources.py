"""Every piece of advice in the guidance panel says where it comes from, and only advice
labelled From the research credits the research (see :mod:`wizard.ui.guidance`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.ui.guidance import (
    Block,
    Source,
    Unit,
    markdown_to_html,
    parse_guidance,
    research_wording,
    source_html,
)

GUIDANCE = sorted((Path(__file__).parents[1] / "resources" / "guidance").glob("*.md"))


def units(path: Path) -> list[Unit]:
    return [
        part for part in parse_guidance(path.read_text(encoding="utf-8")) if isinstance(part, Unit)
    ]


def guidance_text(name: str) -> str:
    path = next(path for path in GUIDANCE if path.stem == name)
    return " ".join(unit.plain() for unit in units(path))


@pytest.mark.parametrize("path", GUIDANCE, ids=lambda path: path.stem)
def test_every_paragraph_and_list_carries_a_source(path: Path) -> None:
    found = units(path)
    assert found, f"{path.name} has no advice"
    unlabelled = [unit.plain()[:60] for unit in found if unit.source is None]
    assert unlabelled == [], f"{path.name}: add a source tag under these"


@pytest.mark.parametrize("path", GUIDANCE, ids=lambda path: path.stem)
def test_only_advice_from_the_research_credits_the_research(path: Path) -> None:
    wrong = [
        f"[{unit.source}] {unit.plain()[:70]}"
        for unit in units(path)
        if unit.source is not Source.RESEARCH and research_wording(unit.plain())
    ]
    assert wrong == []


def test_the_check_catches_common_practice_dressed_as_research() -> None:
    parts = parse_guidance(
        "A personal invitation works better, the research found.\n[Common practice]\n"
    )
    unit = parts[0]
    assert isinstance(unit, Unit)
    assert unit.source is Source.COMMON_PRACTICE
    assert research_wording(unit.plain())
    assert not research_wording(
        'Most comes from "Building a Toolkit for CSEC Task Forces in Washington State".'
    )


def test_an_untagged_paragraph_is_found_and_a_misspelled_tag_refused() -> None:
    parts = parse_guidance("### Title\n\nFirst.\n[Washington law]\n\nSecond, untagged.\n")
    assert isinstance(parts[0], Block) and parts[0].kind == "heading"
    assert [(unit.source, unit.plain()) for unit in parts[1:] if isinstance(unit, Unit)] == [
        (Source.WASHINGTON_LAW, "First."),
        (None, "Second, untagged."),
    ]
    with pytest.raises(ValueError, match="unknown source tag"):
        parse_guidance("Text.\n[From research]\n")


def test_the_panel_shows_the_label_under_the_advice_as_small_grey_text() -> None:
    html = markdown_to_html(
        "Lead-in:\n\n- one **bold**;\n  wrapped\n- two *it* & <x>\n[From the research]\n"
        "\nHow to.\n[About this program]\n"
    )
    assert html.startswith("<p>Lead-in:</p><ul><li>one <b>bold</b>; wrapped</li>")
    assert "<li>two <i>it</i> &amp; &lt;x&gt;</li></ul>" + source_html(Source.RESEARCH) in html
    assert "font-size:small" in source_html(Source.RESEARCH)
    assert html.endswith("<p>How to.</p>")  # text about the program has no label
    assert "About this program" not in html


def test_coordinator_guidance_quotes_king_county_as_seen_from_another_county() -> None:
    text = guidance_text("coordinator")
    assert "people there" not in text
    assert "A coordinator from another county said King County's success was \"a lot" in text


def test_chair_guidance_keeps_only_what_the_research_says_about_judges() -> None:
    text = guidance_text("leadership")
    assert "The research found that judges" not in text
    assert "The research says judges make strong chairs." in text
    assert "Code of Judicial Conduct" in text
    assert "The coordinator runs the meetings." in text


def test_unsupported_formulas_are_gone_from_the_mission_and_outreach_guidance() -> None:
    assert "three to seven" not in guidance_text("mission")
    assert "works better than a flyer" not in guidance_text("missing_voices")
