"""What Help → About says: the version, the licenses of everything the program brings
along, and where it keeps its own files.

Everything is read at run time from the installed packages' metadata (which the
PyInstaller bundle carries too), so the list stays true when a library is
upgraded or added, instead of being a hand-kept copy that drifts.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from html import escape
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QSettings, qVersion

from wizard import APP_NAME, __version__
from wizard.model.wording import RESEARCH_CREDIT
from wizard.storage.paths import recovery_dir

DISTRIBUTION = "taskforce-builder"
_LONGEST_LICENSE_FIELD = 60
"""A License field longer than this is the license's whole text, not its name."""


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    license: str


def _requirement_name(requirement: str) -> str | None:
    """The distribution a requirement line names, or None for an optional extra."""
    if "extra ==" in requirement.replace("'", '"').replace('"', ""):
        return None
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip())
    return match.group(0) if match else None


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(fields: metadata.PackageMetadata, name: str) -> str:
    """A metadata field's first value, or "" when the package leaves it out."""
    values = fields.get_all(name) or []
    return str(values[0]).strip() if values else ""


def license_of(distribution: metadata.Distribution) -> str:
    """The license's short name, from the best field a package fills in.

    Newer packages give an SPDX License-Expression; older ones a License field
    (sometimes the whole text) or only trove classifiers.
    """
    fields = distribution.metadata
    expression = _field(fields, "License-Expression")
    if expression:
        return expression
    text = _field(fields, "License")
    if text and "\n" not in text and len(text) <= _LONGEST_LICENSE_FIELD:
        return text
    classifiers = [
        str(line).split(" :: ")[-1]
        for line in fields.get_all("Classifier") or []
        if str(line).startswith("License ::")
    ]
    if classifiers:
        return " / ".join(classifiers)
    return "see the package's own license file"


def _dependencies() -> list[metadata.Distribution]:
    """The program's distribution and everything it needs to run, each once."""
    found: dict[str, metadata.Distribution] = {}
    waiting = [DISTRIBUTION]
    while waiting:
        name = waiting.pop()
        if _normalise(name) in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python, not installed here
        found[_normalise(name)] = distribution
        for requirement in distribution.requires or []:
            required = _requirement_name(requirement)
            if required is not None:
                waiting.append(required)
    return list(found.values())


def bundled_components() -> list[Component]:
    """Python, Qt and every library the program uses, with version and license."""
    components = [
        Component("Python", platform.python_version(), "PSF-2.0"),
        Component("Qt", qVersion(), "LGPL-3.0-only"),
    ]
    for distribution in _dependencies():
        name = str(distribution.metadata["Name"])
        if _normalise(name) == DISTRIBUTION:
            continue
        components.append(Component(name, distribution.version, license_of(distribution)))
    return sorted(components, key=lambda item: item.name.lower())


def settings_file() -> str:
    """Where recent projects, their next deadlines and the window layout are kept (a file or, on
    Windows, a registry key)."""
    return QSettings().fileName()


def about_html(recovery: Path | None = None, settings: str | None = None) -> str:
    recovery = recovery_dir() if recovery is None else recovery
    settings = settings_file() if settings is None else settings
    rows = "".join(
        f"<tr><td>{escape(item.name)}</td><td>{escape(item.version)}</td>"
        f"<td>{escape(item.license)}</td></tr>"
        for item in bundled_components()
    )
    return (
        f"<h3>{escape(APP_NAME)}</h3>"
        f"<p>Version {escape(__version__)}</p>"
        "<p>Helps a Washington county start and sustain a task force against the "
        "commercial sexual exploitation of children and youth, and writes its paperwork. "
        "Your project stays in its file on your computer.</p>"
        "<p><b>Where the advice comes from</b><br>"
        f"{escape(RESEARCH_CREDIT)}</p>"
        "<p><b>Where the program keeps its own files</b><br>"
        f"Recovery copies of unsaved work: {escape(str(recovery))}<br>"
        f"Settings (recent projects and their next deadlines, window layout): "
        f"{escape(settings)}</p>"
        "<p><b>Built with</b> these components, each under its own license:</p>"
        "<table cellspacing='0' cellpadding='3'>"
        "<tr><th align='left'>Component</th><th align='left'>Version</th>"
        f"<th align='left'>License</th></tr>{rows}</table>"
        "<p>The program itself is under the MIT license. Qt and PySide6 are used under the "
        "GNU LGPL version 3; their libraries are separate files that can be replaced.</p>"
    )
