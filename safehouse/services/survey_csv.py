"""Surveys (the yearly wellbeing check-in) to and from CSV:
``member_code,taken_on,health,repatriation_threat``, one response a row: ``health`` 1-5,
``repatriation_threat`` yes/no (also 예/아니요, true/false, 1/0). Years of paper records
are entered at once this way.

A response is known by its member and day: a row for a member and day already recorded
corrects its answers; another row adds a response. Import reads what the members import
reads (UTF-8 with or without BOM, UTF-16 with a BOM, CP949 as Korean Excel writes it;
cells no longer than the members import allows), checks every row first (an unknown
member code is an error) and writes all or nothing, one import at a time; the file is
read as a stream, twice, as the members file is (:mod:`~.member_import`). A response
dated within the last :data:`ALERT_DAYS` days raises its alert as one typed in would;
older paper records do not (their moment has passed). Export writes UTF-8 with a BOM,
CRLF line ends, and defuses cells a spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from safehouse import clock, i18n
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import translate
from safehouse.models import Member
from safehouse.models.wellbeing import Alert, AlertKind, InstrumentCode, Response
from safehouse.services import audit
from safehouse.services.csv_stream import (
    Source,
    StreamedFile,
    TextOpener,
    batches,
    file_changed,
)
from safehouse.services.csv_text import (
    Problems,
    Table,
    UndecodableError,
    escape_cell,
    read_date,
)
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.exports import ExportFile, ExportKind
from safehouse.services.dto.imports import ImportResult
from safehouse.services.exports import suggested_name
from safehouse.services.input_rules import date_error
from safehouse.services.member_csv import MAX_LISTED
from safehouse.services.member_import import member_ids
from safehouse.services.member_rules import canonical_code, code_problem
from safehouse.services.members import lock_imports
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

COLUMNS = ("member_code", "taken_on", "health", "repatriation_threat")
YES_WORDS = frozenset({"yes", "y", "예", "네", "true", "1"})
NO_WORDS = frozenset({"no", "n", "아니요", "아니오", "false", "0"})
ALERT_DAYS = 30


@dataclass(frozen=True)
class _Row:
    line: int
    code: str
    taken_on: date
    health: int
    threatened: bool


def _read_row(line: int, cells: dict[str, str], problems: Problems, today: date
              ) -> _Row | None:
    found = Problems(COLUMNS)  # this row's, all of them (``problems`` may list only some)
    code = canonical_code(cells["member_code"]) if cells["member_code"] else None
    if not cells["member_code"]:
        found.add(line, "member_code", translate("imports", "The member code is "
                                                            "missing."))
    elif code is None:
        found.add(line, "member_code", code_problem(cells["member_code"]) or "")
    taken_on = read_date(cells["taken_on"], line, "taken_on", found)
    if not cells["taken_on"]:
        found.add(line, "taken_on", translate("imports", "The date is missing."))
    elif taken_on is not None:
        error = date_error(taken_on, "taken_on", row=line)
        if error is not None:
            found.add(line, "taken_on", error.message)
        elif taken_on > today:
            found.add(line, "taken_on", translate("imports", "{day} is in the future.")
                      .format(day=taken_on.isoformat()))
    raw_health = cells["health"]
    health = int(raw_health) if raw_health in ("1", "2", "3", "4", "5") else None
    if health is None:
        found.add(line, "health", translate(
            "imports", "{value} is not an answer to the health question: write a whole "
                       "number from 1 (extremely unhealthy) to 5 (extremely healthy).")
                  .format(value=repr(raw_health)))
    word = cells["repatriation_threat"].lower()
    threatened = True if word in YES_WORDS else False if word in NO_WORDS else None
    if threatened is None:
        found.add(line, "repatriation_threat", translate(
            "imports", "{value} is not yes or no; write yes, no, 예 or 아니요 (or true, "
                       "false, 1, 0).").format(value=repr(cells["repatriation_threat"])))
    for p in found.items:
        problems.add(p.line, p.column, p.reason)
    if found.items or code is None or taken_on is None:
        return None
    assert health is not None and threatened is not None
    return _Row(line, code, taken_on, health, threatened)


BATCH = 500  # rows checked or written at a time (also under SQLite's 999 parameters)


def _rows(table: Table, problems: Problems, today: date,
          seen: dict[tuple[str, date], int] | None = None) -> Iterator[_Row]:
    """The file's good rows, read as a stream; with ``seen``, a second response of a
    member on a day is reported (``seen`` keeps the first one's line)."""
    for line, cells in table.rows():
        row = _read_row(line, cells, problems, today)
        if row is None:
            continue
        if seen is not None:
            earlier = seen.setdefault((row.code, row.taken_on), line)
            if earlier != line:
                problems.add(line, "taken_on", translate(
                    "imports", "{code} has another response on {day} on line {line}; a "
                               "member answers once a day.").format(
                    code=row.code, day=row.taken_on.isoformat(), line=earlier))
                continue
        yield row


def _existing(s: Session, batch: list[_Row], ids: dict[str, int]
              ) -> dict[tuple[int, date], Response]:
    """The responses already recorded for the batch's members and days."""
    members = {ids[r.code] for r in batch if r.code in ids}
    if not members:
        return {}
    return {(r.member_id, r.taken_on): r for r in s.scalars(
        select(Response).where(Response.instrument == InstrumentCode.YEARLY.value,
                               Response.member_id.in_(members),
                               Response.taken_on.in_({r.taken_on for r in batch})))}


def _check(s: Session, open_text: TextOpener, problems: Problems, today: date
           ) -> tuple[int, int, int]:
    """Pass 1: every row checked, alone and, a batch at a time, against the database;
    (rows, good rows, responses the file adds)."""
    table = Table(open_text, COLUMNS, problems)
    good = created = 0
    seen: dict[tuple[str, date], int] = {}
    for batch in batches(_rows(table, problems, today, seen), BATCH):
        ids = member_ids(s, {r.code for r in batch})
        for row in batch:
            if row.code not in ids:
                problems.add(row.line, "member_code", translate(
                    "imports", "There is no member {code}.").format(code=row.code))
        existing = _existing(s, batch, ids)
        created += sum(1 for r in batch
                       if r.code in ids and (ids[r.code], r.taken_on) not in existing)
        good += len(batch)
        s.expunge_all()  # the batch's responses are let go
    return table.count, good, created


def _write(s: Session, actor: Actor, open_text: TextOpener, rows: int
           ) -> tuple[list[int], list[int]]:
    """Pass 2: every row written, a batch at a time; the ids of the responses written
    and of the alerts raised."""
    now, recent = clock.utcnow(), clock.today() - timedelta(days=ALERT_DAYS)
    again = Problems(COLUMNS)
    table = Table(open_text, COLUMNS, again)
    changed: list[int] = []
    alert_ids: list[int] = []
    for batch in batches(_rows(table, again, clock.today()), BATCH):
        _write_batch(s, actor, batch, now, recent, changed, alert_ids)
    if again.items or table.count != rows:
        raise file_changed()
    return changed, alert_ids


def _write_batch(s: Session, actor: Actor, batch: list[_Row], now: datetime,
                 recent: date, changed: list[int], alert_ids: list[int]) -> None:
    ids = member_ids(s, {r.code for r in batch})
    existing = _existing(s, batch, ids)
    touched: list[Response] = []
    raised: list[Alert] = []
    for row in batch:
        if row.code not in ids:  # checked in pass 1: the file changed since
            raise file_changed()
        response = existing.get((ids[row.code], row.taken_on))
        if response is None:
            response = Response(member_id=ids[row.code], instrument="yearly",
                                taken_on=row.taken_on, recorded_at=now,
                                recorded_by_id=actor.id)
            s.add(response)
            existing[ids[row.code], row.taken_on] = response
            if row.threatened and row.taken_on >= recent:
                alert = Alert(member_id=response.member_id, raised_at=now)
                alert.kind = AlertKind.REPATRIATION_THREAT.value
                response.alerts.append(alert)
                raised.append(alert)
        response.health, response.repatriation_threat = row.health, row.threatened
        touched.append(response)
    s.flush()
    changed.extend(r.id for r in touched)
    alert_ids.extend(a.id for a in raised)
    s.expunge_all()  # the batch's responses are let go


def import_surveys(db: Database, actor: Actor, data: Source, *, dry_run: bool = False
                   ) -> ImportResult:
    """Check every row; if all are valid (and not ``dry_run``), write every response in
    one transaction. ``data``: the file's bytes or its path (read as a stream, twice,
    like the members import: :mod:`safehouse.services.member_import`). ``created``:
    responses added; ``updated``: responses of a member and day already recorded whose
    answers the file gives again (corrected where they differ). The window's import and
    ``safehouse import surveys`` both call this."""
    actor = require(db, actor, Action.IMPORT, Action.WELLBEING_RECORD)
    problems = Problems(COLUMNS, limit=MAX_LISTED)
    count = 0

    def result(created: int = 0, updated: int = 0) -> ImportResult:
        return ImportResult(rows=count, created=created, updated=updated,
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
        count, good, created = _check(s, file.open_text, problems, clock.today())
        if problems.items or problems.more or not good or dry_run:
            return result() if problems.items else result(created, good - created)
        changed, alert_ids = _write(s, actor, file.open_text, count)
        file.ensure_unchanged()  # what was written may not be what was checked
        audit.record(s, actor, AuditAction.SURVEY_IMPORT, entity="wellbeing_response",
                     fields=[f"rows={good}"])
    db.notify(Change(ChangeKind.WELLBEING_RESPONSE, tuple(changed)))
    if alert_ids:
        db.notify(Change(ChangeKind.WELLBEING_ALERT, tuple(alert_ids)))
    return result(created, good - created)


def export_surveys(db: Database, actor: Actor, *, year: int | None = None) -> ExportFile:
    """Every yearly check-in (of ``year``, or all) as CSV, by date then member code; to be
    written and audited by ``exports.save``. yes/no in the current language (예/아니요 in
    Korean), which the import reads back."""
    actor = require(db, actor, Action.EXPORT)
    yes, no = ("예", "아니요") if i18n.language() == "ko" else ("yes", "no")
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    query = (select(Member.code, Response.taken_on, Response.health,
                    Response.repatriation_threat)
             .join(Member, Member.id == Response.member_id)
             .where(Response.instrument == InstrumentCode.YEARLY.value)
             .order_by(Response.taken_on, Member.code, Response.id))
    if year is not None:
        query = query.where(Response.taken_on >= date(year, 1, 1),
                            Response.taken_on <= date(year, 12, 31))
    rows = 0
    with db.transaction() as s:
        for code, taken_on, health, threatened in s.execute(query):
            writer.writerow([escape_cell(code), taken_on.isoformat(), str(health),
                             yes if threatened else no])
            rows += 1
    filters = ("year",) if year is not None else ()
    return ExportFile(kind=ExportKind.SURVEYS,
                      suggested_name=suggested_name(ExportKind.SURVEYS),
                      data=out.getvalue().encode("utf-8-sig"), rows=rows, filters=filters)


def describe(result: ImportResult) -> str:
    """One line for the person who ran the import."""
    text = (translate("imports", "{rows} rows checked: {created} responses would be "
                                 "added, {updated} would be corrected.")
            if result.dry_run else
            translate("imports", "{rows} rows checked: {created} responses were added, "
                                 "{updated} were corrected."))
    return text.format(rows=result.rows, created=result.created, updated=result.updated)
