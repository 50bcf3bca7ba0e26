"""A restore's undo copy restores from the command line (issue 7, item 3): the message
names it with its folder, a path relative to where one stands works, and a database
left with no administrator (an incomplete backup restored by an older version) can
still be replaced by it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from safehouse import cli
from safehouse.storage import keys, migrate
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault
from tests.cli.test_backup_cli import PASSWORD, add_member, member_names


@pytest.fixture
def dbfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", PASSWORD)
    path = tmp_path / "office" / "safehouse.db"
    path.parent.mkdir()
    assert run(path, "init") == 0
    capsys.readouterr()
    return path


def run(dbfile: Path, *args: str) -> int:
    return cli.main(["--db", str(dbfile), "--user", "admin", *args])


def undo_named_in(said: str) -> Path:
    match = re.search(r"To undo, restore (.+\.db)\.", said)
    assert match, said
    return Path(match.group(1))


def test_the_undo_copy_restores_from_the_command_line(dbfile, monkeypatch, capsys):
    add_member(dbfile, "Before Backup")
    assert run(dbfile, "backup") == 0
    add_member(dbfile, "After Backup")
    backups = dbfile.parent / "backups"
    (made,) = backups.glob("safehouse-*.db")
    monkeypatch.chdir(backups)  # the backup named as one sees it in its folder
    capsys.readouterr()
    assert run(dbfile, "restore", made.name, "--yes") == 0
    undo = undo_named_in(capsys.readouterr().out)
    assert undo.is_absolute() and undo.parent == backups and undo.exists()
    assert member_names(dbfile) == ["Before Backup"]

    monkeypatch.chdir(dbfile.parent)
    assert run(dbfile, "restore", str(Path("backups") / undo.name), "--yes") == 0
    assert member_names(dbfile) == ["After Backup", "Before Backup"]


def test_a_database_with_no_administrator_is_replaced_by_the_undo_copy(
        dbfile, tmp_path, capsys):
    """What an older version left after restoring a killed backup: a database of the
    same key, with every table and no rows. No one can log in; the undo copy (and its
    key file) still brings the data back."""
    add_member(dbfile, "Fictional Kim")
    assert run(dbfile, "backup", "--out", str(tmp_path / "undo.db")) == 0
    key = keys.KeyFile.load(keys.KeyFile.path_for(dbfile)).unlock("admin", PASSWORD).database[0]
    dbfile.unlink()
    empty = Database(Vault.open(dbfile).url, key=key)
    try:
        migrate.upgrade(empty)
    finally:
        empty.dispose()
    capsys.readouterr()

    assert run(dbfile, "check") == 1
    said = capsys.readouterr().err
    assert "no administrator who can log in" in said and "safehouse restore" in said

    assert run(dbfile, "restore", str(tmp_path / "undo.db"), "--yes") == 0
    assert "restored from undo.db" in capsys.readouterr().out
    assert member_names(dbfile) == ["Fictional Kim"]
    assert list(dbfile.parent.glob("safehouse.db.damaged-*"))  # kept aside, not deleted


def test_a_database_with_an_administrator_is_not_replaced_without_login(
        dbfile, tmp_path, capsys, monkeypatch):
    add_member(dbfile, "Fictional Kim")
    assert run(dbfile, "backup", "--out", str(tmp_path / "copy.db")) == 0
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", "not the password at all")
    capsys.readouterr()
    assert run(dbfile, "restore", str(tmp_path / "copy.db"), "--yes") == 1
    assert not list(dbfile.parent.glob("safehouse.db.damaged-*"))
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", PASSWORD)
    assert member_names(dbfile) == ["Fictional Kim"]
