"""Two processes, one bed or one hour: each round, two processes (as two workstations
would) meet at a barrier and book at the same moment — the last bed of a room for two
members, or one counselor's hour for two members. Exactly one wins each round; the
other is refused plainly (a ConflictError), never with a bug, and what is stored keeps
the rules (no room over its capacity, no counselor booked twice at once).

On PostgreSQL (``SAFEHOUSE_TEST_PG_URL``) and on an SQLite file shared by two
programs of one computer. ``ROUNDS`` races each; bounded in time (``LIMIT``)."""

from __future__ import annotations

import multiprocessing
import os
import queue
import time
from collections import Counter as Tally
from datetime import date

import pytest
from sqlalchemy import func, select

from safehouse.models import Assignment, CounselingSession
from safehouse.services import counselors, members, rooms
from safehouse.services.dto.counseling import CounselorInput
from safehouse.services.dto.people import MemberInput
from tests.services import race_workers

# 20 in the test run; the full proof: SAFEHOUSE_RACE_ROUNDS=100 (README, Development)
ROUNDS = int(os.environ.get("SAFEHOUSE_RACE_ROUNDS", "20"))
LIMIT = 120  # seconds for all the rounds of one test, start-up included
DAY = date(2026, 3, 2)


def _members(db, admin, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    return [members.create_member(db, admin, MemberInput(
        name=f"경주{i}", status="active", joined_on=date(2024, 1, 1), birth_year=1990)).id
        for i in range(n)]


def _run(db, admin, kind: str, rounds: list[list[tuple[int, int]]]  # type: ignore[no-untyped-def]
         ) -> tuple[dict[int, Tally[str]], float]:
    """Race the two workers' ``rounds``; per round, how many won and were refused."""
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    url = db.url.render_as_string(hide_password=False)
    procs = [ctx.Process(target=race_workers.race, daemon=True, args=(
        kind, url, db.schema, db.key, admin, DAY, mine, barrier, results, worker))
        for worker, mine in enumerate(rounds)]
    started = time.monotonic()
    for p in procs:
        p.start()
    outcomes: dict[int, Tally[str]] = {}
    try:
        for _ in range(2 * ROUNDS):
            left = LIMIT - (time.monotonic() - started)
            n, _worker, outcome = results.get(timeout=max(left, 0.1))
            outcomes.setdefault(n, Tally())[outcome] += 1
    except queue.Empty:
        pytest.fail(f"the races took longer than {LIMIT} s")
    finally:
        for p in procs:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
    return outcomes, time.monotonic() - started


def _report(name: str, outcomes: dict[int, Tally[str]], seconds: float) -> None:
    total = sum(outcomes.values(), Tally())
    single = sum(t == Tally(won=1, refused=1) for t in outcomes.values())
    other = {k: v for k, v in total.items() if k not in ("won", "refused")}
    print(f"\n{name}: {len(outcomes)} rounds in {seconds:.1f} s; exactly one winner in "
          f"{single}; won {total['won']}, refused {total['refused']}, other {other}")


def _exactly_one_each(outcomes: dict[int, Tally[str]]) -> None:
    assert len(outcomes) == ROUNDS
    bad = {n: dict(t) for n, t in outcomes.items() if t != Tally(won=1, refused=1)}
    assert not bad, f"rounds without exactly one winner: {bad}"


def test_two_processes_race_for_the_last_bed(db, admin, on_day):
    on_day(DAY)
    people = _members(db, admin, 3 * ROUNDS)
    # each round: a room of two beds, one taken already; two members want the other
    rounds: list[list[tuple[int, int]]] = [[], []]
    for n in range(ROUNDS):
        room = rooms.create_room(db, admin, name=f"Race {n}", floor=1, capacity=2)
        rooms.assign(db, admin, people[3 * n], room.id, date(2026, 3, 1))
        rounds[0].append((people[3 * n + 1], room.id))
        rounds[1].append((people[3 * n + 2], room.id))
    outcomes, seconds = _run(db, admin, "bed", rounds)
    _report(f"last bed ({db.url.get_backend_name()})", outcomes, seconds)
    _exactly_one_each(outcomes)
    with db.transaction() as s:
        full = s.execute(select(Assignment.room_id, func.count())
                         .group_by(Assignment.room_id)).all()
    assert all(count == 2 for _room, count in full) and len(full) == ROUNDS


def test_two_processes_race_for_one_counselors_hour(db, admin, on_day):
    on_day(DAY)
    people = _members(db, admin, 2 * ROUNDS)
    counselors.save_counselor(db, admin, CounselorInput(name="Yoon Counselor"))
    rounds = [[(people[2 * n], n) for n in range(ROUNDS)],
              [(people[2 * n + 1], n) for n in range(ROUNDS)]]
    outcomes, seconds = _run(db, admin, "hour", rounds)
    _report(f"counselor's hour ({db.url.get_backend_name()})", outcomes, seconds)
    _exactly_one_each(outcomes)
    with db.transaction() as s:
        booked = s.scalar(select(func.count()).select_from(CounselingSession))
        hours = s.scalar(select(func.count(func.distinct(CounselingSession.starts_at))))
    assert booked == hours == ROUNDS
