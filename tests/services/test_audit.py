"""The audit trail: chained entry by entry, append-only in the database, tampering
found, filtered and exported for an administrator only, and every profile view kept."""

from __future__ import annotations

import codecs
import csv
import hashlib
import hmac
import io
import json
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from alembic import command
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import delete, insert, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from safehouse.errors import AuthenticationFailed, PermissionDenied
from safehouse.models import AuditEntry, Member
from safehouse.services import access, audit, audit_log, auth, exports, keep_away, members
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.storage import migrate
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault, VaultState
from tests.conftest import TEST_PASSWORD, OnDay, make_admin

HANA = MemberInput(name="김하나", alias="Hana", phone="010-5555-0101", status="active",
                   joined_on=date(2024, 3, 1))
SOMANG = MemberInput(name="Park Somang", status="enquiry")


def entries(db: Database) -> list[AuditEntry]:
    with db.transaction() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def make_user(db: Database, admin: Actor, username: str, role: str) -> Actor:
    info = auth.create_user(db, admin, username=username, display_name=username,
                            role=role, password=TEST_PASSWORD)
    return Actor(id=info.id, username=info.username, display_name=info.display_name,
                 role=info.role)


def busy_day(db: Database, admin: Actor) -> dict[str, int]:
    """A day of ordinary work: logins, a failed one, members, a keep-away, views."""
    hana = members.create_member(db, admin, HANA)
    somang = members.create_member(db, admin, SOMANG)
    members.update_member(db, admin, hana.id, MemberInput(
        name="김하나", alias="Hana K", phone="010-5555-0101", status="active",
        joined_on=date(2024, 3, 1)))
    keep_away.save_keep_away(db, admin, hana.id, person_name="Broker Choi",
                             relation="broker")
    members.get_member(db, admin, somang.id, purpose=Read.OPEN)
    auth.login(db, "admin", TEST_PASSWORD)
    with pytest.raises(AuthenticationFailed):
        auth.login(db, "admin", "not the password")
    make_user(db, admin, "yuna", "staff")
    return {"hana": hana.id, "somang": somang.id}


@pytest.fixture
def postgres(db: Database) -> bool:
    return not db.is_sqlite


