"""Every step page reads at Flesch-Kincaid grade 8 or below, for the sample project and
for a new one (how the grade is measured: :mod:`tests.readability`; what counts as the
page's text: :mod:`tests.ui.visible_text`)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from tests.readability import MAX_GRADE, score
from tests.ui.helpers import type_new_project
from tests.ui.visible_text import visible_blocks
from wizard.model.steps import STEP_IDS

pytestmark = pytest.mark.gui


def page_grades(qtbot, window) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Step -> grade of the text visible on its page, to one decimal."""
    grades = {}
    for step_id in STEP_IDS:
        window.go_to_step(step_id)
        qtbot.wait(1)
        blocks = visible_blocks(window.pages[step_id])
        assert blocks, f"nothing to read on {step_id}"
        grades[step_id] = round(score(blocks).grade, 1)
    return grades


def open_project(qtbot, window, start: str) -> None:  # type: ignore[no-untyped-def]
    if start == "sample":
        qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.session is not None)
    else:
        type_new_project(qtbot, window, "Fresh start", ["Clark"])


@pytest.mark.parametrize("start", ["sample", "new"])
def test_every_step_page_reads_at_grade_8_or_below(qtbot, make_window, dialogs, start):
    window = make_window(dialogs)
    open_project(qtbot, window, start)
    grades = page_grades(qtbot, window)
    too_hard = {step: grade for step, grade in grades.items() if grade > MAX_GRADE}
    assert too_hard == {}, f"all pages: {grades}"


def test_only_visible_words_count_without_tags_or_shortcut_marks(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    note = QLabel("<p>One <b>bold</b> word.</p><p>Two lines.</p>", page)
    hidden = QLabel("Never seen.", page)
    hidden.setVisible(False)
    buddy = QLabel("Na&me", page)
    box = QCheckBox("&Yes, please", page)
    buddy.setBuddy(box)
    group = QGroupBox("&Group", page)
    button = QPushButton("Save && go", page)
    for widget in (note, hidden, buddy, box, group, button):
        layout.addWidget(widget)
    page.show()
    assert visible_blocks(page) == [
        "One bold word.",
        "Two lines.",
        "Name",
        "Yes, please",
        "Group",
        "Save & go",
    ]


def test_the_welcome_screen_reads_at_grade_8_or_below_too(qtbot, make_window, dialogs):
    window = make_window(dialogs)
    blocks = visible_blocks(window.welcome)
    assert blocks
    assert round(score(blocks).grade, 1) <= MAX_GRADE
