"""A key file that is valid JSON of the wrong shape says so (it is damaged: restore it),
never "error in the program"; and the rescue restore still starts, from the command line
and from the login window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from safehouse import cli
from safehouse.errors import DatabaseError
from safehouse.services import access, backups, members
from safehouse.services.dto.people import MemberInput
from safehouse.storage import grants, keys
from safehouse.ui.login_dialog import LoginDialog
from tests.conftest import TEST_PASSWORD, sqlite_vault

SLOT = {"salt": "AAAAAAAAAAAAAAAAAAAAAA==", "nonce": "AAAAAAAAAAAAAAAA",
        "sealed": "AAAA", "kdf": {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}}

WRONG_SHAPES = [
    [],
    "keys",
    None,
    {"version": 1},
    {"version": 1, "slots": []},
    {"version": 1, "slots": {"user:admin": "not a slot"}},
    {"version": 1, "slots": {"user:admin": {}}},
    {"version": 1, "slots": {"user:admin": {**SLOT, "salt": 5}}},
    {"version": 1, "slots": {"user:admin": {**SLOT, "nonce": "not base64!"}}},
    {"version": 1, "slots": {"user:admin": {**SLOT, "kdf": {"time_cost": 1}}}},
    {"version": 1, "slots": {"user:admin": {**SLOT, "kdf": {
        "time_cost": 1, "memory_cost": 2**40, "parallelism": 1}}}},  # would eat the memory
    {"version": 1, "slots": {"user:admin": {**SLOT, "kdf": {
        "time_cost": "1", "memory_cost": 1024, "parallelism": 1}}}},
    {"version": 1, "slots": {}, "records": []},
    {"version": 1, "slots": {}, "records": {"logins": []}},
    {"version": 1, "slots": {}, "records": {"logins": {"admin": 3}}},
    {"version": 1, "slots": {}, "records": {"pending_audit": {}}},
    {"version": "1", "slots": {}},
    # the second format: slots with public keys, and the keys granted to them
    {"version": 2, "slots": {"user:admin": {**SLOT, "public": "AAAA"}}},
    {"version": 2, "slots": {"user:admin": {**SLOT, "public": 5}}},
    {"version": 2, "slots": {}, "keys": []},
    {"version": 2, "slots": {}, "keys": {"another": [{"id": "a", "grants": {}}]}},
    {"version": 2, "slots": {}, "keys": {"database": "x"}},
    {"version": 2, "slots": {}, "keys": {"database": []}},
    {"version": 2, "slots": {}, "keys": {"database": [{"id": "a"}]}},
    {"version": 2, "slots": {}, "keys": {"database": [
        {"id": "a", "grants": {"user:admin": {"ephemeral": 5}}}]}},
    {"version": 2, "slots": {}, "keys": {"database": [
        {"id": "a", "grants": {"user:admin": {"ephemeral": "AAAA", "nonce": "AAAA",
                                             "wrapped": "AAAA"}}}]}},
]


@pytest.mark.parametrize("content", WRONG_SHAPES)
def test_a_key_file_of_the_wrong_shape_is_called_damaged(tmp_path, content):
    path = tmp_path / "safehouse.db.keys"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(DatabaseError, match="damaged"):
        keys.KeyFile.load(path)


def test_a_newer_versions_key_file_says_so(tmp_path):
    path = tmp_path / "safehouse.db.keys"
    path.write_text(json.dumps({"version": 3, "slots": {}}), encoding="utf-8")
    with pytest.raises(DatabaseError, match="newer version"):
        keys.KeyFile.load(path)


def test_a_key_file_as_safehouse_writes_it_still_loads(tmp_path):
    path = tmp_path / "safehouse.db.keys"
    store = keys.KeyFile(path)
    held = keys.Keys(database=(keys.new_key(),), confidential=(keys.new_key(),))
    grants.start(store.keys, held)
    store.put_slot(keys.user_label("admin"), TEST_PASSWORD, held, confidential=True)
    store.records["logins"] = {"admin": {"failures": 1}}
    store.save()
    loaded = keys.KeyFile.load(path)
    assert loaded.has_user("admin") and loaded.records["logins"]["admin"]["failures"] == 1
    assert loaded.unlock("admin", TEST_PASSWORD) == held


# --- the rescue restore starts ----------------------------------------------------------


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path]:
    """An office database with one member, a backup of it on a stick, and then its key
    file overwritten with JSON of the wrong shape."""
    (tmp_path / "office").mkdir()
    vault = sqlite_vault(tmp_path / "office", "safehouse.db")
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    members.create_member(opened.db, opened.actor, MemberInput(name="김하나"))
    made = backups.make_backup(opened.db, opened.actor, tmp_path / "stick")
    opened.db.dispose()
    vault.keys_path.write_text(json.dumps({"version": 1, "slots": []}), encoding="utf-8")
    return vault.path, made.file


def test_logging_in_says_the_key_file_is_damaged(office):
    path, _backup = office
    with pytest.raises(DatabaseError, match="damaged"):
        access.log_in(sqlite_vault(path.parent, path.name), "admin", TEST_PASSWORD)


def test_the_rescue_restore_replaces_a_database_whose_key_file_is_damaged(office):
    path, backup = office
    vault = sqlite_vault(path.parent, path.name)
    opened = backups.restore_in_place_of_nothing(vault, backup, username="admin",
                                                 password=TEST_PASSWORD)
    try:
        assert [m.name for m in members.list_members(opened.db, opened.actor)] == ["김하나"]
    finally:
        opened.db.dispose()
    assert list(path.parent.glob("safehouse.db.keys.damaged-*"))


def test_the_command_line_restore_starts_where_the_key_file_is_damaged(office, capsys,
                                                                      monkeypatch):
    path, backup = office
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", TEST_PASSWORD)
    assert cli.main(["--db", str(path), "--user", "admin", "restore", str(backup),
                     "--yes"]) == 0
    said = capsys.readouterr()
    assert "damaged" in said.out and "restored from" in said.out
    assert "error in the program" not in said.out + said.err
    assert cli.main(["--db", str(path), "--user", "admin", "check"]) == 0


def test_the_login_window_offers_the_restore_where_the_key_file_is_damaged(qtbot,
                                                                         office):
    path, _backup = office
    login = LoginDialog(sqlite_vault(path.parent, path.name))
    qtbot.addWidget(login)
    login.username.setText("admin")
    login.password.setText(TEST_PASSWORD)
    qtbot.mouseClick(login.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(login.error.text()))
    assert "damaged" in login.error.text()
    assert login.restore.isVisibleTo(login)
