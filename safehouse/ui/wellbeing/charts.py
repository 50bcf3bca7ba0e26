"""The wellbeing charts, drawn with Qt Charts (PySide6-Addons): the yearly figures (mean
health and the share who felt a threat of repatriation, each on its own axis) and one
instrument's scores over time over its severity bands.

This module loads Qt Charts; the window imports it only when a chart is first shown
(:mod:`safehouse.ui.wellbeing.chart_slot`), so starting the program does not pay for it.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from PySide6.QtCharts import (
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, QSize, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from safehouse.ui.wellbeing.chart_data import BandSpan, ScorePoint, Trend, YearFigure

HEALTH_COLOUR = QColor("#1f5fa8")
THREAT_COLOUR = QColor("#c0392b")
SCORE_COLOUR = QColor("#1b1b1b")
# From the lowest band to the highest: green through amber to red, see-through.
BAND_COLOURS = ("#5a8f3c", "#a4b83a", "#e0b020", "#e07b20", "#c0392b")
BAND_ALPHA = 60


def _runs(figures: Sequence[YearFigure], value: str) -> list[list[QPointF]]:
    """The figures' points for ``value``, split where a year has none (fewer than 5,
    or not one check-in): a line joins only consecutive years."""
    runs: list[list[QPointF]] = [[]]
    for f in sorted(figures, key=lambda f: f.year):
        v = getattr(f, value)
        if v is None or (runs[-1] and runs[-1][-1].x() != f.year - 1):
            runs.append([])  # a year without figures, or with no check-ins at all
        if v is not None:
            runs[-1].append(QPointF(f.year, float(v)))
    return [r for r in runs if r]


class _ChartView(QChartView):
    """A chart view in the window's font and palette, drawn smoothly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        chart = QChart()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setFont(self.font())
        chart.setTitleFont(self._title_font())
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _axis(self, axis: QValueAxis | QDateTimeAxis, title: str, colour: QColor | None,
              where: Qt.AlignmentFlag) -> None:
        axis.setTitleText(title)
        axis.setLabelsFont(self.font())
        axis.setTitleFont(self.font())
        if colour is not None:
            axis.setLabelsColor(colour)
            axis.setTitleBrush(QBrush(colour))
            axis.setLinePenColor(colour)
        self.chart().addAxis(axis, where)

    def _reset(self, title: str) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)

    def _attach(self, series: QXYSeries | QAreaSeries,
                axes: Iterable[QValueAxis | QDateTimeAxis]) -> None:
        self.chart().addSeries(series)
        for axis in axes:
            series.attachAxis(axis)

    def _hide_marker(self, series: QXYSeries | QAreaSeries) -> None:
        for marker in self.chart().legend().markers(series):
            marker.setVisible(False)

    def _dots(self, at: list[QPointF], colour: QColor,
              axes: Iterable[QValueAxis | QDateTimeAxis], *, labels: bool) -> None:
        """Round dots on ``at`` (a scatter's labels, unlike a line's, stand clear of its
        dots), with their values when ``labels``; not in the legend."""
        dots = QScatterSeries()
        dots.append(at)
        self._attach(dots, axes)
        # after the chart's theme has set its own
        dots.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        dots.setMarkerSize(9)
        dots.setColor(colour)
        dots.setBorderColor(colour)
        dots.setPointLabelsVisible(labels)
        dots.setPointLabelsFormat("@yPoint")
        dots.setPointLabelsFont(self.font())
        dots.setPointLabelsClipping(False)
        self._hide_marker(dots)

    def series_named(self, name: str) -> list[QXYSeries | QAreaSeries]:
        """The chart's series called ``name`` (a line split by gaps is several)."""
        return [s for s in self.chart().series()
                if isinstance(s, (QXYSeries, QAreaSeries)) and s.name() == name]


