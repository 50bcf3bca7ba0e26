"""The writer the crash harness kills: it logs in like the program and commits changes
through the real services (members, rooms, stays and moves, counseling sessions and
series, wellbeing responses), one service call at a time, and prints one line per
change *after* the service has returned (the commit is done):

    member <id> <code>
    room <id>
    assign <assignment id> <member id> <room id> <start_on>
    move <new assignment id> <member id> <room id> <on>
    moveout <assignment id> <member id> <end_on>
    session <session id> <member id>
    series <series id> <occurrences> <member id>
    response <id> <member id> <instrument> <alerts>

``ready`` comes first, once logged in (or, forked by tests/crash/launcher.py, at once:
the launcher logged in). A change a service refuses (a full room) is
not printed. The writer stops on its own after ``--ops`` changes or ``--seconds``, so
a harness that fails to kill it leaves nothing running.

    python -m tests.crash.writer --db PATH|URL [--schema S] --seed N

The password comes from ``SAFEHOUSE_PASSWORD``; the user is ``admin``. Everything it
writes is fictional.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import date, datetime, timedelta

from argon2 import PasswordHasher
from sqlalchemy import func, select

from safehouse.errors import ConflictError
from safehouse.models import Assignment, CounselingSession, Counselor, Member, Room
from safehouse.models.counseling import SessionSeries
from safehouse.services import access, auth, members, room_setup, rooms, sessions, wellbeing
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import Frequency, Recurrence, SessionInput
from safehouse.services.dto.people import MemberInput
from safehouse.services.dto.wellbeing import ResponseInput
from safehouse.storage import keys
from safehouse.storage.db import Database, resolve_url
from safehouse.storage.vault import Vault

# Responses are taken before this day; stays start from STAYS_FROM, sessions after
# SESSIONS_FROM (the clock runs as it does for a user).
TODAY = date(2026, 6, 1)
STAYS_FROM = date(2026, 1, 5)
SESSIONS_FROM = datetime(2026, 7, 6, 8, 0)  # a Monday
SLOTS_PER_BLOCK = 7 * 12  # 7 days × 12 hours, each slot taken once per block of 7 weeks
ROOM_CAPACITY = 6


def cheap_key_derivation() -> None:
    """The test suite's Argon2 parameters (tests/conftest.py): the database was made
    with them, so a login (and the writer's start) stays quick."""
    keys.DEFAULT_KDF = keys.KdfParams(time_cost=1, memory_cost=1024, parallelism=1)
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Writer:
    def __init__(self, db: Database, actor: Actor, rng: random.Random) -> None:
        self.db, self.actor, self.rng = db, actor, rng

    # --- what is there -------------------------------------------------------------------

    def _scalar(self, query):  # type: ignore[no-untyped-def]
        with self.db.transaction() as s:
            return s.scalar(query)

    def _pick_member(self, *, housed: bool | None = None) -> int | None:
        """A random member: any, with an open stay (True) or with none (False)."""
        open_stay = select(Assignment.member_id).where(Assignment.end_on.is_(None))
        query = select(Member.id)
        if housed is True:
            query = query.where(Member.id.in_(open_stay))
        elif housed is False:
            query = query.where(Member.id.not_in(open_stay))
        with self.db.transaction() as s:
            ids = list(s.scalars(query.order_by(Member.id)))
        return self.rng.choice(ids) if ids else None

    def _room(self, other_than: int | None = None) -> int | None:
        with self.db.transaction() as s:
            ids = [i for i in s.scalars(select(Room.id).order_by(Room.id)) if i != other_than]
        return self.rng.choice(ids) if ids else None

    # --- the changes ---------------------------------------------------------------------

    def member(self) -> None:
        n = self._scalar(select(func.count()).select_from(Member)) + 1
        name = self.rng.choice(["가상 인물", "Fictional Person", "테스트 회원"])
        detail = members.create_member(self.db, self.actor, MemberInput(
            name=f"{name} {n}", sex="female", status="active", joined_on=date(2025, 1, 1)))
        say(f"member {detail.id} {detail.code}")

    def room(self) -> None:
        n = self._scalar(select(func.count()).select_from(Room)) + 1
        info = room_setup.create_room(self.db, self.actor, name=f"Crash room {n}",
                                      floor=1 + n % 3, capacity=ROOM_CAPACITY)
        say(f"room {info.id}")

    def assign(self) -> None:
        member_id, room_id = self._pick_member(housed=False), self._room()
        if member_id is None or room_id is None:
            return self.member() if member_id is None else self.room()
        last = self._scalar(select(func.max(Assignment.end_on))
                            .where(Assignment.member_id == member_id))
        start = max(last or STAYS_FROM, STAYS_FROM)
        try:
            info = rooms.assign(self.db, self.actor, member_id, room_id, start,
                                confirm_warnings=True)
        except ConflictError:
            return self.room()  # full: the next stay finds a new room
        say(f"assign {info.id} {member_id} {room_id} {start.isoformat()}")

    def _open_stay(self, member_id: int) -> Assignment:
        with self.db.transaction() as s:
            stay = s.scalars(select(Assignment).where(
                Assignment.member_id == member_id, Assignment.end_on.is_(None))).one()
            s.expunge(stay)
            return stay

    def move(self) -> None:
        member_id = self._pick_member(housed=True)
        if member_id is None:
            return self.assign()
        stay = self._open_stay(member_id)
        room_id = self._room(other_than=stay.room_id)
        if room_id is None:
            return self.room()
        on = stay.start_on + timedelta(days=self.rng.randint(1, 30))
        try:
            info = rooms.move(self.db, self.actor, member_id, room_id, on,
                              confirm_warnings=True)
        except ConflictError:
            return self.room()
        say(f"move {info.id} {member_id} {room_id} {on.isoformat()}")

    def move_out(self) -> None:
        member_id = self._pick_member(housed=True)
        if member_id is None:
            return self.assign()
        stay = self._open_stay(member_id)
        on = stay.start_on + timedelta(days=self.rng.randint(1, 60))
        info = rooms.move_out(self.db, self.actor, member_id, on, confirm_warnings=True)
        say(f"moveout {info.id} {member_id} {on.isoformat()}")

    def _slot(self) -> datetime:
        """A start no booking has had: single sessions and series share the numbering."""
        with self.db.transaction() as s:
            n = (s.scalar(select(func.count()).select_from(SessionSeries))
                 + s.scalar(select(func.count()).select_from(CounselingSession)
                            .where(CounselingSession.series_id.is_(None))))
        block, slot = divmod(n, SLOTS_PER_BLOCK)
        day, hour = divmod(slot, 12)
        return SESSIONS_FROM + timedelta(weeks=7 * block, days=day, hours=hour)

    def book(self, *, repeating: bool) -> None:
        member_id = self._pick_member()
        counselor_id = self._scalar(select(Counselor.id).order_by(Counselor.id).limit(1))
        if member_id is None or counselor_id is None:
            return self.member()
        data = SessionInput(kind="individual", member_ids=(member_id,),
                            counselor_id=counselor_id, starts_at=self._slot(),
                            duration_minutes=50, place_id=None, place_text="Outside office")
        count = self.rng.randint(2, 6)
        rec = Recurrence(Frequency.WEEKLY, count=count) if repeating else None
        booked = sessions.book(self.db, self.actor, data, rec, confirm_warnings=True)
        if repeating:
            say(f"series {booked.series_id} {len(booked.sessions)} {member_id}")
        else:
            say(f"session {booked.sessions[0].id} {member_id}")

    def response(self) -> None:
        member_id = self._pick_member()
        if member_id is None:
            return self.member()
        taken_on = TODAY - timedelta(days=self.rng.randint(0, 700))
        if self.rng.random() < 0.5:
            answers: tuple[int | None, ...] = (self.rng.randint(1, 5), self.rng.randint(0, 1))
            instrument = "yearly"
        else:
            answers = tuple(self.rng.randint(0, 3) for _ in range(9))
            instrument = "phq9"
        done = wellbeing.record_response(self.db, self.actor, ResponseInput(
            member_id=member_id, instrument=instrument, taken_on=taken_on, answers=answers))
        say(f"response {done.response.id} {member_id} {instrument} {len(done.alert_ids)}")

    def one(self) -> None:
        ops = [(self.member, 20), (self.assign, 12), (self.move, 10), (self.move_out, 6),
               (lambda: self.book(repeating=False), 8), (lambda: self.book(repeating=True), 10),
               (self.response, 20), (self.room, 1)]
        op = self.rng.choices([o for o, _ in ops], weights=[w for _, w in ops])[0]
        op()


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--schema")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--ops", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=30.0)
    return parser


def log_in(args: argparse.Namespace) -> access.Opened:
    cheap_key_derivation()
    vault = Vault(resolve_url(args.db), schema=args.schema)
    try:
        return access.log_in(vault, "admin", os.environ["SAFEHOUSE_PASSWORD"])
    finally:
        vault.close()  # (PostgreSQL: the connection made before login)


def write(db: Database, actor: Actor, args: argparse.Namespace) -> None:
    """Say ``ready``, then change, change, change."""
    say("ready")
    writer = Writer(db, actor, random.Random(args.seed))
    stop = time.monotonic() + args.seconds
    for _ in range(args.ops):
        if time.monotonic() > stop:
            break
        writer.one()


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    opened = log_in(args)
    try:
        write(opened.db, opened.actor, args)
    finally:
        opened.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
