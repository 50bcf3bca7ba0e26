"""The members import, streamed: a file of 100,000 rows is never whole in memory.

Pass 1 reads the file a row at a time and checks each row, in batches of
:data:`BATCH` against the database (the members the batch names, loaded for the batch
and let go after it); it keeps only what later rows need (the codes seen, for
duplicates and referrers named before they appear, and who refers whom, for loops).
Pass 2, only when no row has a problem, reads the file again and writes it a batch at a
time: new members by bulk inserts (the search key by the column's default; the sealed
columns stay empty), members who exist through the ORM (their versions counted up),
each batch flushed and let go. Both passes run in the caller's one transaction: the
whole file is written or nothing is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice

from sqlalchemy import Table as SqlTable
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session, selectinload

from safehouse.errors import ConflictError, translate
from safehouse.models import Assignment, Counter, Member, Membership
from safehouse.services import membership, referrals
from safehouse.services.csv_stream import TextOpener, file_changed
from safehouse.services.csv_text import Problems, Table
from safehouse.services.member_rows import COLUMNS, ROW_FIELDS, Row, changed, parse_row
from safehouse.services.member_rules import (
    MAX_CODE,
    MAX_CODE_NUMBER,
    code_number,
    format_code,
    loop_error,
    validate_member,
)
from safehouse.services.members import CODE_COUNTER, close_open_assignment, code_counter

BATCH = 500  # rows checked or written at a time (also under SQLite's 999 parameters)
Progress = Callable[[int, int], None]  # rows done, rows in all (0 while not known)


def _table(model: type[Member] | type[Membership]) -> SqlTable:
    table = model.__table__
    assert isinstance(table, SqlTable)
    return table


@dataclass
class Plan:
    """What pass 1 found: the counts, and what pass 2 needs to hand out codes."""

    rows: int = 0
    created: int = 0
    updated: int = 0
    without_code: int = 0  # new members to be given the next codes
    highest_given: int = 0  # the highest code number the file gives a new member
    seen: dict[str, int] = field(default_factory=dict)  # code: its first line


def _batches(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def _rows(table: Table, problems: Problems, today: date,
          seen: dict[str, int] | None = None) -> Iterator[Row]:
    for line, cells in table.rows():
        row = parse_row(line, cells, problems, today)
        if seen is not None and row.code:
            if row.code in seen:
                problems.add(line, "code", translate(
                    "imports", "{code} is also on line {line}; each member may appear once.")
                    .format(code=row.code, line=seen[row.code]))
            else:
                seen[row.code] = line
        yield row


def _members(s: Session, codes: set[str]) -> dict[str, Member]:
    if not codes:
        return {}
    return {m.code: m for m in s.scalars(
        select(Member).where(Member.code.in_(codes))
        .options(selectinload(Member.memberships)))}


def member_ids(s: Session, codes: set[str]) -> dict[str, int]:
    """The ids of the members with these codes (a code no member has is left out)."""
    if not codes:
        return {}
    found = s.execute(select(Member.code, Member.id).where(Member.code.in_(codes)))
    return {code: member_id for code, member_id in found}


def _refs(batch: list[Row]) -> set[str]:
    return {r.data.referred_by_code for r in batch if r.data.referred_by_code}


def check(s: Session, open_text: TextOpener, problems: Problems, today: date,
          progress: Progress | None = None) -> Plan:
    """Pass 1: every row checked, alone and against the database."""
    plan = Plan()
    counter = s.get(Counter, CODE_COUNTER)
    handed_out = counter.value if counter else 0
    later: list[tuple[int, str]] = []  # (line, referrer) neither in the database nor seen yet
    given: dict[str, str | None] = {}  # code: referrer, for loops
    table = Table(open_text, COLUMNS, problems)
    done = 0
    for batch in _batches(_rows(table, problems, today, plan.seen), BATCH):
        _check_batch(s, batch, problems, today, plan, handed_out, later)
        given.update((r.code, r.data.referred_by_code) for r in batch if r.code)
        s.expunge_all()  # the batch's members are let go
        done += len(batch)
        if progress is not None:
            progress(done, 0)
    plan.rows = table.count
    for line, ref in later:
        if ref not in plan.seen:
            problems.add(line, "referred_by", translate(
                "imports", "There is no member {code}, in the database or in this file.")
                .format(code=ref))
    for code in sorted(referrals.loops_with(s, given), key=plan.seen.__getitem__):
        problems.add(plan.seen[code], "referred_by", loop_error(given[code] or "").message)
    return plan


def _check_batch(s: Session, batch: list[Row], problems: Problems, today: date,
                 plan: Plan, handed_out: int, later: list[tuple[int, str]]) -> None:
    """The rules only the database can tell, for one batch of rows."""
    existing = _members(s, {r.code for r in batch if r.code})
    ids = member_ids(s, _refs(batch))
    open_since: dict[int, date] = {}
    if existing:
        open_since = {member_id: start for member_id, start in s.execute(
            select(Assignment.member_id, Assignment.start_on).where(
                Assignment.end_on.is_(None),
                Assignment.member_id.in_([m.id for m in existing.values()])))}
    for row in batch:
        ref = row.data.referred_by_code
        if ref and ref not in ids and ref not in plan.seen:
            later.append((row.line, ref))
        member = existing.get(row.code) if row.code else None
        if member is None:
            plan.created += 1
            number = code_number(row.code) if row.code else None
            if number is None:
                plan.without_code += 1
            elif number <= handed_out:
                problems.add(row.line, "code", translate(
                    "imports", "{code} was given to a member who has been removed; codes "
                    "are never reused. Leave the code empty for a new member.")
                    .format(code=row.code))
            else:
                plan.highest_given = max(plan.highest_given, number)
            continue
        plan.updated += changed(member, row.data, ids)
        left = membership.leaving_on(member, row.data)
        if left is not None and member.id in open_since:
            since = open_since[member.id]
            if since >= left:
                problems.add(row.line, "left_on", translate(
                    "imports", "{code} moved into her room on {since}, which is not before "
                    "the leaving date {left}. Correct the room history first.")
                    .format(code=row.code, since=since.isoformat(), left=left.isoformat()))
        overlap = membership.check_latest(membership.periods_of(member),
                                          row.data.joined_on, row=row.line)
        if overlap is not None:
            problems.add(row.line, overlap.field or "", overlap.message)
        current = replace(row.data, arrived_on=member.arrived_on,
                          hanawon_completed_on=member.hanawon_completed_on,
                          referred_by_code=None)
        for err in validate_member(current, row=row.line, today=today):
            if err.field not in COLUMNS:  # a rule with a field the file does not hold
                problems.add(row.line, err.field or "", err.message)


# --- pass 2 ---------------------------------------------------------------------------


@dataclass
class _Writing:
    numbers: Iterator[int]  # the codes handed to new members without one
    later: list[tuple[int, str, bool]] = field(default_factory=list)  # (id, referrer, new)
    changed_ids: list[int] = field(default_factory=list)


def write(s: Session, open_text: TextOpener, plan: Plan, today: date,
          progress: Progress | None = None) -> list[int]:
    """Pass 2: every row written, a batch at a time; the ids of the members written."""
    counter = code_counter(s)  # under the import lock taken before pass 1
    counter.value = max(counter.value, plan.highest_given)
    if counter.value + plan.without_code > MAX_CODE_NUMBER:
        raise ConflictError(translate(
            "errors", "Every member code up to {highest} has been handed out; no new member "
            "can be given a code. Run safehouse check and ask for help.")
            .format(highest=MAX_CODE))
    first = counter.value + 1
    counter.value += plan.without_code
    s.flush()
    state = _Writing(numbers=iter(range(first, counter.value + 1)))
    again = Problems(COLUMNS)
    table = Table(open_text, COLUMNS, again)
    done = 0
    for batch in _batches(_rows(table, again, today), BATCH):
        _write_batch(s, batch, state)
        s.flush()
        s.expunge_all()
        done += len(batch)
        if progress is not None:
            progress(done, plan.rows)
    if again.items or table.count != plan.rows:
        raise file_changed()
    _refer_later(s, state.later)
    return state.changed_ids


def _next_code(state: _Writing) -> str:
    number = next(state.numbers, None)
    if number is None:  # more new members than pass 1 counted
        raise file_changed()
    return format_code(number)


def _write_batch(s: Session, batch: list[Row], state: _Writing) -> None:
    existing = _members(s, {r.code for r in batch if r.code})
    ids = member_ids(s, _refs(batch))
    new: list[tuple[Row, str]] = []
    for row in batch:
        member = existing.get(row.code) if row.code else None
        if member is None:
            new.append((row, row.code or _next_code(state)))
        else:
            _update(s, member, row, ids, state)
    if not new:
        return
    s.execute(insert(_table(Member)), [
        {"code": code, "name": r.data.name, "alias": r.data.alias, "sex": r.data.sex,
         "birth_year": r.data.birth_year, "status": r.data.status,
         "referred_by_id": ids.get(r.data.referred_by_code or "")}
        for r, code in new])
    made = member_ids(s, {code for _r, code in new})
    periods = []
    for row, code in new:
        member_id = made[code]
        state.changed_ids.append(member_id)
        ref = row.data.referred_by_code
        if ref and ref not in ids:
            state.later.append((member_id, ref, True))
        if row.data.joined_on is not None:
            left = row.data.left_on
            periods.append({
                "member_id": member_id, "start_on": row.data.joined_on, "end_on": left,
                "ended_as": row.data.status if left and row.data.status in
                membership.LEAVING else None})
    if periods:
        s.execute(insert(_table(Membership)), periods)


def _update(s: Session, member: Member, row: Row, ids: dict[str, int],
            state: _Writing) -> None:
    left = membership.leaving_on(member, row.data)
    if left is not None:  # checked: she moved in before
        close_open_assignment(s, member.id, left)
    for f in ROW_FIELDS:
        if getattr(member, f) != getattr(row.data, f):
            setattr(member, f, getattr(row.data, f))
    membership.apply_latest(member, row.data.status, row.data.joined_on, row.data.left_on)
    ref = row.data.referred_by_code
    if ref and ref not in ids:
        state.later.append((member.id, ref, False))
    else:
        referrer = ids[ref] if ref else None
        if member.referred_by_id != referrer:
            member.referred_by_id = referrer
    state.changed_ids.append(member.id)


def _refer_later(s: Session, later: list[tuple[int, str, bool]]) -> None:
    """The referrers the file created after the rows that name them."""
    for start in range(0, len(later), BATCH):
        chunk = later[start:start + BATCH]
        ids = member_ids(s, {ref for _m, ref, _new in chunk})
        made = [{"mid": m, "rid": ids[ref]} for m, ref, new in chunk if new]
        if made:
            members = _table(Member)
            s.execute(update(members).where(members.c.id == bindparam("mid"))
                      .values(referred_by_id=bindparam("rid")), made)
        for member_id, ref, new in chunk:
            if not new:
                member = s.get(Member, member_id)
                if member is not None and member.referred_by_id != ids[ref]:
                    member.referred_by_id = ids[ref]
        s.flush()
        s.expunge_all()
