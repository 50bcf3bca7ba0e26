"""The rooms themselves: their list, and creating, editing and closing them (name,
floor, capacity in beds). Who stays in them is in :mod:`safehouse.services.rooms`,
which also offers these functions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import ConflictError, NotFound, ValidationError, translate
from safehouse.models import Assignment, Room
from safehouse.services import audit, versions
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.housing import RoomInfo
from safehouse.services.input_rules import check_text
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

MAX_CAPACITY = 50


def room_info(r: Room) -> RoomInfo:
    return RoomInfo(id=r.id, name=r.name, floor=r.floor, capacity=r.capacity, active=r.active,
                    version=r.version)


def _seen(r: RoomInfo) -> dict[str, object]:
    return {"name": r.name, "floor": r.floor, "capacity": r.capacity, "active": r.active}


def _validate_room(name: str, floor: int, capacity: int) -> None:
    check_text(name, "name")
    if not name.strip():
        raise ValidationError(translate("errors", "A room needs a name."), field="name")
    if len(name) > 100:
        raise ValidationError(translate("errors", "The room's name is longer than {count} "
                                        "characters.").format(count=100), field="name")
    if not -5 <= floor <= 100:
        raise ValidationError(translate("errors", "The floor must be between {low} and "
                                        "{high}.").format(low=-5, high=100), field="floor")
    if not 1 <= capacity <= MAX_CAPACITY:
        raise ValidationError(translate("errors", "The capacity must be between 1 and "
                                        "{high} beds.").format(high=MAX_CAPACITY),
                              field="capacity")


def list_rooms(db: Database, actor: Actor, *, include_inactive: bool = True) -> list[RoomInfo]:
    actor = require(db, actor, Action.ROOM_VIEW)
    with db.transaction() as s:
        q = select(Room).order_by(Room.floor, Room.name)
        if not include_inactive:
            q = q.where(Room.active.is_(True))
        return [room_info(r) for r in s.scalars(q)]


def create_room(db: Database, actor: Actor, *, name: str, floor: int, capacity: int) -> RoomInfo:
    actor = require(db, actor, Action.ROOM_EDIT)
    _validate_room(name, floor, capacity)
    with db.transaction() as s:
        if s.scalar(select(Room.id).where(Room.name == name.strip())) is not None:
            raise ConflictError(translate("errors", "There is already a room called {name}.")
                                .format(name=repr(name.strip())))
        room = Room(name=name.strip(), floor=floor, capacity=capacity, active=True)
        s.add(room)
        s.flush()
        audit.record(s, actor, AuditAction.ROOM_CREATE, entity="room", entity_id=room.id)
        info = room_info(room)
    db.notify(Change(ChangeKind.ROOM, (info.id,)))
    return info


def update_room(
    db: Database,
    actor: Actor,
    room_id: int,
    *,
    name: str,
    floor: int,
    capacity: int,
    active: bool,
    read: RoomInfo | None = None,
) -> RoomInfo:
    """Save a room. ``read``: the room as the form showed it; when someone else saved
    it since, nothing is saved (``StaleRecord``: :mod:`safehouse.services.versions`)."""
    actor = require(db, actor, Action.ROOM_EDIT)
    _validate_room(name, floor, capacity)
    with db.transaction() as s:
        room = get_room(s, room_id, lock=True)
        if read is not None:
            now = room_info(room)
            versions.check(room.version, read.version, _seen(read), _seen(now), lambda: now)
        clash = s.scalar(select(Room.id).where(Room.name == name.strip(), Room.id != room_id))
        if clash is not None:
            raise ConflictError(translate("errors", "There is already a room called {name}.")
                                .format(name=repr(name.strip())))
        today = clock.today()
        current = list(
            s.scalars(
                select(Assignment).where(
                    Assignment.room_id == room_id,
                    or_(Assignment.end_on.is_(None), Assignment.end_on > today),
                )
            )
        )
        if capacity < room.capacity:
            peak_day, peak = busiest_day(current, today, None)
            if peak > capacity:
                raise ConflictError(translate(
                    "errors", "Room {room} holds {peak} people on {day}; its capacity "
                    "cannot go down to {capacity}."
                ).format(room=room.name, peak=peak, day=peak_day.isoformat(),
                         capacity=capacity))
        if not active and current:
            raise ConflictError(translate(
                "errors", "Room {room} has people in it today or booked for later; "
                "move them out before closing the room."
            ).format(room=room.name))
        changed = [
            f
            for f, old, new in (
                ("name", room.name, name.strip()),
                ("floor", room.floor, floor),
                ("capacity", room.capacity, capacity),
                ("active", room.active, active),
            )
            if old != new
        ]
        room.name, room.floor, room.capacity, room.active = name.strip(), floor, capacity, active
        audit.record(s, actor, AuditAction.ROOM_UPDATE, entity="room", entity_id=room.id,
                     fields=changed)
        s.flush()
        info = room_info(room)
    db.notify(Change(ChangeKind.ROOM, (room_id,)))
    return info


def get_room(s: Session, room_id: int, *, lock: bool = False) -> Room:
    """The room; ``lock``: taken for writing (PostgreSQL: its row locked; SQLite: the
    write lock), so that two stays or two saves of it are checked one after the other."""
    missing = translate("errors", "This room no longer exists.")
    if lock:
        return versions.hold(s, Room, room_id, missing)
    room = s.get(Room, room_id)
    if room is None:
        raise NotFound(missing)
    return room


def busiest_day(
    assignments: list[Assignment], start: date, end: date | None
) -> tuple[date, int]:
    """The busiest day within [start, end) and how many are in the room then.

    Occupancy only rises on a start day, so only those days (and ``start``) are counted.
    """
    days = {start} | {
        a.start_on for a in assignments if a.start_on > start and (end is None or a.start_on < end)
    }
    best_day, best = start, 0
    for day in sorted(days):
        n = sum(
            1 for a in assignments
            if a.start_on <= day and (a.end_on is None or a.end_on > day)
        )
        if n > best:
            best_day, best = day, n
    return best_day, best


