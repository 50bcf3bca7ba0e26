"""Migration 0008: events that share a name and a first day (two imports at once could
make them) keep their data; the later ones are renamed with their id, and then one
name and first day belong to one event only."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url

from safehouse.storage import migrate
from safehouse.storage.db import Database
from tests.conftest import _pg_database


@pytest.fixture(params=["sqlcipher", "postgresql"])
def at_0007(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlcipher":
        databases: Iterator[Database] = iter([Database(
            make_url(f"sqlite+pysqlite:///{tmp_path / 'old.db'}"), key=secrets.token_bytes(32))])
    else:
        databases = _pg_database(f"t_{uuid.uuid4().hex[:16]}")
    for database in databases:
        with database.engine.begin() as conn:
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0007")
        try:
            yield database
        finally:
            database.dispose()


def _upgrade(database: Database) -> None:
    with database.engine.begin() as conn:
        cfg = migrate._config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0008")


def test_twins_keep_their_data_and_a_third_cannot_be_added(at_0007: Database) -> None:
    day = date(2025, 7, 25)
    with at_0007.engine.begin() as conn:
        for n in (1, 2, 3):
            conn.execute(text(
                "INSERT INTO events (id, kind, name, starts_on, ends_on, place, notes, "
                "guests, children) VALUES (:id, 'retreat', :name, :day, :day, '', '', :g, 0)"),
                {"id": n, "name": "Summer retreat" if n < 3 else "Other", "day": day, "g": n})
    _upgrade(at_0007)
    with at_0007.engine.begin() as conn:
        rows = conn.execute(text("SELECT id, name, guests FROM events ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [(1, "Summer retreat", 1),
                                        (2, "Summer retreat (#2)", 2), (3, "Other", 3)]
    with pytest.raises(sa.exc.IntegrityError), at_0007.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO events (id, kind, name, starts_on, ends_on, place, notes, guests, "
            "children) VALUES (4, 'retreat', 'Summer retreat', :day, :day, '', '', 0, 0)"),
            {"day": day})
