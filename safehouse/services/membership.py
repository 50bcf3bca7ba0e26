"""Membership periods: when a member was in the community, and the one rule that answers
"active on day D" and "community size on day D".

A period runs from ``start_on`` to ``end_on`` with both days included: ``end_on`` is her
last day in the community, the leaving day (her room stay ends that morning, see
``rooms``); an open period (``end_on`` None) runs on. She is active on a day when one of
her periods covers it. Every question about it goes through :func:`active_on` (in a
query) or :func:`covers` (for a period in hand), and the community size through
:func:`community_size`.

The rules kept here (the database holds start ≤ end): one member's periods share no
day, at most one is open and it is the latest; an active member has an open period,
any other none. A member may leave and come back: each stay is its own period.

Forms and imports edit the latest period through a member's ``joined_on``/``left_on``
(:func:`apply_latest`); a status change opens or closes one (``members.set_status``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ScalarSelect,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.errors import ValidationError, translate
from safehouse.labels import label
from safehouse.models import Member, Membership, MembershipEnd, MemberStatus
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput, MembershipPeriod
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

LEAVING = tuple(e.value for e in MembershipEnd)


# --- the rule ---------------------------------------------------------------------------


def covers(start_on: date, end_on: date | None, day: date) -> bool:
    """Whether a period from ``start_on`` to ``end_on`` (None: open) includes ``day``."""
    return start_on <= day and (end_on is None or day <= end_on)


def covering(day: date) -> ColumnElement[bool]:
    """Periods (rows of ``memberships``) that include ``day``: :func:`covers` in SQL."""
    return and_(Membership.start_on <= day,
                or_(Membership.end_on.is_(None), Membership.end_on >= day))


def active_on(day: date) -> ColumnElement[bool]:
    """Members in the community on ``day``: a condition on ``Member`` for any query."""
    return exists().where(Membership.member_id == Member.id, covering(day))


def community_size(db: Database, actor: Actor, day: date | None = None) -> int:
    """How many members were in the community on ``day`` (today by default)."""
    require(db, actor, Action.MEMBER_VIEW)
    day = day or clock.today()
    with db.transaction() as s:
        return s.scalar(select(func.count()).select_from(Member).where(active_on(day))) or 0


def is_active_on(db: Database, actor: Actor, member_id: int, day: date | None = None
                 ) -> bool:
    """Whether the member was in the community on ``day`` (today by default)."""
    require(db, actor, Action.MEMBER_VIEW)
    day = day or clock.today()
    with db.transaction() as s:
        return bool(s.scalar(select(active_on(day)).select_from(Member)
                             .where(Member.id == member_id)))


def size_series(s: Session, days: Sequence[date]) -> list[int]:
    """The community size on each of ``days`` (any order), as :func:`community_size`
    counts it, from one query: the number of periods starting and ending on each day,
    added up in order. A period counts from its start to its end, both included."""
    starts = (select(Membership.start_on.label("day"), func.count().label("n"),
                     literal(1).label("starting"))
              .group_by(Membership.start_on))
    ends = (select(Membership.end_on.label("day"), func.count().label("n"),
                   literal(0).label("starting"))
            .where(Membership.end_on.is_not(None))
            .group_by(Membership.end_on))
    steps: dict[date, int] = {}
    result: Any = s.execute(union_all(starts, ends))
    counted: list[tuple[date, int, int]] = [(r[0], r[1], r[2]) for r in result]
    for on, n, starting in counted:
        if starting:
            steps[on] = steps.get(on, 0) + n
        else:  # she is still counted on her last day
            after = on + timedelta(days=1)
            steps[after] = steps.get(after, 0) - n
    changes = sorted(steps.items())
    sizes: dict[date, int] = {}
    size, i = 0, 0
    for day in sorted(set(days)):
        while i < len(changes) and changes[i][0] <= day:
            size += changes[i][1]
            i += 1
        sizes[day] = size
    return [sizes[day] for day in days]


def sizes_on(db: Database, actor: Actor, days: Sequence[date]) -> list[int]:
    """How many members were in the community on each of ``days`` (one query)."""
    require(db, actor, Action.MEMBER_VIEW)
    with db.transaction() as s:
        return size_series(s, days)


def movements(s: Session, start: date, end: date) -> list[tuple[Member, Membership, bool,
                                                              bool]]:
    """Periods that began or ended from ``start`` to ``end`` (both included), as
    (member, period, joined, came back), by day: a period that both began and ended in
    the range is there twice."""
    rows = s.execute(
        select(Member, Membership)
        .join(Membership, Membership.member_id == Member.id)
        .where(or_(and_(Membership.start_on >= start, Membership.start_on <= end),
                   and_(Membership.end_on.is_not(None), Membership.end_on >= start,
                        Membership.end_on <= end)))
    ).all()
    first_start = dict(s.execute(
        select(Membership.member_id, func.min(Membership.start_on))
        .where(Membership.member_id.in_({m.id for m, _p in rows}))
        .group_by(Membership.member_id)).all()) if rows else {}
    found: list[tuple[date, Member, Membership, bool, bool]] = []
    for member, period in rows:
        if start <= period.start_on <= end:
            found.append((period.start_on, member, period, True,
                          first_start.get(member.id) != period.start_on))
        if period.end_on is not None and start <= period.end_on <= end:
            found.append((period.end_on, member, period, False, False))
    found.sort(key=lambda f: (f[0], f[1].code, not f[3]))
    return [(m, p, joined, back) for _d, m, p, joined, back in found]


# --- a member's periods -----------------------------------------------------------------


def periods_of(member: Member) -> list[Membership]:
    """Her periods, the earliest first."""
    return sorted(member.memberships, key=lambda p: p.start_on)


def as_periods(member: Member) -> tuple[MembershipPeriod, ...]:
    return tuple(MembershipPeriod(start_on=p.start_on, end_on=p.end_on, ended_as=p.ended_as)
                 for p in periods_of(member))


def latest_dates(member: Member) -> tuple[date | None, date | None]:
    """Start and end of her latest period (what ``joined_on``/``left_on`` show)."""
    periods = periods_of(member)
    return (periods[-1].start_on, periods[-1].end_on) if periods else (None, None)


def leaving_on(member: Member, data: MemberInput) -> date | None:
    """The day she leaves, when ``data`` makes her leave (alumni, exited) or moves her
    leaving day: her room stay ends that day. None when her leaving stays as it was."""
    if data.status not in LEAVING:
        return None
    if data.left_on is None or data.left_on == latest_dates(member)[1]:
        return None
    return data.left_on


def latest_start() -> ScalarSelect[date]:
    """The start of a member's latest period, as a column of a query on ``Member``."""
    return (select(func.max(Membership.start_on))
            .where(Membership.member_id == Member.id)
            .correlate(Member)
            .scalar_subquery())


