"""Reading personal and confidential records: audited once, on purpose.

The audit trail records every opening of a person's record by a person (who, when,
which member; never the content), and nothing else: a window that shows the record
again because something changed, a list, a count, or a report reading what it prints
does not add "view" lines. A trail where one look became four entries hides the
opening that matters.

So the caller says why it reads. Every service function that hands out a person's
record or a confidential list takes a required keyword argument ``purpose``:

``Read.OPEN``
    A person chose to look at it now: a member chosen in the list (click, Enter, arrow
    keys), the keep-away tab brought up for her. One audit line.
``Read.REFRESH``
    The same record shown again: after a change (someone else's or the user's own),
    after the idle lock is lifted, or read by a service or report for its own work.
    Not audited.

The window decides: the first reading of a member's record after the user chose her is
an opening, every later reading while she stays chosen is a refresh. New confidential
reads (counseling notes, screening answers) take ``purpose`` the same way and write
their audit line through :func:`record_read`; ``tests/services/test_reading.py`` checks
that every such function requires it.
"""

from __future__ import annotations

import enum

from sqlalchemy.orm import Session

from safehouse.audit_actions import AuditAction
from safehouse.services import audit
from safehouse.services.dto.accounts import Actor


class Read(enum.Enum):
    """Why a record is read: see the module's note."""

    OPEN = "open"  # a person chose to look at it: audited
    REFRESH = "refresh"  # shown again, or a service's own reading: not audited


def record_read(
    s: Session,
    actor: Actor,
    purpose: Read,
    action: AuditAction,
    *,
    member_id: int,
    entity: str = "member",
    entity_id: int | None = None,
) -> None:
    """The audit line of a reading, in the reading's unit of work: written for
    ``Read.OPEN`` only."""
    if not isinstance(purpose, Read):
        raise TypeError(f"purpose must be a Read, not {type(purpose).__name__}")
    if purpose is Read.OPEN:
        audit.record(s, actor, action, entity=entity,
                     entity_id=member_id if entity_id is None else entity_id,
                     member_id=member_id)
