"""The encrypted database: only a user's password (or the recovery key) opens it."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from safehouse import clock
from safehouse.errors import AuthenticationFailed, DatabaseError
from safehouse.models import AuditEntry
from safehouse.services import access, auth, members
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.storage import keys, migrate
from safehouse.storage.db import Database
from safehouse.storage.keyring import FAILURES_BEFORE_DELAY, FAILURES_BEFORE_LOCK, delay_after
from safehouse.storage.vault import Vault, VaultState
from tests.conftest import TEST_PASSWORD, sqlite_vault

CANARY = "캐너리-Vault-7f3a"


def _set_up(vault: Vault) -> access.Opened:
    return access.set_up(vault, organisation="Test House", username="admin",
                         display_name="Test Administrator", password=TEST_PASSWORD)


def test_a_new_database_is_encrypted_and_plain_sqlite_cannot_read_it(tmp_path):
    vault = sqlite_vault(tmp_path)
    assert vault.state() is VaultState.NEW
    opened = _set_up(vault)
    members.create_member(opened.db, opened.actor, MemberInput(name=CANARY))
    opened.db.dispose()

    assert vault.state() is VaultState.LOCKED
    raw = vault.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert CANARY.encode() not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(vault.path).execute("SELECT * FROM members").fetchall()
    assert opened.recovery_code and len(opened.recovery_code) == 39


def test_the_right_password_opens_it_and_a_wrong_one_opens_nothing(tmp_path):
    vault = sqlite_vault(tmp_path)
    _set_up(vault).db.dispose()
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(AuthenticationFailed, match="not right"):
        access.log_in(vault, "admin", "not the password")
    with pytest.raises(AuthenticationFailed, match="not right"):
        access.log_in(vault, "nobody", TEST_PASSWORD)
    assert sorted(p.name for p in tmp_path.iterdir()) == before

    opened = access.log_in(vault, "admin", TEST_PASSWORD)
    assert opened.actor.username == "admin"
    opened.db.dispose()


def test_the_key_file_is_needed_and_must_belong_to_the_database(tmp_path):
    first = sqlite_vault(tmp_path, "one.db")
    second = sqlite_vault(tmp_path, "two.db")
    _set_up(first).db.dispose()
    _set_up(second).db.dispose()
    first.keys_path.replace(tmp_path / "spare.keys")
    with pytest.raises(DatabaseError, match="key file .* missing"):
        access.log_in(first, "admin", TEST_PASSWORD)
    second.keys_path.replace(first.keys_path)
    with pytest.raises(DatabaseError, match="does not belong"):
        access.log_in(first, "admin", TEST_PASSWORD)


def test_each_user_has_a_slot_and_a_new_password_moves_it(db, admin):
    auth.create_user(db, admin, username="somang", display_name="Park Somang",
                     role="counselor", password="counselor pass 1")
    assert db.keyring is not None and db.keyring.has_user("somang")
    actor = auth.login(db, "somang", "counselor pass 1")
    auth.change_password(db, actor, "counselor pass 1", "counselor pass 2",
                         "counselor pass 2")
    db.dispose()


def test_user_slots_open_the_database_for_each_user(tmp_path):
    vault = sqlite_vault(tmp_path)
    opened = _set_up(vault)
    auth.create_user(opened.db, opened.actor, username="somang", display_name="Park Somang",
                     role="counselor", password="counselor pass 1")
    opened.db.dispose()
    somang = access.log_in(vault, "somang", "counselor pass 1")
    auth.change_password(somang.db, somang.actor, "counselor pass 1", "counselor pass 2",
                         "counselor pass 2")
    somang.db.dispose()
    with pytest.raises(AuthenticationFailed):
        access.log_in(vault, "somang", "counselor pass 1")
    access.log_in(vault, "somang", "counselor pass 2").db.dispose()


def test_delays_after_five_failures_and_a_lock_after_ten_that_survives_a_restart(tmp_path):
    vault = sqlite_vault(tmp_path)
    _set_up(vault).db.dispose()
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    now = start
    counted = 0
    while counted < FAILURES_BEFORE_LOCK:
        with pytest.raises(AuthenticationFailed, match="not right"):
            vault.unlock("admin", "wrong password!", now=now)
        counted += 1
        if FAILURES_BEFORE_DELAY <= counted < FAILURES_BEFORE_LOCK:
            # Too soon: refused without even trying the password, and it counts (guessing
            # in parallel must not get cheaper).
            with pytest.raises(AuthenticationFailed, match="Wait"):
                vault.unlock("admin", TEST_PASSWORD, now=now)
            counted += 1
        now += timedelta(seconds=delay_after(counted) + 1)
    assert counted == FAILURES_BEFORE_LOCK

    restarted = sqlite_vault(tmp_path)
    with pytest.raises(AuthenticationFailed, match="locked.*minutes"):
        restarted.unlock("admin", TEST_PASSWORD, now=now)
    later = now + timedelta(minutes=16)
    db = restarted.unlock("admin", TEST_PASSWORD, now=later)
    try:
        actor = auth.login(db, "admin", TEST_PASSWORD)
        assert actor.username == "admin"
    finally:
        db.dispose()


def test_failed_attempts_reach_the_audit_at_the_next_login_without_unknown_names(tmp_path):
    vault = sqlite_vault(tmp_path)
    _set_up(vault).db.dispose()
    with pytest.raises(AuthenticationFailed):
        access.log_in(vault, "admin", "wrong password!")
    with pytest.raises(AuthenticationFailed):
        access.log_in(vault, "김하나", "a guess at a name")
    assert "김하나".encode() not in vault.keys_path.read_bytes()
    opened = access.log_in(vault, "admin", TEST_PASSWORD)
    with opened.db.transaction() as s:
        failed = [(e.action, e.username) for e in s.scalars(select(AuditEntry))
                  if e.action == "login.failed"]
    opened.db.dispose()
    assert failed == [("login.failed", "admin"), ("login.failed", "")]


def test_a_lock_can_be_lifted_by_another_administrator(tmp_path):
    vault = sqlite_vault(tmp_path)
    opened = _set_up(vault)
    auth.create_user(opened.db, opened.actor, username="second", display_name="Second Admin",
                     role="administrator", password="second admin pass")
    opened.db.dispose()
    now = clock.utcnow()
    for i in range(FAILURES_BEFORE_LOCK):
        with pytest.raises(AuthenticationFailed):
            vault.unlock("admin", "wrong password!", now=now + timedelta(minutes=i))
    with pytest.raises(AuthenticationFailed, match="locked"):
        vault.unlock("admin", TEST_PASSWORD)

    other = vault.unlock("second", "second admin pass")
    assert other.keyring is not None
    assert other.keyring.locked_until("admin") is not None
    assert other.keyring.lift_lock("admin")
    other.dispose()
    access.log_in(vault, "admin", TEST_PASSWORD).db.dispose()


def test_the_recovery_key_sets_a_new_administrator_password(tmp_path):
    vault = sqlite_vault(tmp_path)
    opened = _set_up(vault)
    code = opened.recovery_code
    assert code is not None
    opened.db.dispose()
    with pytest.raises(AuthenticationFailed, match="recovery key"):
        access.recover(vault, "AAAA-" + code[5:], username="admin",
                       new_password="a brand new password", repeat="a brand new password")
    recovered = access.recover(vault, code.lower(), username="admin",
                               new_password="a brand new password",
                               repeat="a brand new password")
    recovered.db.dispose()
    access.log_in(vault, "admin", "a brand new password").db.dispose()
    with pytest.raises(AuthenticationFailed):
        access.log_in(vault, "admin", TEST_PASSWORD)


def test_an_unencrypted_database_is_converted_by_an_administrator(tmp_path):
    path = tmp_path / "old.db"
    plain = Database(sqlite_vault(tmp_path, "old.db").url)
    migrate.upgrade(plain)
    admin = auth.setup(plain, organisation="Old House", username="admin",
                       display_name="Old Admin", password=TEST_PASSWORD)
    members.create_member(plain, admin, MemberInput(name=CANARY))
    auth.create_user(plain, admin, username="staffer", display_name="Staff One",
                     role="staff", password="staff password 1")
    plain.dispose()
    vault = sqlite_vault(tmp_path, "old.db")
    assert vault.state() is VaultState.PLAIN

    with pytest.raises(AuthenticationFailed):
        access.encrypt(vault, "admin", "wrong password!")
    assert path.read_bytes().startswith(b"SQLite format 3")  # untouched

    steps: list[int] = []
    opened = access.encrypt(vault, "admin", TEST_PASSWORD, lambda p, _w: steps.append(p))
    assert steps[-1] == 100
    assert opened.recovery_code and opened.users_without_key == 1
    assert [m.name for m in members.list_members(opened.db, opened.actor)] == [CANARY]
    opened.db.dispose()

    assert vault.state() is VaultState.LOCKED
    for name in ("old.db", "old.db-wal", "old.db-shm"):
        f = tmp_path / name
        assert not f.exists() or CANARY.encode() not in f.read_bytes()
    kept = list((tmp_path / "backups").glob("old-encrypted-*.db"))
    assert kept and not kept[0].read_bytes().startswith(b"SQLite format 3")
    access.log_in(vault, "admin", TEST_PASSWORD).db.dispose()


def test_login_with_real_key_derivation_takes_well_under_two_seconds(tmp_path, monkeypatch):
    monkeypatch.setattr(keys, "DEFAULT_KDF", keys.KdfParams())
    monkeypatch.setattr(auth, "_hasher", auth.PasswordHasher())
    vault = sqlite_vault(tmp_path)
    _set_up(vault).db.dispose()
    started = time.perf_counter()
    access.log_in(vault, "admin", TEST_PASSWORD).db.dispose()
    assert time.perf_counter() - started < 2.0


def test_migrations_copy_aside_stays_encrypted(tmp_path):
    vault = sqlite_vault(tmp_path)
    opened = _set_up(vault)
    members.create_member(opened.db, opened.actor, MemberInput(name=CANARY))
    copy = migrate.copy_aside(opened.db, "test")
    assert copy is not None
    raw = Path(copy).read_bytes()
    assert not raw.startswith(b"SQLite format 3") and CANARY.encode() not in raw
    copy_db = Database(sqlite_vault(tmp_path).url.set(database=str(copy)), key=opened.db.key)
    with copy_db.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM members")).scalar() == CANARY
    copy_db.dispose()
    opened.db.dispose()


def test_a_server_database_from_before_sealing_is_sealed_by_an_administrator(vault):
    if vault.is_sqlite:
        pytest.skip("the server's conversion; SQLite's is tested above")
    server = vault.server()
    admin = auth.setup(server, organisation="Old House", username="admin",
                       display_name="Old Admin", password=TEST_PASSWORD)
    members.create_member(server, admin, MemberInput(name="Lee Bom", notes=CANARY))
    assert vault.state() is VaultState.PLAIN

    opened = access.encrypt(vault, "admin", TEST_PASSWORD)
    assert opened.recovery_code
    with opened.db.engine.connect() as conn:
        stored = conn.execute(text("SELECT notes FROM members")).scalar()
    assert isinstance(stored, str) and stored.startswith("sealed:v2:") and CANARY not in stored
    member = members.list_members(opened.db, opened.actor)[0]
    detail = members.get_member(opened.db, opened.actor, member.id, purpose=Read.REFRESH)
    assert detail.notes == CANARY
    opened.db.dispose()
    assert vault.state() is VaultState.LOCKED


def test_set_up_then_log_in_on_either_kind_of_database(vault):
    opened = _set_up(vault)
    members.create_member(opened.db, opened.actor, MemberInput(name="Lee Bom", notes=CANARY))
    opened.db.dispose()
    vault.close()
    again = Vault(vault.url, schema=vault.schema)
    try:
        assert again.state() is VaultState.LOCKED
        with pytest.raises(AuthenticationFailed):
            access.log_in(again, "admin", "wrong password!")
        back = access.log_in(again, "admin", TEST_PASSWORD)
        listed = members.list_members(back.db, back.actor)
        detail = members.get_member(back.db, back.actor, listed[0].id, purpose=Read.REFRESH)
        assert detail.notes == CANARY
        back.db.dispose()
    finally:
        again.close()


# A login, after Vault.open (which the program does on its preload thread while the login
# waits), imports nothing: the driver's dialect, the key file's lock library and the
# X25519 backend were loaded by the open, not after the password was given.
_LOGIN_IMPORTS = """
import sys
from argon2 import PasswordHasher
from safehouse.services import access, auth
from safehouse.storage import db
from safehouse.storage.vault import Vault
auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
db.prepare_mappings()
vault = Vault.open(sys.argv[1])
before = set(sys.modules)
access.log_in(vault, "admin", sys.argv[2]).db.dispose()
print(",".join(sorted(set(sys.modules) - before)))
"""


def test_a_login_after_the_vault_is_opened_imports_nothing(tmp_path):
    import os
    import subprocess
    import sys

    vault = sqlite_vault(tmp_path)
    access.set_up(vault, organisation="Test House", username="admin",
                  display_name="Test Administrator", password=TEST_PASSWORD).db.dispose()
    done = subprocess.run(
        [sys.executable, "-c", _LOGIN_IMPORTS, str(vault.path), TEST_PASSWORD],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True,
        timeout=120, check=False, env=dict(os.environ))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == ""
