"""The member list, read a page at a time: searched, filtered and sorted in the database.

The Members page shows thousands of members without reading them all: it counts what a
query shows (:func:`count`), reads the rows on screen (:func:`page`), more as the list
scrolls, and after a change only the members changed (:func:`rows`). The search matches
the members' search key (:mod:`safehouse.models.search_keys`). Every order ends with the
member's id, so that pages never overlap or skip a member.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.models import Assignment, Member, Room
from safehouse.models.search_keys import fold
from safehouse.services import membership
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.member_list import (
    MemberCount,
    MemberPage,
    MemberQuery,
    MemberSort,
)
from safehouse.services.dto.people import MemberSummary
from safehouse.services.member_rules import STATUSES
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

# At most this many rows in one reading (the page asks for what fills its screen).
MAX_PAGE = 1000


def _pattern(search: str) -> str | None:
    text = fold(search.strip())
    if not text:
        return None
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _text_order(s: Session, column: Any) -> ColumnElement[Any]:
    """Text in the same order on SQLite and PostgreSQL: case-folded, by code point."""
    lowered = func.lower(column)
    return lowered.collate("C") if s.get_bind().dialect.name == "postgresql" else lowered


def _room_today(on: date) -> Any:
    """Each member's room on ``on``: (member_id, room)."""
    return (select(Assignment.member_id, Room.name.label("room"))
            .join(Room, Room.id == Assignment.room_id)
            .where(Assignment.start_on <= on,
                   or_(Assignment.end_on.is_(None), Assignment.end_on > on))
            .subquery())


def _filtered(q: Select[Any], query: MemberQuery) -> Select[Any]:
    pattern = _pattern(query.search)
    if pattern is not None:
        q = q.where(Member.search_key.like(pattern, escape="\\"))
    if query.status is not None:
        q = q.where(Member.status == query.status)
    return q


def _ordered_ids(s: Session, query: MemberQuery, on: date) -> Select[Any]:
    """The ids of the members the query shows, in its order (only what the order
    needs is joined: the room, or the latest joining, for those columns)."""
    q = _filtered(select(Member.id), query)
    key: list[Any]
    if query.sort is MemberSort.ROOM:
        room = _room_today(on)
        q = q.outerjoin(room, room.c.member_id == Member.id)
        key = [_text_order(s, func.coalesce(room.c.room, ""))]
    elif query.sort is MemberSort.JOINED:
        key = [func.coalesce(membership.latest_start(), date.min)]
    else:
        key = {  # type: ignore[assignment]
            MemberSort.CODE: [func.length(Member.code), Member.code],
            MemberSort.NAME: [_text_order(s, Member.name)],
            MemberSort.ALIAS: [_text_order(s, Member.alias)],
            MemberSort.STATUS: [case({v: i for i, v in enumerate(STATUSES)},
                                     value=Member.status, else_=len(STATUSES))],
        }[query.sort]
    key.append(Member.id)
    return q.order_by(*(k.desc() if query.descending else k.asc() for k in key))


def _summaries(s: Session, ids: Sequence[int], on: date) -> list[MemberSummary]:
    """The rows of the members ``ids``, in that order."""
    if not ids:
        return []
    room = _room_today(on)
    q = (select(Member.id, Member.code, Member.name, Member.alias, Member.status,
                Member.birth_year, membership.latest_start().label("joined_on"),
                func.coalesce(room.c.room, "").label("room"))
         .outerjoin(room, room.c.member_id == Member.id)
         .where(Member.id.in_(bindparam("ids", expanding=True))))
    found = {row.id: _summary(row) for row in s.execute(q, {"ids": list(ids)})}
    return [found[i] for i in ids if i in found]


def _summary(row: Any) -> MemberSummary:
    return MemberSummary(id=row.id, code=row.code, name=row.name, alias=row.alias,
                         status=row.status, joined_on=row.joined_on, room=row.room,
                         birth_year=row.birth_year)


def _count(s: Session, query: MemberQuery) -> MemberCount:
    total = s.scalar(select(func.count()).select_from(Member)) or 0
    if _pattern(query.search) is None and query.status is None:
        return MemberCount(shown=total, total=total)
    q = _filtered(select(func.count()).select_from(Member), query)
    return MemberCount(shown=s.scalar(q) or 0, total=total)


def count(db: Database, actor: Actor, query: MemberQuery) -> MemberCount:
    """How many members the query shows, and how many there are."""
    actor = require(db, actor, Action.MEMBER_VIEW)
    with db.transaction() as s:
        return _count(s, query)


def first_page(
    db: Database, actor: Actor, query: MemberQuery, *, limit: int = 200,
    on: date | None = None,
) -> MemberPage:
    """:func:`count` and the first :func:`page` in one reading (what a keystroke in the
    search asks)."""
    actor = require(db, actor, Action.MEMBER_VIEW)
    on = on or clock.today()
    limit = max(0, min(limit, MAX_PAGE))
    with db.transaction() as s:
        counted = _count(s, query)
        ids = list(s.scalars(_ordered_ids(s, query, on).limit(limit))) if counted.shown else []
        return MemberPage(count=counted, rows=tuple(_summaries(s, ids, on)))


def page(
    db: Database, actor: Actor, query: MemberQuery, *, offset: int = 0, limit: int = 200,
    on: date | None = None,
) -> list[MemberSummary]:
    """The rows ``offset`` to ``offset + limit`` of the list the query shows (at most
    :data:`MAX_PAGE`), with the room each member is in on ``on`` (today by default)."""
    actor = require(db, actor, Action.MEMBER_VIEW)
    on = on or clock.today()
    limit = max(0, min(limit, MAX_PAGE))
    with db.transaction() as s:
        ids = list(s.scalars(_ordered_ids(s, query, on).offset(max(0, offset)).limit(limit)))
        return _summaries(s, ids, on)


def rows(
    db: Database, actor: Actor, query: MemberQuery, ids: Sequence[int], *,
    on: date | None = None,
) -> list[MemberSummary]:
    """Those of the members ``ids`` that the query shows (at most :data:`MAX_PAGE`),
    read again: what a change reloads."""
    actor = require(db, actor, Action.MEMBER_VIEW)
    on = on or clock.today()
    wanted = list(dict.fromkeys(ids))[:MAX_PAGE]
    if not wanted:
        return []
    with db.transaction() as s:
        shown = list(s.scalars(_filtered(select(Member.id), query)
                               .where(Member.id.in_(wanted))))
        return _summaries(s, shown, on)


def position(
    db: Database, actor: Actor, query: MemberQuery, member_id: int, *,
    on: date | None = None,
) -> int | None:
    """Where the member stands in the list the query shows (0: first); None when the
    query does not show her."""
    actor = require(db, actor, Action.MEMBER_VIEW)
    on = on or clock.today()
    with db.transaction() as s:
        for i, found in enumerate(s.scalars(_ordered_ids(s, query, on))):
            if found == member_id:
                return i
    return None
