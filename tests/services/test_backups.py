"""Backups for people: made and audited, listed with their check, the daily one, and
restoring (checked first, undoable, audited), on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from safehouse import clock
from safehouse.errors import DatabaseError, PermissionDenied
from safehouse.models import AuditEntry
from safehouse.services import access, auth, backups, members
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput
from safehouse.storage import backup as store
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault
from tests.conftest import TEST_PASSWORD, sqlite_vault


@pytest.fixture(autouse=True)
def _pg_tools(db: Database) -> None:
    if not db.is_sqlite and shutil.which("pg_dump") is None:
        pytest.skip("PostgreSQL backups need pg_dump and pg_restore")


def actions(db: Database) -> list[str]:
    with db.transaction() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def names(db: Database, actor: Actor) -> list[str]:
    return sorted(m.name for m in members.list_members(db, actor))


def reopen(vault: Vault, db: Database) -> Database:
    """After a restore: log in again (a file), or the same connection (a server)."""
    if db.is_sqlite:
        return access.log_in(vault, "admin", TEST_PASSWORD).db
    return db


def test_a_backup_is_made_checked_listed_and_audited(db, admin):
    info = backups.make_backup(db, admin)
    assert info.verified and info.size > 0
    assert info.file.parent == backups.backup_folder(db)
    listed = backups.list_backups(db, admin)
    assert [b.file for b in listed] == [info.file]
    assert listed[0].verified is True
    assert actions(db)[-1] == "backup.make"


def test_a_damaged_backup_is_listed_as_failed(db, admin):
    info = backups.make_backup(db, admin)
    data = bytearray(info.file.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 32] = bytes(b ^ 0xFF for b in data[middle:middle + 32])
    info.file.write_bytes(bytes(data))
    (listed,) = backups.list_backups(db, admin)
    assert listed.verified is False and "damaged" in listed.problem


def test_the_daily_backup_is_made_when_the_last_is_a_day_old(db, admin):
    now = datetime(2026, 5, 1, 9, 0)
    first = backups.backup_if_due(db, admin, now=now)
    assert first is not None
    assert backups.backup_if_due(db, admin, now=now + timedelta(hours=23)) is None
    second = backups.backup_if_due(db, admin, now=now + timedelta(hours=25))
    assert second is not None and second.file != first.file
    assert actions(db).count("backup.make") == 2


def test_restore_brings_back_what_was_deleted_and_can_be_undone(vault, db, admin):
    kept = members.create_member(db, admin, MemberInput(name="Kept Before"))
    made = backups.make_backup(db, admin)
    members.create_member(db, admin, MemberInput(name="Made After"))
    with db.transaction() as s:  # "deleted after the backup": the kept one is gone
        from safehouse.models import Member

        s.delete(s.get(Member, kept.id))
    assert names(db, admin) == ["Made After"]

    result = backups.restore_backup(db, admin, made.file)
    assert result.log_in_again and result.undo_backup is not None
    assert result.undo_backup.exists() and result.undo_backup != made.file

    restored = reopen(vault, db)
    try:
        actor = auth.login(restored, "admin", TEST_PASSWORD) if db.is_sqlite else admin
        assert names(restored, actor) == ["Kept Before"]
        assert [a for a in actions(restored) if a.startswith("backup.")][-1] == \
            "backup.restore"
        # the undo backup is marked as made before a restore; the one restored is not
        marked = {b.file.name: b.before_restore for b in backups.list_backups(restored, actor)}
        assert marked[result.undo_backup.name] and not marked[made.file.name]
        assert "-before-restore" in result.undo_backup.name
        # and undone: the database as it was just before the restore
        backups.restore_backup(restored, actor, result.undo_backup)
    finally:
        if restored is not db:
            restored.dispose()
    again = reopen(vault, db)
    try:
        assert names(again, admin if not db.is_sqlite else
                     auth.login(again, "admin", TEST_PASSWORD)) == ["Made After"]
    finally:
        if again is not db:
            again.dispose()


def test_a_damaged_backup_is_refused_and_nothing_changes(vault, db, admin):
    members.create_member(db, admin, MemberInput(name="Still Here"))
    made = backups.make_backup(db, admin)
    data = bytearray(made.file.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 32] = bytes(b ^ 0xFF for b in data[middle:middle + 32])
    made.file.write_bytes(bytes(data))
    members.create_member(db, admin, MemberInput(name="Added Later"))
    before = sorted(p.name for p in backups.backup_folder(db).iterdir())
    audit_before = actions(db)

    with pytest.raises(DatabaseError, match="Nothing was changed"):
        backups.restore_backup(db, admin, made.file)
    assert names(db, admin) == ["Added Later", "Still Here"]
    assert sorted(p.name for p in backups.backup_folder(db).iterdir()) == before
    assert actions(db) == audit_before


def test_a_missing_backup_is_refused(db, admin, tmp_path):
    with pytest.raises(DatabaseError, match="no backup file"):
        backups.restore_backup(db, admin, tmp_path / "nothing-here.db")


def test_a_backup_of_another_database_needs_the_password_of_its_day(tmp_path):
    ours_vault = sqlite_vault(tmp_path, "ours.db")
    theirs_vault = sqlite_vault(tmp_path / "elsewhere", "theirs.db")
    ours = access.set_up(ours_vault, organisation="Ours", username="admin",
                         display_name="Admin", password=TEST_PASSWORD)
    theirs = access.set_up(theirs_vault, organisation="Theirs", username="admin",
                           display_name="Admin", password="their own password")
    members.create_member(theirs.db, theirs.actor, MemberInput(name="From Elsewhere"))
    made = backups.make_backup(theirs.db, theirs.actor)
    theirs.db.dispose()
    try:
        with pytest.raises(backups.PasswordNeeded):
            backups.restore_backup(ours.db, ours.actor, made.file)
        with pytest.raises(DatabaseError, match="nor with your password"):
            backups.restore_backup(ours.db, ours.actor, made.file, password="wrong one")
        backups.restore_backup(ours.db, ours.actor, made.file,
                               password="their own password")
    finally:
        ours.db.dispose()
    again = access.log_in(ours_vault, "admin", "their own password")
    try:
        assert names(again.db, again.actor) == ["From Elsewhere"]
    finally:
        again.db.dispose()


def test_managers_back_up_and_only_administrators_restore(db, admin):
    manager = auth.create_user(db, admin, username="manager", display_name="M",
                               role="manager", password=TEST_PASSWORD)
    staff = auth.create_user(db, admin, username="staff", display_name="S",
                             role="staff", password=TEST_PASSWORD)
    as_manager = Actor(id=manager.id, username="manager", display_name="M", role="manager")
    as_staff = Actor(id=staff.id, username="staff", display_name="S", role="staff")
    made = backups.make_backup(db, as_manager)
    assert backups.list_backups(db, as_manager)
    with pytest.raises(PermissionDenied):
        backups.restore_backup(db, as_manager, made.file)
    with pytest.raises(PermissionDenied):
        backups.make_backup(db, as_staff)
    # the daily backup is the program's: whoever logs in first sets it off
    assert backups.backup_if_due(db, as_staff, now=clock.now() + timedelta(days=2))



def test_an_explicit_file(db, admin, tmp_path: Path):
    target = tmp_path / "elsewhere" / "copy.bak"
    info = backups.make_backup(db, admin, out=target)
    assert info.file == target and target.exists()
    assert store.check(target, db.key)
    with pytest.raises(DatabaseError, match="exists already"):
        backups.make_backup(db, admin, out=target)