class YearlyChart(_ChartView):
    """The yearly figures: mean health (1–5) on the left axis, the share who felt an
    immediate threat of repatriation (%) on the right; a year with fewer than 5
    respondents has no point, and the lines break there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Yearly wellbeing figures"))
        self.show_years(())

    def health_name(self) -> str:
        return self.tr("Mean health (1–5)")

    def threat_name(self) -> str:
        return self.tr("Felt a threat of repatriation (%)")

    def show_years(self, figures: Sequence[YearFigure]) -> None:
        self._reset(self.tr("Yearly wellbeing check-in") if figures
                    else self.tr("No yearly check-ins recorded yet."))
        years = sorted(f.year for f in figures)
        first, last = (years[0], years[-1]) if years else (2000, 2001)
        x = QValueAxis()
        x.setLabelFormat("%d")
        x.setRange(first - 0.5, last + 0.5)
        x.setTickType(QValueAxis.TickType.TicksDynamic)
        x.setTickAnchor(first)
        x.setTickInterval(max(1, (last - first) // 12 + 1))
        x.setMinorTickCount(0)
        x.setGridLineVisible(False)
        self._axis(x, self.tr("Year"), None, Qt.AlignmentFlag.AlignBottom)
        health = QValueAxis()
        health.setRange(1, 5)
        health.setTickCount(5)
        health.setLabelFormat("%.0f")
        self._axis(health, self.health_name(), HEALTH_COLOUR, Qt.AlignmentFlag.AlignLeft)
        share = QValueAxis()
        share.setRange(0, 100)
        share.setTickCount(5)
        share.setLabelFormat("%.0f%%")
        share.setGridLineVisible(False)
        self._axis(share, self.threat_name(), THREAT_COLOUR, Qt.AlignmentFlag.AlignRight)
        self.chart().legend().setVisible(bool(figures))
        for value, name, colour, axis, style in (
            ("mean_health", self.health_name(), HEALTH_COLOUR, health,
             Qt.PenStyle.SolidLine),
            ("threatened_pct", self.threat_name(), THREAT_COLOUR, share,
             Qt.PenStyle.DashLine),
        ):
            for i, run in enumerate(_runs(figures, value)):
                series = QLineSeries()
                series.setName(name)
                series.append(run)
                series.setPen(QPen(colour, 2.5, style))
                series.setColor(colour)
                self._attach(series, (x, axis))
                if i:
                    self._hide_marker(series)
                self._dots(run, colour, (x, axis), labels=False)


def _qmoment(day: date) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))


def _moment(day: date) -> float:
    """Noon of ``day`` as the date axis counts (milliseconds since 1970)."""
    return float(_qmoment(day).toMSecsSinceEpoch())


class TrendChart(_ChartView):
    """One instrument's scores for one member over time, over its severity bands (each a
    shaded strip from half a point below its lowest score to half a point above its
    highest, named in the legend)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Scores over time"))
        self._trend: Trend | None = None
        self.band_axis: QCategoryAxis | None = None

    def trend(self) -> Trend | None:
        return self._trend

    def score_name(self) -> str:
        return self.tr("Score")

    @staticmethod
    def band_name(band: BandSpan) -> str:
        if band.low == band.high:
            return f"{band.label} ({band.low})"
        return f"{band.label} ({band.low}–{band.high})"

    def show_trend(self, trend: Trend) -> None:
        self._trend = trend
        self.band_axis = None
        self._reset(trend.title)
        days = sorted(p.day for p in trend.points) or [date(2000, 1, 1)]
        start, end = days[0], days[-1]
        pad = max(15, (end - start).days // 20)
        start, end = start - timedelta(days=pad), end + timedelta(days=pad)
        x = QDateTimeAxis()
        x.setFormat("yyyy-MM-dd" if (end - start).days <= 400 else "yyyy-MM")
        x.setTickCount(5 if (end - start).days > 90 else 3)
        x.setRange(_qmoment(start), _qmoment(end))
        self._axis(x, self.tr("Date"), None, Qt.AlignmentFlag.AlignBottom)
        y = QValueAxis()
        # half a point beyond the scale: room for the bands' edges and the top label
        low, high = trend.low - 0.5, trend.high + 0.5
        y.setRange(low, high)
        y.setLabelFormat("%.0f")
        y.setTickType(QValueAxis.TickType.TicksDynamic)
        y.setTickAnchor(trend.low)
        y.setTickInterval(_score_step(trend.high - trend.low))
        self._axis(y, self.score_name(), None, Qt.AlignmentFlag.AlignLeft)
        left, right = _moment(start), _moment(end)
        for i, band in enumerate(trend.bands):
            self._band(band, _band_colour(i, len(trend.bands)), left, right, (x, y),
                       low, high)
        if trend.bands:
            self._band_names(trend.bands, low, high)
        self._scores(trend.points, (x, y))
        # the bands are named on their own axis; a legend would only repeat them
        self.chart().legend().setVisible(False)

    def _band_names(self, bands: Sequence[BandSpan], low: float, high: float) -> None:
        """Each band's name beside its strip, on the right, with lines at its edges."""
        names = QCategoryAxis()
        names.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        names.setStartValue(low)
        for band in bands:
            names.append(_two_lines(band.label), min(high, band.high + 0.5))
        names.setRange(low, high)
        names.setGridLineVisible(False)
        names.setTruncateLabels(False)  # the plot gives way to the names, never cut
        names.setLabelsFont(self.font())
        self.chart().addAxis(names, Qt.AlignmentFlag.AlignRight)
        self.band_axis = names

    def _band(self, band: BandSpan, colour: QColor, left: float, right: float,
              axes: tuple[QDateTimeAxis, QValueAxis], low: float, high: float) -> None:
        bottom, top = max(low, band.low - 0.5), min(high, band.high + 0.5)
        lower, upper = QLineSeries(), QLineSeries()
        lower.append([QPointF(left, bottom), QPointF(right, bottom)])
        upper.append([QPointF(left, top), QPointF(right, top)])
        area = QAreaSeries(upper, lower)
        # the series owns its edges once it holds them (Qt deletes them with it)
        lower.setParent(area)
        upper.setParent(area)
        area.setName(self.band_name(band))
        area.setColor(colour)
        area.setBorderColor(colour.darker(130))
        area.setPen(QPen(colour.darker(130), 1, Qt.PenStyle.DotLine))
        self._attach(area, axes)

    def _scores(self, points: Sequence[ScorePoint],
                axes: tuple[QDateTimeAxis, QValueAxis]) -> None:
        at = [QPointF(_moment(p.day), float(p.score))
              for p in sorted(points, key=lambda p: p.day)]
        line = QLineSeries()
        line.setName(self.score_name())
        line.append(at)
        line.setPen(QPen(SCORE_COLOUR, 2))
        line.setColor(SCORE_COLOUR)
        self._attach(line, axes)
        self._dots(at, SCORE_COLOUR, axes, labels=len(at) <= 12)


def _two_lines(name: str) -> str:
    """A long band name on two lines (the axis draws rich text), so that a narrow chart
    shows it whole: "Moderately<br>severe"."""
    words = name.split()
    if len(name) <= 10 or len(words) < 2:
        return html.escape(name)
    half = min(range(1, len(words)),
               key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return f"{html.escape(' '.join(words[:half]))}<br>{html.escape(' '.join(words[half:]))}"


def _band_colour(index: int, count: int) -> QColor:
    """The colour of band ``index`` of ``count``: the lowest green, the highest red."""
    pick = 0 if count <= 1 else round(index * (len(BAND_COLOURS) - 1) / (count - 1))
    colour = QColor(BAND_COLOURS[pick])
    colour.setAlpha(BAND_ALPHA)
    return colour


def _score_step(span: int) -> int:
    """A tick every 1, 2, 5 or 10 points: about five to ten ticks on the score axis."""
    for step in (1, 2, 5, 10, 20):
        if span / step <= 10:
            return step
    return 50
