"""The other side of ``test_races``: a process of its own that opens the same database
and, round after round, meets its rival at a barrier and then makes one booking (the
last bed of a room, or a counselor's hour), reporting what it got."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from safehouse import clock
from safehouse.errors import ConflictError
from safehouse.services.dto.accounts import Actor

WAIT = 30  # seconds a process waits at the barrier before the race is called off


def race(kind: str, url: str, schema: str | None, key: bytes, actor: Actor, day: date,
         rounds: list[tuple[int, int]], barrier: Any, results: Any, worker: int) -> None:
    """Each round: wait for the rival, then book ``rounds[n]`` — (member, room) for
    ``kind`` "bed", (member, hour) for "hour" — and put (round, worker, outcome) on
    ``results``: "won", "refused" (a ConflictError), or the unexpected error's type."""
    from sqlalchemy.engine import make_url

    from safehouse.services import rooms, sessions
    from safehouse.services.dto.counseling import SessionInput
    from safehouse.storage.db import Database

    clock.set_now(datetime.combine(day, time(12)))
    db = Database(make_url(url), schema=schema, key=key)
    try:
        counselor_id = _counselor(db) if kind == "hour" else 0
        for n, (member_id, target) in enumerate(rounds):
            barrier.wait(WAIT)
            try:
                if kind == "bed":
                    rooms.assign(db, actor, member_id, target, day, confirm_warnings=True)
                else:
                    sessions.book(db, actor, SessionInput(
                        kind="individual", member_ids=(member_id,),
                        counselor_id=counselor_id,
                        starts_at=datetime.combine(day, time(8))
                        + timedelta(days=target // 12, hours=target % 12),
                        duration_minutes=60), confirm_warnings=True)
                outcome = "won"
            except ConflictError:
                outcome = "refused"
            except Exception as err:  # noqa: BLE001 - reported to the test, which fails
                outcome = type(err).__name__
            results.put((n, worker, outcome))
    finally:
        db.dispose()


def _counselor(db: Any) -> int:
    from sqlalchemy import select

    from safehouse.models import Counselor

    with db.transaction() as s:
        found = s.scalar(select(Counselor.id).order_by(Counselor.id))
        assert found is not None
        return int(found)
