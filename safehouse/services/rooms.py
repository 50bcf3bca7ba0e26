"""Rooms, beds and who stays where, with the whole history kept.

An assignment covers the nights from ``start_on`` up to, not including, ``end_on``.
The rules: one open assignment per member; a member's assignments never overlap; a
room never holds more people than its capacity on any day; a bed label is not given to
two people at once; an end is after its start. A stay with a planned move-out date can
still be moved, ended earlier or later, or have the date cancelled (:func:`change_end`).
The safety rules (keep-away pairs apart, children with an adult of their household) are
in :mod:`safehouse.services.housing_rules`: a change they warn about is made only with
``confirm_warnings=True`` (else ``NeedsConfirmation``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import ConflictError, NotFound, ValidationError, translate
from safehouse.models import Assignment, Member, MemberStatus, Room
from safehouse.services import audit, housing_rules, membership
from safehouse.services import stay_refusals as refusals
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.housing import AssignmentInfo, HousingWarning, RoomOccupancy
from safehouse.services.dto.people import MemberSummary
from safehouse.services.input_rules import check_date, check_text
from safehouse.services.members import get_by_id
from safehouse.services.permissions import Action, require
from safehouse.services.room_setup import (
    MAX_CAPACITY as MAX_CAPACITY,
)
from safehouse.services.room_setup import busiest_day, get_room, room_info
from safehouse.services.room_setup import create_room as create_room
from safehouse.services.room_setup import list_rooms as list_rooms
from safehouse.services.room_setup import update_room as update_room
from safehouse.storage.db import Database


def _assignment_info(a: Assignment) -> AssignmentInfo:
    return AssignmentInfo(
        id=a.id,
        member_id=a.member_id,
        member_code=a.member.code,
        member_name=a.member.name,
        room_id=a.room_id,
        room_name=a.room.name,
        bed_label=a.bed_label,
        start_on=a.start_on,
        end_on=a.end_on,
    )


def _overlaps(start: date, end: date | None):  # type: ignore[no-untyped-def]
    """SQL condition: an assignment overlapping the nights [start, end)."""
    cond = or_(Assignment.end_on.is_(None), Assignment.end_on > start)
    if end is not None:
        cond = and_(cond, Assignment.start_on < end)
    return cond


def _on_day(day: date):  # type: ignore[no-untyped-def]
    return and_(
        Assignment.start_on <= day,
        or_(Assignment.end_on.is_(None), Assignment.end_on > day),
    )


# --- occupancy -------------------------------------------------------------------------


def board(db: Database, actor: Actor, on: date | None = None) -> list[RoomOccupancy]:
    """Every room (closed ones only when someone was in them) with who is in it on ``on``."""
    actor = require(db, actor, Action.ROOM_VIEW)
    on = on or clock.today()
    with db.transaction() as s:
        rows = s.scalars(
            select(Assignment).where(_on_day(on)).order_by(Assignment.bed_label,
                                                           Assignment.start_on)
        )
        stays = list(rows)
        marks = housing_rules.board_marks(s, actor, stays)
        by_room: dict[int, list[AssignmentInfo]] = {}
        for a in stays:
            by_room.setdefault(a.room_id, []).append(
                replace(_assignment_info(a), keep_apart=marks.get(a.id, ())))
        return [
            RoomOccupancy(room=room_info(r), occupants=tuple(by_room.get(r.id, ())))
            for r in s.scalars(select(Room).order_by(Room.floor, Room.name))
            if r.active or r.id in by_room
        ]


def room_history(db: Database, actor: Actor, member_id: int) -> list[AssignmentInfo]:
    """A member's stays, newest first."""
    actor = require(db, actor, Action.ROOM_VIEW)
    with db.transaction() as s:
        return stays_of(s, member_id)


def stays_of(s: Session, member_id: int) -> list[AssignmentInfo]:
    """:func:`room_history` in the unit of work ``s`` (the right checked)."""
    get_by_id(s, member_id)
    rows = s.scalars(select(Assignment).where(Assignment.member_id == member_id)
                     .order_by(Assignment.start_on.desc()))
    return [_assignment_info(a) for a in rows]


