"""Roles enforced by keys, and revocation (issue 7, items 1, 2 and 10).

Each test plays an attack that worked before the confidential key: a staff member with
her password, the database file, its key file and the program's own modules; a role
written into ``users`` by hand; a disabled password tried on the key files in
``backups/``; an old key file put back after a password change; a lowered role tried on
a copy of the slots kept from before. All data here is fictional; the canaries are
looked for in everything the attacker can decrypt.
"""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from safehouse.errors import AuthenticationFailed, ConflictError, DatabaseError, PermissionDenied
from safehouse.services import (
    access,
    audit_log,
    auth,
    backups,
    keep_away,
    member_csv,
    members,
    room_setup,
    rooms,
    users,
)
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.storage import keys, sealed, sqlcipher
from safehouse.storage.db import Database
from safehouse.storage.vault import TableSlotStore, Vault
from tests.conftest import TEST_PASSWORD, legacy_slot

NOTES = "Canary-notes-LK4 fictional case note"
PHONE = "010-5555-0199"
PERSON = "Canary-person-HT8 fictional broker"
DESCRIPTION = "Canary-desc-WQ2 fictional grey car"
CANARIES = (NOTES, PHONE, PERSON, DESCRIPTION)
STAFF_PASSWORD = "bora's own pass 12"
MANAGER_PASSWORD = "mina's own pass 34"


@dataclass
class House:
    vault: Vault
    db: Database
    admin: Actor
    recovery_code: str
    member_id: int
    staff_id: int
    manager_id: int


@pytest.fixture
def house(vault: Vault) -> Iterator[House]:
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    db, admin = opened.db, opened.actor
    assert opened.recovery_code
    staff = users.create_account(db, admin, username="bora", display_name="Staff Bora",
                                 role="staff", password=STAFF_PASSWORD,
                                 must_change_password=False)
    manager = users.create_account(db, admin, username="mina", display_name="Manager Mina",
                                   role="manager", password=MANAGER_PASSWORD,
                                   must_change_password=False)
    member = members.create_member(db, admin, MemberInput(name="Fictional Kim",
                                                          phone=PHONE, notes=NOTES))
    other = members.create_member(db, admin, MemberInput(name="Fictional Lee"))
    keep_away.save_keep_away(db, admin, member.id, person_name=PERSON, relation="broker",
                             description=DESCRIPTION, linked_member_code=other.code)
    yield House(vault, db, admin, opened.recovery_code, member.id, staff.id, manager.id)
    db.dispose()


def log_in(vault: Vault, username: str, password: str) -> access.Opened:
    return access.log_in(vault, username, password)


# --- what an insider can decrypt ------------------------------------------------------


def _slots(vault: Vault) -> keys.SlotStore:
    """The slots as the insider reads them: the key file, or the key_slots table."""
    if vault.is_sqlite:
        return keys.KeyFile.load(vault.keys_path)
    return TableSlotStore(vault.server())


def _tables(conn_rows: Iterator[tuple[object, ...]]) -> list[str]:
    return [str(v) for row in conn_rows for v in row if v is not None]


def _everything(vault: Vault, held: keys.Keys) -> list[str]:
    """Every value of every table she can read with these keys (SQLite: the file
    decrypted with each database key she holds; PostgreSQL: the server, as its users
    see it), then every sealed value opened with every key she holds, as any form."""
    values: list[str] = []
    if vault.is_sqlite:
        for key in held.database + held.confidential:
            try:
                conn = sqlcipher.connect(vault.path, key, read_only=True)
                names = [r[0] for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'")]
            except sqlcipher.Error:
                continue
            try:
                for name in names:
                    values += _tables(conn.execute(f'SELECT * FROM "{name}"'))
            finally:
                conn.close()
    else:
        server = vault.server()
        with server.engine.connect() as conn:
            names = [r[0] for r in conn.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))]
            for name in names:
                values += _tables(conn.execute(text(f'SELECT * FROM "{name}"')))
    opened = []
    every = held.database + held.confidential
    for value in values:
        if not value.startswith(sealed.PREFIX):
            continue
        for key in every:
            for table, column in (("members", "notes"), ("members", "phone"),
                                  ("keep_aways", "entry")):
                for row_id in range(1, 5):
                    for as_keys in (sealed.SealingKeys(confidential=(key,), exists=True),
                                    sealed.SealingKeys(database=key)):
                        with contextlib.suppress(DatabaseError):
                            opened.append(sealed.open_value(as_keys, value, table, column,
                                                            row_id))
    return values + opened


