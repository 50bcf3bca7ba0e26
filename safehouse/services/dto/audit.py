"""The audit trail as the administrator reads it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class AuditSort(enum.StrEnum):
    """The columns the audit log sorts by, in the database (each then by the entry's id)."""

    WHEN = "when"  # the order they were written
    USER = "user"
    ACTION = "action"
    RECORD = "record"
    RECORD_ID = "record_id"
    MEMBER = "member"
    FIELDS = "fields"


@dataclass(frozen=True)
class AuditEntryInfo:
    """One line of the audit trail: who, when, what, which record; never the content."""

    id: int
    at: datetime  # UTC
    user_id: int | None
    username: str
    action: str
    entity: str | None
    entity_id: int | None
    member_id: int | None
    member_code: str | None  # None when there is no member, or she has been erased
    fields: tuple[str, ...]  # the names of the fields changed; never their values


@dataclass(frozen=True)
class AuditVerification:
    """The verdict on the audit trail's hash chain."""

    ok: bool
    entries: int  # how many entries were checked
    first_bad_id: int | None  # the first entry that was changed, or whose link is broken
    message: str
    unchained: int = 0  # entries from before the chain began (schema 0002), not checkable
    unkeyed: int = 0  # entries from before the database had its key: plain SHA-256
    # Beyond the chain: the append-only triggers and the anchors (services.audit_anchors).
    problems: tuple[str, ...] = ()  # what is wrong (then ok is False)
    notes: tuple[str, ...] = ()  # what is right, and what an anchor cannot cover yet
    since_anchor: int | None = None  # entries written after the newest anchor that holds

