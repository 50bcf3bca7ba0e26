"""Sealed columns on PostgreSQL: the services see plain text, the server sees only
sealed values, and a value moved to another row, or read with another key, does not
open. All names and notes here are fictional canaries."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import create_engine, text

from safehouse.errors import DatabaseError
from safehouse.services import keep_away, members
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.storage import migrate, sealed
from safehouse.storage.db import Database, resolve_url
from tests.conftest import PG_ENV, make_admin

NOTES_CANARY = "Canary-notes-QX7 fictional counseling remark"
NAME_CANARY = "Canary-name-ZV3 Fictional Broker"
DESC_CANARY = "Canary-desc-KP9 drives a fictional blue van"



def _fresh_schema() -> Iterator[Database]:
    """A migrated PostgreSQL database in a schema of its own, dropped afterwards."""
    raw = os.environ.get(PG_ENV)
    if not raw:
        if os.environ.get("SAFEHOUSE_REQUIRE_PG"):
            pytest.fail(f"SAFEHOUSE_REQUIRE_PG is set but {PG_ENV} is not")
        pytest.skip(f"PostgreSQL tests need {PG_ENV}")
    url = resolve_url(raw)
    schema = f"t_{uuid.uuid4().hex[:16]}"
    server = create_engine(url)
    with server.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    db = Database(url, schema=schema)
    try:
        migrate.upgrade(db)
        yield db
    finally:
        db.dispose()
        with server.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        server.dispose()


@pytest.fixture
def plain_pg() -> Iterator[Database]:
    """PostgreSQL without a key: nothing is sealed yet."""
    yield from _fresh_schema()


def _with_key(db: Database, key: bytes | None) -> Database:
    """The same schema, opened with ``key`` (a Database keeps the key it is built with)."""
    return Database(db.url, schema=db.schema, key=key)


@pytest.fixture
def keyed() -> Iterator[Database]:
    """PostgreSQL with a fresh database key: the sensitive columns are sealed."""
    for db in _fresh_schema():
        opened = _with_key(db, os.urandom(32))
        yield opened
        opened.dispose()


@pytest.fixture
def actor(keyed: Database) -> Actor:
    return make_admin(keyed)


def _new_member(db: Database, actor: Actor, name: str, notes: str) -> int:
    return members.create_member(db, actor, MemberInput(name=name, notes=notes)).id


def _raw(db: Database, sql: str) -> list[str]:
    with db.engine.connect() as conn:
        return [row[0] for row in conn.execute(text(sql))]


@pytest.fixture
def seeded(keyed: Database, actor: Actor) -> tuple[int, int]:
    member_id = _new_member(keyed, actor, "Fictional Member One", NOTES_CANARY)
    entry = keep_away.save_keep_away(keyed, actor, member_id, person_name=NAME_CANARY,
                                     relation="broker", description=DESC_CANARY)
    return member_id, entry.id


@pytest.fixture
def other_key(keyed: Database) -> Iterator[Database]:
    """The same schema, opened with another key."""
    other = _with_key(keyed, os.urandom(32))
    yield other
    other.dispose()


def test_the_services_see_plain_text(keyed, actor, seeded):
    member_id, entry_id = seeded
    assert members.get_member(keyed, actor, member_id, purpose=Read.REFRESH).notes == NOTES_CANARY
    (info,) = keep_away.list_keep_aways(keyed, actor, member_id, purpose=Read.REFRESH)
    assert (info.id, info.person_name, info.description) == (
        entry_id, NAME_CANARY, DESC_CANARY)

    # an edit seals again and reads back
    data = members.get_member(keyed, actor, member_id, purpose=Read.REFRESH).to_input()
    updated = members.update_member(keyed, actor, member_id,
                                    replace(data, notes=NOTES_CANARY + " (edited)"))
    assert updated.notes == NOTES_CANARY + " (edited)"
    again = members.get_member(keyed, actor, member_id, purpose=Read.REFRESH)
    assert again.notes == NOTES_CANARY + " (edited)"
    saved = keep_away.save_keep_away(keyed, actor, member_id, keep_away_id=entry_id,
                                     person_name=NAME_CANARY + " II", relation="broker",
                                     description="")
    assert (saved.person_name, saved.description) == (NAME_CANARY + " II", "")


def test_the_server_sees_only_sealed_values(keyed, seeded):
    stored = (_raw(keyed, "select notes from members where notes <> ''")
              + _raw(keyed, "select person_name from keep_aways")
              + _raw(keyed, "select description from keep_aways"))
    assert len(stored) == 3
    for value in stored:
        assert value.startswith(sealed.PREFIX)
    dump = "\n".join(stored)
    for canary in (NOTES_CANARY, NAME_CANARY, DESC_CANARY, "Canary"):
        assert canary not in dump


def test_empty_notes_stay_empty(keyed, actor):
    member_id = _new_member(keyed, actor, "Fictional Member Two", "")
    assert _raw(keyed, f"select notes from members where id = {member_id}") == [""]
    assert members.get_member(keyed, actor, member_id, purpose=Read.REFRESH).notes == ""


def test_a_value_moved_to_another_row_does_not_open(keyed, actor, seeded):
    first, _ = seeded
    second = _new_member(keyed, actor, "Fictional Member Three", "Canary-other-notes")
    with keyed.engine.begin() as conn:
        conn.execute(text("update members set notes = "
                          "(select notes from members where id = :a) where id = :b"),
                     {"a": first, "b": second})
    with pytest.raises(DatabaseError) as caught:
        members.get_member(keyed, actor, second, purpose=Read.REFRESH)
    message = str(caught.value)
    assert f"members.notes, row {second}" in message
    assert "damaged or was moved" in message
    assert "Canary" not in message
    # the row it came from still opens
    assert members.get_member(keyed, actor, first, purpose=Read.REFRESH).notes == NOTES_CANARY


def test_a_value_moved_to_another_column_does_not_open(keyed, actor, seeded):
    member_id, _ = seeded
    with keyed.engine.begin() as conn:
        conn.execute(text("update keep_aways set description = person_name"))
    with pytest.raises(DatabaseError, match=r"keep_aways\.description"):
        keep_away.list_keep_aways(keyed, actor, member_id, purpose=Read.REFRESH)


def test_tampered_or_plain_values_do_not_open(keyed, actor, seeded):
    member_id, _ = seeded
    (stored,) = _raw(keyed, f"select notes from members where id = {member_id}")
    flipped = stored[:-6] + ("A" if stored[-6] != "A" else "B") + stored[-5:]
    for value in (flipped, "sealed:v1:not base64!", "planted plain text"):
        with keyed.engine.begin() as conn:
            conn.execute(text("update members set notes = :v where id = :id"),
                         {"v": value, "id": member_id})
        with pytest.raises(DatabaseError, match="damaged or was moved"):
            members.get_member(keyed, actor, member_id, purpose=Read.REFRESH)


def test_another_key_cannot_read_them(actor, seeded, other_key):
    member_id, _ = seeded
    with pytest.raises(DatabaseError, match="damaged or was moved"):
        members.get_member(other_key, actor, member_id, purpose=Read.REFRESH)
    with pytest.raises(DatabaseError, match="damaged or was moved"):
        keep_away.list_keep_aways(other_key, actor, member_id, purpose=Read.REFRESH)


def test_without_the_key_sealed_values_are_refused(keyed, actor, seeded):
    member_id, _ = seeded
    without = _with_key(keyed, None)
    try:
        with pytest.raises(DatabaseError, match="not unlocked"):
            members.get_member(without, actor, member_id, purpose=Read.REFRESH)
    finally:
        without.dispose()


def test_values_written_before_the_key_are_sealed_in_place(plain_pg):
    db = plain_pg
    actor = make_admin(db)  # no key yet: written in the clear
    member_id = _new_member(db, actor, "Fictional Member Four", NOTES_CANARY)
    keep_away.save_keep_away(db, actor, member_id, person_name=NAME_CANARY,
                             relation="other")
    assert "".join(_raw(db, "select notes from members")) == NOTES_CANARY
    with db.transaction() as s:
        assert sealed.seal_existing(s) == 0  # no key: nothing to seal with
    db = _with_key(plain_pg, os.urandom(32))
    try:
        _check_sealed_in_place(db, actor, member_id)
    finally:
        db.dispose()


def _check_sealed_in_place(db: Database, actor: Actor, member_id: int) -> None:
    with db.transaction() as s:
        assert sealed.seal_existing(s) == 2
    with db.transaction() as s:
        assert sealed.seal_existing(s) == 0
    assert NOTES_CANARY not in "".join(_raw(db, "select notes from members"))
    assert members.get_member(db, actor, member_id, purpose=Read.REFRESH).notes == NOTES_CANARY
    (info,) = keep_away.list_keep_aways(db, actor, member_id, purpose=Read.REFRESH)
    assert (info.person_name, info.description) == (NAME_CANARY, "")


def test_sqlite_sessions_are_not_sealed(sqlite_db):
    assert sqlite_db.key is not None  # encrypted whole instead
    with sqlite_db.transaction() as s:
        assert sealed.sealer_of(s) is None
        assert sealed.seal_existing(s) == 0


def test_a_database_keeps_the_key_it_was_built_with(sqlite_db):
    with pytest.raises(AttributeError):
        sqlite_db.key = os.urandom(32)
    with pytest.raises(AttributeError):
        sqlite_db.keyring = None


def test_every_sealed_attribute_is_a_text_column():
    for cls, attrs in sealed.SEALED.items():
        for attr in attrs:
            column = cls.__table__.c[attr]
            assert column.type.python_type is str, f"{cls.__name__}.{attr}"


def test_postgresql_urls_keep_their_tls_parameters():
    url = resolve_url("postgresql://safehouse@db.example.org/safehouse"
                      "?sslmode=verify-full&sslrootcert=/etc/safehouse/root.crt")
    assert url.drivername == "postgresql+psycopg"
    assert url.query == {"sslmode": "verify-full", "sslrootcert": "/etc/safehouse/root.crt"}
    engine = create_engine(url)
    _args, kwargs = engine.dialect.create_connect_args(url)
    engine.dispose()
    assert kwargs["sslmode"] == "verify-full"
    assert kwargs["sslrootcert"] == "/etc/safehouse/root.crt"
