"""Sealed columns, on both kinds of database: the services see plain text, the
database (SQLite's decrypted pages too) only sealed values; a value moved to another
row, or read with another confidential key, does not open; without the key the fields
are withheld and cannot be changed. All names and notes here are fictional canaries."""

from __future__ import annotations

import base64
import os
import uuid
from collections.abc import Iterator
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import create_engine, text

from safehouse.errors import DatabaseError, PermissionDenied
from safehouse.services import keep_away, members, purge
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.storage import keys, migrate, sealed
from safehouse.storage.db import Database, resolve_url
from tests.conftest import PG_ENV, make_admin

NOTES_CANARY = "Canary-notes-QX7 fictional counseling remark"
PHONE_CANARY = "010-5555-0173"
NAME_CANARY = "Canary-name-ZV3 Fictional Broker"
DESC_CANARY = "Canary-desc-KP9 drives a fictional blue van"


def _fresh_pg_schema() -> Iterator[Database]:
    """A migrated PostgreSQL database in a schema of its own, without keys."""
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
    """PostgreSQL without keys: nothing is sealed yet."""
    yield from _fresh_pg_schema()


def _reopened(db: Database, *, confidential_key: bytes | None) -> Database:
    """The same database, opened with its database key and ``confidential_key``."""
    return Database(db.url, schema=db.schema, key=db.key, confidential_key=confidential_key)


def _new_member(db: Database, actor: Actor, name: str, notes: str, phone: str = "") -> int:
    return members.create_member(db, actor, MemberInput(name=name, notes=notes,
                                                        phone=phone)).id


def _raw(db: Database, sql: str) -> list[str]:
    with db.engine.connect() as conn:
        return [row[0] for row in conn.execute(text(sql))]


@pytest.fixture
def seeded(db: Database, admin: Actor) -> tuple[int, int]:
    member_id = _new_member(db, admin, "Fictional Member One", NOTES_CANARY, PHONE_CANARY)
    entry = keep_away.save_keep_away(db, admin, member_id, person_name=NAME_CANARY,
                                     relation="broker", description=DESC_CANARY)
    return member_id, entry.id


def test_the_services_see_plain_text(db, admin, seeded):
    member_id, entry_id = seeded
    detail = members.get_member(db, admin, member_id, purpose=Read.REFRESH)
    assert (detail.notes, detail.phone) == (NOTES_CANARY, PHONE_CANARY)
    (info,) = keep_away.list_keep_aways(db, admin, member_id, purpose=Read.REFRESH)
    assert (info.id, info.person_name, info.relation, info.description) == (
        entry_id, NAME_CANARY, "broker", DESC_CANARY)

    # an edit seals again and reads back
    updated = members.update_member(db, admin, member_id,
                                    replace(detail.to_input(), notes=NOTES_CANARY + " (edited)"))
    assert updated.notes == NOTES_CANARY + " (edited)"
    again = members.get_member(db, admin, member_id, purpose=Read.REFRESH)
    assert again.notes == NOTES_CANARY + " (edited)"
    other = _new_member(db, admin, "Fictional Member Two", "")
    saved = keep_away.save_keep_away(db, admin, member_id, keep_away_id=entry_id,
                                     person_name=NAME_CANARY + " II", relation="family",
                                     description="", linked_member_code="M-0002")
    assert (saved.person_name, saved.relation, saved.description) == (
        NAME_CANARY + " II", "family", "")
    assert saved.linked_member_code == members.get_member(
        db, admin, other, purpose=Read.REFRESH).code


def test_the_database_holds_only_sealed_values(db, seeded):
    """On SQLite these are the SQLCipher file's decrypted pages: sealed a second time."""
    stored = (_raw(db, "select notes from members where notes <> ''")
              + _raw(db, "select phone from members where phone <> ''")
              + _raw(db, "select entry from keep_aways"))
    assert len(stored) == 3
    for value in stored:
        assert value.startswith(sealed.V2)
    dump = "\n".join(stored)
    for canary in (NOTES_CANARY, PHONE_CANARY, NAME_CANARY, DESC_CANARY, "Canary", "broker"):
        assert canary not in dump


def test_empty_notes_stay_empty(db, admin):
    member_id = _new_member(db, admin, "Fictional Member Two", "")
    assert _raw(db, f"select notes from members where id = {member_id}") == [""]
    assert members.get_member(db, admin, member_id, purpose=Read.REFRESH).notes == ""


def test_a_value_moved_to_another_row_does_not_open(db, admin, seeded):
    first, _ = seeded
    second = _new_member(db, admin, "Fictional Member Three", "Canary-other-notes")
    with db.engine.begin() as conn:
        conn.execute(text("update members set notes = "
                          "(select notes from members where id = :a) where id = :b"),
                     {"a": first, "b": second})
    with pytest.raises(DatabaseError) as caught:
        members.get_member(db, admin, second, purpose=Read.REFRESH)
    message = str(caught.value)
    assert f"members.notes, row {second}" in message
    assert "damaged or was moved" in message
    assert "Canary" not in message
    # the row it came from still opens
    assert members.get_member(db, admin, first, purpose=Read.REFRESH).notes == NOTES_CANARY


def test_a_value_moved_to_another_column_does_not_open(db, admin, seeded):
    member_id, _ = seeded
    with db.engine.begin() as conn:
        conn.execute(text("update members set phone = notes"))
    with pytest.raises(DatabaseError, match=r"members\.phone"):
        members.get_member(db, admin, member_id, purpose=Read.REFRESH)


