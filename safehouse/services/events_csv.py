"""Events to and from CSV: ``event,starts_on,ends_on,kind,place,member_code,guests,
children``, one row per member who came; a row with no member code carries the number
of guests and children who are not members (the counts of an event's rows add up).

An event is known by its name and first day: a file's event that is already recorded is
corrected (its days, kind and place, and who came, as the file says) when the file has
it otherwise, and left alone (not counted) when not; another is added.
Import reads what the members import reads (UTF-8 with or without BOM, UTF-16 with a
BOM, CP949 as Korean Excel writes it), as a stream, twice: checks every row first, then
writes all in one transaction, or nothing (:mod:`safehouse.services.events_import`).
Export writes UTF-8 with a BOM and defuses cells a spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from sqlalchemy import select

from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import translate
from safehouse.models import Attendance, Event, Member
from safehouse.services import audit, events_import
from safehouse.services.csv_stream import Source, StreamedFile
from safehouse.services.csv_text import Problems, UndecodableError, escape_cell
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.exports import ExportFile, ExportKind
from safehouse.services.dto.imports import ImportResult
from safehouse.services.events_import import COLUMNS as COLUMNS
from safehouse.services.exports import suggested_name
from safehouse.services.member_csv import MAX_LISTED
from safehouse.services.members import lock_imports
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database


def import_events(db: Database, actor: Actor, data: Source, *, dry_run: bool = False
                  ) -> ImportResult:
    """Check every row; if all are valid (and not ``dry_run``), write every event and
    its attendance in one transaction. ``data``: the file's bytes or its path (read as
    a stream, twice: :mod:`safehouse.services.events_import`). ``created``/``updated``
    count events (``updated``: those the file changes); a file that changes nothing
    writes nothing and is not audited."""
    actor = require(db, actor, Action.IMPORT)
    problems = Problems(COLUMNS, limit=MAX_LISTED)
    plan = events_import.Plan()

    def result(created: int = 0, updated: int = 0) -> ImportResult:
        return ImportResult(rows=plan.rows, created=created, updated=updated,
                            problems=problems.sorted(), dry_run=dry_run,
                            more_problems=problems.more)

    try:
        file = StreamedFile.of(data)
    except UndecodableError as err:
        problems.add(err.line, "", err.reason)
        return result()
    with db.transaction() as s:
        if not dry_run:  # another import waits (or is refused) until this one is done
            lock_imports(s)
        plan = events_import.check(s, file.open_text, problems)
        updated = len(plan.changed)  # an event the file has as it is: not corrected
        if (problems.items or problems.more or dry_run
                or not plan.created and not updated):  # nothing to write, nor to audit
            return result() if problems.items else result(plan.created, updated)
        changed = events_import.write(s, file.open_text, plan)
        file.ensure_unchanged()  # what was written may not be what was checked
        audit.record(s, actor, AuditAction.EVENT_IMPORT, entity="event",
                     fields=[f"events={len(changed)}"])
    db.notify(Change(ChangeKind.EVENT, tuple(changed)))
    return result(plan.created, updated)


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
