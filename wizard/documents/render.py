"""Filling a .docx template with docxtpl, safely.

Every value reaches Word as a docxtpl RichText run built from the text, never
as markup: together with ``autoescape=True`` and a sandboxed Jinja environment,
a value holding ``&``, ``<``, ``{{ 7*7 }}`` or ``</w:t>`` appears literally.
Templates therefore write every value as ``{{r name }}``. docxtpl and Jinja are
imported here, on first use, so starting the program never pays for them.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from wizard.assets import asset_path
from wizard.documents.values import Gap, Picture, clean

GAP_HIGHLIGHT = "FFE45C"
"""Shading behind a gap: docxtpl writes it as w:shd fill, which takes hex RGB, not a name."""


@cache
def _template_bytes(name: str) -> bytes:
    return asset_path("doc_templates", name).read_bytes()


def _environment() -> Any:
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(autoescape=True)


def load_template(name: str) -> Any:
    """A fresh DocxTemplate (each render needs its own; the file is read once)."""
    from docxtpl import DocxTemplate

    return DocxTemplate(io.BytesIO(_template_bytes(name)))


def template_variables(name: str) -> set[str]:
    """The names a template uses, so tests can hold them to its context builder."""
    names: set[str] = load_template(name).get_undeclared_template_variables(_environment())
    return names


def to_word(value: Any, document: Any = None) -> Any:
    """Turn a context's text and gaps into RichText runs and its pictures into images
    of ``document``; keep bools and numbers."""
    from docxtpl import RichText

    if isinstance(value, Gap):
        return RichText(value.text, highlight=GAP_HIGHLIGHT, bold=True)
    if isinstance(value, str):
        return RichText(clean(value))
    if isinstance(value, Picture):
        return _image(value, document)
    if isinstance(value, Mapping):
        return {key: to_word(item, document) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_word(item, document) for item in value]
    return value


def _image(picture: Picture, document: Any) -> Any:
    from docx.shared import Cm
    from docxtpl import InlineImage

    from wizard.documents.charts import layout, to_png

    if document is None:
        raise ValueError("a picture needs the document it goes into")
    png = to_png(layout(picture.chart, *picture.size_points))
    return InlineImage(document, io.BytesIO(png), width=Cm(picture.width_cm))


def render_to_bytes(template: str, context: Mapping[str, Any]) -> bytes:
    document = load_template(template)
    document.render(to_word(context, document), jinja_env=_environment(), autoescape=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def render_to_file(template: str, context: Mapping[str, Any], path: Path) -> None:
    """Render into ``path``; the caller writes into a folder it can throw away on failure."""
    path.write_bytes(render_to_bytes(template, context))