def assert_no_canary(found: list[str]) -> None:
    joined = "\n".join(found)
    for canary in CANARIES:
        assert canary not in joined


def test_a_staff_password_with_the_files_and_the_code_opens_no_confidential_field(house):
    """Item 1: the insider attack, exactly. What she decrypts is the whole database
    (SQLite) or what the server shows (PostgreSQL), with every key her slot opens."""
    held = _slots(house.vault).unlock("bora", STAFF_PASSWORD)
    assert held.database and not held.confidential
    found = _everything(house.vault, held)
    assert any("Fictional Kim" in v for v in found)  # she does read the database…
    assert_no_canary(found)  # …but no confidential field
    # and the program, opened with her password, withholds them
    opened = log_in(house.vault, "bora", STAFF_PASSWORD)
    try:
        assert opened.db.confidential_key is None
        with opened.db.transaction() as s:
            assert not sealed.can_open(s)
    finally:
        opened.db.dispose()


def test_a_role_written_into_users_by_hand_gives_no_key(house):
    """Item 1: administrator by her own hand, she still reads no confidential field,
    exports none, and can give none."""
    opened = log_in(house.vault, "bora", STAFF_PASSWORD)
    with opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE users SET role = 'administrator' WHERE username = 'bora'"))
    opened.db.dispose()
    opened = log_in(house.vault, "bora", STAFF_PASSWORD)
    db, bora = opened.db, opened.actor
    try:
        assert bora.role == "administrator"
        detail = members.get_member(db, bora, house.member_id, purpose=Read.OPEN)
        assert (detail.name, detail.notes, detail.phone) == ("Fictional Kim", "", "")
        (entry,) = keep_away.list_keep_aways(db, bora, house.member_id, purpose=Read.OPEN)
        assert (entry.person_name, entry.relation, entry.description,
                entry.linked_member_code) == ("", "", "", None)
        exported = member_csv.export_members(db, bora)
        assert "Fictional Kim" in exported.data.decode("utf-8-sig")
        assert_no_canary([exported.data.decode("utf-8-sig")])
        listed = {a.username: a for a in users.list_accounts(db, bora)}
        assert listed["bora"].has_confidential_key is False
        assert listed["mina"].has_confidential_key is True
        # an account she makes, even a manager's, gets no confidential key from her
        users.create_account(db, bora, username="accomplice", display_name="Accomplice",
                             role="manager", password="accomplice pass 1",
                             must_change_password=False)
    finally:
        db.dispose()
    held = _slots(house.vault).unlock("accomplice", "accomplice pass 1")
    assert not held.confidential
    assert_no_canary(_everything(house.vault, held))


def test_the_roles_that_may_see_confidential_fields_hold_the_key(house):
    for name, password in (("admin", TEST_PASSWORD), ("mina", MANAGER_PASSWORD)):
        opened = log_in(house.vault, name, password)
        try:
            detail = members.get_member(opened.db, opened.actor, house.member_id,
                                        purpose=Read.REFRESH)
            assert (detail.notes, detail.phone) == (NOTES, PHONE)
        finally:
            opened.db.dispose()
    store = _slots(house.vault)
    assert store.holders("confidential") == {"user:admin", "user:mina", keys.RECOVERY_LABEL}


def _copy_slots(vault: Vault, into: Path) -> keys.SlotStore:
    """A copy of the slots as they are now, kept by someone."""
    if vault.is_sqlite:
        shutil.copy2(vault.keys_path, into)
        return keys.KeyFile.load(into)
    return TableSlotStore(vault.server())  # read now, kept in memory


def _opens_live_database(vault: Vault, held: keys.Keys) -> bool:
    """Does any database key of ``held`` open the live SQLite file?"""
    for key in held.database:
        conn = sqlcipher.connect(vault.path, key, read_only=True)
        try:
            conn.execute("SELECT count(*) FROM members").fetchone()
            return True
        except sqlcipher.Error:
            continue
        finally:
            conn.close()
    return False


