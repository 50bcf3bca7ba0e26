"""Shared fixtures: a fresh database per test, on SQLite and (when
SAFEHOUSE_TEST_PG_URL is set) on PostgreSQL, each PostgreSQL test in a fresh schema."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from hypothesis import HealthCheck, Phase, settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from safehouse import clock
from safehouse.services import auth
from safehouse.services.dto.accounts import Actor
from safehouse.storage import keys
from safehouse.storage.db import Database, resolve_url
from safehouse.storage.vault import Vault

# Property tests (tests/services/test_hostile_*.py): few examples, always the same ones,
# in `make test`; SAFEHOUSE_HYPOTHESIS=thorough draws ten times as many, anew each run.
# A test shares one database between its examples (hence the fixture check is off);
# nothing is kept in a .hypothesis folder.
_HYPOTHESIS_COMMON = dict(
    database=None,
    deadline=timedelta(seconds=10),
    # no "explain" phase: re-running a failure line by line takes minutes on a database
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)
settings.register_profile("default", max_examples=30, derandomize=True, **_HYPOTHESIS_COMMON)
settings.register_profile("thorough", max_examples=300, **_HYPOTHESIS_COMMON)
settings.load_profile(os.environ.get("SAFEHOUSE_HYPOTHESIS", "default"))

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


@pytest.fixture(autouse=True)
def _clock_reset() -> Iterator[None]:
    """Every test starts with the clock running, in Asia/Seoul; what it set is undone."""
    clock.set_now(None)
    clock.set_zone(None)
    yield
    clock.set_now(None)
    clock.set_zone(None)


OnDay = Callable[[date | datetime], datetime]


@pytest.fixture
def on_day() -> OnDay:
    """Put the test on a chosen day: ``on_day(date(2026, 3, 1))`` stops the clock at noon
    of that day in the organisation's time zone, ``on_day(datetime(…))`` at that moment
    (naive: read in that zone). Returns the moment. The clock runs again after the test.
    """

    def put(when: date | datetime) -> datetime:
        moment = when if isinstance(when, datetime) else datetime.combine(when, time(12))
        clock.set_now(moment)
        return clock.now()

    return put


def _pg_schema(schema: str) -> Iterator[URL]:
    """A fresh PostgreSQL schema for one test, dropped afterwards."""
    url = pg_url()
    if url is None:
        if os.environ.get("SAFEHOUSE_REQUIRE_PG"):
            pytest.fail(f"SAFEHOUSE_REQUIRE_PG is set but {PG_ENV} is not")
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    sa_url = resolve_url(url)
    admin = create_engine(sa_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield sa_url
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _pg_database(schema: str) -> Iterator[Database]:
    """An unmigrated, unkeyed PostgreSQL database in a fresh schema."""
    for sa_url in _pg_schema(schema):
        db = Database(sa_url, schema=schema)
        try:
            yield db
        finally:
            db.dispose()


@pytest.fixture(autouse=True)
def _quick_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key slots and password hashes with cheap Argon2 parameters, so the suite stays
    quick.
    (Tests of the real parameters set them explicitly.)"""
    monkeypatch.setattr(keys, "DEFAULT_KDF", keys.KdfParams(time_cost=1, memory_cost=1024,
                                                            parallelism=1))
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024,
                                                        parallelism=1))


def sqlite_vault(tmp_path: Path, name: str = "test.db") -> Vault:
    return Vault(make_url(f"sqlite+pysqlite:///{tmp_path / name}"))


@pytest.fixture(params=BACKENDS)
def vault(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Vault]:
    """The way into a database that does not exist yet: SQLite (encrypted, in tmp_path)
    or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield sqlite_vault(tmp_path)
    else:
        schema = f"t_{uuid.uuid4().hex[:16]}"
        for sa_url in _pg_schema(schema):
            v = Vault(sa_url, schema=schema)
            try:
                yield v
            finally:
                v.close()


@pytest.fixture
def db(vault: Vault) -> Iterator[Database]:
    """A new, migrated, empty database, encrypted with a fresh key (SQLite: SQLCipher;
    PostgreSQL: sealed columns). Users get key slots as they are created."""
    database = vault.create()
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = sqlite_vault(tmp_path).create()
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


def legacy_slot(key: bytes, secret: str, label: str) -> keys.Slot:
    """A slot of the first key-file format: the database key itself, wrapped under
    ``secret`` (what every key file held before the confidential key)."""
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(keys.derive(secret, salt, keys.DEFAULT_KDF)).encrypt(
        nonce, key, label.encode("utf-8"))
    return keys.Slot(label=label, salt=salt, nonce=nonce, wrapped=wrapped,
                     kdf=keys.DEFAULT_KDF)
