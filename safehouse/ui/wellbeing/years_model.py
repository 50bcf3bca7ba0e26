"""The yearly figures as a table: year, respondents, mean health (two decimals) and the
share who felt an immediate threat of repatriation (whole percent); a year with fewer
than 5 respondents says so instead of figures."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from safehouse.ui.table_model import Column, RowTableModel
from safehouse.ui.wellbeing.chart_data import YearFigure

_CONTEXT = "YearFiguresModel"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def fewer_than_5() -> str:
    return QCoreApplication.translate("YearFiguresModel", "fewer than 5")


def respondents_text(f: YearFigure) -> str:
    if f.suppressed or f.respondents is None:
        return fewer_than_5()
    return str(f.respondents)


def health_text(f: YearFigure) -> str:
    return fewer_than_5() if f.mean_health is None else f"{f.mean_health:.2f}"


def threat_text(f: YearFigure) -> str:
    if f.threatened_pct is None:
        return fewer_than_5()
    return f"{f.threatened_pct:.0f}%"


class YearFiguresModel(RowTableModel[YearFigure]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_CONTEXT, (
            Column(QT_TRANSLATE_NOOP("YearFiguresModel", "Year"), lambda f: str(f.year),
                   sort_key=lambda f: f.year, alignment=_RIGHT),
            Column(QT_TRANSLATE_NOOP("YearFiguresModel", "Respondents"), respondents_text,
                   sort_key=lambda f: -1 if f.suppressed else (f.respondents or 0),
                   alignment=_RIGHT),
            Column(QT_TRANSLATE_NOOP("YearFiguresModel", "Mean health (1–5)"), health_text,
                   sort_key=lambda f: -1.0 if f.mean_health is None else f.mean_health,
                   alignment=_RIGHT),
            Column(QT_TRANSLATE_NOOP("YearFiguresModel", "Felt a threat of repatriation"),
                   threat_text,
                   sort_key=lambda f: -1.0 if f.threatened_pct is None
                   else f.threatened_pct, alignment=_RIGHT),
        ), parent)

    def key_of(self, row: YearFigure) -> int:
        return row.year
