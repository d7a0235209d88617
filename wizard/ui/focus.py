"""Where the keyboard focus goes in the workspace, in one place.

The rules, for a user who works by keyboard or with a screen reader:

- **Tab and Shift+Tab go round in reading order**: the navigator, then the step's
  page (its fields in the page's own order), then Back and Next, then the guidance
  panel, then the navigator again. Pages are built, and their rows added, long after
  the window's own parts, so Qt's single focus chain would put them after the
  guidance panel; :func:`next_stop` orders the chain by part instead. A scroll area
  is never a stop of its own: the fields in it are.
- **Moving to a step puts the focus on the page's first input** (:func:`first_input`)
  when the user asked to go there: Enter or a click in the navigator, Back or Next,
  the Go menu, a review page's Edit button, opening a project. A page with nothing to
  fill in hands the focus to Next.
- **Arrowing through the navigator does not**: each step's page is shown as the user
  arrows past it, but the focus stays in the list, so she can read down the steps
  (a screen reader says each one) without being pulled out of the list at every key.
- **F6 and Shift+F6 jump between the parts** (navigator, page, guidance), and
  Ctrl+L goes to the navigator from anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from wizard.ui.widgets.reveal import scroll_to_focus


def is_bare_scroll_area(widget: QWidget) -> bool:
    """A page's scroll area (not a table or text box, which scroll too but are inputs)."""
    return type(widget) is QScrollArea


def accepts_tab(widget: QWidget) -> bool:
    """True if Tab may stop on ``widget`` now."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isVisible()
        and widget.isEnabled()
        and not is_bare_scroll_area(widget)
    )


def focus_chain(window: QWidget) -> list[QWidget]:
    """Every widget of ``window`` in Qt's focus-chain order (the order setTabOrder sets)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and len(chain) < 100_000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def part_of(widget: QWidget, parts: Sequence[QWidget]) -> int | None:
    """The index of the first of ``parts`` holding ``widget``: list inner parts first."""
    for index, part in enumerate(parts):
        if part is widget or part.isAncestorOf(widget):
            return index
    return None


def reading_order(parts: Sequence[QWidget]) -> list[QWidget]:
    """The visible widgets of ``parts``, part by part, each part in focus-chain order."""
    if not parts:
        return []
    ranked: list[tuple[int, int, QWidget]] = []
    for position, widget in enumerate(focus_chain(parts[0].window())):
        if not widget.isVisible():
            continue
        part = part_of(widget, parts)
        if part is not None:
            ranked.append((part, position, widget))
    ranked.sort(key=lambda entry: entry[:2])
    return [widget for _part, _position, widget in ranked]


def next_stop(parts: Sequence[QWidget], current: QWidget | None, forward: bool) -> QWidget | None:
    """Where Tab (``forward``) or Shift+Tab goes from ``current``, round the parts."""
    order = reading_order(parts)
    if not forward:
        order.reverse()
    stops = [widget for widget in order if accepts_tab(widget)]
    if not stops:
        return None
    if current is None or current not in order:
        return stops[0]
    start = order.index(current)
    for widget in order[start + 1 :] + order[:start]:
        if accepts_tab(widget):
            return widget
    return current if accepts_tab(current) else None


def first_input(root: QWidget) -> QWidget | None:
    """The first widget under ``root`` that Tab stops at, in the page's own order."""
    return next((widget for widget in reading_order([root]) if accepts_tab(widget)), None)


def focus_and_show(widget: QWidget, reason: Qt.FocusReason) -> None:
    """Give ``widget`` the focus and scroll every scroll area around it to show it."""
    widget.setFocus(reason)
    scroll_to_focus(None, widget)  # also done on every focus change, once installed


def leave_scroll_areas_out(root: QWidget) -> None:
    """A scroll area takes Tab by default, so Tab stops once on nothing visible."""
    for area in root.findChildren(QScrollArea):
        if is_bare_scroll_area(area):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