def test_a_disabled_password_opens_no_live_key_through_backups_or_old_key_files(
        house, tmp_path):
    """Item 2: after a backup and a copy of the key file, the staff account is
    disabled: her password opens no key file in backups/ at all, and the copy's key no
    longer opens the live database."""
    if not house.vault.is_sqlite:
        pytest.skip("the database key is not rotated on PostgreSQL (see the README)")
    backups.make_backup(house.db, house.admin)
    kept = _copy_slots(house.vault, tmp_path / "kept.keys")
    assert _opens_live_database(house.vault, kept.unlock("bora", STAFF_PASSWORD))

    steps: list[int] = []
    users.disable(house.db, house.admin, house.staff_id,
                  progress=lambda percent, _step: steps.append(percent))
    assert steps and steps[-1] == 100

    for key_file in (house.vault.path.parent / "backups").glob("*.keys"):
        with pytest.raises(AuthenticationFailed):
            keys.KeyFile.load(key_file).unlock("bora", STAFF_PASSWORD)
    # the backup from before is listed as made under the earlier keys, not as failed
    (listed,) = backups.list_backups(house.db, house.admin)
    assert listed.verified is None and "before the keys were last replaced" in listed.problem
    assert not _opens_live_database(house.vault, kept.unlock("bora", STAFF_PASSWORD))
    # everyone else goes on as before, in this session and the next
    assert members.get_member(house.db, house.admin, house.member_id,
                              purpose=Read.REFRESH).notes == NOTES
    log_in(house.vault, "mina", MANAGER_PASSWORD).db.dispose()
    with pytest.raises(AuthenticationFailed):
        log_in(house.vault, "bora", STAFF_PASSWORD)


def test_an_old_key_file_put_back_after_a_password_change_opens_nothing(house, tmp_path):
    """Item 2: she changes her password; the key file from before is put back over the
    live one: her old password opens it, and what it opens no longer opens the
    database."""
    if not house.vault.is_sqlite:
        pytest.skip("the database key is not rotated on PostgreSQL (see the README)")
    before = tmp_path / "before.keys"
    shutil.copy2(house.vault.keys_path, before)
    opened = log_in(house.vault, "bora", STAFF_PASSWORD)
    auth.change_password(opened.db, opened.actor, STAFF_PASSWORD, "bora's new pass 56",
                         "bora's new pass 56")
    opened.db.dispose()
    shutil.copy2(before, house.vault.keys_path)
    with pytest.raises(DatabaseError, match="does not belong"):
        house.vault.unlock("bora", STAFF_PASSWORD)
    assert not _opens_live_database(
        house.vault, keys.KeyFile.load(before).unlock("bora", STAFF_PASSWORD))


def test_a_lowered_role_loses_the_confidential_key_even_from_a_copy(house, tmp_path):
    """Item 2, on both kinds of database: the manager is made staff; the slots kept
    from before give her the old confidential key, which opens no live value."""
    kept = _copy_slots(house.vault, tmp_path / "kept.keys")
    old = kept.unlock("mina", MANAGER_PASSWORD)
    assert old.confidential
    users.change_role(house.db, house.admin, house.manager_id, "staff")

    now = _slots(house.vault).unlock("mina", MANAGER_PASSWORD)
    assert not now.confidential
    assert_no_canary(_everything(house.vault, keys.Keys(
        database=now.database, confidential=old.confidential)))
    opened = log_in(house.vault, "mina", MANAGER_PASSWORD)
    try:
        assert opened.db.confidential_key is None
    finally:
        opened.db.dispose()
    # the others read on, with the new key
    assert members.get_member(house.db, house.admin, house.member_id,
                              purpose=Read.REFRESH).notes == NOTES


def test_the_recovery_key_still_opens_everything_after_a_rotation(house):
    users.disable(house.db, house.admin, house.manager_id)
    recovered = access.recover(house.vault, house.recovery_code, username="admin",
                               new_password="a brand new pass 77", repeat="a brand new pass 77")
    try:
        assert members.get_member(recovered.db, recovered.actor, house.member_id,
                                  purpose=Read.REFRESH).notes == NOTES
    finally:
        recovered.db.dispose()
    log_in(house.vault, "bora", STAFF_PASSWORD).db.dispose()


