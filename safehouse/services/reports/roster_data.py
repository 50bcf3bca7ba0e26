"""The room roster's data: each room on a day with who is in each bed (from
:func:`safehouse.services.rooms.board`), and who moves in or out that week."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import or_, select

from safehouse import clock
from safehouse.models import Assignment
from safehouse.services import rooms
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.reports import RosterBed, RosterData, RosterMove, RosterRoom
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database


def roster_data(db: Database, actor: Actor, on: date | None = None) -> RosterData:
    """The roster of ``on`` (today by default): rooms by floor and name, each with its
    occupants by bed; the moves from Monday to Sunday of its week, by day."""
    actor = require(db, actor, Action.ROOM_VIEW)
    on = on or clock.today()
    first = on - timedelta(days=on.weekday())
    last = first + timedelta(days=6)
    board = rooms.board(db, actor, on)
    shown = tuple(
        RosterRoom(
            name=r.room.name, floor=r.room.floor, capacity=r.room.capacity,
            active=r.room.active,
            beds=tuple(RosterBed(a.bed_label, a.member_code, a.member_name, a.start_on,
                                 a.end_on) for a in r.occupants))
        for r in board)
    moves: list[RosterMove] = []
    with db.transaction() as s:
        stays = s.scalars(
            select(Assignment)
            .where(or_(Assignment.start_on.between(first, last),
                       Assignment.end_on.between(first, last))))
        for a in stays:
            if first <= a.start_on <= last:
                moves.append(RosterMove(a.start_on, a.member.code, a.member.name,
                                        a.room.name, a.bed_label, True))
            if a.end_on is not None and first <= a.end_on <= last:
                moves.append(RosterMove(a.end_on, a.member.code, a.member.name,
                                        a.room.name, a.bed_label, False))
    moves.sort(key=lambda m: (m.day, m.moving_in, m.member_code))
    return RosterData(on=on, week_start=first, week_end=last, rooms=shown,
                      moves=tuple(moves))
