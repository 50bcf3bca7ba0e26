"""Painting the week: the grid, today's column, the blocks, the current time, and the
day headings and hours over whatever scrolled under them."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen

from safehouse.ui.schedule.week_grid import Grid
from safehouse.ui.schedule.week_layout import Placed, minutes_of

# One colour family per counselor (the block's hue), light enough for dark text.
HUES = (210, 140, 30, 280, 350, 180, 60, 250, 100, 320)


@dataclass(frozen=True)
class Scene:
    """What one painting shows."""

    grid: Grid
    days: list[date]
    placed: Sequence[Placed]
    selected: Hashable | None
    now: datetime  # the organisation's wall clock
    ghost: tuple[Placed, int, int] | None  # a block being dragged: to day, start minute
    focus_frame: bool


def paint(painter: QPainter, scene: Scene, palette: QPalette, font: QFont) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    grid = scene.grid
    painter.fillRect(QRect(0, 0, grid.width, grid.height),
                     palette.color(QPalette.ColorRole.Base))
    _paint_grid(painter, scene, palette)
    moving = scene.ghost[0] if scene.ghost is not None else None
    for p in scene.placed:
        if p is not moving:
            _paint_block(painter, p, grid.rect_of(p), font,
                         selected=p.block.key == scene.selected,
                         highlight=palette.color(QPalette.ColorRole.Highlight))
    if scene.ghost is not None:
        p, day, start = scene.ghost
        painter.setOpacity(0.75)
        _paint_block(painter, p, grid.ghost_rect(p, day, start), font, selected=False,
                     highlight=palette.color(QPalette.ColorRole.Highlight), ghost=True)
        painter.setOpacity(1.0)
    _paint_now(painter, scene)
    _paint_frame(painter, scene, palette, font)


def _today_index(scene: Scene) -> int:
    return (scene.now.date() - scene.days[0]).days


def _paint_grid(painter: QPainter, scene: Scene, palette: QPalette) -> None:
    grid = scene.grid
    line = palette.color(QPalette.ColorRole.Mid)
    faint = QColor(line)
    faint.setAlpha(70)
    today = _today_index(scene)
    if 0 <= today < 7:
        tint = QColor(palette.color(QPalette.ColorRole.Highlight))
        tint.setAlpha(28)
        painter.fillRect(QRectF(grid.x_of(today), grid.header, grid.column, grid.height),
                         tint)
    for hour in range(grid.first, grid.last + 1):
        y = int(grid.y_of(hour * 60))
        painter.setPen(QPen(line, 1))
        painter.drawLine(grid.gutter, y, grid.width, y)
        if hour < grid.last:
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
            half = int(grid.y_of(hour * 60 + 30))
            painter.drawLine(grid.gutter, half, grid.width, half)
    painter.setPen(QPen(line, 1))
    for day in range(8):
        x = int(grid.x_of(day))
        painter.drawLine(x, grid.header, x, grid.height)


def _paint_block(painter: QPainter, p: Placed, rect: QRectF, font: QFont, *,
                 selected: bool, highlight: QColor, ghost: bool = False) -> None:
    block = p.block
    hue = HUES[block.hue % len(HUES)]
    fill = QColor.fromHsl(hue, 150, 240 if block.muted else 222)
    border = QColor.fromHsl(hue, 120, 170 if block.muted else 110)
    painter.save()
    painter.setBrush(fill)
    pen = QPen(highlight if selected else border, 3 if selected else 1)
    if block.muted or ghost:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawRoundedRect(rect, 3, 3)
    text_rect = rect.adjusted(4, 1, -3, -1)
    painter.setClipRect(text_rect)
    body = QFont(font)
    body.setStrikeOut(block.muted)
    title = QFont(body)
    title.setWeight(QFont.Weight.DemiBold)
    painter.setPen(QColor(110, 110, 110) if block.muted else QColor(25, 25, 25))
    y = text_rect.top()
    for text, face, at_least in ((block.title, title, 1), (block.detail, body, 0)):
        painter.setFont(face)
        fm = painter.fontMetrics()
        room = max(at_least, int((text_rect.bottom() - y) // fm.height()))
        for line in fit_lines(text, fm, int(text_rect.width()), room):
            painter.drawText(QPointF(text_rect.left(), y + fm.ascent()), line)
            y += fm.height()
    painter.restore()


def fit_lines(text: str, fm: QFontMetrics, width: int, most: int) -> list[str]:
    """``text`` broken into at most ``most`` lines of ``width``, at spaces; a word
    wider than a line, and what does not fit on the last line, end in an ellipsis."""
    if most <= 0 or width <= 0:
        return []
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if fm.horizontalAdvance(trial) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        current = word
        if fm.horizontalAdvance(word) > width:
            current = fm.elidedText(word, Qt.TextElideMode.ElideRight, width)
    if current:
        lines.append(current)
    if len(lines) > most:
        rest = " ".join(lines[most - 1:])
        lines = [*lines[:most - 1], fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return lines


def _paint_now(painter: QPainter, scene: Scene) -> None:
    grid = scene.grid
    day = _today_index(scene)
    minutes = minutes_of(scene.now.time())
    if not 0 <= day < 7 or not grid.first * 60 <= minutes <= grid.last * 60:
        return
    y = grid.y_of(minutes)
    if y < grid.header:
        return
    red = QColor(200, 30, 30)
    painter.save()
    painter.setPen(QPen(red, 2))
    x = grid.x_of(day)
    painter.drawLine(int(x), int(y), int(x + grid.column), int(y))
    painter.setBrush(red)
    painter.drawEllipse(QRectF(x - 4, y - 4, 8, 8))
    painter.restore()


def _paint_frame(painter: QPainter, scene: Scene, palette: QPalette, font: QFont) -> None:
    """The hour gutter and the day headings, over whatever scrolled under them."""
    grid = scene.grid
    background = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    painter.fillRect(QRect(0, grid.header, grid.gutter, grid.height), background)
    painter.setFont(font)
    painter.setPen(text)
    line_height = painter.fontMetrics().height()
    for hour in range(grid.first, grid.last):
        y = int(grid.y_of(hour * 60))
        if y + line_height < grid.header:
            continue
        painter.drawText(QRect(0, y + 2, grid.gutter - 6, line_height),
                         Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")
    painter.fillRect(QRect(0, 0, grid.width, grid.header), background)
    locale = QLocale()
    bold = QFont(font)
    bold.setWeight(QFont.Weight.Bold)
    today = _today_index(scene)
    for index, day in enumerate(scene.days):
        rect = QRectF(grid.x_of(index), 4, grid.column, grid.header - 6)
        painter.setFont(bold if index == today else font)
        painter.setPen(highlight if index == today else text)
        name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        shown = day.isoformat()
        if painter.fontMetrics().horizontalAdvance(shown) > grid.column - 4:
            shown = shown[5:]  # a narrow column: month and day
        painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter, f"{name}\n{shown}")
    painter.setFont(font)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
    painter.drawLine(0, grid.header, grid.width, grid.header)
    if scene.focus_frame:
        painter.setPen(QPen(highlight, 1, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRect(0, 0, grid.width - 1, grid.height - 1))