def _edited(periods: Sequence[Membership], joined_on: date) -> Membership | None:
    """The period a joining date edits: the latest, unless the date comes after its end
    (she came back: a new period, None)."""
    if not periods:
        return None
    latest = periods[-1]
    if latest.end_on is not None and joined_on > latest.end_on:
        return None
    return latest


def _overlap(earlier: Membership, joined_on: date, *, row: int | None = None
             ) -> ValidationError:
    end = earlier.end_on or joined_on
    return ValidationError(
        translate("errors", "The joining date {day} falls in her earlier period in the "
                  "community ({start} to {end}); periods cannot overlap. She can come "
                  "back from {next} on.").format(
            day=joined_on.isoformat(), start=earlier.start_on.isoformat(),
            end=end.isoformat(), next=(end + timedelta(days=1)).isoformat()),
        field="joined_on", row=row,
    )


def check_latest(periods: Sequence[Membership], joined_on: date | None, *,
                 row: int | None = None) -> ValidationError | None:
    """The error that setting her latest period to start on ``joined_on`` would cause
    (an overlap with the period before it), or None."""
    if joined_on is None:
        return None
    edited = _edited(periods, joined_on)
    before = periods[:-1] if edited is not None else periods
    if before and before[-1].end_on is not None and joined_on <= before[-1].end_on:
        return _overlap(before[-1], joined_on, row=row)
    return None


def check_come_back(periods: Sequence[Membership], on: date) -> None:
    """Refuse a new period from ``on`` that would share a day with her latest."""
    if periods and periods[-1].end_on is not None and on <= periods[-1].end_on:
        raise _overlap(periods[-1], on)


def apply_latest(member: Member, status: str, joined_on: date | None,
                 left_on: date | None) -> list[str]:
    """Make her latest period run from ``joined_on`` to ``left_on``, ended as ``status``
    when she left; returns the fields changed (``joined_on``, ``left_on``).

    A joining date after the end of her latest period starts a new period (she came
    back); otherwise the latest period is corrected; no joining date removes it (an
    enquiry set back, or a joining entered by mistake). ``validate_member`` has checked
    the dates against the status; an overlap with an earlier period is refused here.
    """
    before = latest_dates(member)
    periods = periods_of(member)
    if joined_on is None:
        if periods:
            member.memberships.remove(periods[-1])
    else:
        error = check_latest(periods, joined_on)
        if error is not None:
            raise error
        edited = _edited(periods, joined_on)
        ended_as: str | None = None
        if left_on is not None:
            ended_as = status if status in LEAVING else (edited.ended_as if edited else None)
        if edited is None:
            member.memberships.append(
                Membership(start_on=joined_on, end_on=left_on, ended_as=ended_as))
        else:
            edited.start_on, edited.end_on, edited.ended_as = joined_on, left_on, ended_as
    after = latest_dates(member)
    return [name for name, old, new in zip(("joined_on", "left_on"), before, after,
                                           strict=True) if old != new]


# --- checks of the whole database -------------------------------------------------------


def problems(s: Session) -> list[tuple[str, str]]:
    """Members whose periods break a rule, as (code, what is wrong) in code order; for
    ``safehouse check``."""
    by_member: dict[int, list[Membership]] = {}
    for p in s.scalars(select(Membership).order_by(Membership.member_id,
                                                   Membership.start_on)):
        by_member.setdefault(p.member_id, []).append(p)
    found: list[tuple[str, str]] = []
    for member_id, code, status in s.execute(
        select(Member.id, Member.code, Member.status).order_by(Member.code)
    ):
        periods = by_member.get(member_id, [])
        for p in periods:
            if p.end_on is not None and p.end_on < p.start_on:
                found.append((code, translate("check", "period from {start} ends before "
                                              "it starts").format(start=p.start_on)))
        for prev, cur in zip(periods, periods[1:], strict=False):
            if prev.end_on is None or prev.end_on >= cur.start_on:
                found.append((code, translate("check", "periods from {first} and from "
                                              "{second} overlap")
                              .format(first=prev.start_on, second=cur.start_on)))
        is_open = bool(periods) and periods[-1].end_on is None
        if status == MemberStatus.ACTIVE and not is_open:
            found.append((code, translate("check", "active without an open period")))
        elif status != MemberStatus.ACTIVE and is_open:
            found.append((code, translate("check", "{status} with an open period")
                          .format(status=label(status, MemberStatus))))
    return found
