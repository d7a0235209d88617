"""The Go menu's list of steps: every step, grouped as in the navigator, with its state.

The list is made each time the menu opens, not when the window is built: the welcome
screen comes up before the model is loaded (tests/packaging/test_startup_imports.py),
and each opening shows the steps' states as they are now.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu

from wizard.model.steps import GROUPS, steps_in_group


def mnemonic_letter(text: str) -> str | None:
    """The letter ``&`` marks in ``text`` ('&&' is a plain ampersand), lower case."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].lower()
            index += 1
        index += 1
    return None


def with_mnemonic(title: str, taken: set[str]) -> str:
    """``title`` with an ``&`` before a letter no other entry uses (a word's first letter
    if one is free), and that letter added to ``taken``. Without a free letter, none."""
    escaped = title.replace("&", "&&")
    starts = [_first_alnum(escaped, i) for i in range(len(escaped)) if _starts_word(escaped, i)]
    others = [i for i in range(len(escaped)) if i not in starts]
    for index in [i for i in starts if i is not None] + others:
        char = escaped[index]
        if char.isalnum() and char.lower() not in taken:
            taken.add(char.lower())
            return escaped[:index] + "&" + escaped[index:]
    return escaped


def _starts_word(text: str, index: int) -> bool:
    return index == 0 or text[index - 1] == " "


def _first_alnum(text: str, start: int) -> int | None:
    """The first letter or digit of the word at ``start`` ("(MOUs)": the M)."""
    for index in range(start, len(text)):
        if text[index] == " ":
            return None
        if text[index].isalnum():
            return index
    return None


def add_steps(
    menu: QMenu,
    taken: Iterable[str],
    current: str | None,
    state_of: Callable[[str], str],
    go_to_step: Callable[[str], None],
    icon_of: Callable[[str], QIcon] | None = None,
) -> None:
    """Add a section per group and an entry per step: "Recruit members  (done)", with the
    navigator's state icon, and "you are here" on the step shown."""
    letters = set(taken)
    for group in GROUPS:
        menu.addSection(group.title)  # a section's text is shown as it is, '&' and all
        for step in steps_in_group(group.id):
            state = state_of(step.id)
            if step.id == current:
                state += ", you are here"
            action = menu.addAction(f"{with_mnemonic(step.title, letters)}  ({state})")
            if icon_of is not None:
                action.setIcon(icon_of(step.id))
            action.triggered.connect(lambda _checked=False, s=step.id: go_to_step(s))
