"""The audit trail's anchor: how many entries it had and the hash of its newest, at a
moment, kept outside the trail so that cutting its newest entries off is seen.

The trail's own hash chain proves each entry follows the one before it, but not that
nothing came after the last: whoever can delete rows (an insider with the database, a
PostgreSQL server's administrator who lifts the triggers) can cut off the newest entries
and leave a chain that verifies. An anchor says "at that moment the trail had N entries,
the newest was entry I with hash H"; a trail that no longer holds entry I with hash H,
or holds fewer than N entries up to it, was cut back.

Anchors are kept (1) in the key file's sealed records (:mod:`safehouse.storage.records`),
moved on at every login and logout and with every backup; (2) beside every backup, as
``<backup>.anchor``, a small JSON file with an HMAC-SHA256 under a subkey of the
database key (HKDF, info ``b"safehouse audit anchor v1"``) over the anchor and the
backup's name. Entries written after the newest anchor can still be removed unseen;
the check says how many there are.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safehouse import clock, files
from safehouse.models import AuditEntry
from safehouse.storage.db import Database

HKDF_INFO = b"safehouse audit anchor v1"
SUFFIX = ".anchor"
VERSION = 1


class AnchorForged(Exception):
    """A backup's anchor does not carry its MAC (changed, or from another database)."""


@dataclass(frozen=True)
class Anchor:
    entries: int  # how many entries the trail had
    last_id: int  # the newest entry's id (0: none)
    head: str  # the newest entry's hash ("" : none)
    at: datetime  # when (UTC)

    def to_json(self) -> dict[str, Any]:
        return {"entries": self.entries, "last_id": self.last_id, "head": self.head,
                "at": self.at.astimezone(UTC).isoformat()}

    @classmethod
    def from_json(cls, data: object) -> Anchor | None:
        """None when ``data`` is not an anchor."""
        if not isinstance(data, dict):
            return None
        try:
            at = datetime.fromisoformat(data["at"])
            anchor = cls(entries=data["entries"], last_id=data["last_id"],
                         head=data["head"], at=at)
        except (KeyError, TypeError, ValueError):
            return None
        if not (isinstance(anchor.entries, int) and isinstance(anchor.last_id, int)
                and isinstance(anchor.head, str) and at.tzinfo is not None):
            return None
        return anchor


@dataclass(frozen=True)
class Comparison:
    """The trail now, measured against an anchor."""

    holds: bool  # the anchored entries are all there, the newest unchanged
    entries_now: int  # how many entries the trail has now
    after: int  # entries written after the anchored one (when it holds)


def of_trail(session: Session) -> Anchor:
    """The anchor of the trail as the session sees it: the count and the newest entry
    read by one statement, so both are of the same moment (no row: the trail is
    empty)."""
    entries = select(func.count()).select_from(AuditEntry).scalar_subquery()
    newest = session.execute(
        select(entries, AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if newest is None:
        return Anchor(entries=0, last_id=0, head="", at=clock.utcnow())
    return Anchor(entries=int(newest[0]), last_id=newest[1], head=newest[2],
                  at=clock.utcnow())


def of_database(db: Database) -> Anchor:
    with db.transaction() as s:
        return of_trail(s)


def compare(session: Session, anchor: Anchor) -> Comparison:
    now = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    upto = session.scalar(select(func.count()).select_from(AuditEntry)
                          .where(AuditEntry.id <= anchor.last_id)) or 0
    head = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == anchor.last_id)) \
        if anchor.last_id else ""
    holds = upto == anchor.entries and head == anchor.head
    return Comparison(holds=holds, entries_now=now, after=max(0, now - upto))


# --- beside a backup ---------------------------------------------------------------------


def _anchor_key(key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=HKDF_INFO).derive(key)


def _mac(key: bytes, backup_name: str, anchor: dict[str, Any]) -> str:
    payload = json.dumps({"backup": backup_name, "anchor": anchor}, sort_keys=True,
                         separators=(",", ":")).encode("utf-8")
    return hmac.new(_anchor_key(key), payload, hashlib.sha256).hexdigest()


def path_beside(backup: Path) -> Path:
    """The anchor file that travels with a backup."""
    return backup.with_name(backup.name + SUFFIX)


def write_beside(backup: Path, anchor: Anchor, key: bytes) -> Path:
    """Keep ``anchor`` beside ``backup`` (signed with the database key; 0600; written
    whole or not at all). The one place backups get their anchor."""
    data = anchor.to_json()
    body = {"version": VERSION, "backup": backup.name, "anchor": data,
            "mac": _mac(key, backup.name, data)}
    target = path_beside(backup)
    tmp = files.temp_beside(target)  # a name known as temporary, cleaned up if left
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(body, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def read_beside(backup: Path, key: bytes) -> Anchor | None:
    """The anchor kept beside ``backup``; None when it has none. AnchorForged when it
    does not carry its MAC under ``key`` (changed, moved from another backup, or of
    another database)."""
    path = path_beside(backup)
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise AnchorForged(path.name) from None
    anchor = Anchor.from_json(body.get("anchor")) if isinstance(body, dict) else None
    if anchor is None or not isinstance(body.get("mac"), str) or not hmac.compare_digest(
            body["mac"], _mac(key, backup.name, body["anchor"])):
        raise AnchorForged(path.name)
    return anchor
