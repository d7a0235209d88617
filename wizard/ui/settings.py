"""What the program remembers between runs, kept outside any project file:
recent projects, window size and layout, whether guidance is shown, and where
the last starter packet was saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


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
