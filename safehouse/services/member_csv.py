"""Members to and from CSV: ``code,name,alias,sex,birth_year,status,joined_on,left_on,
referred_by``.

Import reads UTF-8 (with or without BOM) or the CP949 that Korean Excel writes, checks
every row before it writes anything, and writes all rows in one unit of work or none.
Export writes UTF-8 with a BOM (so Excel shows Hangul) and defuses cells a spreadsheet
would run as a formula. Phone numbers and notes are never part of the file.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import translate
from safehouse.models import Assignment, Counter, Member, MemberStatus
from safehouse.services import audit, membership, referrals
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
from safehouse.services.dto.exports import ExportFile, ExportKind
from safehouse.services.dto.imports import ImportResult
from safehouse.services.dto.people import MemberInput
from safehouse.services.exports import suggested_name
from safehouse.services.member_rules import (
    canonical_code,
    code_number,
    code_problem,
    loop_error,
    normalise_code,
    validate_member,
)
from safehouse.services.members import (
    CODE_COUNTER,
    close_open_assignment,
    lock_imports,
    next_code,
    reserve_code,
)
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

COLUMNS = (
    "code", "name", "alias", "sex", "birth_year", "status", "joined_on", "left_on",
    "referred_by",
)
SEX_WORDS = {
    "f": "female", "여": "female", "여성": "female",
    "m": "male", "남": "male", "남성": "male",
}
STATUS_WORDS = {"문의": "enquiry", "활동": "active", "수료": "alumni", "퇴소": "exited"}
# The fields a CSV row sets; the others (phone, notes, arrival) are kept as they are.
# joined_on and left_on are her latest period (membership.apply_latest).
ROW_FIELDS = ("name", "alias", "sex", "birth_year", "status")


# --- parsing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    line: int
    code: str  # "" for a new member who is given the next code
    data: MemberInput


def _parse_row(line: int, cells: dict[str, str], problems: Problems,
               today: date) -> _Row:
    """The row as member input; what cannot be read is left empty and reported."""
    before = len(problems.items)
    code = canonical_code(cells["code"]) if cells["code"] else ""
    if code is None:
        problems.add(line, "code", " ".join((
            code_problem(cells["code"]) or "",
            translate("imports", "Leave it empty for a new member."))))
        code = ""
    sex_raw = cells["sex"].lower()
    status_raw = cells["status"].lower()
    referred_by = normalise_code(cells["referred_by"]) or None
    data = MemberInput(
        name=cells["name"],
        alias=cells["alias"],
        sex=SEX_WORDS.get(sex_raw, sex_raw) or None,
        birth_year=read_int(cells["birth_year"], line, "birth_year", problems),
        status=STATUS_WORDS.get(status_raw, status_raw) or MemberStatus.ENQUIRY.value,
        joined_on=read_date(cells["joined_on"], line, "joined_on", problems),
        left_on=read_date(cells["left_on"], line, "left_on", problems),
        referred_by_code=referred_by,
    )
    unreadable = {p.column for p in problems.items[before:]}
    for err in validate_member(data, row=line, today=today):
        if err.field not in unreadable:  # "needs a joining date" after "not a date"
            problems.add(line, err.field or "", err.message)
    if code and referred_by == code:
        problems.add(line, "referred_by",
                     translate("imports", "A member cannot refer herself."))
    return _Row(line=line, code=code, data=data)


@dataclass
class _Parsed:
    rows: list[_Row]  # every row that could be split into its cells
    count: int  # data rows in the file
    codes: set[str]  # every code the file gives, valid rows or not


def _parse(text: str, problems: Problems, today: date) -> _Parsed:
    """The rows of the file; problems are collected on the way."""
    rows: list[_Row] = []
    seen: dict[str, int] = {}  # code: line
    table = Table(text, COLUMNS, problems)
    for line, cells in table.rows():
        code = canonical_code(cells["code"]) if cells["code"] else None
        if code:
            if code in seen:
                problems.add(line, "code", translate(
                    "imports", "{code} is also on line {line}; each member may appear once.")
                    .format(code=code, line=seen[code]))
            else:
                seen[code] = line
        rows.append(_parse_row(line, cells, problems, today))
    return _Parsed(rows, table.count, set(seen))


# --- checks against the database --------------------------------------------------------


def _check_against_db(
    s: Session, parsed: _Parsed, problems: Problems, today: date
) -> dict[str, Member]:
    """Rows that break a rule only the database can tell; returns members by code."""
    existing = {m.code: m for m in s.scalars(
        select(Member).options(selectinload(Member.memberships)))}
    counter = s.get(Counter, CODE_COUNTER)
    handed_out = counter.value if counter else 0
    open_since: dict[int, date] = {
        member_id: start
        for member_id, start in s.execute(
            select(Assignment.member_id, Assignment.start_on)
            .where(Assignment.end_on.is_(None))
        )
    }
    for row in parsed.rows:
        ref = row.data.referred_by_code
        if ref and ref not in existing and ref not in parsed.codes:
            problems.add(row.line, "referred_by", translate(
                "imports", "There is no member {code}, in the database or in this file.")
                .format(code=ref))
        member = existing.get(row.code) if row.code else None
        if row.code and member is None:
            number = code_number(row.code)
            if number is not None and number <= handed_out:
                problems.add(row.line, "code", translate(
                    "imports", "{code} was given to a member who has been removed; codes "
                    "are never reused. Leave the code empty for a new member.")
                    .format(code=row.code))
        left = membership.leaving_on(member, row.data) if member is not None else None
        if member is not None and left is not None and member.id in open_since:
            since = open_since[member.id]
            if since >= left:
                problems.add(row.line, "left_on", translate(
                    "imports", "{code} moved into her room on {since}, which is not before "
                    "the leaving date {left}. Correct the room history first.")
                    .format(code=row.code, since=since.isoformat(), left=left.isoformat()))
        if member is not None:
            overlap = membership.check_latest(membership.periods_of(member),
                                              row.data.joined_on, row=row.line)
            if overlap is not None:
                problems.add(row.line, overlap.field or "", overlap.message)
            current = MemberInput(
                name=row.data.name, alias=row.data.alias, sex=row.data.sex,
                birth_year=row.data.birth_year, arrived_on=member.arrived_on,
                hanawon_completed_on=member.hanawon_completed_on,
                joined_on=row.data.joined_on, left_on=row.data.left_on,
                status=row.data.status,
            )
            for err in validate_member(current, row=row.line, today=today):
                if err.field not in COLUMNS:  # a rule with a field the file does not hold
                    problems.add(row.line, err.field or "", err.message)
    looping = referrals.loops_with(s, {r.code: r.data.referred_by_code
                                       for r in parsed.rows if r.code})
    for row in (r for r in parsed.rows if r.code in looping):
        problems.add(row.line, "referred_by", loop_error(row.data.referred_by_code or "").message)
    return existing


def _changed(member: Member, data: MemberInput, existing: dict[str, Member]) -> bool:
    ref = data.referred_by_code
    if ref is None:
        referrer_id: int | None = None
    elif ref in existing:
        referrer_id = existing[ref].id
    else:
        return True  # referred by a member the file creates
    return (
        any(getattr(member, f) != getattr(data, f) for f in ROW_FIELDS)
        or membership.latest_dates(member) != (data.joined_on, data.left_on)
        or member.referred_by_id != referrer_id
    )


# --- import and export ------------------------------------------------------------------


def import_members(
    db: Database, actor: Actor, data: bytes, *, dry_run: bool = False,
    today: date | None = None,
) -> ImportResult:
    """Check every row; if all are valid (and not ``dry_run``), write them all at once.

    A row whose code exists updates that member; a row with a new code creates her with
    that code; a row with no code creates her with the next code. Any problem and nothing
    is written.
    """
    actor = require(db, actor, Action.IMPORT)
    today = today or clock.today()
    problems = Problems(COLUMNS)
    try:
        text = decode(data)
    except UndecodableError as err:
        problems.add(err.line, "", err.reason)
        return ImportResult(rows=0, created=0, updated=0, problems=problems.sorted(),
                            dry_run=dry_run)
    parsed = _parse(text, problems, today)
    rows = parsed.rows

    def result(created: int = 0, updated: int = 0) -> ImportResult:
        return ImportResult(rows=parsed.count, created=created, updated=updated,
                            problems=problems.sorted(), dry_run=dry_run)

    if not rows:
        return result()
    changed_ids: list[int] = []
    with db.transaction() as s:
        if not dry_run:  # another import waits (or is refused) until this one is done
            lock_imports(s)
        existing = _check_against_db(s, parsed, problems, today)
        if problems.items:
            return result()
        by_code = dict(existing)
        created = sum(1 for r in rows if r.code not in existing)
        updated = sum(1 for r in rows
                      if r.code in existing and _changed(existing[r.code], r.data, existing))
        if dry_run:
            return result(created, updated)
        given = [c for c in parsed.codes if c not in existing]
        if given:  # move the counter past the highest code the file gives
            reserve_code(s, max(given, key=lambda c: code_number(c) or 0))
            s.flush()
        pending: list[tuple[Member, _Row]] = []
        for row in rows:
            member = existing.get(row.code) if row.code else None
            if member is None:
                member = Member(code=row.code or next_code(s), name=row.data.name,
                                status=row.data.status)
                s.add(member)
                by_code[member.code] = member
            pending.append((member, row))
        for member, row in pending:
            left = membership.leaving_on(member, row.data)
            if left is not None and member.id is not None:  # checked: she moved in before
                close_open_assignment(s, member.id, left)
            for f in ROW_FIELDS:
                if getattr(member, f) != getattr(row.data, f):
                    setattr(member, f, getattr(row.data, f))
            membership.apply_latest(member, row.data.status, row.data.joined_on,
                                    row.data.left_on)
            ref = row.data.referred_by_code
            member.referred_by = by_code[ref] if ref else None
        s.flush()
        changed_ids.extend(member.id for member, _row in pending)
        audit.record(s, actor, AuditAction.MEMBER_IMPORT, entity="member")
    db.notify(Change(ChangeKind.MEMBER, tuple(changed_ids)))
    db.notify(Change(ChangeKind.ASSIGNMENT))
    return result(created, updated)


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

