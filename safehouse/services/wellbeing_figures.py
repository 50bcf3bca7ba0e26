"""The yearly figures the organisation reports, and who is due for a check-in.

:func:`yearly_figures` is THE one function for the yearly check-in's figures: the
Wellbeing page and the impact report both call it, so they cannot disagree. For each
year with responses: how many members answered, their mean health (1-5, two decimals)
and the share who felt an immediate threat of repatriation (whole percent); one response
per member per year counts, the latest (by date, then by the order recorded). A year
with fewer than 5 respondents has no figures (``fewer_than_minimum``); a year with no
responses is absent. The figures come only from recorded responses, in one SQL
aggregate over the plain columns of the yearly check-in (never over the sealed
screenings), and agree on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    cast,
    exists,
    extract,
    func,
    or_,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from safehouse import clock
from safehouse.models import Member
from safehouse.models.wellbeing import InstrumentCode, Response
from safehouse.services import membership, settings
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.wellbeing import (
    MINIMUM_RESPONDENTS,
    DueCheckIn,
    DueReason,
    YearFigures,
)
from safehouse.services.instruments import INSTRUMENTS
from safehouse.services.permissions import Action, Field, can_see, require
from safehouse.storage import sealed
from safehouse.storage.db import Database

#: The screenings whose band (moderate or above) calls for a follow-up (the issue's
#: rule: PHQ-9 and GAD-7).
FOLLOW_UP_INSTRUMENTS = (InstrumentCode.PHQ9, InstrumentCode.GAD7)

_TWO_PLACES = Decimal("0.01")


def _year(column: ColumnElement[date] | InstrumentedAttribute[date], dialect: str
          ) -> ColumnElement[Any]:
    """A date's year: on SQLite the first four characters of the stored ``YYYY-MM-DD``
    (text, compared as text: cheaper than ``strftime``), elsewhere ``extract``."""
    if dialect == "sqlite":
        return func.substr(column, 1, 4)
    return extract("year", column)


def _year_end(day: ColumnElement[date] | InstrumentedAttribute[date], dialect: str
              ) -> ColumnElement[Any]:
    """The last day of ``day``'s year, comparable with a stored date."""
    if dialect == "sqlite":
        return func.substr(day, 1, 4).concat("-12-31")
    return func.make_date(cast(extract("year", day), Integer), 12, 31)


def yearly_statement(dialect: str, from_year: int | None = None,
                     to_year: int | None = None) -> Select[Any, int, int, int]:
    """The one aggregate: ``(year, respondents, sum of health, number threatened)`` per
    year with a yearly check-in, oldest first, counting each member's latest response of
    the year (by date, then id): a response counts when no response of hers is later in
    the same year. One pass over the index ``ix_wellbeing_responses_yearly`` (instrument,
    member, date, id and the two answers), each response probing
    ``ix_wellbeing_responses_member_instrument`` for a later one of its year: on SQLite
    half the processor time of the window function (``lead() OVER``) this replaced, which
    materialises every member's responses first. On ``dialect`` (``"sqlite"`` or
    ``"postgresql"``)."""
    later = aliased(Response)
    conditions = [
        Response.instrument == InstrumentCode.YEARLY.value,
        ~exists().where(
            later.instrument == InstrumentCode.YEARLY.value,
            later.member_id == Response.member_id,
            later.taken_on >= Response.taken_on,
            later.taken_on <= _year_end(Response.taken_on, dialect),
            or_(later.taken_on > Response.taken_on, later.id > Response.id)),
    ]
    if from_year is not None:
        conditions.append(Response.taken_on >= date(from_year, 1, 1))
    if to_year is not None:
        conditions.append(Response.taken_on <= date(to_year, 12, 31))
    year = _year(Response.taken_on, dialect)
    return (
        select(
            year,
            func.count(),
            func.sum(Response.health),
            func.sum(case((Response.repatriation_threat.is_(True), 1), else_=0)),
        )
        .where(and_(*conditions))
        .group_by(year)
        .order_by(year)
    )


