"""The wellbeing charts on plain data: the yearly figures on two axes with no point for
a year of fewer than 5 respondents, an instrument's trend over its shaded bands, and Qt
Charts loaded only when a chart is first shown."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from PySide6.QtCharts import QAreaSeries, QLineSeries, QValueAxis
from PySide6.QtCore import Qt

from safehouse.ui.wellbeing.chart_data import BandSpan, ScorePoint, Trend, YearFigure
from safehouse.ui.wellbeing.chart_slot import TrendSlot, YearlySlot
from safehouse.ui.wellbeing.charts import TrendChart, YearlyChart

DESIGN_TABLE = (YearFigure(2014, 1.80, 50), YearFigure(2015, None, None),
                YearFigure(2016, 2.60, 22), YearFigure(2017, 2.64, 88),
                YearFigure(2018, 2.91, 97))
PHQ9_BANDS = (BandSpan(0, 4, "Minimal"), BandSpan(5, 9, "Mild"),
              BandSpan(10, 14, "Moderate"), BandSpan(15, 19, "Moderately severe"),
              BandSpan(20, 27, "Severe"))


def points(series: object) -> list[tuple[float, float]]:
    assert isinstance(series, QLineSeries)
    return [(p.x(), p.y()) for p in series.points()]


def test_the_yearly_chart_has_no_point_for_a_year_of_fewer_than_5(qtbot):
    chart = YearlyChart()
    qtbot.addWidget(chart)
    chart.show()
    chart.show_years(DESIGN_TABLE)
    health = chart.series_named(chart.health_name())
    # 2015 had fewer than 5: the line breaks there, into 2014 alone and 2016–2018
    assert [points(s) for s in health] == [
        [(2014, 1.80)], [(2016, 2.60), (2017, 2.64), (2018, 2.91)]]
    threat = chart.series_named(chart.threat_name())
    assert [[y for _x, y in points(s)] for s in threat] == [[50], [22, 88, 97]]
    assert all(2015 not in (x for x, _y in points(s)) for s in health + threat)
    # one legend entry per figure, however many pieces its line has
    def shown() -> list[str]:
        return [m.label() for m in chart.chart().legend().markers() if m.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=2000)
    assert shown() == [chart.health_name(), chart.threat_name()]
    # health on its 1–5 axis, the share on its 0–100 axis
    ranges = sorted((a.min(), a.max()) for a in chart.chart().axes(Qt.Orientation.Vertical)
                    if isinstance(a, QValueAxis))
    assert ranges == [(0, 100), (1, 5)]


def test_an_empty_yearly_chart_says_so(qtbot):
    chart = YearlyChart()
    qtbot.addWidget(chart)
    chart.show_years(())
    assert chart.chart().series() == []
    assert chart.chart().title() == "No yearly check-ins recorded yet."


def test_the_trend_shades_each_band_and_draws_the_scores(qtbot):
    chart = TrendChart()
    qtbot.addWidget(chart)
    trend = Trend("PHQ-9", (ScorePoint(date(2026, 3, 1), 12),
                            ScorePoint(date(2026, 1, 5), 17)), 0, 27, PHQ9_BANDS)
    chart.show_trend(trend)
    areas = [s for s in chart.chart().series() if isinstance(s, QAreaSeries)]
    assert [a.name() for a in areas] == [
        "Minimal (0–4)", "Mild (5–9)", "Moderate (10–14)", "Moderately severe (15–19)",
        "Severe (20–27)"]
    # each strip runs from half a point under its lowest score to half over its highest
    edges = [(a.lowerSeries().points()[0].y(), a.upperSeries().points()[0].y())
             for a in areas]
    assert edges == [(-0.5, 4.5), (4.5, 9.5), (9.5, 14.5), (14.5, 19.5), (19.5, 27.5)]
    (scores,) = chart.series_named(chart.score_name())
    assert [y for _x, y in points(scores)] == [17, 12]  # oldest first
    # each band named beside its strip
    assert chart.band_axis is not None
    assert chart.band_axis.categoriesLabels() == [
        "Minimal", "Mild", "Moderate", "Moderately<br>severe", "Severe"]  # long: two lines
    assert chart.band_axis.endValue("Mild") == 9.5


def test_a_trend_without_bands_is_its_scale(qtbot):
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.show_trend(Trend("Health", (ScorePoint(date(2026, 3, 1), 4),), 1, 5))
    assert not [s for s in chart.chart().series() if isinstance(s, QAreaSeries)]
    assert chart.band_axis is None
    (y_axis,) = chart.chart().axes(Qt.Orientation.Vertical)
    assert isinstance(y_axis, QValueAxis)
    assert (y_axis.min(), y_axis.max()) == (0.5, 5.5)


def test_a_slot_makes_its_chart_when_first_shown(qtbot):
    yearly, trend = YearlySlot(), TrendSlot()
    for slot in (yearly, trend):
        qtbot.addWidget(slot)
    yearly.show_years(DESIGN_TABLE)
    trend.show_trend(Trend("GAD-7", (ScorePoint(date(2026, 3, 1), 9),), 0, 21,
                           (BandSpan(0, 4, "Minimal"), BandSpan(5, 21, "More"))))
    assert yearly.chart is None and trend.chart is None
    yearly.show()
    trend.show()
    assert yearly.chart is not None and trend.chart is not None
    assert len(yearly.chart.series_named(yearly.chart.health_name())) == 2
    assert trend.chart.trend() == trend.trend()


def test_the_window_loads_qt_charts_only_for_a_chart():
    """Importing the window (and the slots) does not load Qt Charts."""
    code = ("import sys; import safehouse.ui.main_window, safehouse.ui.page_list, "
            "safehouse.ui.wellbeing.chart_slot; "
            "print('PySide6.QtCharts' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120)
    assert out.stdout.strip() == "False"
