"""Writing to the audit trail: who, when, what, which record; never the content.

The trail is append-only (the database refuses UPDATE and DELETE on it) and chained:
each entry carries the hash of the entry before it and a hash of itself, so a changed,
inserted or removed entry breaks the chain (:mod:`safehouse.services.audit_log`
verifies it).

The hash is keyed: once the database has its key, an entry's hash is HMAC-SHA256 under
a subkey of the database key (HKDF-SHA256, info ``b"safehouse audit chain v1"``), so
someone who can write to the database without the key (a PostgreSQL server's
administrator, who can also lift the triggers) cannot change an entry and recompute
the hashes after it. A database without a key (written before encryption) chains with
plain SHA-256; once the first keyed entry is written, every later one is keyed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from datetime import UTC, datetime

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.models import AuditEntry
from safehouse.services.dto.accounts import Actor
from safehouse.services.write_lock import write_lock

# Any constant: the one PostgreSQL advisory lock that serialises writers of the trail.
ADVISORY_LOCK_KEY = 0x5AFE_A0D1

HKDF_INFO = b"safehouse audit chain v1"
# session.info: a function that returns the database's key, or None while it has none
# (put there by safehouse.storage.db.Database, read when an entry is written).
KEY_SOURCE = "db_key"


def now() -> datetime:
    return clock.utcnow()


def utc(at: datetime) -> datetime:
    """``at`` in UTC, microseconds kept. SQLite hands back the stored UTC time naive."""
    if at.tzinfo is None:
        return at.replace(tzinfo=UTC)
    return at.astimezone(UTC)


def chain_key(key: bytes) -> bytes:
    """The chain's HMAC key: derived from the database key, never the key itself."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=HKDF_INFO).derive(key)


def session_chain_key(session: Session) -> bytes | None:
    """The chain key of the session's database; None while the database has no key."""
    source = session.info.get(KEY_SOURCE)
    key: bytes | None = source() if callable(source) else None
    return chain_key(key) if key is not None else None


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
    key: bytes | None = None,
) -> str:
    """The hash (hex, 64 characters) of an entry's canonical encoding, its predecessor's
    hash included: HMAC-SHA256 under ``key`` (a :func:`chain_key`) when given, plain
    SHA-256 without one."""
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
    ).encode("utf-8")
    if key is None:
        return hashlib.sha256(canonical).hexdigest()
    return hmac.new(key, canonical, hashlib.sha256).hexdigest()


def hash_of(entry: AuditEntry, key: bytes | None = None) -> str:
    """What ``entry.hash`` must be, recomputed from the stored values (``key``: the
    :func:`chain_key` it was written with, None for plain SHA-256)."""
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
        key=key,
    )


def _head_hash(session: Session) -> str:
    """The hash of the last entry, after taking the writers' lock on PostgreSQL.

    The lock is held until the caller's transaction ends, so no other writer can read
    the same head and fork the chain. SQLite: the database's write lock is taken first
    (``BEGIN IMMEDIATE`` when nothing was written yet): the driver starts its
    transaction only at the first write, so a unit of work whose first statement is
    its audit line (a reading, a login) read the head outside any transaction, and two
    programs writing at once could both chain to it.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                        {"key": ADVISORY_LOCK_KEY})
    else:
        write_lock(session)
    head = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return head or ""


def record(
    session: Session,
    actor: Actor | None,
    action: AuditAction,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    member_id: int | None = None,
    fields: Iterable[str] = (),
    username: str | None = None,
) -> None:
    """Add one audit entry, chained to the last one, inside the caller's unit of work.

    ``fields`` names what changed; values are never recorded. ``action`` is one of
    :class:`AuditAction`: any other code is refused (ValueError), so that every line
    of the trail has its words in the Audit tab.
    """
    action = AuditAction(action)
    # What the database hands back: UTC, to the microsecond.
    at = now()
    entry = AuditEntry(
        at=at,
        user_id=actor.id if actor else None,
        username=actor.username if actor else (username or ""),
        action=action.value,
        entity=entity,
        entity_id=entity_id,
        member_id=member_id,
        detail=",".join(sorted(fields)),
        prev_hash=_head_hash(session),
    )
    entry.hash = hash_of(entry, session_chain_key(session))
    session.add(entry)
    # Written now, so the next entry of the same unit of work finds it as the head.
    session.flush()
