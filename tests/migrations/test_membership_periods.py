"""Migration 0003 turns each member's joined_on/left_on into a period, losing no date,
on an encrypted SQLite file and on PostgreSQL; the rows that refer to members survive
the rebuilt members table."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url

from safehouse import clock
from safehouse.storage import migrate
from safehouse.storage.db import Database
from tests.conftest import _pg_database

TODAY = date(2026, 12, 1)

# code, status, joined_on, left_on
MEMBERS = [
    ("M-0001", "alumni", date(2023, 4, 1), date(2024, 9, 30)),
    ("M-0002", "active", date(2025, 2, 3), None),
    ("M-0003", "exited", None, date(2024, 1, 15)),  # a leaver whose joining was not kept
    ("M-0004", "active", None, None),  # the database never required the date
    ("M-0005", "enquiry", None, None),
    ("M-0006", "enquiry", date(2024, 6, 1), None),  # set back to enquiry by the old program
]


@pytest.fixture(params=["sqlcipher", "postgresql"])
def old_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty database at schema 0002 (before the periods)."""
    if request.param == "sqlcipher":
        database = Database(make_url(f"sqlite+pysqlite:///{tmp_path / 'old.db'}"),
                            key=secrets.token_bytes(32))
        databases: Iterator[Database] = iter([database])
    else:
        databases = _pg_database(f"t_{uuid.uuid4().hex[:16]}")
    for database in databases:
        cfg = migrate._config()
        with database.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0002")
        try:
            yield database
        finally:
            database.dispose()


@pytest.fixture
def stopped_clock() -> Iterator[None]:
    clock.set_now(datetime(2026, 12, 1, 10, 0))
    yield
    clock.set_now(None)


def _fill(database: Database) -> None:
    with database.engine.begin() as conn:
        for n, (code, status, joined, left) in enumerate(MEMBERS, start=1):
            conn.execute(text(
                "INSERT INTO members (id, code, name, alias, phone, status, joined_on, "
                "left_on, notes) VALUES (:id, :code, :name, '', '', :status, :joined, "
                ":left, '')"),
                {"id": n, "code": code, "name": f"Test member {n}", "status": status,
                 "joined": joined, "left": left})
        conn.execute(text("INSERT INTO rooms (id, name, floor, capacity, active) "
                          "VALUES (1, '101', 1, 2, :yes)"), {"yes": True})
        conn.execute(text("INSERT INTO assignments (id, member_id, room_id, bed_label, "
                          "start_on, end_on) VALUES (1, 1, 1, 'A', :start, :end)"),
                     {"start": date(2023, 4, 1), "end": date(2024, 9, 30)})
        conn.execute(text("INSERT INTO households (id, name) VALUES (1, 'Test household')"))
        conn.execute(text("INSERT INTO household_members (id, household_id, member_id, "
                          "relation) VALUES (1, 1, 2, 'head')"))
        conn.execute(text("UPDATE members SET referred_by_id = 1 WHERE id = 2"))


def test_each_members_dates_become_her_period_and_nothing_referring_to_her_is_lost(
    old_database, stopped_clock
):
    _fill(old_database)

    migrate.upgrade(old_database)

    assert migrate.current_revision(old_database) == migrate.head_revision()
    with old_database.engine.connect() as conn:
        periods = conn.execute(text(
            "SELECT m.code, p.start_on, p.end_on, p.ended_as FROM memberships p "
            "JOIN members m ON m.id = p.member_id ORDER BY m.code")).all()
        columns = set(conn.execute(text("SELECT * FROM members WHERE 1 = 0")).keys())
        kept = conn.execute(text(
            "SELECT (SELECT count(*) FROM assignments WHERE member_id = 1), "
            "(SELECT count(*) FROM household_members WHERE member_id = 2), "
            "(SELECT referred_by_id FROM members WHERE id = 2)")).one()
    # (SQLite gives text SQL's dates as text, PostgreSQL as dates: compare as text)
    assert [tuple(None if v is None else str(v) for v in p) for p in periods] == [
        ("M-0001", "2023-04-01", "2024-09-30", "alumni"),
        ("M-0002", "2025-02-03", None, None),
        ("M-0003", "2024-01-15", "2024-01-15", "exited"),
        ("M-0004", TODAY.isoformat(), None, None),  # active, no date: from the migration
        ("M-0006", "2024-06-01", None, None),  # kept; safehouse check lists her
    ]
    assert "joined_on" not in columns and "left_on" not in columns
    assert tuple(kept) == (1, 1, 1)


def test_sqlite_foreign_keys_are_on_again_after_the_migration(old_database):
    _fill(old_database)
    migrate.upgrade(old_database)
    if old_database.is_sqlite:
        with old_database.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            with pytest.raises(Exception, match="FOREIGN KEY"):
                conn.execute(text("INSERT INTO memberships (member_id, start_on) "
                                  "VALUES (99, '2025-01-01')"))
