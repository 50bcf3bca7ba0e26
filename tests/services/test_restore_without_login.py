"""Restoring a backup where no database opens: a new computer, a damaged file, a lost
key file. The backup's own key file and an administrator's password of its day open it."""

from __future__ import annotations

from pathlib import Path

import pytest

from safehouse.errors import AuthenticationFailed, DatabaseError
from safehouse.services import access, auth, backups, members
from safehouse.services.dto.people import MemberInput
from tests.conftest import TEST_PASSWORD, sqlite_vault


@pytest.fixture
def backup_file(tmp_path: Path) -> Path:
    """A backup of an office database with one member and a staff account."""
    vault = sqlite_vault(tmp_path / "office", "safehouse.db")
    (tmp_path / "office").mkdir()
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    members.create_member(opened.db, opened.actor, MemberInput(name="김하나"))
    auth.create_user(opened.db, opened.actor, username="staffer", display_name="Staff One",
                     role="staff", password="staff password 1")
    made = backups.make_backup(opened.db, opened.actor, tmp_path / "stick")
    opened.db.dispose()
    return made.file


def test_a_new_computer_gets_the_backup_and_its_administrator_logs_in(tmp_path,
                                                                     backup_file):
    fresh = sqlite_vault(tmp_path / "new", "safehouse.db")
    opened = backups.restore_in_place_of_nothing(fresh, backup_file, username="admin",
                                                 password=TEST_PASSWORD)
    try:
        assert [m.name for m in members.list_members(opened.db, opened.actor)] == ["김하나"]
    finally:
        opened.db.dispose()
    access.log_in(fresh, "admin", TEST_PASSWORD).db.dispose()


def test_a_wrong_password_or_a_staff_account_restores_nothing(tmp_path, backup_file):
    fresh = sqlite_vault(tmp_path / "new", "safehouse.db")
    with pytest.raises(AuthenticationFailed):
        backups.restore_in_place_of_nothing(fresh, backup_file, username="admin",
                                            password="not the password")
    # a backup's key file holds only the administrators' slots: a staff password
    # opens nothing there
    with pytest.raises(AuthenticationFailed, match="not right"):
        backups.restore_in_place_of_nothing(fresh, backup_file, username="staffer",
                                            password="staff password 1")
    assert not fresh.path.exists() and not fresh.keys_path.exists()


def test_a_backup_without_its_key_file_is_refused(tmp_path, backup_file):
    backup_file.with_name(backup_file.name + ".keys").unlink()
    fresh = sqlite_vault(tmp_path / "new", "safehouse.db")
    with pytest.raises(DatabaseError, match="side by side"):
        backups.restore_in_place_of_nothing(fresh, backup_file, username="admin",
                                            password=TEST_PASSWORD)


def test_a_damaged_database_is_moved_aside_and_replaced(tmp_path, backup_file):
    office = sqlite_vault(tmp_path / "office", "safehouse.db")
    data = bytearray(office.path.read_bytes())
    data[:4096] = b"\x00" * 4096  # the first page is gone
    office.path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        access.log_in(office, "admin", TEST_PASSWORD)
    opened = backups.restore_in_place_of_nothing(office, backup_file, username="admin",
                                                 password=TEST_PASSWORD)
    opened.db.dispose()
    assert list((tmp_path / "office").glob("safehouse.db.damaged-*"))
    access.log_in(office, "admin", TEST_PASSWORD).db.dispose()


def test_a_database_that_opens_is_not_replaced_this_way(tmp_path, backup_file):
    office = sqlite_vault(tmp_path / "office", "safehouse.db")
    before = office.path.read_bytes()
    with pytest.raises(DatabaseError, match="opens"):
        backups.restore_in_place_of_nothing(office, backup_file, username="admin",
                                            password=TEST_PASSWORD)
    assert office.path.read_bytes() == before
