"""Members to and from CSV: ``code,name,alias,sex,birth_year,status,joined_on,left_on,
referred_by``.

Import reads UTF-8 (with or without BOM) or the CP949 that Korean Excel writes, checks
every row before it writes anything, and writes all rows in one unit of work or none;
the file is streamed, twice (:mod:`safehouse.services.member_import`).
Export writes UTF-8 with a BOM (so Excel shows Hangul) and defuses cells a spreadsheet
would run as a formula. Phone numbers and notes are never part of the file.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import translate
from safehouse.models import Member
from safehouse.services import audit, member_import, membership
from safehouse.services.csv_stream import Source, StreamedFile
from safehouse.services.csv_text import Problems, UndecodableError, escape_cell
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.exports import ExportFile, ExportKind
from safehouse.services.dto.imports import ImportResult
from safehouse.services.exports import suggested_name
from safehouse.services.member_import import Progress
from safehouse.services.member_rows import COLUMNS as COLUMNS
from safehouse.services.members import lock_imports
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

MAX_LISTED = 1000  # problems listed; more are only counted (a file wrong on every line)


def import_members(
    db: Database, actor: Actor, data: Source, *, dry_run: bool = False,
    today: date | None = None, progress: Progress | None = None,
) -> ImportResult:
    """Check every row; if all are valid (and not ``dry_run``), write them all at once.

    ``data``: the file's bytes or its path (read as a stream, twice). A row whose code
    exists updates that member; a row with a new code creates her with that code; a row
    with no code creates her with the next code. Any problem and nothing is written.
    ``progress(done, total)`` is called after each batch of rows (``total`` is 0 while
    the rows are being checked).
    """
    actor = require(db, actor, Action.IMPORT)
    today = today or clock.today()
    problems = Problems(COLUMNS, limit=MAX_LISTED)
    try:
        file = StreamedFile.of(data)
    except UndecodableError as err:
        problems.add(err.line, "", err.reason)
        return ImportResult(rows=0, created=0, updated=0, problems=problems.sorted(),
                            dry_run=dry_run)
    rows = 0

    def result(created: int = 0, updated: int = 0) -> ImportResult:
        return ImportResult(rows=rows, created=created, updated=updated,
                            problems=problems.sorted(), dry_run=dry_run,
                            more_problems=problems.more)

    with db.transaction() as s:
        if not dry_run:  # another import waits (or is refused) until this one is done
            lock_imports(s)
        plan = member_import.check(s, file.open_text, problems, today, progress)
        rows = plan.rows
        if problems.items or dry_run or not plan.seen and not plan.without_code:
            return result() if problems.items else result(plan.created, plan.updated)
        changed_ids = member_import.write(s, file.open_text, plan, today, progress)
        file.ensure_unchanged()  # what was written may not be what was checked
        audit.record(s, actor, AuditAction.MEMBER_IMPORT, entity="member")
    db.notify(Change(ChangeKind.MEMBER, tuple(changed_ids)))
    db.notify(Change(ChangeKind.ASSIGNMENT))
    return result(plan.created, plan.updated)


def export_members(db: Database, actor: Actor) -> ExportFile:
    """Every member as CSV (UTF-8 with BOM), ordered by code, to be written (and
    audited) by :func:`safehouse.services.exports.save`."""
    actor = require(db, actor, Action.EXPORT)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    with db.transaction() as s:
        members = list(s.scalars(select(Member).options(selectinload(Member.memberships))
                                 .order_by(Member.code)))
        for m in members:
            joined, left = membership.latest_dates(m)  # her latest period
            cells = (
                m.code, m.name, m.alias, m.sex or "",
                "" if m.birth_year is None else str(m.birth_year), m.status,
                joined.isoformat() if joined else "",
                left.isoformat() if left else "",
                m.referred_by.code if m.referred_by else "",
            )
            writer.writerow([escape_cell(c) for c in cells])
    return ExportFile(
        kind=ExportKind.MEMBERS, suggested_name=suggested_name(ExportKind.MEMBERS),
        data=out.getvalue().encode("utf-8-sig"), rows=len(members))


def describe(result: ImportResult) -> str:
    """One line for the person who ran the import."""
    unchanged = result.rows - result.created - result.updated
    if result.dry_run:
        text = (translate("imports", "1 row checked: {created} new would be created, "
                                     "{updated} would be updated, {unchanged} unchanged.")
                if result.rows == 1 else
                translate("imports", "{rows} rows checked: {created} new would be created, "
                                     "{updated} would be updated, {unchanged} unchanged."))
    else:
        text = (translate("imports", "1 row checked: {created} new were created, {updated} "
                                     "were updated, {unchanged} unchanged.")
                if result.rows == 1 else
                translate("imports", "{rows} rows checked: {created} new were created, "
                                     "{updated} were updated, {unchanged} unchanged."))
    return text.format(rows=result.rows, created=result.created, updated=result.updated,
                       unchanged=unchanged)

