"""Rules every document in the packet keeps, checked over the whole catalogue.

- each template's variables are exactly what its context builder provides;
- the templates in doc_templates/ are what their sources build;
- hostile text in every field comes back literally and the file stays valid;
- LibreOffice converts every document (where soffice is installed; CI has it).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile

import docx
import pytest

from tests.documents.conftest import ROOT, TODAY
from tests.documents.hostile import HOSTILE, text_of, with_hostile_text
from wizard.documents.packet import plan_packet
from wizard.documents.render import render_to_bytes, template_variables

TEMPLATES = ROOT / "doc_templates"


def docx_items(project):
    return [item for item in plan_packet(project, TODAY) if item.template is not None]


def all_text(data: bytes) -> str:
    """Every paragraph of the body and its tables, as python-docx reads them."""
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]

    def tables(tables_):
        for table in tables_:
            for row in table.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    tables(cell.tables)

    tables(document.tables)
    return "\n".join(parts)


def test_every_template_gets_exactly_the_variables_it_uses(sample):
    items = docx_items(sample)
    assert items, "the packet has no Word documents"
    for item in items:
        assert template_variables(item.template) == set(item.context), item.path


def test_templates_are_built_from_their_sources():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_doc_templates
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    built = build_doc_templates.build_all()
    assert set(built) == {p.name for p in TEMPLATES.glob("*.docx")}
    for name, data in built.items():
        fresh = zipfile.ZipFile(io.BytesIO(data))
        committed = zipfile.ZipFile(TEMPLATES / name)
        for part in fresh.namelist():
            assert fresh.read(part) == committed.read(part), (
                f"{name}:{part} is stale; run scripts/build_doc_templates.py"
            )


def test_templates_write_every_value_as_a_rich_text_run():
    """A plain '{{ x }}' would bypass the renderer's safe conversion of text and gaps.
    The one exception is a chart, '{{ name_chart }}', which docxtpl places as an image."""
    for path in TEMPLATES.glob("*.docx"):
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        plain = re.findall(r"\{\{(?!r )(?! *\w+_chart *\}\})[^}]*\}\}", xml)
        assert plain == [], f"{path.name} has plain tags {plain}"


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_comes_back_literally(sample, hostile):
    project = with_hostile_text(sample, hostile)
    expected = text_of(hostile)
    for item in docx_items(project):
        data = render_to_bytes(item.template, item.context)
        text = all_text(data)  # python-docx opens it: the XML is valid
        assert expected in text, item.path  # '{{ 7*7 }}' shown as typed, never as 49


def test_a_100_kb_answer_fits(sample):
    project = with_hostile_text(sample, "Long answer & more. " * 5_000)
    for item in docx_items(project):
        assert "Long answer & more." in all_text(render_to_bytes(item.template, item.context))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_every_document(sample, tmp_path):
    project = with_hostile_text(sample, HOSTILE[0] + " " + HOSTILE[4])
    sources = []
    for number, item in enumerate(docx_items(project)):
        path = tmp_path / f"{number:03d}.docx"
        path.write_bytes(render_to_bytes(item.template, item.context))
        sources.append(path)
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",  # not a running one's
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
        ]
        + [str(p) for p in sources],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for path in sources:
        pdf = path.with_suffix(".pdf")
        assert pdf.exists() and pdf.stat().st_size > 1000, path


def test_gaps_are_marked_with_a_real_colour():
    """A named colour in w:shd renders black in LibreOffice and upsets Word."""
    from wizard.model.project import Project

    items = docx_items(Project())
    assert any(item.gaps for item in items)
    for item in items:
        if not item.gaps:
            continue
        data = render_to_bytes(item.template, item.context)
        xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
        fills = re.findall(r'<w:shd [^>]*w:fill="([^"]+)"', xml)
        assert fills, item.path
        assert all(re.fullmatch(r"[0-9A-Fa-f]{6}|auto", fill) for fill in fills), item.path
        assert "[to be decided: " in all_text(data), item.path
