"""The list of steps on the left: groups, steps, and each step's state.

The state comes from ``wizard.model.progress`` (the same rules as the review
pages and ``taskforce-builder check``); the tooltip says what is still missing.

A group's heading ("Phase 2: Sustaining") is never the current item: a click on
it opens the group's first step, and the arrow keys pass over it to the step
beyond, so there is always a step shown and Back and Next always work. Where the
focus goes when a step is chosen is told in :mod:`wizard.ui.focus`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from wizard.model.progress import StepProgress, StepState, all_progress
from wizard.model.project import Project
from wizard.model.steps import GROUPS, steps_in_group

STEP_ROLE = Qt.ItemDataRole.UserRole
_ICON_SIZE = 16


NOT_STARTED_INK = "#5b6573"
IN_PROGRESS_INK = "#8a5200"
IN_PROGRESS_FILL = "#b86e00"
DONE_FILL = "#2e7d32"
TICK = "#ffffff"
"""The icons' colours, each at least 3:1 on a white list (WCAG's mark for graphics)."""
ICON_CIRCLE = QRectF(2, 2, _ICON_SIZE - 4, _ICON_SIZE - 4)
TICK_POINTS = ((4.8, 8.2), (7.0, 10.4), (11.2, 5.8))


def _draw_state(painter: QPainter, state: StepState) -> None:
    """An empty ring, a half-filled disc, or a tick on green."""
    circle = ICON_CIRCLE
    if state is StepState.NOT_STARTED:
        painter.setPen(QPen(QColor(NOT_STARTED_INK), 1.5))
        painter.drawEllipse(circle)
    elif state is StepState.IN_PROGRESS:
        painter.setPen(QPen(QColor(IN_PROGRESS_INK), 1.5))
        painter.drawEllipse(circle)
        half = QPainterPath()
        half.moveTo(circle.center())
        half.arcTo(circle, 90, 180)
        painter.fillPath(half, QBrush(QColor(IN_PROGRESS_FILL)))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(DONE_FILL))
        painter.drawEllipse(circle)
        painter.setPen(QPen(QColor(TICK), 2.0))
        painter.drawPolyline([QPointF(x, y) for x, y in TICK_POINTS])


def _state_pixmap(state: StepState, backdrop: QColor | None) -> QPixmap:
    pixmap = QPixmap(_ICON_SIZE * 2, _ICON_SIZE * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if backdrop is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(backdrop)
        painter.drawEllipse(QRectF(0.5, 0.5, _ICON_SIZE - 1, _ICON_SIZE - 1))
    _draw_state(painter, state)
    painter.end()
    return pixmap


def state_icon(state: StepState, palette: QPalette) -> QIcon:
    """Drawn, not loaded. On the selected row the icon sits on a disc of the list's own
    colour: Qt would otherwise tint it with the selection colour, which fades the tick
    to 2.6:1 and makes the empty ring vanish."""
    icon = QIcon(_state_pixmap(state, None))
    selected = _state_pixmap(state, palette.color(QPalette.ColorRole.Base))
    icon.addPixmap(selected, QIcon.Mode.Selected, QIcon.State.Off)
    icon.addPixmap(selected, QIcon.Mode.Selected, QIcon.State.On)
    return icon


SHOWN_MISSING = 3
"""More than this and the status line becomes a paragraph; the review pages list them all."""


def describe_progress(progress: StepProgress) -> str:
    """One line for tooltips, the status line and screen readers."""
    if progress.state is StepState.DONE:
        return "Done."
    if progress.state is StepState.NOT_STARTED:
        return "Not started yet."
    shown = list(progress.missing[:SHOWN_MISSING])
    hidden = len(progress.missing) - len(shown)
    if hidden:
        shown.append(f"and {hidden} more")
    return "In progress. Still needed: " + " · ".join(shown)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows tall enough for their step name wrapped to the navigator's width: at large
    font sizes or in a narrow window a long name takes two lines instead of being cut.
    (QTreeView wraps the painted text but sizes rows as if it did not.)"""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._tree.viewport().width() - depth * self._tree.indentation()
        item.rect = QRect(0, 0, width, hint.height())
        style = self._tree.style()
        text_area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, self._tree)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._tree) + 1
        metrics = item.fontMetrics
        bounds = QRect(0, 0, max(text_area.width() - 2 * margin, 1), 100_000)
        lines = metrics.boundingRect(bounds, int(Qt.TextFlag.TextWordWrap), item.text)
        return QSize(hint.width(), hint.height() + max(0, lines.height() - metrics.height()))


