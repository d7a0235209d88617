"""The starter packets a user has made, remembered in the project.

The packet step is done once a packet has been made from a complete Phase 1,
and the overview and the packet page can say when the last one was made.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wizard.model.project import MAX_EXPORTS_KEPT, PacketExport, Project


def record_export(
    project: Project, made_on: date, folder: Path, documents: int, gaps: int
) -> PacketExport:
    """Remember a packet just made; only the most recent ones are kept."""
    record = PacketExport(made_on=made_on, folder=str(folder), documents=documents, gaps=gaps)
    project.exports = [*project.exports[-(MAX_EXPORTS_KEPT - 1) :], record]
    return record


def last_export(project: Project) -> PacketExport | None:
    return project.exports[-1] if project.exports else None
