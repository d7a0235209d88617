"""Text at 4.5:1 or better and the navigator's state icons at 3:1 or better (WCAG 2 AA),
measured on the colours Qt really paints: the application palette, the icons as the
list draws them on a plain and on a selected row, and every label on every step."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QScrollArea

from tests.ui.helpers import type_new_project
from wizard.model.progress import StepState
from wizard.model.steps import STEP_IDS
from wizard.ui.app import configure_application
from wizard.ui.contrast import (
    ICON_CONTRAST,
    TEXT_CONTRAST,
    contrast_ratio,
    make_readable,
    over,
)
from wizard.ui.navigator import ICON_CIRCLE, TICK_POINTS, state_icon

pytestmark = pytest.mark.gui
ROLE = QPalette.ColorRole
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def test_the_ratio_is_wcags() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor(0, 0, 0, 128), QColor("#ffffff")) == pytest.approx(
        4.0, abs=0.01
    )  # Fusion placeholder


def test_a_theme_that_is_already_readable_keeps_its_colours(qapp) -> None:  # type: ignore[no-untyped-def]
    palette = QPalette(QColor("#f0f0f0"))
    palette.setColor(ROLE.Highlight, QColor("#0078d4"))  # Windows 11's accent blue: 4.5:1
    palette.setColor(ROLE.HighlightedText, QColor("#ffffff"))
    palette.setColor(ROLE.PlaceholderText, QColor("#5f5f5f"))
    make_readable(palette)
    assert palette.color(ROLE.Highlight).name() == "#0078d4"
    assert palette.color(ROLE.PlaceholderText).name() == "#5f5f5f"


@pytest.mark.parametrize("group", GROUPS, ids=lambda group: group.name)
def test_selected_rows_keep_their_text_readable(qapp, group) -> None:  # type: ignore[no-untyped-def]
    palette = configure_application().palette()
    ratio = contrast_ratio(
        palette.color(group, ROLE.HighlightedText), palette.color(group, ROLE.Highlight)
    )
    assert ratio >= TEXT_CONTRAST


@pytest.mark.parametrize("group", GROUPS, ids=lambda group: group.name)
@pytest.mark.parametrize("ground", ["Base", "Window", "Button"])
def test_placeholder_text_is_readable(qapp, group, ground) -> None:  # type: ignore[no-untyped-def]
    palette = configure_application().palette()
    placeholder = palette.color(group, ROLE.PlaceholderText)
    assert contrast_ratio(placeholder, palette.color(group, getattr(ROLE, ground))) >= TEXT_CONTRAST


# ----- the navigator's state icons -------------------------------------------------------

SCALE = 2
"""The icons' own pixel ratio: one icon unit is two pixels, as on a 200% screen."""


def _painted(state: StepState, selected: bool) -> tuple[QImage, QColor]:
    """The icon as the list paints it: on the list's colour, or on a selected row."""
    palette = configure_application().palette()
    ground = palette.color(ROLE.Highlight if selected else ROLE.Base)
    image = QImage(16 * SCALE, 16 * SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(SCALE)
    image.fill(ground)
    painter = QPainter(image)
    mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
    icon = state_icon(state, palette)
    icon.paint(painter, QRect(0, 0, 16, 16), Qt.AlignmentFlag.AlignCenter, mode)
    painter.end()
    return image, ground


def _at(image: QImage, x: float, y: float) -> QColor:
    """The colour at icon coordinates (x, y), 0 to 16."""
    return image.pixelColor(round(x * SCALE - 0.5), round(y * SCALE - 0.5))


def _around(radius: float) -> Iterator[tuple[float, float]]:
    centre = ICON_CIRCLE.center()
    for step in range(12):
        angle = step * math.pi / 6
        yield centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)


