"""The figures on the dashboard."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, or_, select

from safehouse import clock
from safehouse.models import Assignment, Member, Room
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.dashboard import DashboardFigures
from safehouse.services.membership import active_on
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database


def figures(db: Database, actor: Actor, on: date | None = None) -> DashboardFigures:
    actor = require(db, actor, Action.MEMBER_VIEW)
    on = on or clock.today()
    with db.transaction() as s:
        # the community size on the day, from the periods (membership.active_on)
        active = s.scalar(select(func.count()).select_from(Member).where(active_on(on))) or 0
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
