"""A rotation killed at any moment leaves a database that opens with the remaining
passwords, and the next login finishes it: the revoked password then opens nothing in
use. Real processes, killed with SIGKILL at each step of ``users.disable`` (after each
write of the key file, in the middle of sealing again, right after the re-key) and at
random moments; bounded to a few seconds each. SQLite (the file is re-keyed there)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from safehouse.errors import AuthenticationFailed
from safehouse.models import Member, User
from safehouse.services import access, audit_log, keep_away, members, users
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.storage import keys, sealed, sqlcipher
from safehouse.storage.vault import Vault
from tests.conftest import TEST_PASSWORD, sqlite_vault

MANAGER_PASSWORD = "manager pass 1234"
STAFF_PASSWORD = "staff pass 12345"
NOTES = "Fictional note {n}: canary-RT5"
MEMBERS = 80
ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import os, random, signal, sys, threading, time
    from argon2 import PasswordHasher
    from safehouse.services import access, auth, users
    from safehouse.storage import keys, sealed, sqlcipher
    from safehouse.storage.vault import Vault

    path, hook, manager_id = sys.argv[1], sys.argv[2], int(sys.argv[3])
    keys.DEFAULT_KDF = keys.KdfParams(time_cost=1, memory_cost=1024, parallelism=1)
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    opened = access.log_in(Vault.open(path), "admin", {password!r})

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    kind, _, n = hook.partition(":")
    count = {{"n": 0}}
    if kind == "save":  # after the n-th write of the key file
        real_save = keys.KeyFile.save
        def save(self):
            real_save(self)
            count["n"] += 1
            if count["n"] == int(n):
                die()
        keys.KeyFile.save = save
    elif kind == "seal":  # in the middle of sealing again, before its commit
        real_seal = sealed.seal_value
        def seal_value(*args):
            count["n"] += 1
            if count["n"] == int(n):
                die()
            return real_seal(*args)
        sealed.seal_value = seal_value
    elif kind == "rekey":  # right after the file was re-keyed
        real_rekey = sqlcipher.rekey
        def rekey(*args):
            real_rekey(*args)
            die()
        sqlcipher.rekey = rekey
    elif kind == "random":
        threading.Timer(float(n), die).start()
    print("go", flush=True)
    users.disable(opened.db, opened.actor, manager_id)
    print("done", flush=True)
    time.sleep(30)
""")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A database with an administrator, a manager, a staff member and members with
    confidential fields; made once, copied for each kill."""
    folder = tmp_path_factory.mktemp("base")
    keys.DEFAULT_KDF = keys.KdfParams(time_cost=1, memory_cost=1024, parallelism=1)
    vault = sqlite_vault(folder, "house.db")
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    db, admin = opened.db, opened.actor
    manager = users.create_account(db, admin, username="mina", display_name="Mina",
                                   role="manager", password=MANAGER_PASSWORD,
                                   must_change_password=False)
    users.create_account(db, admin, username="bora", display_name="Bora", role="staff",
                         password=STAFF_PASSWORD, must_change_password=False)
    for n in range(MEMBERS):
        m = members.create_member(db, admin, MemberInput(
            name=f"Fictional Member {n}", notes=NOTES.format(n=n), phone=f"010-0000-{n:04d}"))
        if n % 10 == 0:
            keep_away.save_keep_away(db, admin, m.id, person_name=f"Fictional Broker {n}",
                                     relation="broker")
    db.dispose()
    return folder, manager.id


def _copy(base: Path, into: Path) -> Vault:
    into.mkdir()
    for f in base.iterdir():
        if f.is_file():
            shutil.copy2(f, into / f.name)
    return sqlite_vault(into, "house.db")


def _run_child(vault: Vault, hook: str, manager_id: int) -> str:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(password=TEST_PASSWORD), str(vault.path), hook,
         str(manager_id)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        out, err = child.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
    if child.returncode not in (-signal.SIGKILL,):
        if "done" in out:  # finished before the kill came: stop it now
            child.kill()
        else:
            pytest.fail(f"the child did not die by the hook {hook}: {err[-2000:]}")
    return out


def _check(vault: Vault, kept_keys: keys.SlotStore) -> None:
    """The remaining passwords open it; after the administrator's login (which finishes
    what was begun) every note is there, and the manager's copy opens nothing live."""
    staff = access.log_in(vault, "bora", STAFF_PASSWORD)
    staff.db.dispose()
    opened = access.log_in(vault, "admin", TEST_PASSWORD)
    db, admin = opened.db, opened.actor
    try:
        assert db.keyring is not None and not db.keyring.pending()
        # nothing reported: not the chain, not the key file's records
        assert opened.notices == () and db.keyring.tampering() == []
        verdict = audit_log.verify(db)
        assert verdict.ok, (verdict.message, verdict.problems)
        with db.transaction() as s:
            notes = sorted(m.notes for m in s.query(Member))
            manager_active = s.query(User).filter_by(username="mina").one().active
        assert notes == sorted(NOTES.format(n=n) for n in range(MEMBERS))
        first = members.list_members(db, admin)[0]
        assert members.get_member(db, admin, first.id, purpose=Read.REFRESH).phone
    finally:
        db.dispose()
    old = kept_keys.unlock("mina", MANAGER_PASSWORD)
    try:
        access.log_in(vault, "mina", MANAGER_PASSWORD).db.dispose()
    except AuthenticationFailed:
        pass  # disabled; or her slot went and the kill came before the account's commit
    else:
        assert manager_active  # killed before anything was taken from her
        return
    for key in old.database:
        conn = sqlcipher.connect(vault.path, key, read_only=True)
        try:
            with pytest.raises(sqlcipher.Error):
                conn.execute("SELECT count(*) FROM members").fetchone()
        finally:
            conn.close()
    good = keys.KeyFile.load(vault.keys_path).unlock("admin", TEST_PASSWORD)
    conn = sqlcipher.connect(vault.path, good.database[0], read_only=True)
    try:
        stored = [r[0] for r in conn.execute("SELECT id, notes FROM members")]
        row = conn.execute("SELECT id, notes FROM members LIMIT 1").fetchone()
    finally:
        conn.close()
    assert stored
    with pytest.raises(Exception, match="damaged"):
        sealed.open_value(sealed.SealingKeys(confidential=old.confidential, exists=True),
                          row[1], "members", "notes", row[0])


HOOKS = ["save:1", "save:2", "save:3", "save:4", f"seal:{MEMBERS}", "rekey"]


@pytest.mark.parametrize("hook", [*HOOKS, "random:0.05", "random:0.25"])
def test_a_rotation_killed_at_any_step_leaves_a_database_that_opens(base, tmp_path, hook):
    folder, manager_id = base
    vault = _copy(folder, tmp_path / "copy")
    kept = keys.KeyFile.load(vault.keys_path)  # what the manager could have kept
    started = time.monotonic()
    if hook.startswith("random"):
        hook = f"random:{float(hook.split(':')[1]) + random.uniform(0, 0.1):.3f}"
    _run_child(vault, hook, manager_id)
    _check(vault, kept)
    assert time.monotonic() - started < 30