def figures_of(year: int, respondents: int, health_sum: int, threatened: int
               ) -> YearFigures:
    """One year's figures from its counts (rounded half up), or none under 5."""
    if respondents < MINIMUM_RESPONDENTS:
        return YearFigures(year=year, respondents=None, mean_health=None,
                           threatened_percent=None, fewer_than_minimum=True)
    mean = (Decimal(health_sum) / respondents).quantize(_TWO_PLACES, ROUND_HALF_UP)
    share = (Decimal(100 * threatened) / respondents).quantize(Decimal(1), ROUND_HALF_UP)
    return YearFigures(year=year, respondents=respondents, mean_health=mean,
                       threatened_percent=int(share), fewer_than_minimum=False)


def yearly_figures(db: Database, actor: Actor, *, from_year: int | None = None,
                   to_year: int | None = None) -> tuple[YearFigures, ...]:
    """The yearly check-in's figures per year, oldest first (``from_year`` to
    ``to_year``, both included, when given): see the module's note. Stable: the
    Wellbeing page and the impact report call it."""
    actor = require(db, actor, Action.WELLBEING_VIEW)
    with db.transaction() as s:
        dialect = s.get_bind().dialect.name
        rows = s.execute(yearly_statement(dialect, from_year, to_year)).all()
    return tuple(figures_of(int(y), int(n), int(h or 0), int(t or 0))
                 for y, n, h, t in rows)


def _latest(s: Session, instrument: InstrumentCode, member_ids: set[int]
            ) -> dict[int, tuple[int, date]]:
    """Each member's latest response to ``instrument``: member id → (response id, date)."""
    ranked = (
        select(Response.id, Response.member_id, Response.taken_on,
               func.row_number().over(
                   partition_by=Response.member_id,
                   order_by=(Response.taken_on.desc(), Response.id.desc())).label("n"))
        .where(Response.instrument == instrument.value)
        .subquery("ranked")
    )
    rows = s.execute(select(ranked.c.member_id, ranked.c.id, ranked.c.taken_on)
                     .where(ranked.c.n == 1))
    return {m: (i, d) for m, i, d in rows if m in member_ids}


def due_check_ins(db: Database, actor: Actor, on: date | None = None) -> list[DueCheckIn]:
    """Members in the community on ``on`` (today) who are due: no yearly check-in this
    year; or (shown only to readers who see screenings) whose latest PHQ-9 or GAD-7 is
    in a moderate band or above and older than the follow-up setting (4 weeks unless
    set). By member code, then reason."""
    actor = require(db, actor, Action.WELLBEING_VIEW)
    today = on or clock.today()
    with db.transaction() as s:
        weeks = settings.screening_follow_up_weeks_in(s)
        members = {i: (code, name) for i, code, name in s.execute(
            select(Member.id, Member.code, Member.name).where(membership.active_on(today)))}
        ids = set(members)
        last_yearly = _latest(s, InstrumentCode.YEARLY, ids)
        due: list[DueCheckIn] = []
        for member_id, (code, name) in members.items():
            last = last_yearly.get(member_id)
            if last is None or last[1].year < today.year:
                due.append(DueCheckIn(member_id, code, name, DueReason.YEARLY, "",
                                      last[1] if last else None))
        if can_see(actor, Field.SCREENING_RESULTS) and sealed.can_open(s):
            cutoff = today - timedelta(weeks=weeks)
            for code in FOLLOW_UP_INSTRUMENTS:
                latest = {m: v for m, v in _latest(s, code, ids).items() if v[1] <= cutoff}
                if not latest:
                    continue
                follow = {b.code for b in INSTRUMENTS[code].bands if b.follow_up}
                for r in s.scalars(select(Response).where(
                        Response.id.in_([v[0] for v in latest.values()]))):
                    if r.band in follow:
                        member_code, name = members[r.member_id]
                        due.append(DueCheckIn(r.member_id, member_code, name,
                                              DueReason.FOLLOW_UP, code.value, r.taken_on))
    order = {DueReason.YEARLY: 0, DueReason.FOLLOW_UP: 1}
    due.sort(key=lambda d: (d.member_code, order[d.reason], d.instrument))
    return due