def test_raising_a_role_gives_the_key_to_a_slot_an_administrator_made_only(house):
    users.change_role(house.db, house.admin, house.staff_id, "counselor")
    assert _slots(house.vault).unlock("bora", STAFF_PASSWORD).confidential

    chae = users.create_account(house.db, house.admin, username="chae",
                                display_name="Staff Chae", role="staff",
                                password="chae temporary 1")
    opened = log_in(house.vault, "chae", "chae temporary 1")
    auth.change_password(opened.db, opened.actor, "chae temporary 1", "chae own pass 22",
                         "chae own pass 22")
    opened.db.dispose()
    # (on SQLite her change re-keyed the file: the administrator logs in again)
    admin = log_in(house.vault, "admin", TEST_PASSWORD)
    try:
        # her own password made her slot, without the key: raising her role cannot
        # vouch for it; a new password from the administrator does
        raised = users.change_role(admin.db, admin.actor, chae.id, "counselor")
        assert (raised.role, raised.has_confidential_key) == ("counselor", False)
        reset = users.reset_password(admin.db, admin.actor, chae.id, "chae temporary 2")
        assert reset.has_confidential_key is True
    finally:
        admin.db.dispose()
    assert _slots(house.vault).unlock("chae", "chae temporary 2").confidential


# --- a database from before the confidential key ------------------------------------


def _database_of_the_first_format(tmp_path: Path) -> tuple[Vault, str]:
    """An SQLite database at schema 0002 with a key file of format 1 (slots that wrap
    the database key itself), its confidential fields plain inside the encrypted file,
    as every database was before this change."""
    from alembic import command

    from safehouse.storage import migrate

    vault = Vault(make_url(f"sqlite+pysqlite:///{tmp_path / 'old.db'}"))
    key = keys.new_key()
    old = Database(vault.url, key=key)
    cfg = migrate._config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    with old.engine.begin() as conn:
        for name, role, password in (("admin", "administrator", TEST_PASSWORD),
                                     ("bora", "staff", STAFF_PASSWORD),
                                     ("mina", "manager", MANAGER_PASSWORD)):
            conn.execute(text(
                "INSERT INTO users (username, display_name, password_hash, role, active, "
                "failed_logins, must_change_password, created_at) VALUES (:u, :u, :h, :r, "
                "1, 0, 0, '2026-01-01 00:00:00')"),
                {"u": name, "h": auth.hash_password(password), "r": role})
        conn.execute(text(
            "INSERT INTO members (code, name, alias, phone, status, notes) VALUES "
            "('M-0001', 'Fictional Kim', '', :p, 'active', :n), "
            "('M-0002', 'Fictional Lee', '', '', 'active', '')"), {"p": PHONE, "n": NOTES})
        conn.execute(text(
            "INSERT INTO keep_aways (member_id, person_name, relation, description, "
            "linked_member_id) VALUES (1, :p, 'broker', :d, 2)"),
            {"p": PERSON, "d": DESCRIPTION})
    old.dispose()
    code = keys.new_recovery_code()
    slots = {keys.user_label(u): legacy_slot(key, pw, keys.user_label(u)).to_json()
             for u, pw in (("admin", TEST_PASSWORD), ("bora", STAFF_PASSWORD),
                           ("mina", MANAGER_PASSWORD))}
    slots[keys.RECOVERY_LABEL] = legacy_slot(key, code, keys.RECOVERY_LABEL).to_json()
    vault.keys_path.write_text(json.dumps({"version": 1, "slots": slots, "records": {}}))
    return vault, code


