"""The key file (on PostgreSQL the ``key_slots`` table) under a lock: parallel failed
logins in real processes are all counted, and a failed login racing an administrator's
change to the slots never undoes it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from safehouse.errors import AuthenticationFailed
from safehouse.models import AuditEntry, User
from safehouse.services import access, auth, users
from safehouse.storage import keys, records
from safehouse.storage.keyring import FAILURES_BEFORE_LOCK
from safehouse.storage.vault import Vault
from tests.conftest import TEST_PASSWORD

PROCESSES = 8
ROUNDS = 3
WRONG = "wrong password!"

# One process: wait for the start signal, then try ROUNDS wrong passwords at once with
# the others; print how many were refused.
ATTEMPTS = """
import sys, time
from pathlib import Path
from sqlalchemy.engine import make_url
from safehouse.errors import AuthenticationFailed
from safehouse.storage import keys
from safehouse.storage.vault import Vault

url, schema, go, rounds = sys.argv[1], sys.argv[2] or None, Path(sys.argv[3]), int(sys.argv[4])
keys.DEFAULT_KDF = keys.KdfParams(time_cost=1, memory_cost=1024, parallelism=1)
vault = Vault(make_url(url), schema=schema)
deadline = time.monotonic() + 30
while not go.exists() and time.monotonic() < deadline:
    time.sleep(0.005)
refused = 0
for _ in range(rounds):
    try:
        vault.unlock("admin", "wrong password!").dispose()
    except AuthenticationFailed:
        refused += 1
vault.close()
print(refused)
"""


def _set_up(vault: Vault) -> access.Opened:
    return access.set_up(vault, organisation="Test House", username="admin",
                         display_name="Test Administrator", password=TEST_PASSWORD)


def _state(vault: Vault) -> records.State:
    return records.fold(records.parse(vault.store().records))


def test_parallel_wrong_passwords_in_processes_are_all_counted_and_lock(vault, tmp_path):
    opened = _set_up(vault)
    auth.create_user(opened.db, opened.actor, username="second", display_name="Second",
                     role="administrator", password="second admin pass")
    opened.db.dispose()
    go = tmp_path / "go"
    url = vault.url.render_as_string(hide_password=False)
    started = time.monotonic()
    children = [
        subprocess.Popen(
            [sys.executable, "-c", ATTEMPTS, url, vault.schema or "", str(go), str(ROUNDS)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            cwd=Path(__file__).parents[2])
        for _ in range(PROCESSES)
    ]
    time.sleep(0.5)  # let them start and wait
    go.touch()
    results = []
    for child in children:
        try:
            out, err = child.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            for other in children:
                other.kill()
            pytest.fail("a process trying passwords did not finish in time")
        results.append((child.returncode, out.strip(), err[-2000:]))
    assert time.monotonic() - started < 90
    # nothing crashed (PostgreSQL: no IntegrityError), every attempt was refused
    assert all(code == 0 and out == str(ROUNDS) for code, out, _ in results), results

    state = _state(vault)
    owed = [line for line in state.owed if line["username"] == "admin"]
    assert len(owed) == PROCESSES * ROUNDS  # every attempt counted, none lost
    assert state.logins["admin"]["failures"] >= FAILURES_BEFORE_LOCK
    with pytest.raises(AuthenticationFailed, match="locked"):
        vault.unlock("admin", TEST_PASSWORD)

    # and they reach the audit trail, each marked as reported by the key file
    second = access.log_in(vault, "second", "second admin pass")
    try:
        with second.db.transaction() as s:
            admin_id = s.scalar(select(User.id).where(User.username == "admin"))
            lines = list(s.scalars(select(AuditEntry).where(
                AuditEntry.user_id.is_(None), AuditEntry.entity_id == admin_id,
                AuditEntry.action.like("login.%"))))
    finally:
        second.db.dispose()
    assert len(lines) == PROCESSES * ROUNDS + 1  # and the refusal just above
    assert all("reported_by=key_file" in line.detail for line in lines)


def _slow_wrong_password(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make unwrapping a wrong password take half a second; the event is set when one
    starts (another change is then made "at the same time")."""
    started = threading.Event()
    real = keys.unwrap

    def slow(slot: keys.Slot, secret: str) -> bytes:
        if secret == WRONG:
            started.set()
            time.sleep(0.5)
        return real(slot, secret)

    monkeypatch.setattr(keys, "unwrap", slow)
    return started


def _failing_login_in_background(vault: Vault, username: str) -> tuple[threading.Thread,
                                                                     list[BaseException]]:
    caught: list[BaseException] = []

    def attempt() -> None:
        try:
            vault.unlock(username, WRONG).dispose()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            caught.append(exc)

    thread = threading.Thread(target=attempt)
    thread.start()
    return thread, caught


def test_a_failed_login_racing_a_disable_does_not_bring_the_slot_back(vault, monkeypatch):
    opened = _set_up(vault)
    info = auth.create_user(opened.db, opened.actor, username="staff1", display_name="Staff",
                            role="staff", password="staff password 1")
    started = _slow_wrong_password(monkeypatch)
    thread, caught = _failing_login_in_background(vault, "staff1")
    try:
        assert started.wait(10)
        users.disable(opened.db, opened.actor, info.id)
    finally:
        thread.join(20)
    assert [type(e) for e in caught] == [AuthenticationFailed]
    assert not vault.store().has_user("staff1")
    with pytest.raises(AuthenticationFailed):
        access.log_in(vault, "staff1", "staff password 1")
    # and the failed attempt was still counted
    assert ("login.failed", "staff1") in [(line["action"], line["username"])
                                          for line in _state(vault).owed]
    opened.db.dispose()


def test_a_failed_login_racing_a_password_change_keeps_the_new_password(vault, monkeypatch):
    opened = _set_up(vault)
    started = _slow_wrong_password(monkeypatch)
    thread, caught = _failing_login_in_background(vault, "admin")
    try:
        assert started.wait(10)
        auth.change_password(opened.db, opened.actor, TEST_PASSWORD, "a new password 2",
                             "a new password 2")
    finally:
        thread.join(20)
        opened.db.dispose()
    assert [type(e) for e in caught] == [AuthenticationFailed]
    access.log_in(vault, "admin", "a new password 2").db.dispose()
    with pytest.raises(AuthenticationFailed):
        vault.unlock("admin", TEST_PASSWORD)
    assert _state(vault).logins.get("admin", {}).get("failures", 0) <= 2


def test_the_key_file_is_replaced_whole_and_stays_private(tmp_path):
    from tests.conftest import sqlite_vault

    vault = sqlite_vault(tmp_path)
    _set_up(vault).db.dispose()
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            vault.unlock("admin", WRONG)
    assert stat.S_IMODE(os.stat(vault.keys_path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(keys.lock_path(vault.keys_path)).st_mode) & 0o077 == 0
    leftovers = [p.name for p in tmp_path.iterdir()
                 if p.name.startswith(vault.keys_path.name) and p != vault.keys_path
                 and p != keys.lock_path(vault.keys_path)]
    assert leftovers == []