def allow_tampering(db: Database) -> None:
    """What someone with the database's owner rights could do: lift the triggers."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER IF EXISTS audit_entries_no_update"))
            conn.execute(text("DROP TRIGGER IF EXISTS audit_entries_no_delete"))
        else:
            conn.execute(text(
                "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only"))


# --- the chain ---------------------------------------------------------------------------


def test_each_entry_carries_the_hash_of_the_one_before(db, admin):
    busy_day(db, admin)
    rows = entries(db)
    assert len(rows) >= 9
    assert rows[0].action == "setup" and rows[0].prev_hash == ""
    for before, after in zip(rows, rows[1:], strict=False):
        assert after.prev_hash == before.hash
    assert all(len(r.hash) == 64 for r in rows)
    assert len({r.hash for r in rows}) == len(rows)
    # the time read back is the time that was hashed, to the microsecond
    assert db.key is not None
    assert all(audit.hash_of(r, audit.chain_key(db.key)) == r.hash for r in rows)


def test_an_untouched_trail_verifies(db, admin):
    busy_day(db, admin)
    verdict = audit_log.verify_chain(db, admin)
    assert verdict.ok and verdict.first_bad_id is None
    assert verdict.entries == len(entries(db))
    assert f"{verdict.entries} entries checked" in verdict.message


def test_a_changed_entry_is_named(db, admin):
    ids = busy_day(db, admin)
    rows = entries(db)
    target = next(r for r in rows if r.action == "member.update")
    assert target.member_id == ids["hana"]
    allow_tampering(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET detail = 'status' WHERE id = :id"),
                     {"id": target.id})
    verdict = audit_log.verify_chain(db, admin)
    assert not verdict.ok
    assert verdict.first_bad_id == target.id
    assert f"Entry {target.id} was changed" in verdict.message


def test_a_removed_entry_is_found_at_the_entry_after_it(db, admin):
    busy_day(db, admin)
    rows = entries(db)
    middle = rows[len(rows) // 2]
    following = rows[len(rows) // 2 + 1]
    allow_tampering(db)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entries WHERE id = :id"), {"id": middle.id})
    verdict = audit_log.verify_chain(db, admin)
    assert not verdict.ok
    assert verdict.first_bad_id == following.id
    assert "removed or inserted" in verdict.message


def test_an_entry_slipped_in_is_found(db, admin):
    busy_day(db, admin)
    last = entries(db)[-1]
    allow_tampering(db)
    with db.engine.begin() as conn:
        conn.execute(insert(AuditEntry).values(
            at=audit.now(), username="admin", action="member.view", detail="",
            prev_hash=last.hash, hash="0" * 64))
    slipped = entries(db)[-1]
    assert slipped.id > last.id
    verdict = audit_log.verify_chain(db, admin)
    assert not verdict.ok and verdict.first_bad_id == slipped.id


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entries SET detail = 'nothing happened' WHERE id = :id",
    "UPDATE audit_entries SET username = 'someone else' WHERE id = :id",
    "DELETE FROM audit_entries WHERE id = :id",
])
def test_the_database_refuses_to_change_or_remove_an_entry(db, admin, statement):
    members.create_member(db, admin, HANA)
    before = entries(db)
    with pytest.raises(sa_exc.DBAPIError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text(statement), {"id": before[-1].id})
    after = entries(db)
    assert [(r.id, r.detail, r.username, r.hash) for r in after] == [
        (r.id, r.detail, r.username, r.hash) for r in before]
    assert audit_log.verify_chain(db, admin).ok


def test_postgresql_refuses_to_empty_the_trail(db, admin, postgres):
    if not postgres:
        pytest.skip("TRUNCATE is PostgreSQL's")
    count = len(entries(db))
    with pytest.raises(sa_exc.DBAPIError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text("TRUNCATE audit_entries"))
    assert len(entries(db)) == count


def test_the_services_offer_no_way_to_change_the_trail():
    names = [n for n in dir(audit_log) + dir(audit) if not n.startswith("_")]
    assert not [n for n in names if n.startswith(("update", "delete", "remove", "edit"))]


def test_entries_from_before_the_chain_began_are_counted_not_failed(tmp_path: Path):
    db = Database(make_url(f"sqlite+pysqlite:///{tmp_path / 'old.db'}"))
    try:
        cfg = migrate._config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
            conn.execute(text(
                "INSERT INTO audit_entries (at, username, action, detail) "
                "VALUES ('2025-01-02 03:04:05.000000', 'old', 'login', '')"))
        migrate.upgrade(db)
        admin = make_admin(db)
        verdict = audit_log.verify_chain(db, admin)
        assert verdict.ok and verdict.entries == 2 and verdict.unchained == 1
        assert "written before the chain began" in verdict.message
    finally:
        db.dispose()


# --- the keyed chain ---------------------------------------------------------------------


def test_on_a_database_with_a_key_every_entry_is_keyed(db, admin):
    busy_day(db, admin)
    assert db.key is not None
    chain_key = audit.chain_key(db.key)
    assert chain_key != db.key
    for row in entries(db):
        assert row.hash == audit.hash_of(row, chain_key)
        assert row.hash != audit.hash_of(row)
    verdict = audit_log.verify_chain(db, admin)
    assert verdict.ok and verdict.unkeyed == 0
    assert "encrypted" not in verdict.message


def test_without_a_key_the_chain_is_plain_sha256(tmp_path: Path):
    db = Database(make_url(f"sqlite+pysqlite:///{tmp_path / 'plain.db'}"))
    try:
        migrate.upgrade(db)
        admin = make_admin(db)
        members.create_member(db, admin, HANA)
        assert all(r.hash == audit.hash_of(r) for r in entries(db))
        verdict = audit_log.verify_chain(db, admin)
        assert verdict.ok and verdict.unkeyed == 0
    finally:
        db.dispose()


def hkdf_subkey(key: bytes) -> bytes:
    """The chain key, derived here independently of the program."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"safehouse audit chain v1").derive(key)


