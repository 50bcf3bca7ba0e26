"""Reading the audit trail: list and filter it, export it, and verify its hash chain.

There is no update or delete here, nor anywhere: the trail is append-only, and the
database's triggers refuse both (schema 0002).
"""

from __future__ import annotations

import csv
import io
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.errors import translate
from safehouse.models import AuditEntry, Member
from safehouse.services import audit, audit_anchors
from safehouse.services.csv_text import escape_cell
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.audit import AuditEntryInfo, AuditSort, AuditVerification
from safehouse.services.dto.exports import ExportFile, ExportKind
from safehouse.services.exports import suggested_name
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

DEFAULT_LIMIT = 5000

_SORTS: dict[AuditSort, Any] = {
    AuditSort.USER: AuditEntry.username,
    AuditSort.ACTION: AuditEntry.action,
    AuditSort.RECORD: AuditEntry.entity,
    AuditSort.RECORD_ID: AuditEntry.entity_id,
    AuditSort.MEMBER: Member.code,
    AuditSort.FIELDS: AuditEntry.detail,
}

CSV_COLUMNS = (
    "id", "at_utc", "username", "action", "entity", "entity_id", "member_code",
    "member_id", "fields", "prev_hash", "hash",
)


@dataclass(frozen=True)
class _Filters:
    username: str | None
    action: str | None
    member_code: str | None
    date_from: date | None
    date_to: date | None


def _local_midnight_utc(day: date) -> datetime:
    """The start of ``day`` in the organisation's time zone, in UTC (as the trail stores
    it)."""
    return datetime.combine(day, time.min, tzinfo=clock.zone()).astimezone(UTC)


def _query(s: Session, f: _Filters) -> Select[AuditEntry, str] | None:
    """The entries that pass the filters (not in any order); None when none can."""
    q = (
        select(AuditEntry, Member.code)
        .outerjoin(Member, Member.id == AuditEntry.member_id)
    )
    if f.username:
        q = q.where(AuditEntry.username == f.username)
    if f.action:
        q = q.where(AuditEntry.action == f.action)
    if f.member_code and f.member_code.strip():
        member_id = _member_id(s, f.member_code)
        if member_id is None:
            return None
        q = q.where(AuditEntry.member_id == member_id)
    # Dates are whole days on the office's clock, both ends included.
    if f.date_from is not None:
        q = q.where(AuditEntry.at >= _local_midnight_utc(f.date_from))
    if f.date_to is not None:
        q = q.where(AuditEntry.at < _local_midnight_utc(f.date_to + timedelta(days=1)))
    return q


def _member_id(s: Session, code: str) -> int | None:
    return s.scalar(select(Member.id).where(Member.code == code.strip().upper()))


def _info(e: AuditEntry, member_code: str | None) -> AuditEntryInfo:
    return AuditEntryInfo(
        id=e.id,
        at=audit.utc(e.at),
        user_id=e.user_id,
        username=e.username,
        action=e.action,
        entity=e.entity,
        entity_id=e.entity_id,
        member_id=e.member_id,
        member_code=member_code,
        fields=tuple(name for name in e.detail.split(",") if name),
    )


def list_entries(
    db: Database,
    actor: Actor,
    *,
    username: str | None = None,
    action: str | None = None,
    member_code: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
    sort: AuditSort = AuditSort.WHEN,
    descending: bool = True,
) -> list[AuditEntryInfo]:
    """Entries that pass every filter given, newest first (or in the order ``sort``
    asks, then by when they were written), ``limit`` of them from ``offset``: the
    audit log's window reads it a page at a time.

    ``member_code`` finds a member who still exists; the entries of an erased member
    keep only her id (shown without a code).
    """
    actor = require(db, actor, Action.AUDIT_VIEW)
    filters = _Filters(username, action, member_code, date_from, date_to)
    with db.transaction() as s:
        q = _query(s, filters)
        if q is None:
            return []
        keys = [_SORTS[sort], AuditEntry.id] if sort is not AuditSort.WHEN else [AuditEntry.id]
        q = q.order_by(*(k.desc() if descending else k.asc() for k in keys))
        return [_info(e, code)
                for e, code in s.execute(q.offset(max(0, offset)).limit(max(0, limit)))]


def count_entries(
    db: Database,
    actor: Actor,
    *,
    username: str | None = None,
    action: str | None = None,
    member_code: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> int:
    """How many entries pass every filter given (see :func:`list_entries`)."""
    actor = require(db, actor, Action.AUDIT_VIEW)
    filters = _Filters(username, action, member_code, date_from, date_to)
    with db.transaction() as s:
        q = _query(s, filters)
        if q is None:
            return 0
        return s.scalar(select(func.count()).select_from(q.subquery())) or 0


def actions(db: Database, actor: Actor) -> list[str]:
    """The actions the trail holds, for a filter."""
    actor = require(db, actor, Action.AUDIT_VIEW)
    with db.transaction() as s:
        return list(s.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))


def usernames(db: Database, actor: Actor) -> list[str]:
    """The accounts that appear in the trail, for a filter.

    Names typed at a failed login for no account are left out: they can be anything.
    """
    actor = require(db, actor, Action.AUDIT_VIEW)
    with db.transaction() as s:
        return list(s.scalars(
            select(AuditEntry.username).where(AuditEntry.user_id.is_not(None))
            .distinct().order_by(AuditEntry.username)))


