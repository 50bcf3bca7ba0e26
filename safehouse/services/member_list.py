"""The member list, read a page at a time: searched, filtered and sorted in the database.

The Members page shows thousands of members without reading them all: it counts what a
query shows (:func:`count`), reads the rows on screen (:func:`page`), more as the list
scrolls, and after a change only the members changed (:func:`rows`). The search matches
the members' search key (:mod:`safehouse.models.search_keys`). Every order ends with the
member's id, so that pages never overlap or skip a member.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Date, Select, bindparam, case, func, or_, select
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
from safehouse.services.permissions import Action, check
from safehouse.storage.db import Database

# At most this many rows in one reading (the page asks for what fills its screen).
MAX_PAGE = 1000


def _pattern(search: str) -> str | None:
    text = fold(search.strip())
    if not text:
        return None
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _params(query: MemberQuery, on: date, **more: object) -> dict[str, Any]:
    """The values the statements below take (``on``: the day of the room shown; the
    page's ``limit`` and ``offset``, or the ids ``wanted``)."""
    return {"pattern": _pattern(query.search), "status": query.status, "on": on, **more}


def _narrowed(query: MemberQuery) -> tuple[bool, bool]:
    """(whether the search narrows, whether the status filter does)."""
    return _pattern(query.search) is not None, query.status is not None


def _text_order(dialect: str, column: Any) -> ColumnElement[Any]:
    """Text in the same order on SQLite and PostgreSQL: case-folded, by code point."""
    lowered = func.lower(column)
    return lowered.collate("C") if dialect == "postgresql" else lowered


def _room_today() -> Any:
    """Each member's room on the day ``:on``: (member_id, room)."""
    on = bindparam("on", type_=Date)
    return (select(Assignment.member_id, Room.name.label("room"))
            .join(Room, Room.id == Assignment.room_id)
            .where(Assignment.start_on <= on,
                   or_(Assignment.end_on.is_(None), Assignment.end_on > on))
            .subquery())


def _filtered(q: Select[Any], searching: bool, by_status: bool) -> Select[Any]:
    if searching:
        q = q.where(Member.search_key.like(bindparam("pattern"), escape="\\"))
    if by_status:
        q = q.where(Member.status == bindparam("status"))
    return q


# The statements are built once for each shape of query (which filters, which order) and
# take the search, the filter, the day and the page as parameters: a keystroke then
# spends its time in the database, not in building and keying the same statement again.


@lru_cache(maxsize=256)
def _order_key(dialect: str, sort: MemberSort) -> tuple[Any, ...]:
    """The order of a sort (ascending), and the room's subquery when it needs it."""
    if sort is MemberSort.ROOM:
        room = _room_today()
        return room, _text_order(dialect, func.coalesce(room.c.room, ""))
    if sort is MemberSort.JOINED:
        return None, func.coalesce(membership.latest_start(), date.min)
    keys: dict[MemberSort, tuple[Any, ...]] = {
        MemberSort.CODE: (func.length(Member.code), Member.code),
        MemberSort.NAME: (_text_order(dialect, Member.name),),
        MemberSort.ALIAS: (_text_order(dialect, Member.alias),),
        MemberSort.STATUS: (case({v: i for i, v in enumerate(STATUSES)},
                                 value=Member.status, else_=len(STATUSES)),),
    }
    return None, *keys[sort]


@lru_cache(maxsize=256)
def _ids_statement(dialect: str, sort: MemberSort, descending: bool, searching: bool,
                   by_status: bool, counted: bool, limited: bool, ranked: bool
                   ) -> Select[Any]:
    room, *key = _order_key(dialect, sort)
    key.append(Member.id)
    order = [k.desc() if descending else k.asc() for k in key]
    q = select(Member.id)
    if counted:
        q = q.add_columns(func.count().over().label("shown"))
    if ranked:
        q = q.add_columns((func.row_number().over(order_by=order) - 1).label("place"))
    q = _filtered(q, searching, by_status)
    if room is not None:
        q = q.outerjoin(room, room.c.member_id == Member.id)
    q = q.order_by(*order)
    if limited:
        q = q.limit(bindparam("limit")).offset(bindparam("offset"))
    return q


def _ids(s: Session, query: MemberQuery, *, counted: bool = False, limited: bool = True,
         ranked: bool = False) -> Select[Any]:
    """The ids of the members the query shows, in its order (only what the order needs
    is joined: the room, or the latest joining, for those columns); ``counted``: with
    how many it shows in every row; ``limited``: from ``:offset``, ``:limit`` of them;
    ``ranked``: each with its place in the list (0: first)."""
    return _ids_statement(s.get_bind().dialect.name, query.sort, query.descending,
                          *_narrowed(query), counted, limited, ranked)


def _room_of_member() -> Any:
    """The member's room on the day ``:on``, as a column of a query on ``Member``: looked
    up by her id for each row read (a page of them), where joining the rooms of everyone
    housed that day made the database gather them all first (3× the time on 10,000
    members). Her latest stay, should two overlap."""
    on = bindparam("on", type_=Date)
    return (select(Room.name)
            .join(Assignment, Assignment.room_id == Room.id)
            .where(Assignment.member_id == Member.id, Assignment.start_on <= on,
                   or_(Assignment.end_on.is_(None), Assignment.end_on > on))
            .order_by(Assignment.start_on.desc(), Assignment.id.desc())
            .limit(1)
            .correlate(Member)
            .scalar_subquery())


@lru_cache(maxsize=1)
def _summaries_statement() -> Select[Any]:
    return (select(Member.id, Member.code, Member.name, Member.alias, Member.status,
                   Member.birth_year, membership.latest_start().label("joined_on"),
                   func.coalesce(_room_of_member(), "").label("room"))
            .where(Member.id.in_(bindparam("ids", expanding=True))))


def _summaries(s: Session, ids: Sequence[int], on: date) -> list[MemberSummary]:
    """The rows of the members ``ids``, in that order."""
    if not ids:
        return []
    rows = s.execute(_summaries_statement(), {"ids": list(ids), "on": on})
    found = {row.id: _summary(row) for row in rows}
    return [found[i] for i in ids if i in found]


def _summary(row: Any) -> MemberSummary:
    return MemberSummary(id=row.id, code=row.code, name=row.name, alias=row.alias,
                         status=row.status, joined_on=row.joined_on, room=row.room,
                         birth_year=row.birth_year)


_ALL = select(func.count()).select_from(Member)


@lru_cache(maxsize=4)
def _count_statement(searching: bool, by_status: bool) -> Select[Any]:
    return _filtered(select(func.count()).select_from(Member), searching, by_status)


def _count(s: Session, query: MemberQuery) -> MemberCount:
    total = s.scalar(_ALL) or 0
    narrowed = _narrowed(query)
    if not any(narrowed):
        return MemberCount(shown=total, total=total)
    shown = s.scalar(_count_statement(*narrowed), _params(query, clock.today()))
    return MemberCount(shown=shown or 0, total=total)


def count(db: Database, actor: Actor, query: MemberQuery) -> MemberCount:
    """How many members the query shows, and how many there are."""
    with db.transaction() as s:
        check(s, actor, Action.MEMBER_VIEW)
        return _count(s, query)


def first_page(
    db: Database, actor: Actor, query: MemberQuery, *, limit: int = 200,
    on: date | None = None,
) -> MemberPage:
    """:func:`count` and the first :func:`page` in one reading (what a keystroke in the
    search asks): the ids on the first page and how many the search shows are one
    statement."""
    on = on or clock.today()
    limit = max(0, min(limit, MAX_PAGE))
    with db.transaction() as s:
        check(s, actor, Action.MEMBER_VIEW)
        if not limit:
            return MemberPage(count=_count(s, query), rows=())
        total = s.scalar(_ALL) or 0
        params = _params(query, on, limit=limit, offset=0)
        if any(_narrowed(query)):
            found = s.execute(_ids(s, query, counted=True), params).all()
            ids = [row.id for row in found]
            shown = found[0].shown if found else 0
        else:
            ids = list(s.scalars(_ids(s, query), params)) if total else []
            shown = total
        counted = MemberCount(shown=shown, total=total)
        return MemberPage(count=counted, rows=tuple(_summaries(s, ids, on)))


def page(
    db: Database, actor: Actor, query: MemberQuery, *, offset: int = 0, limit: int = 200,
    on: date | None = None,
) -> list[MemberSummary]:
    """The rows ``offset`` to ``offset + limit`` of the list the query shows (at most
    :data:`MAX_PAGE`), with the room each member is in on ``on`` (today by default)."""
    on = on or clock.today()
    limit = max(0, min(limit, MAX_PAGE))
    with db.transaction() as s:
        check(s, actor, Action.MEMBER_VIEW)
        params = _params(query, on, limit=limit, offset=max(0, offset))
        return _summaries(s, list(s.scalars(_ids(s, query), params)), on)


@lru_cache(maxsize=4)
def _shown_statement(searching: bool, by_status: bool) -> Select[Any]:
    return _filtered(select(Member.id), searching, by_status).where(
        Member.id.in_(bindparam("wanted", expanding=True)))


def rows(
    db: Database, actor: Actor, query: MemberQuery, ids: Sequence[int], *,
    on: date | None = None,
) -> list[MemberSummary]:
    """Those of the members ``ids`` that the query shows (at most :data:`MAX_PAGE`),
    read again: what a change reloads."""
    on = on or clock.today()
    wanted = list(dict.fromkeys(ids))[:MAX_PAGE]
    with db.transaction() as s:
        check(s, actor, Action.MEMBER_VIEW)
        if not wanted:
            return []
        params = _params(query, on, wanted=wanted)
        return _summaries(s, list(s.scalars(_shown_statement(*_narrowed(query)), params)), on)


def position(
    db: Database, actor: Actor, query: MemberQuery, member_id: int, *,
    on: date | None = None,
) -> int | None:
    """Where the member stands in the list the query shows (0: first); None when the
    query does not show her (found out first, by her id alone)."""
    on = on or clock.today()
    with db.transaction() as s:
        check(s, actor, Action.MEMBER_VIEW)
        params = _params(query, on, wanted=[member_id])
        if s.scalar(_shown_statement(*_narrowed(query)), params) is None:
            return None
        ranked = _ids(s, query, limited=False, ranked=True).subquery()
        place = s.scalar(select(ranked.c.place).where(ranked.c.id == member_id), params)
        return None if place is None else int(place)


# a search no member's key holds (a character of Unicode's private use area, which no
# keyboard types): it reads nothing
_NOBODY = "\ue000"


def prepare_search(db: Database, actor: Actor, query: MemberQuery) -> None:
    """Run once the statements a search in ``query``'s order and filter runs (its first
    page and whether the chosen member is still shown), with a search that finds nobody:
    the first keystroke then finds them compiled (their shapes are built and compiled on
    first use: a few milliseconds)."""
    probe = replace(query, search=_NOBODY)
    with db.transaction() as s:
        check(s, actor, Action.MEMBER_VIEW)
        params = _params(probe, clock.today(), limit=1, offset=0, wanted=[0])
        s.execute(_ids(s, probe, counted=True), params).all()  # first_page's
        s.execute(_shown_statement(*_narrowed(probe)), params).all()  # position's
