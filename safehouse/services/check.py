"""``safehouse check``: is the database sound, up to date, and do the data keep the rules?

The domain rules the services enforce one change at a time are checked here again over
all data at once. Messages name member codes, room names and dates, never a name.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import exc as sa_exc
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from safehouse.errors import DatabaseError, translate
from safehouse.models import Assignment, Counter, Member, Room
from safehouse.services import audit_anchors, audit_log, membership
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.maintenance import CheckLine, CheckReport
from safehouse.services.member_rules import (
    MAX_CODE,
    MAX_CODE_NUMBER,
    canonical_code,
    code_number,
)
from safehouse.services.members import CODE_COUNTER
from safehouse.services.permissions import Action, require
from safehouse.storage import migrate
from safehouse.storage.db import Database

SHOW_AT_MOST = 5

Stay = tuple[date, date | None]


def run_checks(db: Database, actor: Actor) -> CheckReport:
    """Every check, in order; a failing check does not stop the others."""
    actor = require(db, actor, Action.CHECK)
    lines = [_integrity(db), _migrations(db), *_audit_trail(db)]
    try:
        with db.transaction() as s:
            lines.extend(domain_checks(s))
    except sa_exc.DBAPIError as err:
        lines.append(CheckLine(
            translate("check", "data rules"), False,
            translate("check", "The data could not be read ({error}).")
            .format(error=type(err.orig).__name__)))
    return CheckReport(tuple(lines))


def domain_checks(s: Session) -> list[CheckLine]:
    """The domain rules over all data, inside the caller's unit of work."""
    return [
        _member_codes(s),
        _member_dates(s),
        _member_stays(s),
        _room_capacity(s),
        _beds(s),
    ]


def _some(items: Sequence[str]) -> str:
    shown = ", ".join(items[:SHOW_AT_MOST])
    more = len(items) - SHOW_AT_MOST
    if more <= 0:
        return shown
    return translate("check", "{shown} and {more} more").format(shown=shown, more=more)


def _span(start: date, end: date | None) -> str:
    return translate("check", "{start} – {end}").format(
        start=start.isoformat(), end=end.isoformat() if end else translate("check", "open"))


# --- the database itself ----------------------------------------------------------------


def _integrity(db: Database) -> CheckLine:
    name = translate("check", "database integrity")
    try:
        with db.engine.connect() as conn:
            if not db.is_sqlite:
                conn.execute(text("SELECT 1")).scalar_one()
                return CheckLine(name, True, translate("check", "The server answers."))
            result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            if result != ["ok"]:
                return CheckLine(name, False, translate(
                    "check", "The database file is damaged: {problems}. Restore a backup.")
                    .format(problems=_some(result)))
            broken = Tally(row[0] for row in conn.exec_driver_sql("PRAGMA foreign_key_check"))
    except sa_exc.DBAPIError as err:
        return CheckLine(name, False,
                         translate("check", "The database cannot be read ({error}).")
                         .format(error=type(err.orig).__name__))
    if broken:
        where = [f"{table} ({n})" for table, n in sorted(broken.items())]
        return CheckLine(name, False,
                         translate("check", "Rows refer to rows that are gone: {tables}.")
                         .format(tables=_some(where)))
    return CheckLine(name, True,
                     translate("check", "The file is sound and every reference holds."))


def _migrations(db: Database) -> CheckLine:
    name = translate("check", "schema version")
    try:
        st = migrate.status(db)
    except DatabaseError as err:
        return CheckLine(name, False, err.message)
    except sa_exc.DBAPIError as err:
        return CheckLine(name, False,
                         translate("check", "The schema version cannot be read ({error}).")
                         .format(error=type(err.orig).__name__))
    if st.current is None:
        return CheckLine(name, False, translate(
            "check", "The database has no schema yet; run safehouse init."))
    if not st.up_to_date:
        return CheckLine(name, False, translate(
            "check", "Schema {current}; migrations to reach {head} are pending: {count}.")
            .format(current=st.current, head=st.head, count=len(st.pending)))
    return CheckLine(name, True, translate("check", "Schema {current} is the latest.")
                     .format(current=st.current))


def _audit_trail(db: Database) -> list[CheckLine]:
    """The chain, the append-only triggers, and the anchors (what may be missing since
    the newest one is said plainly)."""
    try:
        chain = audit_log.verify_links(db)
        triggers = audit_anchors.triggers(db)
        held = audit_anchors.anchor_findings(db)
    except sa_exc.DBAPIError as err:
        return [CheckLine(translate("check", "audit trail"), False,
                          translate("check", "The audit trail cannot be read ({error}).")
                          .format(error=type(err.orig).__name__))]
    return [
        CheckLine(translate("check", "audit trail"), chain.ok, chain.message),
        CheckLine(translate("check", "audit triggers"), triggers.ok, triggers.message),
        CheckLine(translate("check", "audit anchors"), held.ok,
                  " ".join(held.problems + held.notes)),
    ]


# --- members ----------------------------------------------------------------------------


