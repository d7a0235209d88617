"""Put one hostile string into every free-text field of a project."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from wizard.model.project import Project

HOSTILE = [
    'Tom & Jerry\'s <Youth> "Center"',
    "{{ 7*7 }} {% if true %}x{% endif %} {{r evil }}",
    "</w:t></w:r><w:r><w:t>injected",
    "first line\nsecond line\tafter a tab",
    "Emoji 🎉👩‍👩‍👧🏳️‍🌈 and Arabic: فرقة العمل لحماية الأطفال",
    "control \x00\x07\x0b\x0c\x1f characters",
]
CODES = {"last_step", "sector"}
"""Plain-str fields that hold a code, not the user's words."""


def _is_free_text(model: BaseModel, name: str) -> bool:
    """Ids are codes too: pydantic reports ``Id`` as plain ``str``, and filling them would
    cut every organization off from its members (and its letter of support)."""
    if name in CODES or name == "id" or name.endswith("_id"):
        return False
    return type(model).model_fields[name].annotation is str


def _fill(model: BaseModel, text: str) -> None:
    for name, value in list(model.__dict__.items()):
        if isinstance(value, str) and _is_free_text(model, name):
            setattr(model, name, text)
        elif isinstance(value, BaseModel):
            _fill(value, text)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, BaseModel):
                    _fill(item, text)
        elif isinstance(value, dict) and name == "narrative":
            for key in value:
                value[key] = text


def with_hostile_text(project: Project, text: str) -> Project:
    """A copy of ``project`` with ``text`` in every free-text field (names included)."""
    copy = project.model_copy(deep=True)
    _fill(copy, text)
    return copy


def text_of(value: Any) -> str:
    """What a reader sees of the hostile string once control characters are dropped."""
    return "".join(ch for ch in str(value) if ch in "\n\t" or ord(ch) >= 0x20)