def room_of(db: Database, actor: Actor, member_id: int, on: date | None = None
            ) -> AssignmentInfo | None:
    actor = require(db, actor, Action.ROOM_VIEW)
    on = on or clock.today()
    with db.transaction() as s:
        a = s.scalar(select(Assignment).where(Assignment.member_id == member_id, _on_day(on)))
        return _assignment_info(a) if a else None


def members_without_room(db: Database, actor: Actor, on: date | None = None
                         ) -> list[MemberSummary]:
    """Members in the community on ``on`` (membership.active_on) and enquiries, with no
    room on that day: who can be given a bed."""
    actor = require(db, actor, Action.ROOM_VIEW)
    on = on or clock.today()
    with db.transaction() as s:
        housed = select(Assignment.member_id).where(_on_day(on))
        rows = s.execute(
            select(Member, membership.latest_start())
            .where(or_(membership.active_on(on), Member.status == MemberStatus.ENQUIRY.value))
            .where(Member.id.not_in(housed))
            .order_by(Member.code)
        )
        return [
            MemberSummary(id=m.id, code=m.code, name=m.name, alias=m.alias, status=m.status,
                          joined_on=joined_on, room="")
            for m, joined_on in rows
        ]


# --- changes ---------------------------------------------------------------------------


def _member(s: Session, member_id: int) -> Member:
    """The member, her row locked (after the room's: always in that order), so that
    two stays for her at once are checked one after the other."""
    s.get(Member, member_id, with_for_update=True)
    return get_by_id(s, member_id)


def _check_dates(start: date, end: date | None) -> None:
    check_date(start, "start_on")
    check_date(end, "end_on")
    if end is not None and end <= start:
        raise ValidationError(
            translate("errors", "The move-out date {end} must be after the move-in date "
                      "{start}.").format(end=end.isoformat(), start=start.isoformat()),
            field="end_on",
        )


def end_problem(start_on: date, end_on: date | None) -> ValidationError | None:
    """What is wrong with ending a stay begun on ``start_on`` on ``end_on`` (None: no
    end), for a form to say as it is typed; None when nothing is."""
    try:
        _check_dates(start_on, end_on)
    except ValidationError as exc:
        return exc
    return None


def _check_member_free(
    s: Session, member: Member, start: date, end: date | None, ignore: int | None = None
) -> None:
    q = select(Assignment).where(Assignment.member_id == member.id, _overlaps(start, end))
    if ignore is not None:
        q = q.where(Assignment.id != ignore)
    clash = s.scalar(q.order_by(Assignment.start_on))
    if clash is not None:
        raise refusals.member_not_free(member.code, clash, start, end)


def _check_room_has_space(
    s: Session, actor: Actor, room: Room, start: date, end: date | None, bed_label: str,
    ignore: int | None = None,
) -> None:
    if not room.active:
        raise ConflictError(translate("errors", "Room {room} is closed.")
                            .format(room=room.name))
    q = select(Assignment).where(Assignment.room_id == room.id, _overlaps(start, end))
    if ignore is not None:
        q = q.where(Assignment.id != ignore)
    others = list(s.scalars(q))
    day, peak = busiest_day(others, start, end)
    if peak + 1 > room.capacity:
        raise ConflictError(translate(
            "errors", "Room {room} is full on {day}: {taken} of {capacity} beds are taken. "
            "Choose another room or another date."
        ).format(room=room.name, day=day.isoformat(), taken=peak, capacity=room.capacity))
    if bed_label:
        for other in others:
            if other.bed_label == bed_label:
                raise refusals.bed_taken(actor, other)


def _clean_bed(bed_label: str) -> str:
    bed_label = bed_label.strip()
    check_text(bed_label, "bed_label")
    if len(bed_label) > 20:
        raise ValidationError(translate("errors", "The bed label is longer than {count} "
                                        "characters.").format(count=20), field="bed_label")
    return bed_label


