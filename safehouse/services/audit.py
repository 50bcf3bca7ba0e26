"""Writing to the audit trail: who, when, what, which record; never the content.

The trail is append-only (the database refuses UPDATE and DELETE on it) and chained:
each entry carries the hash of the entry before it and a hash of itself, so a changed,
inserted or removed entry breaks the chain (:mod:`safehouse.services.audit_log`
verifies it).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from safehouse.models import AuditEntry
from safehouse.services.dto import Actor

# Any constant: the one PostgreSQL advisory lock that serialises writers of the trail.
ADVISORY_LOCK_KEY = 0x5AFE_A0D1


def now() -> datetime:
    return datetime.now(UTC)


def utc(at: datetime) -> datetime:
    """``at`` in UTC, microseconds kept. SQLite hands back the stored UTC time naive."""
    if at.tzinfo is None:
        return at.replace(tzinfo=UTC)
    return at.astimezone(UTC)


def entry_hash(
    *,
    prev_hash: str,
    at: datetime,
    user_id: int | None,
    username: str,
    action: str,
    entity: str | None,
    entity_id: int | None,
    member_id: int | None,
    detail: str,
) -> str:
    """The SHA-256 (hex) of an entry's canonical encoding, its predecessor's hash included."""
    canonical = json.dumps(
        {
            "prev_hash": prev_hash,
            "at": utc(at).isoformat(timespec="microseconds"),
            "user_id": user_id,
            "username": username,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "member_id": member_id,
            "detail": detail,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def hash_of(entry: AuditEntry) -> str:
    """What ``entry.hash`` must be, recomputed from the stored values."""
    return entry_hash(
        prev_hash=entry.prev_hash,
        at=entry.at,
        user_id=entry.user_id,
        username=entry.username,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        member_id=entry.member_id,
        detail=entry.detail,
    )


def _head_hash(session: Session) -> str:
    """The hash of the last entry, after taking the writers' lock on PostgreSQL.

    The lock is held until the caller's transaction ends, so no other writer can read
    the same head and fork the chain. SQLite serialises writers by itself.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                        {"key": ADVISORY_LOCK_KEY})
    head = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return head or ""


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    member_id: int | None = None,
    fields: Iterable[str] = (),
    username: str | None = None,
) -> None:
    """Add one audit entry, chained to the last one, inside the caller's unit of work.

    ``fields`` names what changed; values are never recorded.
    """
    # What the database hands back: UTC, to the microsecond.
    at = now()
    entry = AuditEntry(
        at=at,
        user_id=actor.id if actor else None,
        username=actor.username if actor else (username or ""),
        action=action,
        entity=entity,
        entity_id=entity_id,
        member_id=member_id,
        detail=",".join(sorted(fields)),
        prev_hash=_head_hash(session),
    )
    entry.hash = hash_of(entry)
    session.add(entry)
    # Written now, so the next entry of the same unit of work finds it as the head.
    session.flush()
