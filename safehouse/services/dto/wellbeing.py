"""Wellbeing: responses, alerts, trends, the yearly figures and who is due, as the
services hand them out (frozen, never ORM objects).

Codes, not words: ``instrument`` is an :class:`~safehouse.models.wellbeing.
InstrumentCode` value, ``band`` a band's ``code`` and ``kind`` an :class:`~safehouse.
models.wellbeing.AlertKind` value; ``safehouse.services.instruments`` has the wording
(``instrument(code).band_for(score).label.text()``) and ``safehouse.labels`` the words
for the alert kinds and due reasons.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class ResponseInput:
    """A response to record: ``answers`` one per item in item order (the item's
    ``Choice.value``; ``None`` for one not answered, which is refused)."""

    member_id: int
    instrument: str
    taken_on: date
    answers: tuple[int | None, ...]


@dataclass(frozen=True)
class ResponseInfo:
    """A response as the reader may see it. ``withheld``: her role may not see its
    answers or score (staff): ``answers`` is empty, ``score`` None, ``band`` and
    ``alerts`` empty; she still sees that it happened, when, and which instrument."""

    id: int
    member_id: int
    member_code: str
    instrument: str
    taken_on: date
    answers: tuple[int, ...]
    score: int | None  # None: withheld, or the instrument has no total (yearly)
    band: str  # the band's code; "" when withheld or the instrument has no bands
    alerts: tuple[str, ...]  # AlertKind values this response raised
    withheld: bool
    recorded_by: str  # the display name of who recorded it ("" if unknown)


@dataclass(frozen=True)
class RecordedResponse:
    """What :func:`safehouse.services.wellbeing.record_response` stored and found."""

    response: ResponseInfo
    alert_ids: tuple[int, ...]


@dataclass(frozen=True)
class AlertInfo:
    """An alert, open (``acknowledged_at`` None) or acknowledged."""

    id: int
    response_id: int
    member_id: int
    member_code: str
    member_name: str
    instrument: str
    taken_on: date
    kind: str  # an AlertKind value
    raised_at: datetime  # UTC
    acknowledged_at: datetime | None  # UTC
    acknowledged_by: str  # display name; "" while open
    note: str  # the acknowledgement's note; "" while open


@dataclass(frozen=True)
class BandLine:
    """A band of a trend's chart: scores ``low`` to ``high``, both included."""

    code: str
    low: int
    high: int


@dataclass(frozen=True)
class TrendPoint:
    response_id: int
    taken_on: date
    value: int  # the score (the yearly check-in: the health answer, 1-5)
    band: str  # the band's code ("" where the instrument has none)


@dataclass(frozen=True)
class Trend:
    """One instrument's responses of one member over time, oldest first, with the
    range of its values and its bands, for a chart."""

    instrument: str
    low: int
    high: int
    bands: tuple[BandLine, ...]
    points: tuple[TrendPoint, ...]


#: Fewer respondents than this in a year: no figures for that year (DESIGN.md).
MINIMUM_RESPONDENTS = 5


@dataclass(frozen=True)
class YearFigures:
    """One year of the yearly check-in: how many members answered (one response each:
    the latest of the year), their mean health (1-5, two decimals) and the share who
    felt an immediate threat of repatriation (whole percent).

    ``fewer_than_minimum``: fewer than :data:`MINIMUM_RESPONDENTS` answered; then
    ``respondents``, ``mean_health`` and ``threatened_percent`` are all None (a count
    under 5 is itself a figure that could point at a person), and the table shows
    "fewer than 5".
    """

    year: int
    respondents: int | None
    mean_health: Decimal | None  # e.g. Decimal("2.64"); rounded half up
    threatened_percent: int | None  # e.g. 88; rounded half up
    fewer_than_minimum: bool

    @property
    def mean_health_text(self) -> str:
        """``"2.64"``, or ``""`` when there are no figures."""
        return "" if self.mean_health is None else f"{self.mean_health:.2f}"


class DueReason(enum.StrEnum):
    """Why a member is due."""

    YEARLY = "yearly"  # no yearly check-in this year
    FOLLOW_UP = "follow_up"  # last PHQ-9 or GAD-7 moderate or above, and weeks old


@dataclass(frozen=True)
class DueCheckIn:
    """A member due for a check-in. For ``FOLLOW_UP``: ``instrument`` and
    ``last_taken_on`` name the screening that calls for it (only for readers who may
    see screenings); for ``YEARLY``: ``last_taken_on`` is her last yearly check-in, if
    any."""

    member_id: int
    member_code: str
    member_name: str
    reason: DueReason
    instrument: str
    last_taken_on: date | None
