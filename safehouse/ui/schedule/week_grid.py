"""The week view's geometry at one moment: where a minute, a day and a block are on the
screen, and which slot a point is in. A plain value, made afresh from the widget's size,
font and scroll position whenever it is needed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRectF

from safehouse.ui.schedule.week_layout import Placed

SNAP_MINUTES = 15


@dataclass(frozen=True)
class Grid:
    """``gutter``: the hours' column; ``header``: the day headings; ``hour``: the
    height of an hour; ``width``/``height``: the viewport; ``scroll``: how far the
    hours are scrolled; ``first``/``last``: the hours shown."""

    gutter: int
    header: int
    hour: int
    width: int
    height: int
    scroll: int
    first: int
    last: int

    @property
    def column(self) -> float:
        return max(1.0, (self.width - self.gutter) / 7)

    @property
    def content_height(self) -> int:
        return (self.last - self.first) * self.hour

    def y_of(self, minutes: int) -> float:
        return self.header + (minutes - self.first * 60) * self.hour / 60 - self.scroll

    def x_of(self, day: int) -> float:
        return self.gutter + day * self.column

    def rect_of(self, p: Placed) -> QRectF:
        """Where a placed block is drawn: its lane of its day."""
        width = self.column / p.lanes
        top, bottom = self.y_of(p.start_min), self.y_of(p.end_min)
        x = self.x_of(p.day) + p.lane * width
        return QRectF(x + 1, top + 1, max(4.0, width - 3), max(6.0, bottom - top - 2))

    def ghost_rect(self, p: Placed, day: int, start: int) -> QRectF:
        """Where a block being dragged would land: the whole width of that day."""
        top = self.y_of(start)
        bottom = self.y_of(start + p.end_min - p.start_min)
        return QRectF(self.x_of(day) + 1, top + 1, max(4.0, self.column - 3),
                      max(6.0, bottom - top - 2))

    def slot_at(self, pos: QPoint) -> tuple[int, int] | None:
        """The day (0–6) and the minute, snapped to a quarter of an hour, at ``pos``;
        None outside the hours."""
        if pos.x() < self.gutter or pos.y() < self.header:
            return None
        day = int((pos.x() - self.gutter) // self.column)
        minutes = self.first * 60 + int((pos.y() - self.header + self.scroll) * 60 / self.hour)
        if not 0 <= day < 7 or not self.first * 60 <= minutes < self.last * 60:
            return None
        return day, minutes - minutes % SNAP_MINUTES

    def in_hours(self, pos: QPoint) -> bool:
        return pos.x() >= self.gutter and pos.y() >= self.header
