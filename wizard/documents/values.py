"""What a document context is made of: plain text, and gaps where an answer is missing.

Context builders (pure functions ``Project -> dict``) return nested dicts and
lists whose leaves are ``str``, :class:`Gap`, ``bool`` or ``int``. Nothing here
imports docxtpl: the renderer turns text and gaps into Word runs at the last
moment, so building a context (and listing a packet's gaps) stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

_NOT_ALLOWED_IN_WORD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 forbids, plus \\a and \\f, which docxtpl reads as paragraph
and page breaks: from user text they are never meant, and they would corrupt
the file or its layout."""


@dataclass(frozen=True)
class Gap:
    """An answer the project does not have yet, shown highlighted in the document.

    ``step`` is the step where the user gives that answer, so the packet page can
    take her straight there from its list of what is still to decide.
    """

    what: str
    step: str

    @property
    def text(self) -> str:
        return f"[to be decided: {self.what}]"


Text = str | Gap


@dataclass(frozen=True)
class Picture:
    """A chart placed in a Word document: the chart, its width, and the chart in words.
    It is laid out and painted only when the document is rendered, so planning a packet
    (which the packet page does each time it is shown) loads no fonts or images.

    Templates write a picture as ``{{ name_chart }}`` (the one plain tag allowed,
    since docxtpl places images that way); the words go beside it as text."""

    chart: Any
    """A wizard.documents.charts.Chart."""
    width_cm: float
    description: str
    size_points: tuple[float, float] = (460.0, 250.0)
    """The size the chart is laid out at; it is then scaled to ``width_cm``."""


def clean(text: str) -> str:
    """User text made safe to place in a Word document, keeping line breaks and tabs."""
    return _NOT_ALLOWED_IN_WORD.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def text_or_gap(value: str | None, what: str, step: str) -> Text:
    """The user's text, or a gap naming what is missing (answered on ``step``)."""
    if value is None or not value.strip():
        return Gap(what, step)
    return clean(value.strip())


def gaps_in(context: Any) -> list[str]:
    """Every gap in a context, in document order, each named once."""
    return list(gap_steps_in(context))


def gap_steps_in(context: Any) -> dict[str, str]:
    """Every gap in a context, in document order, each named once, with the step
    that answers it."""
    found: dict[str, str] = {}

    def walk(value: Any) -> None:
        if isinstance(value, Gap):
            found.setdefault(value.what, value.step)
        elif isinstance(value, Mapping):
            for item in value.values():
                walk(item)
        elif isinstance(value, Iterable) and not isinstance(value, str | bytes):
            for item in value:
                walk(item)

    walk(context)
    return found
