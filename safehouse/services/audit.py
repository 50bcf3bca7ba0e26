"""Writing to the audit trail: who, when, what, which record; never the content."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from safehouse.models import AuditEntry
from safehouse.services.dto import Actor


def now() -> datetime:
    return datetime.now(UTC)


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
    """Add one audit entry inside the caller's unit of work.

    ``fields`` names what changed; values are never recorded.
    """
    session.add(
        AuditEntry(
            at=now(),
            user_id=actor.id if actor else None,
            username=actor.username if actor else (username or ""),
            action=action,
            entity=entity,
            entity_id=entity_id,
            member_id=member_id,
            detail=",".join(sorted(fields)),
        )
    )
