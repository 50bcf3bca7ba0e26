"""The growth chart, drawn with QPainter: the community's size over time (a step line),
the target band, the straight path from the goal's start to the band, and the trend's
projection. (Qt Charts would need the PySide6-Addons wheel: 175 MB to download, 440 MB
installed, for one chart.)"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from safehouse.services.dto.community import Growth, SizePoint

SIZE_COLOUR = QColor("#1f5fa8")
PATH_COLOUR = QColor("#5a8f3c")
BAND_COLOUR = QColor(90, 143, 60, 40)
TREND_COLOUR = QColor("#d2691e")
GRID_COLOUR = QColor("#d8d8d8")


class GrowthChart(QWidget):
    """Shows a :class:`Growth`; empty until :meth:`show_growth`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._growth: Growth | None = None
        self.setMinimumSize(420, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Community size over time"))

    def sizeHint(self) -> QSize:
        return QSize(720, 320)

    def show_growth(self, growth: Growth | None) -> None:
        self._growth = growth
        self.update()

    def growth(self) -> Growth | None:
        return self._growth

    # --- drawing ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        g = self._growth
        if g is None or not g.points:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No figures to show yet."))
            painter.end()
            return
        self._draw(painter, g)
        painter.end()

    def _draw(self, p: QPainter, g: Growth) -> None:
        fm = p.fontMetrics()
        low, high = (g.goal.target_low, g.goal.target_high) if g.goal else (
            g.projection.low.target, g.projection.high.target)
        top_value = max([high, *(pt.size for pt in g.points)]) * 1.15 + 1
        left = fm.horizontalAdvance("0000") + 12
        legend_h = fm.height() + 8
        area = QRectF(left, legend_h + 6, self.width() - left - 16,
                      self.height() - legend_h - fm.height() - 22)
        start, end = g.start, g.end
        span = max(1, (end - start).days)

        def x(day: date) -> float:
            return area.left() + area.width() * (day - start).days / span

        def y(value: float) -> float:
            return area.bottom() - area.height() * max(0.0, value) / top_value

        # grid and value labels
        step = max(1, round(top_value / 5))
        p.setPen(QPen(GRID_COLOUR, 1))
        value = 0
        while value <= top_value:
            p.setPen(QPen(GRID_COLOUR, 1))
            p.drawLine(QPointF(area.left(), y(value)), QPointF(area.right(), y(value)))
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y(value) - fm.height() / 2, left - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       str(value))
            value += step
        # years along the bottom
        for year in range(start.year + 1, end.year + 1):
            at = x(date(year, 1, 1))
            p.setPen(QPen(GRID_COLOUR, 1))
            p.drawLine(QPointF(at, area.top()), QPointF(at, area.bottom()))
            p.setPen(self.palette().text().color())
            p.drawText(QPointF(at - fm.horizontalAdvance(str(year)) / 2,
                               area.bottom() + fm.ascent() + 4), str(year))
        # the target band and the path to it
        p.fillRect(QRectF(QPointF(area.left(), y(high)), QPointF(area.right(), y(low))),
                   BAND_COLOUR)
        for path in (g.path_low, g.path_high):
            self._line(p, path, x, y, QPen(PATH_COLOUR, 2, Qt.PenStyle.DashLine))
        # the projection, up to the chart's end
        line = g.projection.line
        if len(line) == 2:
            a, b = line
            days = (b.day - a.day).days
            if days > 0 and b.day > end:
                slope = (b.size - a.size) / days
                b = SizePoint(end, a.size + slope * (end - a.day).days)
            if b.day > a.day:
                self._line(p, (a, b), x, y, QPen(TREND_COLOUR, 2, Qt.PenStyle.DotLine))
        # the size, as steps
        pen = QPen(SIZE_COLOUR, 2.5)
        p.setPen(pen)
        prev: SizePoint | None = None
        for pt in g.points:
            if prev is not None:
                p.drawLine(QPointF(x(prev.day), y(prev.size)), QPointF(x(pt.day), y(prev.size)))
                p.drawLine(QPointF(x(pt.day), y(prev.size)), QPointF(x(pt.day), y(pt.size)))
            prev = pt
        today = x(g.today)
        p.setPen(QPen(self.palette().text().color(), 1, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(today, area.top()), QPointF(today, area.bottom()))
        self._legend(p, legend_h)

    @staticmethod
    def _line(p: QPainter, points: tuple[SizePoint, ...], x: Callable[[date], float],
              y: Callable[[float], float], pen: QPen) -> None:
        if len(points) < 2:
            return
        p.setPen(pen)
        for a, b in zip(points, points[1:], strict=False):
            p.drawLine(QPointF(x(a.day), y(a.size)), QPointF(x(b.day), y(b.size)))

    def _legend(self, p: QPainter, height: int) -> None:
        fm = p.fontMetrics()
        at = 8.0
        for colour, style, text in (
            (SIZE_COLOUR, Qt.PenStyle.SolidLine, self.tr("Members")),
            (PATH_COLOUR, Qt.PenStyle.DashLine, self.tr("Path to the goal")),
            (TREND_COLOUR, Qt.PenStyle.DotLine, self.tr("Trend")),
        ):
            p.setPen(QPen(colour, 2.5, style))
            mid = height / 2
            p.drawLine(QPointF(at, mid), QPointF(at + 24, mid))
            p.setPen(self.palette().text().color())
            p.drawText(QPointF(at + 30, mid + fm.ascent() / 2 - 1), text)
            at += 30 + fm.horizontalAdvance(text) + 18
        p.fillRect(QRectF(at, height / 2 - 6, 24, 12), BAND_COLOUR)
        p.setPen(self.palette().text().color())
        p.drawText(QPointF(at + 30, height / 2 + fm.ascent() / 2 - 1),
                   self.tr("Target band"))