def assign(
    db: Database,
    actor: Actor,
    member_id: int,
    room_id: int,
    start_on: date,
    *,
    bed_label: str = "",
    end_on: date | None = None,
    confirm_warnings: bool = False,
) -> AssignmentInfo:
    """Give a member a bed in a room from ``start_on`` (to ``end_on``, or open)."""
    actor = require(db, actor, Action.ASSIGNMENT_EDIT)
    bed_label = _clean_bed(bed_label)
    _check_dates(start_on, end_on)
    with db.transaction() as s:
        room = get_room(s, room_id, lock=True)
        member = _member(s, member_id)
        info = _open_stay(s, actor, member, room, start_on, end_on, bed_label,
                          AuditAction.ASSIGNMENT_CREATE, [], confirm_warnings)
    db.notify(Change(ChangeKind.ASSIGNMENT, (info.id,)))
    return info


def _open_stay(s: Session, actor: Actor, member: Member, room: Room, start_on: date,
               end_on: date | None, bed_label: str, action: AuditAction,
               warnings: list[HousingWarning], confirm_warnings: bool) -> AssignmentInfo:
    """Her new stay in ``room`` from ``start_on`` (to ``end_on``, or open), checked as
    every new stay is (her other stays, the room's capacity and the bed, the safety
    rules) and audited as ``action``; the safety warnings, with the ``warnings`` found
    before, asked about once and recorded when accepted."""
    _check_member_free(s, member, start_on, end_on)
    _check_room_has_space(s, actor, room, start_on, end_on, bed_label)
    warnings = warnings + housing_rules.check_stay(s, actor, member, room, start_on, end_on)
    housing_rules.ask(warnings, confirm_warnings)
    a = Assignment(member_id=member.id, room_id=room.id, bed_label=bed_label,
                   start_on=start_on, end_on=end_on)
    s.add(a)
    s.flush()
    s.refresh(a)
    audit.record(s, actor, action, entity="assignment", entity_id=a.id, member_id=member.id)
    housing_rules.record_accepted(s, actor, warnings, a)
    return _assignment_info(a)


def _stay_to_leave(s: Session, member: Member) -> Assignment:
    """The stay a move-out ends: her open stay, else the last one not over yet (a
    planned move-out date still to come)."""
    rows = list(s.scalars(
        select(Assignment)
        .where(Assignment.member_id == member.id,
               or_(Assignment.end_on.is_(None), Assignment.end_on > clock.today()))
        .order_by(Assignment.start_on.desc())
    ))
    a = next((r for r in rows if r.end_on is None), rows[0] if rows else None)
    if a is None:
        raise ConflictError(translate("errors", "{code} has no room at the moment.")
                            .format(code=member.code))
    return a


def _stay_to_move(s: Session, member: Member, on: date) -> Assignment:
    """The stay a move on ``on`` ends: the one not over yet that she is in on the night
    of ``on`` and began before it; else (to say what is wrong) the stay she would
    leave."""
    a = s.scalar(
        select(Assignment)
        .where(Assignment.member_id == member.id, Assignment.start_on < on,
               or_(Assignment.end_on.is_(None),
                   and_(Assignment.end_on > on, Assignment.end_on > clock.today())))
    )
    return a if a is not None else _stay_to_leave(s, member)


