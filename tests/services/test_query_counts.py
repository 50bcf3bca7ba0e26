"""Lists cost the same number of queries however many rows they hold."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import event

from safehouse.services import demo, households, members, rooms, users
from safehouse.storage.db import Database


def statements(db: Database, work: Callable[[], object]) -> int:
    count = [0]

    def seen(*_args: object) -> None:
        count[0] += 1

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    return count[0]


def test_board_households_members_and_accounts_do_not_query_per_row(db, admin):
    summary = demo.build_demo(db, admin, members=60, seed=5, today=date(2026, 11, 1))
    assert summary.households >= 5 and summary.residents_today >= 5
    on = date(2026, 11, 1)
    # (plus the keep-away links among those housed, and the floor setting when any pair
    # is housed: one query each, however many rows)
    assert statements(db, lambda: rooms.board(db, admin, on)) <= 5
    assert statements(db, lambda: households.list_households(db, admin)) <= 3
    assert statements(db, lambda: members.list_members(db, admin, on=on)) <= 3
    first = members.list_members(db, admin)[0]
    assert statements(db, lambda: rooms.room_history(db, admin, first.id)) <= 3
    # the key ring is read once for the whole list, not twice per account
    assert statements(db, lambda: users.list_accounts(db, admin)) <= 4
