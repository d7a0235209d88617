"""Colours people can read: WCAG contrast ratios, and a palette that meets them.

The system's palette is kept (a coordinator's own colours and high-contrast
themes win), except where it falls short of WCAG 2 contrast: Fusion's selection
blue under white text is 3.7:1 and its half-transparent placeholder text is
3.4-4.0:1, so those roles are darkened just enough to reach 4.5:1.

Uses only QColor and QPalette: it runs before the first window shows, where the
Qt namespace's enums must not be touched (see tests/packaging/test_startup_imports.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QPalette

TEXT_CONTRAST = 4.5
"""WCAG 2 level AA for body text."""
ICON_CONTRAST = 3.0
"""WCAG 2 level AA for graphical objects such as the navigator's state icons."""
_MARGIN = 0.1
"""Aim a little above the line, so rounding in a renderer cannot push a colour under it."""


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    red, green, blue = colour.redF(), colour.greenF(), colour.blueF()
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def over(foreground: QColor, background: QColor) -> QColor:
    """The opaque colour a see-through ``foreground`` shows on ``background``."""
    alpha = foreground.alphaF()

    def mix(top: float, bottom: float) -> float:
        return top * alpha + bottom * (1 - alpha)

    return QColor.fromRgbF(
        mix(foreground.redF(), background.redF()),
        mix(foreground.greenF(), background.greenF()),
        mix(foreground.blueF(), background.blueF()),
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21; a see-through ``first`` is laid on ``second``."""
    lighter, darker = sorted(
        (relative_luminance(over(first, second)), relative_luminance(second)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def _blend(start: QColor, end: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        start.redF() + (end.redF() - start.redF()) * amount,
        start.greenF() + (end.greenF() - start.greenF()) * amount,
        start.blueF() + (end.blueF() - start.blueF()) * amount,
    )


def move_until_readable(
    colour: QColor, toward: QColor, backgrounds: Iterable[QColor], minimum: float
) -> QColor:
    """``colour``, or the least change toward ``toward`` that reaches ``minimum`` against
    every background: the smallest change keeps the look the theme meant."""
    grounds = list(backgrounds)
    start = over(colour, grounds[0]) if colour.alpha() < 255 else colour
    for step in range(0, 101):
        candidate = _blend(start, toward, step / 100)
        if all(contrast_ratio(candidate, ground) >= minimum for ground in grounds):
            return candidate
    return toward


def _away_from(colour: QColor) -> QColor:
    """Black from light colours, white from dark ones: the way to more contrast."""
    return QColor("#000000") if relative_luminance(colour) > 0.18 else QColor("#ffffff")


def make_readable(palette: QPalette) -> QPalette:
    """Bring ``palette``'s selection and placeholder text up to 4.5:1, in place (copying a
    QPalette would build the Qt namespace's enums), and return it."""
    result = palette
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        selected_text = result.color(group, role.HighlightedText)
        highlight = result.color(group, role.Highlight)
        if contrast_ratio(selected_text, highlight) < TEXT_CONTRAST:
            # Move the selection colour away from its text: the text stays as themed.
            better = move_until_readable(
                highlight, _away_from(selected_text), [selected_text], TEXT_CONTRAST + _MARGIN
            )
            result.setColor(group, role.Highlight, better)
        grounds = [result.color(group, name) for name in (role.Base, role.Window, role.Button)]
        placeholder = result.color(group, role.PlaceholderText)
        if any(contrast_ratio(placeholder, ground) < TEXT_CONTRAST for ground in grounds):
            text = result.color(group, role.Text)
            result.setColor(
                group,
                role.PlaceholderText,
                move_until_readable(placeholder, text, grounds, TEXT_CONTRAST + _MARGIN),
            )
    return result
