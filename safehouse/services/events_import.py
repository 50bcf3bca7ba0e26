"""The events import, streamed as the members import is
(:mod:`safehouse.services.member_import`): a large file is never whole in memory.

Pass 1 reads the file a row at a time and checks each row, in batches of :data:`BATCH`
against the database (the member codes the batch names); it keeps what later rows need,
each event of the file once (its days, kind and place, its counts, and the member codes
of who came, for the rows that must agree with it), and which of its events already
recorded it changes (their days, kind, place, counts or who came): an event the file
has as it is recorded is not corrected, not counted, not written. Pass 2, only when no
row has a problem, writes the file's new and changed events, then reads the file again
and writes who came a batch at a time, then takes away those who, by the file, did not
come. Both passes run in the caller's one transaction: the whole file is written or
nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from safehouse.errors import translate
from safehouse.models import Attendance, Event, EventKind, Member
from safehouse.services.csv_stream import TextOpener, batches, file_changed
from safehouse.services.csv_text import Problems, Table, read_date, read_int
from safehouse.services.dto.community import EventInput
from safehouse.services.events import MAX_COUNT, event_problems
from safehouse.services.member_import import member_ids
from safehouse.services.member_rules import canonical_code, code_problem

COLUMNS = ("event", "starts_on", "ends_on", "kind", "place", "member_code", "guests",
           "children")
KIND_WORDS = {"수련회": "retreat", "모임": "gathering", "교육": "training", "훈련": "training",
              "예배": "worship", "축하": "celebration", "잔치": "celebration"}
# event_problems' fields, as the file's columns
_COLUMN_OF = {"name": "event", "starts_on": "starts_on", "ends_on": "ends_on",
              "kind": "kind", "place": "place"}
BATCH = 500  # rows checked or written at a time (also under SQLite's 999 parameters)
Key = tuple[str, date]  # an event: its name and first day


@dataclass
class FileEvent:
    """An event as the file has it, gathered from its rows."""

    line: int  # its first row
    data: EventInput
    codes: dict[str, int] = field(default_factory=dict)  # member code: line
    guests: int = 0
    children: int = 0


@dataclass(frozen=True)
class EventRow:
    line: int
    key: Key
    data: EventInput
    code: str  # "" on a row of guests and children
    guests: int
    children: int


@dataclass
class Plan:
    """What pass 1 found: the rows, and each event of the file."""

    rows: int = 0
    events: dict[Key, FileEvent] = field(default_factory=dict)
    created: int = 0
    changed: set[Key] = field(default_factory=set)  # recorded events the file corrects


def read_row(line: int, cells: dict[str, str], problems: Problems) -> EventRow | None:
    """The row (None when its first day cannot be read); its problems reported."""
    found = Problems(COLUMNS)  # this row's, all of them (``problems`` may list only some)
    starts = read_date(cells["starts_on"], line, "starts_on", found)
    ends = read_date(cells["ends_on"], line, "ends_on", found)
    if starts is None and not cells["starts_on"]:
        found.add(line, "starts_on", translate("imports", "The event's first day is "
                                                          "missing."))
    kind_raw = cells["kind"].lower()
    kind = KIND_WORDS.get(kind_raw, kind_raw)
    if kind not in {k.value for k in EventKind}:
        found.add(line, "kind", translate(
            "imports", "{value} is not a kind of event; the kinds are {kinds}.").format(
            value=repr(cells["kind"]), kinds=",".join(k.value for k in EventKind)))
    counts = {}
    for name in ("guests", "children"):
        value = read_int(cells[name], line, name, found)
        if value is not None and not 0 <= value <= MAX_COUNT:
            found.add(line, name, translate(
                "imports", "The number must be from 0 to {most}.").format(most=MAX_COUNT))
        counts[name] = value or 0
    code = ""
    if cells["member_code"]:
        code = canonical_code(cells["member_code"]) or ""
        if not code:
            found.add(line, "member_code", code_problem(cells["member_code"]) or "")
    row = None
    if starts is not None:
        data = EventInput(kind=kind, name=cells["event"], starts_on=starts, ends_on=ends,
                          place=cells["place"])
        unreadable = {p.column for p in found.items}
        for err in event_problems(data):
            column = _COLUMN_OF.get(err.field or "", "")
            if column not in unreadable:
                found.add(line, column, err.message)
        row = EventRow(line, (data.name.strip(), starts), data, code, counts["guests"],
                       counts["children"])
    for p in found.items:
        problems.add(p.line, p.column, p.reason)
    return row


def _gather(row: EventRow, events: dict[Key, FileEvent], problems: Problems) -> None:
    """The row added to its event; a row that disagrees with it is reported."""
    data, starts = row.data, row.key[1]
    event = events.get(row.key)
    if event is None:
        event = events[row.key] = FileEvent(row.line, data)
    elif (event.data.ends_on or starts, event.data.kind, event.data.place.strip()) != (
            data.ends_on or starts, data.kind, data.place.strip()):
        problems.add(row.line, "", translate(
            "imports", "This event is also on line {line} with other days, kind or "
            "place; an event's rows must agree.").format(line=event.line))
    if row.code:
        if row.code in event.codes:
            problems.add(row.line, "member_code", translate(
                "imports", "{code} is also on line {line} for this event; each member "
                "comes once.").format(code=row.code, line=event.codes[row.code]))
        event.codes.setdefault(row.code, row.line)
    event.guests += row.guests
    event.children += row.children


def _rows(table: Table, problems: Problems) -> Iterator[EventRow]:
    for line, cells in table.rows():
        row = read_row(line, cells, problems)
        if row is not None:
            yield row


def check(s: Session, open_text: TextOpener, problems: Problems) -> Plan:
    """Pass 1: every row checked, alone, with the other rows of its event, and (a batch
    at a time) against the database."""
    plan = Plan()
    table = Table(open_text, COLUMNS, problems)
    for batch in batches(_rows(table, problems), BATCH):
        for row in batch:
            _gather(row, plan.events, problems)
        ids = member_ids(s, {r.code for r in batch if r.code})
        for row in batch:  # an unknown member once per event, on her first row
            if (row.code and row.code not in ids
                    and plan.events[row.key].codes[row.code] == row.line):
                problems.add(row.line, "member_code", translate(
                    "imports", "There is no member {code}.").format(code=row.code))
    plan.rows = table.count
    existing = _existing(s, plan.events)
    plan.created = len(plan.events) - len(existing)
    plan.changed = _changed(s, plan.events, existing)
    return plan


def _existing(s: Session, events: dict[Key, FileEvent]) -> dict[Key, int]:
    """The ids of the file's events already recorded."""
    found: dict[Key, int] = {}
    for days in batches(sorted({k[1] for k in events}), BATCH):
        for event_id, name, starts in s.execute(
                select(Event.id, Event.name, Event.starts_on)
                .where(Event.starts_on.in_(days))):
            if (name, starts) in events:
                found[name, starts] = event_id
    return found


