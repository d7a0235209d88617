"""What the program remembers between runs, kept outside any project file:
recent projects and their next deadlines, window size and layout, whether guidance
is shown, and where the last starter packet was saved."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
MAX_REMEMBERED_DEADLINES = 40
"""Per recent project: enough to still show five ahead months after the last save."""

Remembered = list[tuple[date, str]]


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def recent_projects(self) -> list[Path]:
        value = self._settings.value("recent_projects", [])
        if isinstance(value, str):  # QSettings returns a lone string for one-item lists
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(item) for item in value if isinstance(item, str) and item]

    def add_recent_project(self, path: Path) -> None:
        resolved = path.resolve()
        recent = [p for p in self.recent_projects() if p != resolved]
        self._settings.setValue(
            "recent_projects", [str(p) for p in [resolved, *recent][:MAX_RECENT]]
        )

    def forget_recent_project(self, path: Path) -> None:
        recent = [p for p in self.recent_projects() if p != path]
        self._settings.setValue("recent_projects", [str(p) for p in recent])
        self._keep_deadlines_of(recent)

    def remember_deadlines(self, path: Path, ahead: Remembered) -> None:
        """Keep a recent project's deadlines (dates and short titles, never contact
        details) so the welcome screen can list them without loading the project: opening
        a project file needs the whole model, which the first window must not wait for."""
        stored = self._stored_deadlines()
        stored[str(path.resolve())] = [
            [day.isoformat(), title] for day, title in ahead[:MAX_REMEMBERED_DEADLINES]
        ]
        self._settings.setValue("recent_deadlines", json.dumps(stored, ensure_ascii=False))
        self._keep_deadlines_of(self.recent_projects())

    def remembered_deadlines(self, path: Path, today: date) -> Remembered:
        """What was ahead of the project when it was last opened or saved, from today on."""
        found: Remembered = []
        for entry in self._stored_deadlines().get(str(path), []):
            try:
                day, title = date.fromisoformat(entry[0]), str(entry[1])
            except (TypeError, ValueError, IndexError):
                continue  # a hand-edited settings file: skip the line, keep the rest
            if day >= today:
                found.append((day, title))
        return sorted(found, key=lambda item: item[0])

    def _stored_deadlines(self) -> dict[str, list[list[str]]]:
        value = self._settings.value("recent_deadlines", "")
        try:
            stored = json.loads(value) if isinstance(value, str) and value else {}
        except ValueError:
            return {}
        if not isinstance(stored, dict):
            return {}
        return {key: rows for key, rows in stored.items() if isinstance(rows, list)}

    def _keep_deadlines_of(self, recent: list[Path]) -> None:
        """Forget the deadlines of projects no longer on the recent list."""
        stored = self._stored_deadlines()
        kept = {str(path): stored[str(path)] for path in recent if str(path) in stored}
        if kept != stored:
            self._settings.setValue("recent_deadlines", json.dumps(kept, ensure_ascii=False))

    def last_folder(self) -> Path:
        recent = self.recent_projects()
        return recent[0].parent if recent else Path.home()

    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)

    def splitter_state(self) -> QByteArray | None:
        value = self._settings.value("window/splitter")
        return value if isinstance(value, QByteArray) else None

    def set_splitter_state(self, state: QByteArray) -> None:
        self._settings.setValue("window/splitter", state)

    def guidance_visible(self) -> bool:
        value = self._settings.value("window/guidance_visible", True)
        return value not in (False, "false", "0", 0)

    def set_guidance_visible(self, visible: bool) -> None:
        self._settings.setValue("window/guidance_visible", visible)

    def last_export_folder(self) -> Path | None:
        """Where the last starter packet went, if that folder still exists."""
        value = self._settings.value("export/folder", "")
        if not isinstance(value, str) or not value:
            return None
        folder = Path(value)
        return folder if folder.is_dir() else None

    def set_last_export_folder(self, folder: Path) -> None:
        self._settings.setValue("export/folder", str(folder))

    def export_zip(self) -> bool:
        value = self._settings.value("export/zip", False)
        return value in (True, "true", "1", 1)

    def set_export_zip(self, make_zip: bool) -> None:
        self._settings.setValue("export/zip", make_zip)

    def sync(self) -> None:
        self._settings.sync()
