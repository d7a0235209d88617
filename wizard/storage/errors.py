"""Why a project file could not be opened or saved, in words a coordinator understands."""

from __future__ import annotations

from pathlib import Path


class ProjectFileError(Exception):
    """A project file could not be read or written. ``str()`` is the message to show."""

    def __init__(self, path: Path, problem: str, advice: str = "") -> None:
        self.path = path
        self.problem = problem
        self.advice = advice
        message = f"{path.name}: {problem}"
        super().__init__(f"{message} {advice}".strip())


class FileMissingError(ProjectFileError):
    pass


class NotAProjectError(ProjectFileError):
    """Not JSON at all (for example a Word document renamed)."""


class TruncatedFileError(ProjectFileError):
    """Valid JSON that stops before its end: usually a copy that was cut short."""


class WrongShapeError(ProjectFileError):
    """JSON, but not a project this program understands."""


class TooLargeError(ProjectFileError):
    pass


class NewerVersionError(ProjectFileError):
    """Written by a newer version of the program: opening it could lose what it added."""


class SaveFailedError(ProjectFileError):
    """Writing failed (disk full, folder read-only...). The previous file is untouched."""
