"""Shared fixtures: a fresh database per test, on SQLite and (when
SAFEHOUSE_TEST_PG_URL is set) on PostgreSQL, each PostgreSQL test in a fresh schema."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from safehouse.services import auth
from safehouse.services.dto import Actor
from safehouse.storage import migrate
from safehouse.storage.db import Database, resolve_url

PG_ENV = "SAFEHOUSE_TEST_PG_URL"
TEST_PASSWORD = "correct horse battery"

BACKENDS = ["sqlite", "postgresql"]


def pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every file a test makes (data folder, settings) inside tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("SAFEHOUSE_DB", raising=False)
    monkeypatch.delenv("SAFEHOUSE_USER", raising=False)
    monkeypatch.delenv("SAFEHOUSE_PASSWORD", raising=False)


def _pg_database(schema: str) -> Iterator[Database]:
    url = pg_url()
    if url is None:
        if os.environ.get("SAFEHOUSE_REQUIRE_PG"):
            pytest.fail(f"SAFEHOUSE_REQUIRE_PG is set but {PG_ENV} is not")
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    sa_url = resolve_url(url)
    admin = create_engine(sa_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    db = Database(sa_url, schema=schema)
    try:
        yield db
    finally:
        db.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database: SQLite in tmp_path, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        database = Database(make_url(f"sqlite+pysqlite:///{tmp_path / 'test.db'}"))
        migrate.upgrade(database)
        yield database
        database.dispose()
    else:
        for database in _pg_database(f"t_{uuid.uuid4().hex[:16]}"):
            migrate.upgrade(database)
            yield database


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = Database(make_url(f"sqlite+pysqlite:///{tmp_path / 'test.db'}"))
    migrate.upgrade(database)
    yield database
    database.dispose()


def make_admin(database: Database) -> Actor:
    return auth.setup(
        database,
        organisation="Test House",
        username="admin",
        display_name="Test Administrator",
        password=TEST_PASSWORD,
    )


@pytest.fixture
def admin(db: Database) -> Actor:
    return make_admin(db)