def move(
    db: Database,
    actor: Actor,
    member_id: int,
    room_id: int,
    on: date,
    *,
    bed_label: str = "",
    confirm_warnings: bool = False,
) -> AssignmentInfo:
    """Move a member from her current room to another on ``on``; one transaction. A
    planned move-out date goes with her to the new room."""
    actor = require(db, actor, Action.ASSIGNMENT_EDIT)
    bed_label = _clean_bed(bed_label)
    check_date(on, "on")
    with db.transaction() as s:
        room = get_room(s, room_id, lock=True)
        member = _member(s, member_id)
        current = _stay_to_move(s, member, on)
        if current.room_id == room_id and current.bed_label == bed_label:
            raise ConflictError(translate("errors", "{code} is already in room {room}.")
                                .format(code=member.code, room=room.name))
        if on <= current.start_on:
            raise ValidationError(
                translate("errors", "The move date {day} must be after she moved into room "
                          "{room} on {moved_in}.")
                .format(day=on.isoformat(), room=current.room.name,
                        moved_in=current.start_on.isoformat()),
                field="on",
            )
        planned_end = current.end_on
        if planned_end is not None and on >= planned_end:
            raise ValidationError(
                translate("errors", "The move date {day} must be before she moves out of "
                          "room {room} on {end}. Change her move-out date first if she "
                          "stays longer.")
                .format(day=on.isoformat(), room=current.room.name,
                        end=planned_end.isoformat()),
                field="on",
            )
        warnings = ([] if current.room_id == room_id
                    else housing_rules.check_leaving(s, member, current, on))
        current.end_on = on
        s.flush()
        info = _open_stay(s, actor, member, room, on, planned_end, bed_label,
                          AuditAction.ASSIGNMENT_MOVE, warnings, confirm_warnings)
    db.notify(Change(ChangeKind.ASSIGNMENT, (info.id,)))
    return info


def _set_end(s: Session, actor: Actor, stay: Assignment, end_on: date | None,
             confirm_warnings: bool) -> AssignmentInfo:
    """Give ``stay`` a new end (None: open): the nights it gains are checked like a new
    stay's, and leaving sooner like a move-out (the safety warnings asked about)."""
    _check_dates(stay.start_on, end_on)
    old = stay.end_on
    warnings: list[HousingWarning] = []
    if end_on is not None and (old is None or end_on < old):  # she leaves sooner
        warnings = housing_rules.check_leaving(s, stay.member, stay, end_on)
    if end_on is None or (old is not None and end_on > old):  # she stays longer
        _check_member_free(s, stay.member, stay.start_on, end_on, ignore=stay.id)
        room = get_room(s, stay.room_id, lock=True)
        _check_room_has_space(s, actor, room, stay.start_on, end_on, stay.bed_label,
                              ignore=stay.id)
        warnings += housing_rules.check_stay(s, actor, stay.member, room,
                                             old or stay.start_on, end_on)
    housing_rules.ask(warnings, confirm_warnings)
    stay.end_on = end_on
    s.flush()
    audit.record(s, actor, AuditAction.ASSIGNMENT_END, entity="assignment",
                 entity_id=stay.id, member_id=stay.member_id, fields=["end_on"])
    housing_rules.record_accepted(s, actor, warnings, stay)
    return _assignment_info(stay)


def move_out(db: Database, actor: Actor, member_id: int, on: date, *,
             confirm_warnings: bool = False) -> AssignmentInfo:
    """End a member's current stay on ``on`` (the day she leaves the room); a planned
    move-out date is moved, earlier or later."""
    actor = require(db, actor, Action.ASSIGNMENT_EDIT)
    with db.transaction() as s:
        member = get_by_id(s, member_id)
        info = _set_end(s, actor, _stay_to_leave(s, member), on, confirm_warnings)
    db.notify(Change(ChangeKind.ASSIGNMENT, (info.id,)))
    return info


def change_end(db: Database, actor: Actor, assignment_id: int, end_on: date | None, *,
               confirm_warnings: bool = False) -> AssignmentInfo:
    """Change when a stay that is not over yet ends: earlier, later, or (``None``) not
    at all — a planned move-out cancelled. The nights it gains are checked like a new
    stay's (her other stays, the room's capacity and the bed, the safety rules)."""
    actor = require(db, actor, Action.ASSIGNMENT_EDIT)
    with db.transaction() as s:
        stay = s.get(Assignment, assignment_id)
        if stay is None:
            raise NotFound(translate("errors", "This stay no longer exists."))
        if stay.end_on is not None and stay.end_on <= clock.today():
            raise ConflictError(translate(
                "errors", "This stay ended on {end}; a past stay is kept as it was."
            ).format(end=stay.end_on.isoformat()))
        info = _set_end(s, actor, stay, end_on, confirm_warnings)
    db.notify(Change(ChangeKind.ASSIGNMENT, (info.id,)))
    return info
