"""A place for a wellbeing chart that loads Qt Charts only when it is first shown.

Importing ``PySide6.QtCharts`` costs the start-up a few milliseconds and its libraries'
memory; most sessions never open a chart. A slot keeps the data it is given and makes
its chart (importing :mod:`safehouse.ui.wellbeing.charts`) on its first show.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from safehouse.ui.wellbeing.chart_data import Trend, YearFigure

if TYPE_CHECKING:
    from safehouse.ui.wellbeing.charts import TrendChart, YearlyChart


class _Slot(QWidget):
    """As large as its chart will be, before the chart is made (a splitter or a layout
    must not squeeze it to nothing, or it is never shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(360, 240)

    def sizeHint(self) -> QSize:
        return QSize(640, 320)


class YearlySlot(_Slot):
    """Holds the yearly figures; :attr:`chart` is None until the slot is first shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: YearlyChart | None = None
        self._figures: tuple[YearFigure, ...] = ()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def show_years(self, figures: Sequence[YearFigure]) -> None:
        self._figures = tuple(figures)
        if self.chart is not None:
            self.chart.show_years(self._figures)

    def showEvent(self, event: QShowEvent) -> None:
        if self.chart is None:
            from safehouse.ui.wellbeing.charts import YearlyChart

            self.chart = YearlyChart(self)
            self._layout.addWidget(self.chart)
            self.chart.show_years(self._figures)
        super().showEvent(event)


class TrendSlot(_Slot):
    """Holds one instrument's trend; :attr:`chart` is None until first shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: TrendChart | None = None
        self._trend: Trend | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def show_trend(self, trend: Trend) -> None:
        self._trend = trend
        if self.chart is not None:
            self.chart.show_trend(trend)

    def trend(self) -> Trend | None:
        return self._trend

    def showEvent(self, event: QShowEvent) -> None:
        if self.chart is None:
            from safehouse.ui.wellbeing.charts import TrendChart

            self.chart = TrendChart(self)
            self._layout.addWidget(self.chart)
            if self._trend is not None:
                self.chart.show_trend(self._trend)
        super().showEvent(event)
