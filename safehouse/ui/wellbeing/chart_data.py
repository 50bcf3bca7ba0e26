"""What the wellbeing charts draw, as plain data: the window turns the services' figures
into these, and the charts (:mod:`safehouse.ui.wellbeing.charts`, which loads Qt Charts)
draw them. Kept apart so that a page can hold its data before its chart is made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class YearFigure:
    """One year of the yearly check-in. ``mean_health`` (1–5) and ``threatened_pct``
    (0–100) are None where the year had fewer than 5 respondents: no point is drawn.
    ``respondents``: how many members count that year (None where not told)."""

    year: int
    mean_health: float | None
    threatened_pct: float | None
    respondents: int | None = None

    @property
    def suppressed(self) -> bool:
        return self.mean_health is None


@dataclass(frozen=True)
class BandSpan:
    """A severity band of an instrument: the scores ``low`` to ``high`` (inclusive),
    and its name in the user's language."""

    low: int
    high: int
    label: str


@dataclass(frozen=True)
class ScorePoint:
    day: date
    score: float


@dataclass(frozen=True)
class Trend:
    """An instrument's scores over time for one member, with its bands (none for the
    yearly check-in's health, which has its scale ``low``..``high`` only)."""

    title: str
    points: tuple[ScorePoint, ...]
    low: int
    high: int
    bands: tuple[BandSpan, ...] = ()