def test_tampered_or_plain_values_do_not_open(db, admin, seeded):
    member_id, _ = seeded
    (stored,) = _raw(db, f"select notes from members where id = {member_id}")
    flipped = stored[:-6] + ("A" if stored[-6] != "A" else "B") + stored[-5:]
    for value in (flipped, "sealed:v2:0000:not base64!", "planted plain text"):
        with db.engine.begin() as conn:
            conn.execute(text("update members set notes = :v where id = :id"),
                         {"v": value, "id": member_id})
        with pytest.raises(DatabaseError, match="damaged or was moved"):
            members.get_member(db, admin, member_id, purpose=Read.REFRESH)


def test_another_confidential_key_cannot_read_them(db, admin, seeded):
    member_id, _ = seeded
    other = _reopened(db, confidential_key=os.urandom(32))
    try:
        with pytest.raises(DatabaseError, match="damaged or was moved"):
            members.get_member(other, admin, member_id, purpose=Read.REFRESH)
        with pytest.raises(DatabaseError, match="damaged or was moved"):
            keep_away.list_keep_aways(other, admin, member_id, purpose=Read.REFRESH)
    finally:
        other.dispose()


def test_without_the_confidential_key_the_fields_are_withheld_and_kept(db, admin, seeded):
    """The database key alone (a staff member's): blank fields, and no change to them."""
    member_id, entry_id = seeded
    without = _reopened(db, confidential_key=None)
    try:
        with without.transaction() as s:
            assert not sealed.can_open(s)
        detail = members.get_member(without, admin, member_id, purpose=Read.REFRESH)
        assert (detail.notes, detail.phone, detail.name) == ("", "", "Fictional Member One")
        (info,) = keep_away.list_keep_aways(without, admin, member_id, purpose=Read.REFRESH)
        assert (info.person_name, info.relation, info.description,
                info.linked_member_code) == ("", "", "", None)
        # an edit of other fields keeps the sealed ones as they are
        members.update_member(without, admin, member_id,
                              replace(detail.to_input(), alias="Fictional Alias"))
        with pytest.raises(PermissionDenied, match="confidential"):
            members.update_member(without, admin, member_id,
                                  replace(detail.to_input(), notes="overwritten"))
        with pytest.raises(PermissionDenied, match="confidential"):
            keep_away.save_keep_away(without, admin, member_id, keep_away_id=entry_id,
                                     person_name="overwritten", relation="other")
        with pytest.raises(PermissionDenied, match="confidential"):
            purge.erase_notes(without, admin, member_id, detail.code)
    finally:
        without.dispose()
    detail = members.get_member(db, admin, member_id, purpose=Read.REFRESH)
    assert (detail.notes, detail.phone, detail.alias) == (
        NOTES_CANARY, PHONE_CANARY, "Fictional Alias")
    (info,) = keep_away.list_keep_aways(db, admin, member_id, purpose=Read.REFRESH)
    assert info.person_name == NAME_CANARY


def _v1(key: bytes, plain: str, table: str, column: str, row_id: int) -> str:
    """A value in the earlier PostgreSQL form (under the database key's subkey)."""
    nonce = os.urandom(12)
    body = AESGCM(sealed.subkey(key)).encrypt(
        nonce, plain.encode(), sealed.associated_data(table, column, row_id))
    return sealed.V1 + base64.b64encode(nonce + body).decode()


def test_values_written_before_the_key_are_sealed_in_place(plain_pg):
    db = plain_pg
    actor = make_admin(db)  # no key yet: written in the clear
    member_id = _new_member(db, actor, "Fictional Member Four", NOTES_CANARY)
    entry = keep_away.save_keep_away(db, actor, member_id, person_name="placeholder",
                                     relation="other")
    assert "".join(_raw(db, "select notes from members")) == NOTES_CANARY
    with db.transaction() as s:
        assert sealed.seal_all(s) == 0  # no key: nothing to seal with
    database_key, confidential_key = keys.new_key(), keys.new_key()
    # the keep-away person as the earlier server form had it, packed by migration 0007
    with db.engine.begin() as conn:
        conn.execute(text(
            "update keep_aways set entry = json_build_object('person_name', cast(:v as text),"
            " 'relation', 'other', 'description', '', 'linked_member_id', null)::text"),
            {"v": _v1(database_key, NAME_CANARY, "keep_aways", "person_name", entry.id)})
    keyed = Database(db.url, schema=db.schema, key=database_key,
                     confidential_key=confidential_key)
    try:
        with keyed.transaction() as s:
            assert sealed.seal_all(s) == 2
        with keyed.transaction() as s:
            assert sealed.seal_all(s) == 0
        assert NOTES_CANARY not in "".join(_raw(keyed, "select notes from members"))
        assert members.get_member(keyed, actor, member_id,
                                  purpose=Read.REFRESH).notes == NOTES_CANARY
        (info,) = keep_away.list_keep_aways(keyed, actor, member_id, purpose=Read.REFRESH)
        assert (info.person_name, info.description) == (NAME_CANARY, "")
    finally:
        keyed.dispose()


def test_a_database_keeps_its_keys_read_only(sqlite_db):
    with pytest.raises(AttributeError):
        sqlite_db.key = os.urandom(32)
    with pytest.raises(AttributeError):
        sqlite_db.confidential_key = os.urandom(32)
    with pytest.raises(AttributeError):
        sqlite_db.keyring = None


def test_every_sealed_attribute_is_a_text_column():
    for cls, attrs in sealed.SEALED.items():
        for attr in attrs:
            column = cls.__table__.c[attr]
            assert column.type.python_type is str, f"{cls.__name__}.{attr}"
            assert getattr(column.type, "length", None) is None, f"{cls.__name__}.{attr}"


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