def _ring_contrast(image: QImage, state: StepState) -> float:
    """The icon's outline (the ring, or the rim of the green disc) against what is just
    outside it, the median all round."""
    edge = ICON_CIRCLE.width() / 2
    on_edge = edge - 1 if state is StepState.DONE else edge
    ratios = sorted(
        contrast_ratio(_at(image, *on), _at(image, *outside))
        for on, outside in zip(_around(on_edge), _around(edge + 1.2), strict=True)
    )
    return ratios[len(ratios) // 2]


@pytest.mark.parametrize("selected", [False, True], ids=["plain row", "selected row"])
@pytest.mark.parametrize("state", list(StepState), ids=lambda state: state.value)
def test_each_state_icon_stands_out_on_plain_and_selected_rows(qapp, state, selected) -> None:  # type: ignore[no-untyped-def]
    image, _ground = _painted(state, selected)
    centre = ICON_CIRCLE.center()
    outside = _at(image, centre.x() + ICON_CIRCLE.width() / 2 + 1.2, centre.y())
    assert _ring_contrast(image, state) >= ICON_CONTRAST
    if state is StepState.IN_PROGRESS:  # the filled half, against what is around the icon
        assert contrast_ratio(_at(image, centre.x() - 3, centre.y()), outside) >= ICON_CONTRAST
    if state is StepState.DONE:  # the disc, and the tick on it
        disc = _at(image, centre.x(), centre.y() + 4.5)
        (x1, y1), (x2, y2) = TICK_POINTS[:2]
        tick = _at(image, (x1 + x2) / 2, (y1 + y2) / 2)
        assert contrast_ratio(disc, outside) >= ICON_CONTRAST
        assert contrast_ratio(tick, disc) >= ICON_CONTRAST


# ----- every label and table cell on every step ------------------------------------------


def _label_contrast(label: QLabel) -> float:
    """The label as drawn: its most common colour is the ground, the colour that stands
    out most from it is the ink (text strokes are solid for a pixel or more)."""
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    pixels = Counter(memoryview(image.constBits()).cast("I"))
    ground = QColor.fromRgba(pixels.most_common(1)[0][0])
    return max(contrast_ratio(QColor.fromRgba(value), ground) for value in pixels)


def _too_faint(labels: list[QLabel]) -> list[tuple[str, float]]:
    found = []
    for label in labels:
        if not (label.isVisible() and label.isEnabled() and label.text().strip()):
            continue
        if (
            label.width() < 4
            or label.height() < 4
            or (label.pixmap() and not label.pixmap().isNull())
        ):
            continue
        ratio = _label_contrast(label)
        if ratio < TEXT_CONTRAST:
            found.append((label.text()[:40], round(ratio, 2)))
    return found


def _unreadable_labels(window) -> dict[str, list[tuple[str, float]]]:  # type: ignore[no-untyped-def]
    found: dict[str, list[tuple[str, float]]] = {}
    for step_id in [*STEP_IDS, STEP_IDS[0]]:
        window.go_to_step(step_id)
        QApplication.processEvents()
        labels = [window.workspace.group_label, window.step_title, window.step_status]
        if faint := _too_faint(labels + window.pages[step_id].findChildren(QLabel)):
            found[step_id] = faint
    return found


def _unreadable_cells(window) -> tuple[dict[str, list[tuple[str, float]]], int]:  # type: ignore[no-untyped-def]
    """Text colours a table gives its cells, against the cell's own colour or the table's;
    and how many coloured cells were measured."""
    found: dict[str, list[tuple[str, float]]] = {}
    measured = 0
    for step_id in STEP_IDS:
        window.go_to_step(step_id)
        for view in window.pages[step_id].findChildren(QAbstractItemView):
            model = view.model()
            if model is None or view.parent() is None or isinstance(view.parent(), QScrollArea):
                continue
            palette = view.palette()
            root = view.rootIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for row in range(model.rowCount(root)):
                for column in range(columns):
                    index = model.index(row, column, root)
                    ink = model.data(index, Qt.ItemDataRole.ForegroundRole)
                    fill = model.data(index, Qt.ItemDataRole.BackgroundRole)
                    if ink is None:
                        continue
                    ink_colour = ink.color() if hasattr(ink, "color") else QColor(ink)
                    grounds = (
                        [fill.color() if hasattr(fill, "color") else QColor(fill)]
                        if fill
                        else [
                            palette.color(ROLE.Base),
                            palette.color(ROLE.AlternateBase),
                        ]
                    )
                    measured += 1
                    ratio = min(
                        contrast_ratio(ink_colour, over(g, palette.color(ROLE.Base)))
                        for g in grounds
                    )
                    if ratio < TEXT_CONTRAST:
                        text = str(model.data(index))[:30]
                        found.setdefault(step_id, []).append((text, round(ratio, 2)))
    return found, measured


def test_every_label_and_cell_of_the_sample_is_readable(qtbot, make_window, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    window.resize(QSize(1180, 760))
    window.open_sample()
    qtbot.waitUntil(lambda: window.session is not None)
    assert _unreadable_labels(window) == {}
    unreadable, measured = _unreadable_cells(window)
    assert unreadable == {}
    assert measured > 20  # the sample's roster, trainings and MOUs colour their cells


def test_every_label_of_the_welcome_and_a_new_project_is_readable(
    qtbot, make_window, dialogs
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(dialogs)
    assert _too_faint(window.welcome.findChildren(QLabel)) == []
    type_new_project(qtbot, window, "Fresh start", ["Clark"])
    assert _unreadable_labels(window) == {}
