"""Builds every .docx template in doc_templates/ from its source in doc_templates/source/.

    .venv/bin/python scripts/build_doc_templates.py

Each source module has FILE (the template's name) and build() (a python-docx
Document); common.py and modules whose name starts with "_" hold parts that several
templates share. The generated files are committed; a test checks they are current.
"""

from __future__ import annotations

import importlib
import io
import sys
from datetime import datetime
from pathlib import Path

FIXED_TIME = datetime(2026, 1, 1)
"""Stamped on every template, so rebuilding an unchanged source changes no XML."""
ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "doc_templates" / "source"


def source_modules() -> list[str]:
    return sorted(
        p.stem for p in SOURCES.glob("*.py") if p.stem != "common" and not p.stem.startswith("_")
    )


def build_all() -> dict[str, bytes]:
    """Template file name -> its bytes, built fresh from the sources."""
    sys.path.insert(0, str(SOURCES))
    try:
        built = {}
        for name in source_modules():
            module = importlib.import_module(name)
            out = io.BytesIO()
            document = module.build()
            document.core_properties.created = FIXED_TIME
            document.core_properties.modified = FIXED_TIME
            document.core_properties.last_modified_by = "Task Force Builder"
            document.core_properties.revision = 1
            document.save(out)
            built[module.FILE] = out.getvalue()
        return built
    finally:
        sys.path.remove(str(SOURCES))


def main() -> None:
    for file_name, data in build_all().items():
        (ROOT / "doc_templates" / file_name).write_bytes(data)
        print(f"wrote doc_templates/{file_name}")


if __name__ == "__main__":
    main()