class Navigator(QObject):
    step_chosen = Signal(str)
    """The current step changed (arrow keys, a click, the program): show its page."""
    step_opened = Signal(str)
    """The user asked to work on a step (Enter, a click): show its page and go into it."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        self._icons = {state: state_icon(state, tree.palette()) for state in StepState}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._build()
        tree.setItemDelegate(_WrappingDelegate(tree))
        tree.currentItemChanged.connect(self._on_current_changed)
        tree.itemSelectionChanged.connect(self._keep_current_selected)
        tree.itemClicked.connect(self._on_opened)
        tree.itemActivated.connect(self._on_opened)
        tree.viewport().installEventFilter(self)

    def _build(self) -> None:
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in GROUPS:
            group_item = QTreeWidgetItem(self.tree, [group.title])
            group_item.setFont(0, bold)
            group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for step in steps_in_group(group.id):
                item = QTreeWidgetItem(group_item, [step.title])
                item.setData(0, STEP_ROLE, step.id)
                self._items[step.id] = item
        self.tree.expandAll()
        self.tree.setIndentation(14)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")

    def item_for(self, step_id: str) -> QTreeWidgetItem:
        return self._items[step_id]

    def select(self, step_id: str) -> None:
        item = self._items[step_id]
        if self.tree.currentItem() is not item:
            self.tree.setCurrentItem(item)

    def current_step(self) -> str | None:
        item = self.tree.currentItem()
        return _step_of(item)

    def refresh(self, project: Project) -> None:
        for progress in all_progress(project):
            item = self._items[progress.step_id]
            description = describe_progress(progress)
            item.setIcon(0, self._icons[progress.state])
            item.setToolTip(0, description)
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, description)
            item.setData(0, STEP_ROLE + 1, progress.state.value)

    def state_of(self, step_id: str) -> str:
        value = self._items[step_id].data(0, STEP_ROLE + 1)
        return str(value)

    def _on_current_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        if current is None:
            return
        step_id = _step_of(current)
        if step_id is None:  # a heading: pass over it, the way the user was going
            beyond = self._step_past_heading(current, previous)
            if beyond is not None:
                self.tree.setCurrentItem(beyond)
            return
        self.step_chosen.emit(step_id)

    def _step_past_heading(
        self, heading: QTreeWidgetItem, previous: QTreeWidgetItem | None
    ) -> QTreeWidgetItem | None:
        """Going up onto a heading lands on the step above it (if any); anything else
        (going down, Home, a search) lands on the heading's first step."""
        first_step = heading.child(0)
        if previous is None or _row_of(self.tree, previous) < _row_of(self.tree, heading):
            return first_step
        above = self.tree.itemAbove(heading)
        return above if above is not None and _step_of(above) is not None else first_step

    def _keep_current_selected(self) -> None:
        """The view clears the selection on the heading it passed over, after the step
        beyond it is made current: select that step again, so it shows as chosen."""
        current = self.tree.currentItem()
        if current is not None and _step_of(current) is not None and not current.isSelected():
            current.setSelected(True)

    def _on_opened(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        step_id = _step_of(item)
        if step_id is not None:
            self.step_opened.emit(step_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """On the list's viewport: a new width may wrap the step names differently, so
        the rows are measured again; a press on a heading opens the group's first step
        instead of selecting it."""
        if event.type() == QEvent.Type.Resize:
            view = watched.parent()  # not self.tree: while closing, it may be gone first
            if isinstance(view, QTreeWidget):
                view.scheduleDelayedItemsLayout()
            return False
        if event.type() not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return False
        if not isinstance(event, QMouseEvent):
            return False
        item = self.tree.itemAt(event.position().toPoint())
        if item is None or _step_of(item) is not None:
            return False
        first_step_id = _step_of(item.child(0))
        if first_step_id is not None:
            self.select(first_step_id)
            self.step_opened.emit(first_step_id)
        return True


def _step_of(item: QTreeWidgetItem | None) -> str | None:
    value = item.data(0, STEP_ROLE) if item is not None else None
    return value if isinstance(value, str) else None


def _row_of(tree: QTreeWidget, item: QTreeWidgetItem) -> int:
    """The item's place from the top of the list, headings counted."""
    row = 0
    above = tree.itemAbove(item)
    while above is not None:
        row += 1
        above = tree.itemAbove(above)
    return row