def export_csv(
    db: Database,
    actor: Actor,
    *,
    username: str | None = None,
    action: str | None = None,
    member_code: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: int | None = None,
) -> ExportFile:
    """The entries that pass the filters (all of them by default) as CSV, UTF-8 with a
    BOM, newest first, with their hashes so an auditor can check the chain; to be
    written (and audited) by :func:`safehouse.services.exports.save`."""
    actor = require(db, actor, Action.AUDIT_EXPORT)
    filters = _Filters(username, action, member_code, date_from, date_to)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    rows = 0
    with db.transaction() as s:
        q = _query(s, filters)
        if q is not None:
            q = q.order_by(AuditEntry.id.desc())
            if limit is not None:
                q = q.limit(max(0, limit))
            for e, code in s.execute(q):
                cells = (
                    str(e.id), audit.utc(e.at).isoformat(timespec="microseconds"),
                    e.username, e.action, e.entity or "",
                    "" if e.entity_id is None else str(e.entity_id), code or "",
                    "" if e.member_id is None else str(e.member_id), e.detail,
                    e.prev_hash, e.hash,
                )
                writer.writerow([escape_cell(c) for c in cells])
                rows += 1
        member_id = _member_id(s, member_code) if member_code else None
    return ExportFile(
        kind=ExportKind.AUDIT_LOG,
        suggested_name=suggested_name(ExportKind.AUDIT_LOG),
        data=out.getvalue().encode("utf-8-sig"), rows=rows,
        filters=tuple(name for name, value in vars(filters).items() if value),
        member_id=member_id)


def verify_chain(db: Database, actor: Actor) -> AuditVerification:
    """The whole trail checked: its hash chain (:func:`verify_links`), the append-only
    triggers, and the anchors that show whether its newest entries were cut off
    (:mod:`safehouse.services.audit_anchors`)."""
    actor = require(db, actor, Action.AUDIT_VIEW)
    return verify(db)


def verify(db: Database) -> AuditVerification:
    """:func:`verify_chain` without the permission check, for ``safehouse check``."""
    chain = verify_links(db)
    triggers = audit_anchors.triggers(db)
    held = audit_anchors.anchor_findings(db)
    problems = (() if triggers.ok else (triggers.message,)) + held.problems
    return replace(chain, ok=chain.ok and not problems, problems=problems,
                   notes=held.notes, since_anchor=held.since_anchor)


def verify_links(db: Database) -> AuditVerification:
    """Recompute every entry's hash and link, oldest first; name the first that fails.

    A changed entry fails its own hash; a removed or inserted one breaks the link of
    the entry after it. Entries written before the chain began (before schema 0002)
    carry no hash; they may only come before the first chained entry.

    With the database's key, hashes are recomputed keyed (:func:`audit.chain_key`).
    Entries written before the database was encrypted are plain SHA-256 ("unkeyed");
    they may only come before the first keyed entry, whose keyed hash covers the link
    to them. A keyed database whose chain holds no keyed entry at all was rewritten by
    someone without the key (every login writes a keyed entry).
    """
    key = audit.chain_key(db.integrity_key) if db.integrity_key is not None else None
    checked = 0
    unchained = 0
    unkeyed = 0
    prev = ""
    chained = False
    keyed = False
    first_chained: int | None = None
    with db.transaction() as s, closing(s.execute(
        select(
            AuditEntry.id, AuditEntry.prev_hash, AuditEntry.hash, AuditEntry.at,
            AuditEntry.user_id, AuditEntry.username, AuditEntry.action,
            AuditEntry.entity, AuditEntry.entity_id, AuditEntry.member_id,
            AuditEntry.detail,
        ).order_by(AuditEntry.id).execution_options(yield_per=1000)
    )) as rows:
        for row in rows:
            checked += 1
            if not chained and row.hash == "" and row.prev_hash == "":
                unchained += 1
                continue
            chained = True
            if first_chained is None:
                first_chained = row.id
            if row.prev_hash != prev:
                return _broken(checked, unchained, unkeyed, row.id, translate(
                    "errors", "Entry {entry} does not follow the entry before it: an "
                    "entry was removed or inserted before it.").format(entry=row.id))
            fields = {
                "prev_hash": row.prev_hash, "at": row.at, "user_id": row.user_id,
                "username": row.username, "action": row.action, "entity": row.entity,
                "entity_id": row.entity_id, "member_id": row.member_id,
                "detail": row.detail,
            }
            if key is not None and row.hash == audit.entry_hash(**fields, key=key):
                keyed = True
            elif not keyed and row.hash == audit.entry_hash(**fields):
                # plain SHA-256: only before the first keyed entry
                if key is not None:
                    unkeyed += 1
            else:
                return _broken(checked, unchained, unkeyed, row.id, translate(
                    "errors", "Entry {entry} was changed after it was written."
                ).format(entry=row.id))
            prev = row.hash
    if key is not None and first_chained is not None and not keyed:
        return _broken(checked, unchained, unkeyed, first_chained, translate(
            "errors", "No entry of the audit trail is keyed with this database's key, "
            "though the database has one: the trail was rewritten from entry {entry} on "
            "by someone without the key.").format(entry=first_chained))
    if unchained:
        message = translate(
            "errors", "The audit trail is intact: {checked} entries checked. The first "
            "{unchained} were written before the chain began and cannot be checked."
        ).format(checked=checked, unchained=unchained)
    else:
        message = translate(
            "errors", "The audit trail is intact: {checked} entries checked."
        ).format(checked=checked)
    if unkeyed:
        message += " " + translate(
            "errors", "Entries written before the database was encrypted: {unkeyed}. "
            "They are checked without the database's key, which proves less about them."
        ).format(unkeyed=unkeyed)
    return AuditVerification(ok=True, entries=checked, first_bad_id=None,
                             message=message, unchained=unchained, unkeyed=unkeyed)


def _broken(
    checked: int, unchained: int, unkeyed: int, entry_id: int, message: str
) -> AuditVerification:
    return AuditVerification(ok=False, entries=checked, first_bad_id=entry_id,
                             message=message, unchained=unchained, unkeyed=unkeyed)
