"""Events to and from CSV: ``event,starts_on,ends_on,kind,place,member_code,guests,
children``, one row per member who came; a row with no member code carries the number
of guests and children who are not members (the counts of an event's rows add up).

An event is known by its name and first day: a file's event that is already recorded is
corrected (its days, kind and place, and who came, as the file says); another is added.
Import reads what the members import reads (UTF-8 with or without BOM, UTF-16 with a
BOM, CP949 as Korean Excel writes it), checks every row first and writes all or nothing.
Export writes UTF-8 with a BOM and defuses cells a spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import translate
from safehouse.models import Attendance, Event, EventKind, Member
from safehouse.services import audit
from safehouse.services.csv_text import (
    Problems,
    Table,
    UndecodableError,
    decode,
    escape_cell,
    read_date,
    read_int,
)
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.community import EventInput
from safehouse.services.dto.exports import ExportFile, ExportKind
from safehouse.services.dto.imports import ImportResult
from safehouse.services.events import MAX_COUNT, event_problems
from safehouse.services.exports import suggested_name
from safehouse.services.member_rules import canonical_code, code_problem
from safehouse.services.members import lock_imports
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

COLUMNS = ("event", "starts_on", "ends_on", "kind", "place", "member_code", "guests",
           "children")
KIND_WORDS = {"수련회": "retreat", "모임": "gathering", "교육": "training", "훈련": "training",
              "예배": "worship", "축하": "celebration", "잔치": "celebration"}
# event_problems' fields, as the file's columns
_COLUMN_OF = {"name": "event", "starts_on": "starts_on", "ends_on": "ends_on",
              "kind": "kind", "place": "place"}


@dataclass
class _Event:
    line: int  # its first row
    data: EventInput
    codes: dict[str, int] = field(default_factory=dict)  # member code: line
    guests: int = 0
    children: int = 0


def _read_row(line: int, cells: dict[str, str], problems: Problems,
              found: dict[tuple[str, date], _Event]) -> None:
    before = len(problems.items)
    starts = read_date(cells["starts_on"], line, "starts_on", problems)
    ends = read_date(cells["ends_on"], line, "ends_on", problems)
    if starts is None and not cells["starts_on"]:
        problems.add(line, "starts_on", translate("imports", "The event's first day is "
                                                             "missing."))
    kind_raw = cells["kind"].lower()
    kind = KIND_WORDS.get(kind_raw, kind_raw)
    if kind not in {k.value for k in EventKind}:
        problems.add(line, "kind", translate(
            "imports", "{value} is not a kind of event; the kinds are {kinds}.").format(
            value=repr(cells["kind"]), kinds=",".join(k.value for k in EventKind)))
    counts = {}
    for name in ("guests", "children"):
        value = read_int(cells[name], line, name, problems)
        if value is not None and not 0 <= value <= MAX_COUNT:
            problems.add(line, name, translate(
                "imports", "The number must be from 0 to {most}.").format(most=MAX_COUNT))
        counts[name] = value or 0
    code = ""
    if cells["member_code"]:
        code = canonical_code(cells["member_code"]) or ""
        if not code:
            problems.add(line, "member_code", code_problem(cells["member_code"]) or "")
    if starts is None:
        return
    data = EventInput(kind=kind, name=cells["event"], starts_on=starts, ends_on=ends,
                      place=cells["place"])
    unreadable = {p.column for p in problems.items[before:]}
    for err in event_problems(data):
        column = _COLUMN_OF.get(err.field or "", "")
        if column not in unreadable:
            problems.add(line, column, err.message)
    key = (data.name.strip(), starts)
    event = found.get(key)
    if event is None:
        event = found[key] = _Event(line, data)
    elif (event.data.ends_on or starts, event.data.kind, event.data.place.strip()) != (
            ends or starts, kind, data.place.strip()):
        problems.add(line, "", translate(
            "imports", "This event is also on line {line} with other days, kind or "
            "place; an event's rows must agree.").format(line=event.line))
    if code:
        if code in event.codes:
            problems.add(line, "member_code", translate(
                "imports", "{code} is also on line {line} for this event; each member "
                "comes once.").format(code=code, line=event.codes[code]))
        event.codes.setdefault(code, line)
    event.guests += counts["guests"]
    event.children += counts["children"]


def _parse(text: str, problems: Problems) -> tuple[dict[tuple[str, date], _Event], int]:
    found: dict[tuple[str, date], _Event] = {}
    table = Table(text, COLUMNS, problems)
    for line, cells in table.rows():
        _read_row(line, cells, problems, found)
    return found, table.count


def import_events(db: Database, actor: Actor, data: bytes, *, dry_run: bool = False
                  ) -> ImportResult:
    """Check every row; if all are valid (and not ``dry_run``), write every event and
    its attendance at once. ``created``/``updated`` count events."""
    actor = require(db, actor, Action.IMPORT)
    problems = Problems(COLUMNS)
    try:
        text = decode(data)
    except UndecodableError as err:
        problems.add(err.line, "", err.reason)
        return ImportResult(rows=0, created=0, updated=0, problems=problems.sorted(),
                            dry_run=dry_run)
    found, count = _parse(text, problems)

    def result(created: int = 0, updated: int = 0) -> ImportResult:
        return ImportResult(rows=count, created=created, updated=updated,
                            problems=problems.sorted(), dry_run=dry_run)

    if problems.items or not found:
        return result()
    changed: list[int] = []
    with db.transaction() as s:
        if not dry_run:  # another import waits (or is refused) until this one is done
            lock_imports(s)
        codes = {c for e in found.values() for c in e.codes}
        ids = dict(s.execute(select(Member.code, Member.id).where(Member.code.in_(codes)))
                   .all()) if codes else {}
        for event in found.values():
            for code, line in event.codes.items():
                if code not in ids:
                    problems.add(line, "member_code", translate(
                        "imports", "There is no member {code}.").format(code=code))
        if problems.items:
            return result()
        existing = {(e.name, e.starts_on): e for e in s.scalars(
            select(Event).where(Event.starts_on.in_({k[1] for k in found})))}
        created = sum(1 for k in found if k not in existing)
        if dry_run:
            return result(created, len(found) - created)
        for key, event in found.items():
            row = existing.get(key)
            if row is None:
                row = Event(name=key[0], starts_on=key[1], notes="")
                s.add(row)
            row.kind, row.place = event.data.kind, event.data.place.strip()
            row.ends_on = event.data.ends_on or key[1]
            row.guests, row.children = event.guests, event.children
            s.flush()
            wanted = {ids[c] for c in event.codes}
            present = {a.member_id: a for a in row.attendances}
            for member_id, attendance in present.items():
                if member_id not in wanted:
                    row.attendances.remove(attendance)
            for member_id in sorted(wanted - set(present)):
                row.attendances.append(Attendance(member_id=member_id))
            changed.append(row.id)
        s.flush()
        audit.record(s, actor, AuditAction.EVENT_IMPORT, entity="event",
                     fields=[f"events={len(found)}"])
    db.notify(Change(ChangeKind.EVENT, tuple(changed)))
    return result(created, len(found) - created)


def export_events(db: Database, actor: Actor, *, year: int | None = None) -> ExportFile:
    """Every event (of ``year``, or all) as CSV: a row per member who came, then a row
    with the guests and children; to be written and audited by ``exports.save``."""
    actor = require(db, actor, Action.EXPORT)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    query = select(Event).order_by(Event.starts_on, Event.name, Event.id)
    if year is not None:
        query = query.where(Event.starts_on >= date(year, 1, 1),
                            Event.starts_on <= date(year, 12, 31))
    rows = 0
    with db.transaction() as s:
        came: dict[int, list[str]] = {}
        for event_id, code in s.execute(
                select(Attendance.event_id, Member.code)
                .join(Member, Member.id == Attendance.member_id).order_by(Member.code)):
            came.setdefault(event_id, []).append(code)
        for e in s.scalars(query):
            first = (e.name, e.starts_on.isoformat(), e.ends_on.isoformat(), e.kind, e.place)
            for code in came.get(e.id, []):
                writer.writerow([escape_cell(c) for c in (*first, code, "", "")])
                rows += 1
            writer.writerow([escape_cell(c) for c in (*first, "", str(e.guests),
                                                      str(e.children))])
            rows += 1
    filters = ("year",) if year is not None else ()
    return ExportFile(kind=ExportKind.EVENTS, suggested_name=suggested_name(ExportKind.EVENTS),
                      data=out.getvalue().encode("utf-8-sig"), rows=rows, filters=filters)


def describe(result: ImportResult) -> str:
    """One line for the person who ran the import."""
    text = (translate("imports", "{rows} rows checked: {created} new events would be "
                                 "added, {updated} would be corrected.")
            if result.dry_run else
            translate("imports", "{rows} rows checked: {created} new events were added, "
                                 "{updated} were corrected."))
    return text.format(rows=result.rows, created=result.created, updated=result.updated)
