"""The week of sessions as the printed schedule shows it (a plain data object for
``services/reports/schedule.py``): Monday to Sunday, one counselor's or everyone's,
each session with its members, counselor, place and status; never notes."""

from __future__ import annotations

from datetime import date, timedelta

from safehouse.services import counselors, sessions
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import ScheduleData, ScheduleDay, ScheduleEntry
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database


def schedule_week(db: Database, actor: Actor, week: date, *,
                  counselor_id: int | None = None) -> ScheduleData:
    """The week (Monday to Sunday) that holds ``week``."""
    actor = require(db, actor, Action.SESSION_VIEW)
    first = week - timedelta(days=week.weekday())
    shown = sessions.week(db, actor, first, counselor_id=counselor_id)
    name = ""
    if counselor_id is not None:
        name = next((c.name for c in counselors.list_counselors(db, actor)
                     if c.id == counselor_id), "")
    days = []
    for offset in range(7):
        day = first + timedelta(days=offset)
        days.append(ScheduleDay(day, tuple(
            ScheduleEntry(
                starts_at=v.starts_at, ends_at=v.ends_at, kind=v.kind,
                members=tuple(f"{p.code} {p.name}" for p in v.participants),
                counselor=v.counselor_name, place=v.place_name, status=v.status,
                cancelled_by=v.cancelled_by)
            for v in shown if v.starts_at.date() == day)))
    return ScheduleData(first_day=first, last_day=first + timedelta(days=6),
                        counselor=name, days=tuple(days))
