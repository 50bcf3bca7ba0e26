"""Migration 0010_wellbeing: the two tables come and go with upgrade and downgrade, on
SQLCipher and PostgreSQL, and the database holds the yearly check-in's rule (its two
answers present, health 1-5; a screening without them)."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url

from safehouse.storage import migrate
from safehouse.storage.db import Database
from tests.conftest import _pg_database

REVISION = "0010_wellbeing"


@pytest.fixture(params=["sqlcipher", "postgresql"])
def migrated(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlcipher":
        databases: Iterator[Database] = iter([Database(
            make_url(f"sqlite+pysqlite:///{tmp_path / 'old.db'}"), key=secrets.token_bytes(32))])
    else:
        databases = _pg_database(f"t_{uuid.uuid4().hex[:16]}")
    for database in databases:
        _go(database, "upgrade", REVISION)
        try:
            yield database
        finally:
            database.dispose()


def _go(database: Database, how: str, revision: str) -> None:
    with database.engine.begin() as conn:
        cfg = migrate._config()
        cfg.attributes["connection"] = conn
        getattr(command, how)(cfg, revision)


def _tables(database: Database) -> set[str]:
    with database.engine.connect() as conn:
        return set(sa.inspect(conn).get_table_names())


def _insert(database: Database, instrument: str, health: object, threat: object) -> None:
    with database.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO wellbeing_responses (member_id, instrument, taken_on, health, "
            "repatriation_threat, screening, recorded_at) VALUES (1, :i, '2025-06-01', :h, "
            ":t, '', '2025-06-01 12:00:00+00')"), {"i": instrument, "h": health, "t": threat})


def test_the_tables_and_their_rules(migrated: Database) -> None:
    assert {"wellbeing_responses", "wellbeing_alerts"} <= _tables(migrated)
    with migrated.engine.begin() as conn:
        conn.execute(text("INSERT INTO members (id, code, name, alias, phone, status, notes) "
                          "VALUES (1, 'M-0001', 'Fictional Kim', '', '', 'active', '')"))
    _insert(migrated, "yearly", 3, True)
    _insert(migrated, "phq9", None, None)
    for bad in (("yearly", None, True), ("yearly", 6, False), ("phq9", 3, None),
                ("beck", None, None)):
        with pytest.raises(sa.exc.IntegrityError):
            _insert(migrated, *bad)
    _go(migrated, "downgrade", "0008")
    assert not {"wellbeing_responses", "wellbeing_alerts"} & _tables(migrated)
    _go(migrated, "upgrade", REVISION)
    assert {"wellbeing_responses", "wellbeing_alerts"} <= _tables(migrated)