def rewrite_from(
    db: Database, entry_id: int, *, key: bytes | None, before: int | None = None
) -> None:
    """What a server's administrator without the database key can do (with ``key``
    None): lift the triggers, change an entry, and recompute its hash and every later
    one with plain SHA-256. With ``key`` (the database key), the same with HMAC.
    ``before``: recompute only the entries before that one, and give it just the new
    link (its hash cannot be recomputed without the key)."""
    allow_tampering(db)
    subkey = hkdf_subkey(key) if key is not None else None
    table = AuditEntry.__table__
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET detail = 'nothing happened' "
                          "WHERE id = :id"), {"id": entry_id})
        rows = conn.execute(select(table).order_by(table.c.id)).mappings().all()
        prev = None
        for row in rows:
            if row["id"] < entry_id:
                prev = row["hash"]
                continue
            if before is not None and row["id"] >= before:
                conn.execute(text("UPDATE audit_entries SET prev_hash = :prev "
                                  "WHERE id = :id"), {"prev": prev, "id": row["id"]})
                break
            at = row["at"] if row["at"].tzinfo else row["at"].replace(tzinfo=UTC)
            canonical = json.dumps({
                "prev_hash": prev if prev is not None else row["prev_hash"],
                "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
                "user_id": row["user_id"], "username": row["username"],
                "action": row["action"], "entity": row["entity"],
                "entity_id": row["entity_id"], "member_id": row["member_id"],
                "detail": row["detail"],
            }, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
            digest = (hashlib.sha256(canonical).hexdigest() if subkey is None
                      else hmac.new(subkey, canonical, hashlib.sha256).hexdigest())
            conn.execute(text("UPDATE audit_entries SET prev_hash = :prev, hash = :hash "
                              "WHERE id = :id"),
                         {"prev": prev if prev is not None else row["prev_hash"],
                          "hash": digest, "id": row["id"]})
            prev = digest


def test_a_changed_entry_with_every_later_hash_recomputed_is_found(db, admin):
    busy_day(db, admin)
    target = next(r for r in entries(db) if r.action == "member.update")
    rewrite_from(db, target.id, key=None)
    verdict = audit_log.verify_chain(db, admin)
    assert not verdict.ok
    assert verdict.first_bad_id == target.id
    assert f"Entry {target.id} was changed" in verdict.message


def test_a_trail_rewritten_from_its_first_entry_without_the_key_is_found(db, admin):
    busy_day(db, admin)
    first = entries(db)[0]
    rewrite_from(db, first.id, key=None)
    # every entry now checks out as plain SHA-256, and none is keyed
    assert all(r.hash == audit.hash_of(r) for r in entries(db))
    verdict = audit_log.verify_chain(db, admin)
    assert not verdict.ok
    assert verdict.first_bad_id == first.id
    assert "rewritten" in verdict.message


@pytest.mark.parametrize("where", ["first", "member.update"])
def test_the_same_rewrite_with_the_key_would_pass(db, admin, where):
    """The test's own recomputation is right: with the key it goes unnoticed."""
    busy_day(db, admin)
    rows = entries(db)
    target = rows[0] if where == "first" else next(r for r in rows if r.action == where)
    rewrite_from(db, target.id, key=db.key)
    changed = next(r for r in entries(db) if r.id == target.id)
    assert changed.detail == "nothing happened"
    verdict = audit_log.verify_chain(db, admin)
    assert verdict.first_bad_id is None, verdict.message  # the chain alone passes
    assert verdict.unkeyed == 0
    # but the triggers were lifted to do it, and that is seen
    assert not verdict.ok
    assert any("triggers" in p for p in verdict.problems)


def _old_database(vault: Vault) -> tuple[Database, int]:
    """A database from before encryption with some work in it; its entry count."""
    plain = Database(vault.url) if vault.is_sqlite else vault.server()
    migrate.upgrade(plain)
    old_admin = auth.setup(plain, organisation="Old House", username="admin",
                           display_name="Old Admin", password=TEST_PASSWORD)
    members.create_member(plain, old_admin, HANA)
    members.create_member(plain, old_admin, SOMANG)
    count = len(entries(plain))
    if vault.is_sqlite:
        plain.dispose()
    return plain, count


def test_a_converted_database_counts_its_older_entries_as_unkeyed(vault: Vault):
    _plain, older = _old_database(vault)
    assert vault.state() is VaultState.PLAIN
    opened = access.encrypt(vault, "admin", TEST_PASSWORD)
    db = opened.db
    try:
        assert db.key is not None
        chain_key = audit.chain_key(db.key)
        rows = entries(db)
        # the login to encrypt is written before the key exists: plain as well
        plain_rows = [r for r in rows if r.hash == audit.hash_of(r)]
        keyed_rows = [r for r in rows if r.hash == audit.hash_of(r, chain_key)]
        assert len(plain_rows) > older and len(plain_rows) + len(keyed_rows) == len(rows)
        assert rows[: len(plain_rows)] == plain_rows
        assert keyed_rows[0].action == "database.encrypt"
        members.create_member(db, opened.actor, MemberInput(name="New One"))
        verdict = audit_log.verify_chain(db, opened.actor)
        assert verdict.ok, verdict.message
        assert verdict.unkeyed == len(plain_rows)
        assert verdict.entries == len(rows) + 1
        assert f"before the database was encrypted: {len(plain_rows)}" in verdict.message
        assert "intact" in verdict.message
    finally:
        db.dispose()


def test_an_older_entry_rewritten_after_the_conversion_is_found(vault: Vault):
    _old_database(vault)
    opened = access.encrypt(vault, "admin", TEST_PASSWORD)
    db = opened.db
    try:
        rows = entries(db)
        target = next(r for r in rows if r.action == "member.create")
        first_keyed = next(r for r in rows if r.action == "database.encrypt")
        allow_tampering(db)
        with db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE saved AS SELECT * FROM audit_entries"))
        # the older entries rewritten up to the first keyed one, which covers the link
        # to them in its keyed hash
        rewrite_from(db, target.id, key=None, before=first_keyed.id)
        verdict = audit_log.verify_chain(db, opened.actor)
        assert not verdict.ok
        assert verdict.first_bad_id == first_keyed.id
        assert f"Entry {first_keyed.id} was changed" in verdict.message
        # or every later entry rewritten as well: then none is keyed any more
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entries"))
            conn.execute(text("INSERT INTO audit_entries SELECT * FROM saved"))
        assert audit_log.verify_chain(db, opened.actor).first_bad_id is None
        rewrite_from(db, target.id, key=None)
        verdict = audit_log.verify_chain(db, opened.actor)
        assert not verdict.ok and "rewritten" in verdict.message
    finally:
        db.dispose()


# --- listing and filtering ---------------------------------------------------------------


def test_the_list_is_newest_first_and_names_members_by_code(db, admin):
    ids = busy_day(db, admin)
    listed = audit_log.list_entries(db, admin)
    assert [e.id for e in listed] == sorted((e.id for e in listed), reverse=True)
    assert len(listed) == len(entries(db))
    update = next(e for e in listed if e.action == "member.update")
    assert (update.member_id, update.member_code) == (ids["hana"], "M-0001")
    assert update.fields == ("alias",)
    assert update.at.utcoffset() == timedelta(0)
    assert audit_log.list_entries(db, admin, limit=3) == listed[:3]


@pytest.fixture
def in_march(on_day: OnDay) -> date:
    """A fixed day, set before the database and its first entries are made."""
    return on_day(date(2026, 3, 10)).date()


def test_filters_narrow_the_list(in_march, db, admin):
    ids = busy_day(db, admin)
    views = audit_log.list_entries(db, admin, action="member.view")
    assert [(e.username, e.member_code) for e in views] == [("admin", "M-0002")]
    hana = audit_log.list_entries(db, admin, member_code=" m-0001 ")
    assert {e.action for e in hana} == {"member.create", "member.update", "keepaway.create"}
    assert all(e.member_id == ids["hana"] for e in hana)
    assert audit_log.list_entries(db, admin, member_code="M-0999") == []
    failed = audit_log.list_entries(db, admin, username="admin", action="login.failed")
    assert len(failed) == 1
    assert audit_log.list_entries(db, admin, username="yuna") == []
    today = in_march
    everything = audit_log.list_entries(db, admin)
    assert audit_log.list_entries(db, admin, date_from=today, date_to=today) == everything
    assert audit_log.list_entries(db, admin, date_from=today + timedelta(days=1)) == []
    assert audit_log.list_entries(db, admin, date_to=today - timedelta(days=1)) == []


def test_entries_of_an_erased_member_keep_only_her_id(db, admin):
    gone = members.create_member(db, admin, SOMANG)
    with db.transaction() as s:
        s.execute(delete(Member).where(Member.id == gone.id))
    [created] = audit_log.list_entries(db, admin, action="member.create")
    assert (created.member_id, created.member_code) == (gone.id, None)
    assert audit_log.verify_chain(db, admin).ok


def test_filter_choices_come_from_the_trail(db, admin):
    busy_day(db, admin)
    with pytest.raises(AuthenticationFailed):
        auth.login(db, "=not-an-account", "whatever it is")
    found = audit_log.actions(db, admin)
    assert found == sorted(found)
    assert {"setup", "login", "login.failed", "member.create", "member.view"} <= set(found)
    # a name typed at the login for no account is not offered as a user
    assert audit_log.usernames(db, admin) == ["admin"]


# --- export ------------------------------------------------------------------------------


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_export_defuses_formulas_and_is_itself_audited(db, admin, tmp_path):
    members.create_member(db, admin, HANA)
    # Nothing a user types reaches the log as text any more (an unknown name at login
    # is not kept); an entry written by an older version may still hold one.
    with db.transaction() as s:
        audit.record(s, None, "login.failed", username="=HYPERLINK(\"http://x\")")
    export = audit_log.export_csv(db, admin)
    exports.save(db, admin, export, tmp_path / "audit.csv")
    rows = read_csv((tmp_path / "audit.csv").read_bytes())
    assert export.rows == len(rows) - 1 == 3
    assert rows[0] == list(audit_log.CSV_COLUMNS)
    users = [r[2] for r in rows[1:]]
    assert "'=HYPERLINK(\"http://x\")" in users
    assert [r[3] for r in rows[1:]] == ["login.failed", "member.create", "setup"]
    assert rows[2][6] == "M-0001"
    # the chain can be checked from the file: each row names the hash of the next one
    assert rows[1][9] == rows[2][10] and rows[2][9] == rows[3][10]
    newest = audit_log.list_entries(db, admin, limit=1)[0]
    assert newest.action == "audit.export" and newest.username == "admin"


def test_export_follows_the_filters_and_keeps_no_values(db, admin, tmp_path):
    busy_day(db, admin)
    export = exports.save(db, admin, audit_log.export_csv(db, admin, member_code="M-0001"),
                          tmp_path / "audit.csv")
    data = export.data
    rows = read_csv(data)
    assert {r[6] for r in rows[1:]} == {"M-0001"}
    for secret in ("김하나", "Hana", "010-5555-0101", "Broker Choi"):
        assert secret.encode() not in data
    newest = audit_log.list_entries(db, admin, limit=1)[0]
    assert (newest.action, newest.member_code, newest.fields) == (
        "audit.export", "M-0001", ("member_code", f"rows={export.rows}"))


# --- who may ----------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["manager", "counselor", "staff"])
def test_only_an_administrator_reads_verifies_or_exports_the_trail(db, admin, role):
    other = make_user(db, admin, "other", role)
    count = len(entries(db))
    for call in (audit_log.list_entries, audit_log.verify_chain, audit_log.actions,
                 audit_log.usernames, audit_log.export_csv):
        with pytest.raises(PermissionDenied, match=role):
            call(db, other)
    assert len(entries(db)) == count


# --- views -------------------------------------------------------------------------------


def test_opening_a_profile_is_audited_without_its_content(db, admin):
    hana = members.create_member(db, admin, HANA)
    counselor = make_user(db, admin, "mira", "counselor")
    members.get_member(db, counselor, hana.id, purpose=Read.OPEN)
    members.get_member(db, admin, hana.id, purpose=Read.OPEN)
    views = audit_log.list_entries(db, admin, action="member.view")
    assert [(v.username, v.member_code, v.entity, v.entity_id) for v in views] == [
        ("admin", "M-0001", "member", hana.id), ("mira", "M-0001", "member", hana.id)]
    for row in entries(db):
        for column in AuditEntry.__table__.columns:
            value = str(getattr(row, column.key))
            assert "김하나" not in value and "010-5555-0101" not in value
