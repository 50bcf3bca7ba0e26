"""The sealed columns' key index (migration 0015_sealed_key_index): at a login with
nothing to seal, :func:`~safehouse.storage.sealed.seal_all` costs one statement that
reads the key indexes only; values an upgrade left in an earlier form are still found
and sealed at the next login, whichever side of the newest key's prefix they sort on;
a rotation still seals every value again. SQLite and PostgreSQL. All data fictional."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import event, select, text

from safehouse.models import Member, User
from safehouse.models.base import SEALED_KEY_PREFIX_LENGTH
from safehouse.services import access, auth, demo, members
from safehouse.services.reading import Read
from safehouse.storage import keys, sealed
from safehouse.storage.db import Database
from safehouse.storage.grants import key_id
from safehouse.storage.vault import Vault
from tests.conftest import TEST_PASSWORD, make_admin

TODAY = date(2026, 11, 2)
NEW_PASSWORD = "a new fictional password 42"


def _columns() -> list[tuple[str, str, str]]:
    """(table, primary key column, sealed column) of every sealed column."""
    found = []
    for cls, attrs in sealed.SEALED.items():
        table = cls.__table__
        (pk,) = table.primary_key.columns
        found.extend((table.name, pk.name, table.c[attr].name) for attr in attrs)
    return found


def _stored(db: Database) -> dict[tuple[str, str, int], str]:
    """Every non-empty value of every sealed column, as the database holds it."""
    values = {}
    with db.engine.connect() as conn:
        for table, pk, column in _columns():
            for row_id, value in conn.execute(text(
                    f'SELECT "{pk}", "{column}" FROM "{table}" '
                    f"WHERE \"{column}\" IS NOT NULL AND \"{column}\" <> ''")):
                values[(table, column, row_id)] = value
    return values


def _current_prefix(db: Database) -> str:
    ring = db.keyring
    assert ring is not None and ring.confidential_key is not None
    return f"{sealed.V2}{key_id(ring.confidential_key)}:"


@contextmanager
def _statements(db: Database) -> Iterator[list[tuple[str, object]]]:
    """The statements run on ``db`` meanwhile, with their parameters."""
    seen: list[tuple[str, object]] = []

    def before(_conn, _cursor, statement, params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if not statement.startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            seen.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", before)


def _demo(db: Database) -> None:
    """A small demo, and notes for a few of its members (the demo writes none)."""
    demo.build_demo(db, make_admin(db), members=12, seed=3, today=TODAY)
    with db.transaction() as s:
        for n, member in enumerate(s.scalars(select(Member).order_by(Member.id).limit(3))):
            member.notes = f"Fictional note {n}"
    filled = {(table, column) for table, column, _row in _stored(db)}
    assert filled == {(table, column) for table, _pk, column in _columns()}


def test_every_sealed_column_has_its_key_index(db):
    """The index a later migration could lose (SQLite's batch mode rebuilds a table
    without the indexes it cannot reflect): seal_all would then read the whole table."""
    assert len(f"{sealed.V2}{key_id(keys.new_key())}:") == SEALED_KEY_PREFIX_LENGTH
    with db.engine.connect() as conn:
        if db.is_sqlite:
            defined = dict(conn.execute(text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index'")).all())
        else:
            defined = dict(conn.execute(text(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                "current_schema()")).all())
    for table, _pk, column in _columns():
        sql = defined.get(f"ix_{table}_{column}_sealed_key")
        assert sql is not None, f"{table}.{column} has no key index"
        squeezed = sql.replace(" ", "").replace('"', "").lower()
        assert re.search(rf"on(\w+\.)?{table}\(", squeezed.replace("usingbtree", "")), sql
        assert f"substr({column},1,{SEALED_KEY_PREFIX_LENGTH})" in squeezed, sql


def test_with_nothing_to_seal_the_check_is_one_statement_on_the_indexes(db):
    _demo(db)
    with _statements(db) as seen, db.transaction() as s:
        assert sealed.seal_all(s) == 0
    assert len(seen) == 1, seen
    if db.is_sqlite:  # PostgreSQL plans by the size of the tables: here a few rows
        with db.engine.connect() as conn:
            statement, params = seen[0]
            assert _current_prefix(db) in params  # type: ignore[operator]
            plan = [row[-1] for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, params)]  # type: ignore[arg-type]
        assert not [step for step in plan if step.startswith("SCAN")
                    and step != "SCAN CONSTANT ROW"], plan
        for table, _pk, column in _columns():
            assert any(f"USING INDEX ix_{table}_{column}_sealed_key" in step
                       for step in plan), (table, column, plan)


def test_values_an_upgrade_left_in_the_clear_are_sealed_at_the_next_login(vault: Vault):
    db = vault.create()
    try:
        _demo(db)
        member_ids = sorted(row for table, column, row in _stored(db)
                            if (table, column) == ("members", "notes"))
        # An upgrade that writes values in an earlier form (as migration 0007 packed the
        # keep-away entries): on each side of the newest key's prefix, and a value that
        # begins like it ("sealed:v2" is shorter than the prefix).
        planted = {
            ("members", "notes", member_ids[0]): "Aardvark fictional note, in the clear",
            ("members", "notes", member_ids[1]): "sealed:v2",
            ("members", "phone", member_ids[2]): "zz 010-0000-0000 fictional",
        }
        other = {(t, c): r for t, c, r in _stored(db)}
        for table, column in (("session_notes", "text"), ("wellbeing_alerts", "entry"),
                              ("care_goal_updates", "note")):
            planted[(table, column, other[(table, column)])] = f"{{}} fictional {column}"
        with db.engine.begin() as conn:
            for (table, column, row_id), value in planted.items():
                pk = dict(((t, c), p) for t, p, c in _columns())[(table, column)]
                conn.execute(text(f'UPDATE "{table}" SET "{column}" = :v '
                                  f'WHERE "{pk}" = :id'), {"v": value, "id": row_id})
    finally:
        db.dispose()

    opened = access.log_in(vault, "admin", TEST_PASSWORD)
    try:
        stored = _stored(opened.db)
        prefix = _current_prefix(opened.db)
        assert all(value.startswith(prefix) for value in stored.values())
        for key, value in planted.items():
            assert stored[key] != value and stored[key].startswith(prefix)
        detail = members.get_member(opened.db, opened.actor, member_ids[0],
                                    purpose=Read.REFRESH)
        assert detail.notes == "Aardvark fictional note, in the clear"
        assert members.get_member(opened.db, opened.actor, member_ids[1],
                                  purpose=Read.REFRESH).notes == "sealed:v2"
        assert members.get_member(opened.db, opened.actor, member_ids[2],
                                  purpose=Read.REFRESH).phone == "zz 010-0000-0000 fictional"
    finally:
        opened.db.dispose()


def test_a_rotation_seals_every_value_again(db):
    _demo(db)
    before = _stored(db)
    old_prefix = _current_prefix(db)
    assert all(value.startswith(old_prefix) for value in before.values())
    with db.transaction() as s:
        admin = auth._actor(s.query(User).filter_by(username="admin").one())
    auth.change_password(db, admin, TEST_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    assert db.keyring is not None and not db.keyring.pending()
    new_prefix = _current_prefix(db)
    assert new_prefix != old_prefix
    after = _stored(db)
    assert after.keys() == before.keys()
    assert all(value.startswith(new_prefix) for value in after.values())
    with _statements(db) as seen, db.transaction() as s:
        assert sealed.seal_all(s) == 0
    assert len(seen) == 1
