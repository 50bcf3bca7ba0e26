"""The booking rules applied to sessions already written in this unit of work (after a
change of one, of the following or of a whole series): each group of rows that share
counselor, place and participants is checked like a booking, the rows themselves not
counting as clashes. Refused: the transaction rolls back, nothing is changed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence

from sqlalchemy.orm import Session

from safehouse.models import CounselingSession, SessionStatus
from safehouse.services import session_rules
from safehouse.services.dto.accounts import Actor
from safehouse.services.session_store import participants_of


def check_rows(s: Session, actor: Actor, rows: Sequence[CounselingSession], *,
               confirm_warnings: bool, ignore: Collection[int] = ()) -> list[str]:
    """Check the scheduled ``rows`` (flushed); returns the warnings accepted."""
    s.flush()
    live = [r for r in rows if r.status != SessionStatus.CANCELLED.value]
    if not live:
        return []
    people = participants_of(s, [r.id for r in live])
    skip = set(ignore) | {r.id for r in live}
    groups: dict[tuple[int, int | None, tuple[int, ...]], list[session_rules.Slot]] = (
        defaultdict(list))
    for r in live:
        members = tuple(sorted(p.id for p in people.get(r.id, ())))
        groups[r.counselor_id, r.place_id, members].append((r.starts_at, r.ends_at))
    found = []
    warnings: list[str] = []
    for (counselor_id, place_id, members), slots in groups.items():
        session_rules.check_keep_away(s, actor, members)
        found += session_rules.clashes(s, slots, counselor_id=counselor_id,
                                       member_ids=members, place_id=place_id, ignore=skip)
        warnings += session_rules.meeting_warnings(s, actor, slots, members, place_id,
                                                   ignore=skip)
    session_rules.refuse(sorted(found, key=lambda c: c.starts_at))
    session_rules.ask(warnings, confirm_warnings)
    return warnings
