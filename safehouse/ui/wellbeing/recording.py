"""What the wellbeing views share: which instruments the person logged in may record,
and the services' figures as the charts draw them."""

from __future__ import annotations

from collections.abc import Iterable

from safehouse.services.dto import wellbeing as dto
from safehouse.services.instruments import INSTRUMENTS, InstrumentCode
from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.wellbeing.chart_data import BandSpan, ScorePoint, Trend, YearFigure


def recordable(ctx: AppContext) -> tuple[InstrumentCode, ...]:
    """The instruments the person logged in may record: all of them for who records
    (counselors, managers, administrators), none for the others."""
    if not ctx.can(Action.WELLBEING_RECORD):
        return ()
    return tuple(INSTRUMENTS)


def year_figures(rows: Iterable[dto.YearFigures]) -> list[YearFigure]:
    """The yearly figures as the table and the chart show them."""
    return [YearFigure(r.year,
                       None if r.fewer_than_minimum or r.mean_health is None
                       else float(r.mean_health),
                       None if r.fewer_than_minimum or r.threatened_percent is None
                       else float(r.threatened_percent),
                       None if r.fewer_than_minimum else r.respondents)
            for r in rows]


def chart_trend(t: dto.Trend) -> Trend:
    """A member's trend for one instrument as its chart draws it, in the user's
    language: the instrument's name, its points and its named bands."""
    inst = INSTRUMENTS[InstrumentCode(t.instrument)]
    names = {b.code: b.label.text() for b in inst.bands}
    return Trend(inst.name.text(),
                 tuple(ScorePoint(p.taken_on, p.value) for p in t.points),
                 t.low, t.high,
                 tuple(BandSpan(b.low, b.high, names.get(b.code, b.code)) for b in t.bands))