def test_a_database_from_before_gets_its_confidential_key_at_an_administrators_login(
        tmp_path):
    vault, old_code = _database_of_the_first_format(tmp_path)
    # a staff member first: the schema is brought up, her slot renewed, nothing sealed yet
    log_in(vault, "bora", STAFF_PASSWORD).db.dispose()
    assert _slots(vault).legacy

    steps: list[int] = []
    opened = access.log_in(vault, "admin", TEST_PASSWORD,
                           lambda percent, _step: steps.append(percent))
    try:
        assert opened.recovery_code and opened.recovery_code != old_code
        assert steps and steps[-1] == 100
        detail = members.get_member(opened.db, opened.actor, 1, purpose=Read.REFRESH)
        assert (detail.notes, detail.phone) == (NOTES, PHONE)
        (entry,) = keep_away.list_keep_aways(opened.db, opened.actor, 1, purpose=Read.REFRESH)
        assert (entry.person_name, entry.relation, entry.description,
                entry.linked_member_code) == (PERSON, "broker", DESCRIPTION, "M-0002")
        listed = {a.username: a for a in users.list_accounts(opened.db, opened.actor)}
    finally:
        opened.db.dispose()
    # the manager's slot is from before: her role may hold the key, an administrator's
    # new password for her gives it
    assert listed["mina"].has_confidential_key is False
    assert listed["admin"].has_confidential_key is True

    # the insider with the staff password: nothing confidential in the live database
    held = _slots(vault).unlock("bora", STAFF_PASSWORD)
    assert_no_canary(_everything(vault, held))
    # the old recovery key is gone with the old slots; the new one opens everything
    with pytest.raises(AuthenticationFailed):
        _slots(vault).unlock_with_recovery(old_code)
    assert opened.recovery_code is not None
    assert _slots(vault).unlock_with_recovery(opened.recovery_code).confidential


def test_the_audit_trail_its_anchors_and_the_records_hold_across_a_rotation(house):
    """The chain, the anchors beside backups and in the key file, and the key file's
    sealed records are keyed by keys that follow the rotation (or, for the chain and
    the anchors, by the integrity key that never rotates): nothing is reported broken or
    tampered with after an account is disabled and a password changed."""
    backups.make_backup(house.db, house.admin)
    users.disable(house.db, house.admin, house.staff_id)
    users.change_role(house.db, house.admin, house.manager_id, "counselor")
    backups.make_backup(house.db, house.admin)
    verdict = audit_log.verify_chain(house.db, house.admin)
    assert verdict.ok, (verdict.message, verdict.problems)
    assert house.db.keyring is not None and house.db.keyring.tampering() == []
    opened = log_in(house.vault, "mina", MANAGER_PASSWORD)
    try:
        assert opened.notices == ()
        auth.change_password(opened.db, opened.actor, MANAGER_PASSWORD, "mina new pass 78",
                             "mina new pass 78")
    finally:
        opened.db.dispose()
    again = log_in(house.vault, "admin", TEST_PASSWORD)
    try:
        verdict = audit_log.verify_chain(again.db, again.actor)
        assert verdict.ok, (verdict.message, verdict.problems)
        assert again.notices == () and again.db.keyring is not None
        assert again.db.keyring.tampering() == []
        actions = [e.action for e in audit_log.list_entries(again.db, again.actor)]
        # SQLite: disabling, and the new password (the database key); both kinds: the
        # new password of a holder of the confidential key
        assert actions.count("keys.rotate") == (2 if house.vault.is_sqlite else 1)
    finally:
        again.db.dispose()


def test_a_stay_is_refused_when_the_keep_away_links_cannot_be_read(house, on_day):
    """The housing rule reads the links sealed inside the entries: an account without
    the confidential key is refused rather than let a keep-away pair share a room."""
    on_day(date(2026, 3, 2))
    room = room_setup.create_room(house.db, house.admin, name="101", floor=1, capacity=2)
    other = members.find_member(house.db, house.admin, "M-0002", purpose=Read.REFRESH)
    rooms.assign(house.db, house.admin, other.id, room.id, date(2026, 3, 2))
    without = Database(house.db.url, schema=house.db.schema, key=house.db.key,
                       confidential_key=None)
    try:
        with pytest.raises(PermissionDenied, match="sealed"):
            rooms.assign(without, house.admin, house.member_id, room.id, date(2026, 3, 2))
    finally:
        without.dispose()
    with pytest.raises(ConflictError, match="keep-away"):
        rooms.assign(house.db, house.admin, house.member_id, room.id, date(2026, 3, 2))
