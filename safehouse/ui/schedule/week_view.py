"""The week: days across (Monday to Sunday), hours down, a block per session.

Painted with QPainter on a QAbstractScrollArea rather than built from widgets or a
QGraphicsScene: a week holds a few dozen blocks whose places follow from one small
calculation (:mod:`week_layout`, :mod:`week_grid`), and painting them
(:mod:`week_paint`) keeps hit-testing, dragging and the keyboard in one place, with no
item objects to keep in step with the data. The day headings and the hour gutter stay
put while the hours scroll.

Fed plain data (:class:`~safehouse.ui.schedule.week_layout.Block`), it knows nothing of
sessions or services: the page turns what the services return into blocks and answers
the signals.

Signals:
    sig_slot_clicked(date, time): an empty slot was clicked (a quarter of an hour).
    sig_block_selected(key): the selected block changed (None: none).
    sig_block_activated(key): a block was double-clicked, or Enter pressed on it.
    sig_move_requested(key, date, time): a block was dragged to start at another slot;
        it stays where it was until the page reloads what the service made of it.
    sig_menu_requested(key, QPoint): the context menu of a block (global position).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from safehouse import clock
from safehouse.ui.schedule import week_paint
from safehouse.ui.schedule.week_grid import SNAP_MINUTES, Grid
from safehouse.ui.schedule.week_layout import (
    Block,
    Placed,
    hour_range,
    minutes_of,
    monday_of,
    place,
    reading_order,
)

_ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
           Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


class WeekView(QAbstractScrollArea):
    """See the module's description."""

    sig_slot_clicked = Signal(object, object)  # date, time
    sig_block_selected = Signal(object)  # key or None
    sig_block_activated = Signal(object)  # key
    sig_move_requested = Signal(object, object, object)  # key, date, time
    sig_menu_requested = Signal(object, QPoint)  # key, global position

    def __init__(self, parent: QWidget | None = None, *, first_hour: int = 7,
                 last_hour: int = 22) -> None:
        super().__init__(parent)
        self._monday = monday_of(clock.today())
        self._placed: list[Placed] = []
        self._wanted_hours = (first_hour, last_hour)
        self._hours = (first_hour, last_hour)
        self._selected: Hashable | None = None
        self._press: tuple[Placed, QPoint, int] | None = None  # block, where, grab offset
        self._drag_to: tuple[int, int] | None = None  # day, start minute
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Week of sessions"))
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)
        self._tick = QTimer(self)  # the current-time line moves on by itself
        self._tick.setInterval(60_000)
        self._tick.timeout.connect(self.viewport().update)
        self._tick.start()
        self._update_scroll_range()

    # --- data ------------------------------------------------------------------------

    def set_week(self, day: date, blocks: Sequence[Block]) -> None:
        """Show the week ``day`` falls in, with these blocks; the selection stays on the
        same key when it is still there."""
        self._monday = monday_of(day)
        self._placed = place(blocks, self._monday)
        self._hours = hour_range(self._placed, *self._wanted_hours)
        self._cancel_drag()
        if self._selected is not None and self._find(self._selected) is None:
            self._set_selected(None)
        self._update_scroll_range()
        self._describe_selection()
        self.viewport().update()

    def clear(self) -> None:
        """Nothing shown (the idle lock)."""
        self.set_week(self._monday, [])

    def monday(self) -> date:
        return self._monday

    def days(self) -> list[date]:
        return [self._monday + timedelta(days=i) for i in range(7)]

    def blocks(self) -> list[Block]:
        """The blocks of the shown week, in the keyboard's order."""
        return [p.block for p in reading_order(self._placed)]

    def hours(self) -> tuple[int, int]:
        """The first and last hour shown."""
        return self._hours

    def dragging(self) -> bool:
        return self._drag_to is not None

    # --- selection -------------------------------------------------------------------

    def selected_key(self) -> Hashable | None:
        return self._selected

    def select(self, key: Hashable | None) -> bool:
        """Select the block with this key (and scroll to it); False when it is not shown."""
        if key is not None and self._find(key) is None:
            return False
        self._set_selected(key)
        self.ensure_visible(key)
        return True

    def _set_selected(self, key: Hashable | None) -> None:
        if key == self._selected:
            return
        self._selected = key
        self._describe_selection()
        self.viewport().update()
        self.sig_block_selected.emit(key)

    def _describe_selection(self) -> None:
        """Screen readers hear the selected block (the painting has no items)."""
        placed = self._find(self._selected)
        text = "" if placed is None else f"{placed.block.title}\n{placed.block.detail}"
        self.setAccessibleDescription(text.strip())

    def _find(self, key: Hashable | None) -> Placed | None:
        if key is None:
            return None
        return next((p for p in self._placed if p.block.key == key), None)

    # --- geometry --------------------------------------------------------------------

    def grid(self) -> Grid:
        fm = self.fontMetrics()
        return Grid(gutter=fm.horizontalAdvance("00:00") + 14, header=2 * fm.height() + 10,
                    hour=max(48, int(fm.height() * 3.3)), width=self.viewport().width(),
                    height=self.viewport().height(),
                    scroll=self.verticalScrollBar().value(),
                    first=self._hours[0], last=self._hours[1])

    def block_rect(self, key: Hashable) -> QRect:
        """Where the block with ``key`` is drawn, in the viewport (empty: not shown)."""
        placed = self._find(key)
        return QRect() if placed is None else self.grid().rect_of(placed).toRect()

    def slot_point(self, day: date, moment: time) -> QPoint:
        """The middle of the quarter-hour slot at ``day`` and ``moment``, in the viewport."""
        grid = self.grid()
        x = grid.x_of((day - self._monday).days) + grid.column / 2
        y = grid.y_of(minutes_of(moment) + SNAP_MINUTES // 2)
        return QPoint(int(x), int(y))

    def block_at(self, pos: QPoint) -> Placed | None:
        grid = self.grid()
        if not grid.in_hours(pos):
            return None
        return next((p for p in self._placed if grid.rect_of(p).contains(pos.toPointF())),
                    None)

    def ensure_visible(self, key: Hashable | None) -> None:
        placed = self._find(key)
        if placed is None:
            return
        grid = self.grid()
        rect = grid.rect_of(placed)
        bar = self.verticalScrollBar()
        if rect.top() < grid.header:
            bar.setValue(bar.value() - int(grid.header - rect.top()) - 4)
        elif rect.bottom() > grid.height:
            shift = min(int(rect.bottom() - grid.height) + 4, int(rect.top() - grid.header))
            bar.setValue(bar.value() + max(0, shift))

    def scroll_to_hour(self, hour: int) -> None:
        grid = self.grid()
        self.verticalScrollBar().setValue(max(0, (hour - grid.first) * grid.hour))

    def _update_scroll_range(self) -> None:
        grid = self.grid()
        visible = grid.height - grid.header
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, grid.content_height - visible))
        bar.setPageStep(max(1, visible))
        bar.setSingleStep(max(1, grid.hour // 4))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_range()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_scroll_range()

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        ghost = None
        if self._press is not None and self._drag_to is not None:
            ghost = (self._press[0], *self._drag_to)
        scene = week_paint.Scene(
            grid=self.grid(), days=self.days(), placed=self._placed,
            selected=self._selected, now=clock.now().replace(tzinfo=None), ghost=ghost,
            focus_frame=self.hasFocus() and self._selected is None)
        painter = QPainter(self.viewport())
        week_paint.paint(painter, scene, self.palette(), self.font())
        painter.end()

    # --- mouse -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        placed = self.block_at(pos)
        if placed is None:
            self._press = None
            slot = self.grid().slot_at(pos)
            if slot is not None:
                self._set_selected(None)
                day, minutes = slot
                self.sig_slot_clicked.emit(self.days()[day],
                                           time(minutes // 60, minutes % 60))
            return
        self._set_selected(placed.block.key)
        grab = self.grid().slot_at(pos)
        offset = (grab[1] - placed.start_min) if grab is not None else 0
        self._press = (placed, pos, max(0, offset)) if placed.block.movable else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        placed, origin, offset = self._press
        pos = event.position().toPoint()
        if self._drag_to is None and \
                (pos - origin).manhattanLength() < QApplication.startDragDistance():
            return
        slot = self.grid().slot_at(pos)
        if slot is None:
            return
        day, minutes = slot
        first, last = self._hours
        start = min(max(first * 60, minutes - offset), last * 60 - SNAP_MINUTES)
        self._drag_to = (day, start - start % SNAP_MINUTES)
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, target = self._press, self._drag_to
        self._cancel_drag()
        if press is None or target is None or event.button() != Qt.MouseButton.LeftButton:
            return
        placed = press[0]
        day, start = target
        if (day, start) != (placed.day, placed.start_min):
            self.sig_move_requested.emit(placed.block.key, self.days()[day],
                                         time(start // 60, start % 60))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        placed = self.block_at(event.position().toPoint())
        if placed is not None and event.button() == Qt.MouseButton.LeftButton:
            self._cancel_drag()
            self.sig_block_activated.emit(placed.block.key)

    def _cancel_drag(self) -> None:
        dragging = self._drag_to is not None
        self._press = None
        self._drag_to = None
        if dragging:
            self.viewport().update()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            self._menu_for(self.block_at(self.viewport().mapFrom(self, event.pos())),
                           event.globalPos())
        else:  # from the keyboard: the selected block's menu
            self._menu_for(self._find(self._selected), None)

    def _menu_for(self, placed: Placed | None, where: QPoint | None) -> None:
        """Ask for the menu of ``placed`` at ``where`` (None: at the block itself)."""
        if placed is None:
            return
        self._set_selected(placed.block.key)
        if where is None:
            center = self.grid().rect_of(placed).center().toPoint()
            where = self.viewport().mapToGlobal(center)
        self.sig_menu_requested.emit(placed.block.key, where)

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent):
            placed = self.block_at(event.pos())
            if placed is None:
                QToolTip.hideText()
            else:
                block = placed.block
                QToolTip.showText(event.globalPos(), block.tooltip or
                                  f"{block.title}\n{block.detail}".strip(), self.viewport())
            return True
        return super().viewportEvent(event)

    # --- keyboard --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag_to is not None:
            self._cancel_drag()
            return
        if key in _ARROWS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._step(*_ARROWS[Qt.Key(key)])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.sig_block_activated.emit(self._selected)
            return
        menu_key = key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier)
        if menu_key and self._selected is not None:
            self._menu_for(self._find(self._selected), None)
            return
        super().keyPressEvent(event)

    def _step(self, days: int, steps: int) -> None:
        """Arrows: up and down to the previous or next block (day by day, in time), left
        and right to the block nearest in time on the nearest day that has one."""
        order = reading_order(self._placed)
        if not order:
            return
        current = self._find(self._selected)
        if current is None:
            today = (clock.today() - self._monday).days
            chosen = next((p for p in order if p.day >= today), order[0])
        elif steps:
            chosen = order[max(0, min(len(order) - 1, order.index(current) + steps))]
        else:
            others = [p for p in order if (p.day - current.day) * days > 0]
            if not others:
                return
            nearest = min(abs(p.day - current.day) for p in others)
            chosen = min((p for p in others if abs(p.day - current.day) == nearest),
                         key=lambda p: abs(p.start_min - current.start_min))
        self._set_selected(chosen.block.key)
        self.ensure_visible(chosen.block.key)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()