def _fields(key: Key, event: FileEvent) -> tuple[object, ...]:
    """What the file says of an event, as :func:`write` would record it."""
    data = event.data
    return (data.kind, data.ends_on or key[1], data.place.strip(), event.guests,
            event.children)


def _changed(s: Session, events: dict[Key, FileEvent], existing: dict[Key, int]
             ) -> set[Key]:
    """The recorded events (``existing``) that the file has otherwise: another field,
    or other members who came."""
    key_of = {event_id: key for key, event_id in existing.items()}
    changed: set[Key] = set()
    for chunk in batches(sorted(key_of), BATCH):
        came: dict[int, set[str]] = {event_id: set() for event_id in chunk}
        for event_id, code in s.execute(
                select(Attendance.event_id, Member.code)
                .join(Member, Member.id == Attendance.member_id)
                .where(Attendance.event_id.in_(chunk))):
            came[event_id].add(code)
        for event_id, kind, ends, place, guests, children in s.execute(
                select(Event.id, Event.kind, Event.ends_on, Event.place, Event.guests,
                       Event.children).where(Event.id.in_(chunk))):
            key = key_of[event_id]
            event = events[key]
            if ((kind, ends, place, guests, children) != _fields(key, event)
                    or came[event_id] != event.codes.keys()):
                changed.add(key)
    return changed


def write(s: Session, open_text: TextOpener, plan: Plan) -> list[int]:
    """Pass 2: the new and changed events written, then who came, a batch at a time;
    the ids of the events written."""
    existing = _existing(s, plan.events)
    event_ids = {k: i for k, i in existing.items() if k in plan.changed}
    for keys in batches([k for k in plan.events if k not in existing or k in plan.changed],
                        BATCH):
        rows = {e.id: e for e in s.scalars(select(Event).where(
            Event.id.in_([event_ids[k] for k in keys if k in event_ids])))}
        for key in keys:
            event = plan.events[key]
            row = rows.get(event_ids.get(key, 0))
            if row is None:
                row = Event(name=key[0], starts_on=key[1], notes="")
                s.add(row)
            row.kind, row.place = event.data.kind, event.data.place.strip()
            row.ends_on = event.data.ends_on or key[1]
            row.guests, row.children = event.guests, event.children
            s.flush()
            event_ids[key] = row.id
        s.expunge_all()
    again = Problems(COLUMNS)
    table = Table(open_text, COLUMNS, again)
    for batch in batches(_rows(table, again), BATCH):
        write_batch(s, batch, plan, event_ids)
    if again.items or table.count != plan.rows:
        raise file_changed()
    _take_away(s, plan, event_ids)
    return [event_ids[k] for k in plan.events if k in event_ids]


def write_batch(s: Session, batch: list[EventRow], plan: Plan,
                event_ids: dict[Key, int]) -> None:
    """Who came, by a batch of rows: the attendances not recorded yet added (to the
    events written: ``event_ids``)."""
    came = [r for r in batch if r.code and r.key in event_ids]
    for row in batch:  # checked in pass 1: else the file changed since
        if row.key not in plan.events or row.code and row.code not in plan.events[
                row.key].codes:
            raise file_changed()
    if not came:
        return
    ids = member_ids(s, {r.code for r in came})
    query = select(Attendance.event_id, Attendance.member_id).where(
        Attendance.event_id.in_({event_ids[r.key] for r in came}),
        Attendance.member_id.in_(set(ids.values())))
    recorded = {(event_id, member_id) for event_id, member_id in s.execute(query)}
    for row in came:
        if row.code not in ids:
            raise file_changed()
        pair = (event_ids[row.key], ids[row.code])
        if pair not in recorded:
            s.add(Attendance(event_id=pair[0], member_id=pair[1]))
            recorded.add(pair)
    s.flush()
    s.expunge_all()  # the batch's attendances are let go


def _take_away(s: Session, plan: Plan, event_ids: dict[Key, int]) -> None:
    """The attendances of the file's events that the file does not have."""
    codes_of = {event_ids[k]: e.codes for k, e in plan.events.items() if k in event_ids}
    for chunk in batches(sorted(codes_of), BATCH):
        gone = [a for a, event_id, code in s.execute(
            select(Attendance, Attendance.event_id, Member.code)
            .join(Member, Member.id == Attendance.member_id)
            .where(Attendance.event_id.in_(chunk)))
            if code not in codes_of[event_id]]
        for attendance in gone:
            s.delete(attendance)
        s.flush()
        s.expunge_all()
