"""Vector charts for the reports (ReportLab's own graphics), labelled in the report's
shipped font."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from safehouse.services.reports import fonts

LINE = colors.HexColor("#2f6f9f")
SECOND = colors.HexColor("#c65d3b")
TARGET = colors.HexColor("#9aa5b1")
AXIS = colors.HexColor("#616e7c")


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    fonts.register()
    drawing.add(String(0, height - 9, text, fontName=fonts.BOLD, fontSize=8.5,
                       fillColor=AXIS))
    del width


def _axes(chart: HorizontalLineChart | VerticalBarChart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = fonts.REGULAR
        axis.labels.fontSize = 7
        axis.labels.fillColor = AXIS
        axis.strokeColor = AXIS
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    chart.valueAxis.visibleGrid = True


def line_chart(title: str, labels: Sequence[str], series: Sequence[Sequence[float | None]],
               low: float, high: float, *, width: float = 82 * mm, height: float = 45 * mm,
               step: float | None = None, names: Sequence[str] = (),
               value_format: str = "%d") -> Drawing:
    """Lines over categories (dates or years); ``None``: no point there (a gap)."""
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 22, 18 + (10 if names else 0)
    chart.width, chart.height = width - 30, height - 32 - (10 if names else 0)
    chart.data = [list(s) for s in series]
    chart.categoryAxis.categoryNames = list(labels)
    crowded = len(labels) * 50 > chart.width  # a date label is ~45 points wide
    chart.categoryAxis.labels.angle = 30 if crowded else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if crowded else "n"
    if crowded:
        chart.y += 12
        chart.height -= 12
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = low, high
    if step:
        chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = value_format
    for i, color in enumerate((LINE, SECOND, TARGET)[:len(series)]):
        chart.lines[i].strokeColor = color
        chart.lines[i].strokeWidth = 1.4
        chart.lines[i].symbol = makeMarker("FilledCircle", size=3.2, fillColor=color,
                                           strokeColor=color)
    # ReportLab cannot draw a line through a point with no neighbour (a year between
    # two without a figure): then the points are shown as marks only
    chart.joinedLines = not any(_isolated(s) or sum(v is not None for v in s) < 2
                                for s in series)
    _axes(chart)
    drawing.add(chart)
    if names:
        _legend(drawing, names, (LINE, SECOND, TARGET))
    return drawing


def _isolated(values: Sequence[float | None]) -> bool:
    """Whether a value stands with no value before or after it."""
    for i, v in enumerate(values):
        before = i > 0 and values[i - 1] is not None
        after = i + 1 < len(values) and values[i + 1] is not None
        if v is not None and not before and not after:
            return True
    return False


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float | None],
              *, width: float = 82 * mm, height: float = 45 * mm,
              high: float | None = None, value_format: str = "%d") -> Drawing:
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 22, 18
    chart.width, chart.height = width - 30, height - 32
    chart.data = [list(values)]  # None: no bar (no figure, never a zero)
    chart.categoryAxis.categoryNames = list(labels)
    chart.valueAxis.valueMin = 0
    if high is not None:
        chart.valueAxis.valueMax = high
    chart.valueAxis.labelTextFormat = value_format
    chart.bars[0].fillColor = LINE
    chart.bars[0].strokeColor = None
    _axes(chart)
    drawing.add(chart)
    return drawing


def _legend(drawing: Drawing, names: Sequence[str], palette: Sequence[colors.Color]
            ) -> None:
    legend = Legend()
    legend.x, legend.y = 22, 6
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = fonts.REGULAR
    legend.fontSize = 7
    legend.dx = legend.dy = 6
    legend.deltax = 70
    legend.colorNamePairs = list(zip(palette, names, strict=False))
    drawing.add(legend)
