"""The toolkit's advice for each step, from ``resources/guidance/<step>.md``, with the
source of each piece of advice shown quietly under it.

Why sources: a coordinator quoting the program to a prosecutor or a funder must know
whether a sentence is a finding of the research behind the program, Washington law,
a federal rule, or simply what task forces commonly do. Common practice must never
pass for a research finding.

The markup (kept tiny so guidance stays easy to edit):

- the guidance files are a small subset of Markdown: ``###`` headings, paragraphs,
  ``-`` list items, ``**bold**`` and ``*italic*``;
- a line holding only a source tag, such as ``[From the research]``, labels every
  paragraph and list above it, back to the previous tag or heading. The panel shows the
  label as a small grey line of text under them (plain text, so screen readers read it);
- ``[About this program]`` marks text that explains the program itself rather than
  giving advice: it labels the text for the tests but shows nothing.

Nothing here imports Qt: the HTML is plain text the panel's ``QTextBrowser`` shows, and
the tests parse the files with the same code the panel uses.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from wizard.assets import asset_path
from wizard.model.wording import RESEARCH_TITLE


class Source(StrEnum):
    """Where a piece of advice comes from; the value is the label the user sees."""

    RESEARCH = "From the research"
    WASHINGTON_LAW = "Washington law"
    FEDERAL_RULES = "Federal rules"
    COMMON_PRACTICE = "Common practice"
    PROGRAM = "About this program"
    """Not advice: how the program works. Shown without a label."""


SOURCE_COLOR = "#5b6573"
"""The grey of the program's hints (``HINT_STYLE``): 5.9:1 on white, readable but quiet."""

RESEARCH_WORDS = re.compile(r"\b(research|researchers|study|studies|toolkit|surveyed)\b", re.I)
"""Words that credit the research. Only advice labelled From the research may use them,
so common practice never reads as a finding."""


_TAG = re.compile(r"^\[(?P<label>[^\]]+)\]$")
_HEADING = re.compile(r"^#+\s+")
_ITEM = re.compile(r"^(?:[-*+])\s+")


def source_html(source: Source) -> str:
    """The quiet grey label under a piece of advice, as rich text for a label or the
    guidance panel; empty for text about the program itself."""
    if source is Source.PROGRAM:
        return ""
    return (
        f'<p style="color:{SOURCE_COLOR}; font-size:small; margin-top:0px;">'
        f"{html.escape(source.value)}</p>"
    )


def research_wording(text: str) -> bool:
    """True when a text credits the research. Its title (which says 'Toolkit') may be
    named anywhere, as the credits do."""
    return bool(RESEARCH_WORDS.search(text.replace(RESEARCH_TITLE, "")))


@dataclass
class Block:
    """A heading, a paragraph or a list (``items``), as written in the file."""

    kind: str
    """'heading', 'paragraph' or 'list'."""
    text: str = ""
    items: list[str] = field(default_factory=list)

    def plain(self) -> str:
        """The block's words without markdown marks, for the tests."""
        return _strip_marks(" ".join([self.text, *self.items]).strip())


@dataclass
class Unit:
    """Advice that shares one source: the paragraphs and lists above one tag."""

    blocks: list[Block]
    source: Source | None
    """None when the file forgot the tag (a test catches it)."""

    def plain(self) -> str:
        return " ".join(block.plain() for block in self.blocks)


def parse_guidance(markdown: str) -> list[Block | Unit]:
    """A guidance file as headings and units of advice, in reading order.

    Raises ValueError for a tag that is not one of :class:`Source`'s labels, so a typo
    cannot silently drop a label."""
    parts: list[Block | Unit] = []
    pending: list[Block] = []
    current: Block | None = None

    def close_block() -> None:
        nonlocal current
        if current is not None:
            pending.append(current)
            current = None

    def close_unit(source: Source | None) -> None:
        close_block()
        if pending:
            parts.append(Unit(list(pending), source))
            pending.clear()

    for raw in markdown.splitlines():
        line = raw.strip()
        tag = _TAG.match(line)
        if tag:
            close_unit(_source(tag.group("label")))
        elif not line:
            if current is not None and current.kind == "paragraph":
                close_block()
        elif heading := _HEADING.match(line):
            close_unit(None)
            parts.append(Block("heading", line[heading.end() :]))
        elif item := _ITEM.match(line):
            if current is None or current.kind != "list":
                close_block()
                current = Block("list")
            current.items.append(line[item.end() :])
        elif current is not None and current.kind == "list" and raw[:1].isspace():
            current.items[-1] += " " + line
        elif current is not None and current.kind == "paragraph":
            current.text += " " + line
        else:
            close_block()
            current = Block("paragraph", line)
    close_unit(None)
    return parts


def _source(label: str) -> Source:
    for source in Source:
        if source.value == label:
            return source
    raise ValueError(f"unknown source tag [{label}]; use one of {[s.value for s in Source]}")


def _strip_marks(text: str) -> str:
    return re.sub(r"[*_`]+", "", text)


def _inline_html(text: str) -> str:
    """Escape, then turn **bold** and *italic* into tags."""
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return re.sub(r"\*(.+?)\*", r"<i>\1</i>", text)


def _block_html(block: Block) -> str:
    if block.kind == "heading":
        return f"<h3>{_inline_html(block.text)}</h3>"
    if block.kind == "list":
        items = "".join(f"<li>{_inline_html(item)}</li>" for item in block.items)
        return f"<ul>{items}</ul>"
    return f"<p>{_inline_html(block.text)}</p>"


def markdown_to_html(markdown: str) -> str:
    """The panel's HTML: each unit's blocks, then its source label."""
    out: list[str] = []
    for part in parse_guidance(markdown):
        if isinstance(part, Block):
            out.append(_block_html(part))
            continue
        out += [_block_html(block) for block in part.blocks]
        if part.source is not None:
            out.append(source_html(part.source))
    return "".join(out)


@cache
def guidance_markdown(step_id: str) -> str:
    path = asset_path("resources", "guidance", f"{step_id}.md")
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def guidance_html(step_id: str) -> str:
    """The guidance panel's rich text for a step ('' when the step has none)."""
    return markdown_to_html(guidance_markdown(step_id))
