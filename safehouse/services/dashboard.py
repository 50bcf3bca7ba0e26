"""The figures on the dashboard, and the week ahead that a manager reads on Monday."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Row, and_, func, or_, select

from safehouse import clock
from safehouse.models import Assignment, Member, MemberStatus, Room
from safehouse.services import membership
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.dashboard import (
    MOVE_IN,
    MOVE_OUT,
    ROOM_CHANGE,
    DashboardFigures,
    Move,
    WeekAhead,
)
from safehouse.services.dto.people import MemberSummary
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database


def figures(db: Database, actor: Actor, on: date | None = None) -> DashboardFigures:
    actor = require(db, actor, Action.MEMBER_VIEW)
    on = on or clock.today()
    # the community size on the day, from the periods
    active = membership.community_size(db, actor, on)
    with db.transaction() as s:
        total = s.scalar(select(func.count()).select_from(Member)) or 0
        residents = s.scalar(
            select(func.count()).select_from(Assignment).where(
                and_(
                    Assignment.start_on <= on,
                    or_(Assignment.end_on.is_(None), Assignment.end_on > on),
                )
            )
        ) or 0
        beds = s.scalar(
            select(func.coalesce(func.sum(Room.capacity), 0)).where(Room.active.is_(True))
        ) or 0
        rooms = s.scalar(
            select(func.count()).select_from(Room).where(Room.active.is_(True))
        ) or 0
    return DashboardFigures(
        on=on,
        active_members=int(active),
        members_total=int(total),
        residents=int(residents),
        beds_total=int(beds),
        beds_free=max(0, int(beds) - int(residents)),
        rooms=int(rooms),
    )


def _summaries(rows: Iterable[Row[Any]], room: str = "") -> tuple[MemberSummary, ...]:
    return tuple(
        MemberSummary(id=m.id, code=m.code, name=m.name, alias=m.alias, status=m.status,
                      joined_on=m.joined_on, room=room)
        for m in rows)


def _summary_columns() -> tuple[Any, ...]:
    """What a summary shows, read as columns: loading whole members would open every
    sealed field of each (thousands of decryptions at start-up)."""
    return (Member.id, Member.code, Member.name, Member.alias, Member.status,
            membership.latest_start().label("joined_on"))


def week(db: Database, actor: Actor, on: date | None = None) -> WeekAhead:
    """Who moves in or out in the week of ``on`` (today), who in the community has no
    bed on ``on``, and the open enquiries."""
    actor = require(db, actor, Action.MEMBER_VIEW, Action.ROOM_VIEW)
    on = on or clock.today()
    first = on - timedelta(days=on.weekday())
    last = first + timedelta(days=6)
    with db.transaction() as s:
        stays = list(s.scalars(
            select(Assignment)
            .where(or_(Assignment.start_on.between(first, last),
                       Assignment.end_on.between(first, last)))
            .order_by(Assignment.start_on)))
        starts = {(a.member_id, a.start_on): a for a in stays if first <= a.start_on <= last}
        moves: list[Move] = []
        for a in stays:
            if a.end_on is None or not first <= a.end_on <= last:
                continue
            then = starts.pop((a.member_id, a.end_on), None)
            moves.append(Move(a.end_on, ROOM_CHANGE if then else MOVE_OUT, a.member_id,
                              a.member.code, a.member.name, a.room.name,
                              then.room.name if then else ""))
        moves += [Move(a.start_on, MOVE_IN, a.member_id, a.member.code, a.member.name,
                       "", a.room.name) for a in starts.values()]
        housed = select(Assignment.member_id).where(
            Assignment.start_on <= on, or_(Assignment.end_on.is_(None), Assignment.end_on > on))
        without_bed = _summaries(s.execute(
            select(*_summary_columns())
            .where(membership.active_on(on), Member.id.not_in(housed))
            .order_by(Member.code)))
        enquiries = _summaries(s.execute(
            select(*_summary_columns())
            .where(Member.status == MemberStatus.ENQUIRY.value)
            .order_by(Member.code)))
        rooms = s.scalar(select(func.count()).select_from(Room)) or 0
        total = s.scalar(select(func.count()).select_from(Member)) or 0
    return WeekAhead(on=on, first_day=first, last_day=last,
                     moves=tuple(sorted(moves, key=lambda m: (m.day, m.member_code))),
                     without_bed=without_bed, enquiries=enquiries,
                     rooms=int(rooms), members_total=int(total))