def _member_codes(s: Session) -> CheckLine:
    """Codes in their one form (M-0102), none used twice however written (M-0102,
    M-00102 and M-٠١٠٢ are one code), and a counter past the highest, within range."""
    name = translate("check", "member codes")
    codes = list(s.scalars(select(Member.code).order_by(Member.code)))
    malformed = [c for c in codes if code_number(c) is None]
    same = Tally(canonical_code(c) or c for c in codes)
    twice = sorted(c for c, n in same.items() if n > 1)
    problems = []
    if malformed:
        problems.append(translate("check", "Member codes not like M-0001: {codes}.")
                        .format(codes=_some([ascii(c)[1:-1] for c in malformed])))
    if twice:
        problems.append(translate("check", "Member codes used twice (also when written "
                                           "differently, like M-0102 and M-00102): {codes}.")
                        .format(codes=_some(twice)))
    numbers = [n for n in (code_number(c) for c in codes) if n is not None]
    counter = s.get(Counter, CODE_COUNTER)
    handed_out = counter.value if counter else 0
    if handed_out > MAX_CODE_NUMBER:
        problems.append(translate(
            "check", "The member code counter stands at {counter}, beyond the highest code "
            "{highest}: no new member can be given a code.")
            .format(counter=handed_out, highest=MAX_CODE))
    elif numbers and max(numbers) > handed_out:
        problems.append(translate(
            "check", "The member code counter stands at {counter}, below the highest code "
            "{highest}, so a code could be handed out twice.")
            .format(counter=handed_out, highest=max(numbers)))
    if problems:
        return CheckLine(name, False, " ".join(problems))
    return CheckLine(name, True, translate("check", "Member codes: {count}, each "
                                                    "well-formed and unique.")
                     .format(count=len(codes)))


def _member_dates(s: Session) -> CheckLine:
    name = translate("check", "membership periods")
    bad = [f"{code} ({what})" for code, what in membership.problems(s)]
    if bad:
        return CheckLine(name, False, translate(
            "check", "Periods in the community that break a rule: {members}.")
            .format(members=_some(bad)))
    return CheckLine(name, True, translate(
        "check", "Every member's periods in the community are in order, and agree with "
        "her status."))


# --- rooms ------------------------------------------------------------------------------


def _overlapping(stays: Iterable[Stay]) -> tuple[Stay, Stay] | None:
    """The first two stays that share a night, or None."""
    ordered = sorted(stays, key=lambda st: st[0])
    for prev, cur in zip(ordered, ordered[1:], strict=False):
        if prev[1] is None or prev[1] > cur[0]:
            return prev, cur
    return None


def _member_stays(s: Session) -> CheckLine:
    name = translate("check", "room stays")
    rows = s.execute(
        select(Member.code, Assignment.start_on, Assignment.end_on)
        .join(Member, Member.id == Assignment.member_id)
    )
    by_member: dict[str, list[Stay]] = {}
    backwards: list[str] = []
    for code, start, end in rows:
        by_member.setdefault(code, []).append((start, end))
        if end is not None and end <= start:
            backwards.append(translate("check", "{code} ({span})")
                             .format(code=code, span=_span(start, end)))
    clashes = []
    for code in sorted(by_member):
        pair = _overlapping(by_member[code])
        if pair:
            clashes.append(translate("check", "{code} ({first} and {second})")
                           .format(code=code, first=_span(*pair[0]), second=_span(*pair[1])))
    problems = []
    if clashes:
        problems.append(translate("check", "Members in two rooms at once: {which}.")
                        .format(which=_some(clashes)))
    if backwards:
        problems.append(translate("check", "Members moving out before moving in: {which}.")
                        .format(which=_some(sorted(backwards))))
    if problems:
        return CheckLine(name, False, " ".join(problems))
    total = sum(len(v) for v in by_member.values())
    return CheckLine(name, True, translate("check", "Room stays: {count}; no member is in "
                                                    "two rooms at once.").format(count=total))


def _peak(stays: Iterable[Stay]) -> tuple[int, date | None]:
    """The most people in a room on any day, and the first such day."""
    events: list[tuple[date, int]] = []
    for start, end in stays:
        events.append((start, 1))
        if end is not None:
            events.append((end, -1))
    events.sort()  # on one day, leaving (-1) comes before arriving (+1)
    now = best = 0
    best_day: date | None = None
    for day, delta in events:
        now += delta
        if now > best:
            best, best_day = now, day
    return best, best_day


def _room_capacity(s: Session) -> CheckLine:
    name = translate("check", "room capacity")
    rooms = {r.id: r for r in s.scalars(select(Room))}
    by_room: dict[int, list[Stay]] = {}
    for room_id, start, end in s.execute(
        select(Assignment.room_id, Assignment.start_on, Assignment.end_on)
    ):
        by_room.setdefault(room_id, []).append((start, end))
    over = []
    for room_id in sorted(by_room, key=lambda rid: rooms[rid].name):
        room = rooms[room_id]
        peak, day = _peak(by_room[room_id])
        if peak > room.capacity and day is not None:
            over.append(translate("check", "{room} holds {peak} on {day} with {beds} beds")
                        .format(room=room.name, peak=peak, day=day.isoformat(),
                                beds=room.capacity))
    if over:
        return CheckLine(name, False, translate("check", "Rooms over capacity: {rooms}.")
                         .format(rooms=_some(over)))
    return CheckLine(name, True, translate("check", "Rooms: {count}; none ever holds more "
                                                    "people than it has beds.")
                     .format(count=len(rooms)))


def _beds(s: Session) -> CheckLine:
    name = translate("check", "beds")
    by_bed: dict[tuple[str, str], list[Stay]] = {}
    for room, bed, start, end in s.execute(
        select(Room.name, Assignment.bed_label, Assignment.start_on, Assignment.end_on)
        .join(Room, Room.id == Assignment.room_id)
        .where(Assignment.bed_label != "")
    ):
        by_bed.setdefault((room, bed), []).append((start, end))
    twice = [
        translate("check", "room {room} bed {bed} ({day})")
        .format(room=room, bed=bed, day=pair[1][0].isoformat())
        for (room, bed), stays in sorted(by_bed.items())
        if (pair := _overlapping(stays)) is not None
    ]
    if twice:
        return CheckLine(name, False,
                         translate("check", "Beds given to two people at once: {beds}.")
                         .format(beds=_some(twice)))
    return CheckLine(name, True, translate("check", "No bed is given to two people at once."))
