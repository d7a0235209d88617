"""Prints how long the sample project's starter packet takes to export, next to the
bare docxtpl render time of the same templates with the same contexts.

    .venv/bin/python scripts/benchmark_export.py [RUNS]

'bare' loads each template, renders and saves it in memory with docxtpl and
nothing else (contexts already converted). 'packet' is everything export_packet
does: planning, building contexts, converting text, rendering, writing files
into a hidden folder, the overview PDF, and moving the folder into place.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2.sandbox import SandboxedEnvironment

from wizard.assets import asset_path
from wizard.documents.packet import export_packet, plan_packet
from wizard.documents.render import to_word
from wizard.storage.project_file import open_project

SAMPLE = asset_path("resources", "sample", "sample-county.tfproj")
TODAY = date(2026, 11, 28)


def bare_render(jobs: list[tuple[Path, dict[str, object]]]) -> float:
    started = time.perf_counter()
    for template, context in jobs:
        document = DocxTemplate(str(template))
        document.render(context, jinja_env=SandboxedEnvironment(autoescape=True), autoescape=True)
        document.save(io.BytesIO())
    return time.perf_counter() - started


def packet_export(project: object) -> tuple[float, float]:
    """Seconds for the whole packet, and for its Word documents alone."""
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        export_packet(project, Path(folder), today=TODAY)  # type: ignore[arg-type]
        whole = time.perf_counter() - started
    items = [i for i in plan_packet(project, TODAY) if i.template]  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        for number, item in enumerate(plan_packet(project, TODAY)):  # type: ignore[arg-type]
            if item.template:
                item.make(Path(folder) / f"{number}.docx")
        docx_only = time.perf_counter() - started
    assert items
    return whole, docx_only


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    project = open_project(SAMPLE, keep_backup=False).project
    items = [i for i in plan_packet(project, TODAY) if i.template and i.context]
    jobs = [(asset_path("doc_templates", i.template), to_word(i.context)) for i in items]  # type: ignore[arg-type]
    packet_export(project)  # warm up: imports, caches
    bare = statistics.median(bare_render(jobs) for _ in range(runs))
    timings = [packet_export(project) for _ in range(runs)]
    whole = statistics.median(t[0] for t in timings)
    docx_only = statistics.median(t[1] for t in timings)
    count = len(plan_packet(project, TODAY))
    print(f"sample project: {count} files, {len(items)} of them Word documents; median of {runs}")
    print(f"  whole packet export     {whole * 1000:8.1f} ms")
    print(f"  Word documents only     {docx_only * 1000:8.1f} ms")
    print(f"  bare docxtpl render     {bare * 1000:8.1f} ms")
    print(f"  ratio whole / bare      {whole / bare:8.2f}")
    print(f"  ratio Word only / bare  {docx_only / bare:8.2f}")


if __name__ == "__main__":
    main()
