"""Surveys (the yearly wellbeing check-in) to and from CSV:
``member_code,taken_on,health,repatriation_threat``, one response a row: ``health`` 1-5,
``repatriation_threat`` yes/no (also 예/아니요, true/false, 1/0). Years of paper records
are entered at once this way.

A response is known by its member and day: a row for a member and day already recorded
corrects its answers; another row adds a response. Import reads what the members import
reads (UTF-8 with or without BOM, UTF-16 with a BOM, CP949 as Korean Excel writes it;
cells no longer than the members import allows), checks every row first (an unknown
member code is an error) and writes all or nothing, one import at a time. A response
dated within the last :data:`ALERT_DAYS` days raises its alert as one typed in would;
older paper records do not (their moment has passed). Export writes UTF-8 with a BOM,
CRLF line ends, and defuses cells a spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from safehouse import clock, i18n
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import translate
from safehouse.models import Member
from safehouse.models.wellbeing import Alert, AlertKind, InstrumentCode, Response
from safehouse.services import audit
from safehouse.services.csv_text import (
    Problems,
    Table,
    UndecodableError,
    decode,
    escape_cell,
    read_date,
)
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.exports import ExportFile, ExportKind
from safehouse.services.dto.imports import ImportResult
from safehouse.services.exports import suggested_name
from safehouse.services.input_rules import date_error
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
    before = len(problems.items)
    code = canonical_code(cells["member_code"]) if cells["member_code"] else None
    if not cells["member_code"]:
        problems.add(line, "member_code", translate("imports", "The member code is "
                                                               "missing."))
    elif code is None:
        problems.add(line, "member_code", code_problem(cells["member_code"]) or "")
    taken_on = read_date(cells["taken_on"], line, "taken_on", problems)
    if not cells["taken_on"]:
        problems.add(line, "taken_on", translate("imports", "The date is missing."))
    elif taken_on is not None:
        error = date_error(taken_on, "taken_on", row=line)
        if error is not None:
            problems.add(line, "taken_on", error.message)
        elif taken_on > today:
            problems.add(line, "taken_on", translate("imports", "{day} is in the future.")
                         .format(day=taken_on.isoformat()))
    raw_health = cells["health"]
    health = int(raw_health) if raw_health in ("1", "2", "3", "4", "5") else None
    if health is None:
        problems.add(line, "health", translate(
            "imports", "{value} is not an answer to the health question: write a whole "
                       "number from 1 (extremely unhealthy) to 5 (extremely healthy).")
                     .format(value=repr(raw_health)))
    word = cells["repatriation_threat"].lower()
    threatened = True if word in YES_WORDS else False if word in NO_WORDS else None
    if threatened is None:
        problems.add(line, "repatriation_threat", translate(
            "imports", "{value} is not yes or no; write yes, no, 예 or 아니요 (or true, "
                       "false, 1, 0).").format(value=repr(cells["repatriation_threat"])))
    if len(problems.items) > before or code is None or taken_on is None:
        return None
    assert health is not None and threatened is not None
    return _Row(line, code, taken_on, health, threatened)


def _parse(text: str, problems: Problems) -> tuple[list[_Row], int]:
    rows: list[_Row] = []
    table = Table(text, COLUMNS, problems)
    today = clock.today()
    seen: dict[tuple[str, date], int] = {}
    for line, cells in table.rows():
        row = _read_row(line, cells, problems, today)
        if row is None:
            continue
        earlier = seen.setdefault((row.code, row.taken_on), line)
        if earlier != line:
            problems.add(line, "taken_on", translate(
                "imports", "{code} has another response on {day} on line {line}; a "
                           "member answers once a day.").format(
                code=row.code, day=row.taken_on.isoformat(), line=earlier))
            continue
        rows.append(row)
    return rows, table.count


def import_surveys(db: Database, actor: Actor, data: bytes, *, dry_run: bool = False
                   ) -> ImportResult:
    """Check every row; if all are valid (and not ``dry_run``), write every response at
    once. ``created``: responses added; ``updated``: responses of a member and day
    already recorded whose answers the file gives again (corrected where they differ).
    The window's import and ``safehouse import surveys`` both call this."""
    actor = require(db, actor, Action.IMPORT, Action.WELLBEING_RECORD)
    problems = Problems(COLUMNS)
    try:
        text = decode(data)
    except UndecodableError as err:
        problems.add(err.line, "", err.reason)
        return ImportResult(rows=0, created=0, updated=0, problems=problems.sorted(),
                            dry_run=dry_run)
    rows, count = _parse(text, problems)

    def result(created: int = 0, updated: int = 0) -> ImportResult:
        return ImportResult(rows=count, created=created, updated=updated,
                            problems=problems.sorted(), dry_run=dry_run)

    if problems.items or not rows:
        return result()
    with db.transaction() as s:
        if not dry_run:  # another import waits (or is refused) until this one is done
            lock_imports(s)
        codes = {r.code for r in rows}
        ids = dict(s.execute(select(Member.code, Member.id).where(Member.code.in_(codes)))
                   .all())
        for row in rows:
            if row.code not in ids:
                problems.add(row.line, "member_code", translate(
                    "imports", "There is no member {code}.").format(code=row.code))
        if problems.items:
            return result()
        existing = {(r.member_id, r.taken_on): r for r in s.scalars(
            select(Response).where(Response.instrument == InstrumentCode.YEARLY.value,
                                   Response.member_id.in_(set(ids.values()))))}
        created = sum(1 for r in rows if (ids[r.code], r.taken_on) not in existing)
        if dry_run:
            return result(created, len(rows) - created)
        now, recent = clock.utcnow(), clock.today() - timedelta(days=ALERT_DAYS)
        touched: list[Response] = []
        raised: list[Alert] = []
        for row in rows:
            response = existing.get((ids[row.code], row.taken_on))
            if response is None:
                response = Response(member_id=ids[row.code], instrument="yearly",
                                    taken_on=row.taken_on, recorded_at=now,
                                    recorded_by_id=actor.id)
                s.add(response)
                if row.threatened and row.taken_on >= recent:
                    alert = Alert(member_id=response.member_id, raised_at=now)
                    alert.kind = AlertKind.REPATRIATION_THREAT.value
                    response.alerts.append(alert)
                    raised.append(alert)
            response.health, response.repatriation_threat = row.health, row.threatened
            touched.append(response)
        s.flush()
        changed = tuple(r.id for r in touched)
        alert_ids = tuple(a.id for a in raised)
        audit.record(s, actor, AuditAction.SURVEY_IMPORT, entity="wellbeing_response",
                     fields=[f"rows={len(rows)}"])
    db.notify(Change(ChangeKind.WELLBEING_RESPONSE, changed))
    if alert_ids:
        db.notify(Change(ChangeKind.WELLBEING_ALERT, alert_ids))
    return result(created, len(rows) - created)


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
