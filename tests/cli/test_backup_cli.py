"""``safehouse backup [--out FILE]`` and ``safehouse restore FILE``: exit status, what
they print, what they change."""

from __future__ import annotations

import builtins
from pathlib import Path

import pytest

from safehouse import cli
from safehouse.services import access, auth, members
from safehouse.services.dto.people import MemberInput
from safehouse.storage.vault import Vault

PASSWORD = "a long enough secret"


@pytest.fixture
def dbfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str]) -> Path:
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", PASSWORD)
    path = tmp_path / "safehouse.db"
    assert cli.main(["--db", str(path), "--user", "admin", "init"]) == 0
    capsys.readouterr()
    return path


def run(dbfile: Path, *args: str, user: str = "admin") -> int:
    return cli.main(["--db", str(dbfile), "--user", user, *args])


def add_member(dbfile: Path, name: str) -> None:
    opened = access.log_in(Vault.open(dbfile), "admin", PASSWORD)
    try:
        members.create_member(opened.db, opened.actor, MemberInput(name=name))
    finally:
        opened.db.dispose()


def member_names(dbfile: Path) -> list[str]:
    opened = access.log_in(Vault.open(dbfile), "admin", PASSWORD)
    try:
        return sorted(m.name for m in members.list_members(opened.db, opened.actor))
    finally:
        opened.db.dispose()


def only_backup(dbfile: Path) -> Path:
    (found,) = sorted((dbfile.parent / "backups").glob("safehouse-*.db"))
    return found


def test_backup_writes_a_checked_file_and_its_keys(dbfile, capsys):
    assert run(dbfile, "backup") == 0
    out = capsys.readouterr().out
    made = only_backup(dbfile)
    assert "passed the integrity checks" in out and made.name in out
    assert Path(str(made) + ".keys").exists()


def test_backup_out_names_the_file_and_never_overwrites(dbfile, tmp_path, capsys):
    target = tmp_path / "usb" / "shelter.db"
    assert run(dbfile, "backup", "--out", str(target)) == 0
    assert target.exists() and Path(str(target) + ".keys").exists()
    capsys.readouterr()
    assert run(dbfile, "backup", "--out", str(target)) == 1
    assert "exists already" in capsys.readouterr().err


def test_restore_with_yes_brings_the_backup_back(dbfile, capsys):
    add_member(dbfile, "Before Backup")
    assert run(dbfile, "backup") == 0
    made = only_backup(dbfile)
    add_member(dbfile, "After Backup")
    capsys.readouterr()
    assert run(dbfile, "restore", str(made), "--yes") == 0
    out = capsys.readouterr().out
    assert "restored from" in out and "log in again" in out
    assert member_names(dbfile) == ["Before Backup"]
    assert len(list((dbfile.parent / "backups").glob("safehouse-*.db"))) == 2


def test_restore_asks_to_type_restore(dbfile, capsys, monkeypatch):
    add_member(dbfile, "Before Backup")
    assert run(dbfile, "backup") == 0
    made = only_backup(dbfile)
    add_member(dbfile, "After Backup")
    capsys.readouterr()
    monkeypatch.setattr(builtins, "input", lambda _prompt: "restore")
    assert run(dbfile, "restore", str(made)) == 1
    assert "Nothing was restored" in capsys.readouterr().err
    assert member_names(dbfile) == ["After Backup", "Before Backup"]
    monkeypatch.setattr(builtins, "input", lambda _prompt: "RESTORE")
    assert run(dbfile, "restore", str(made)) == 0
    assert member_names(dbfile) == ["Before Backup"]


def test_restore_refuses_a_damaged_backup(dbfile, capsys):
    add_member(dbfile, "Still Here")
    assert run(dbfile, "backup") == 0
    made = only_backup(dbfile)
    data = bytearray(made.read_bytes())
    data[len(data) // 2:len(data) // 2 + 32] = bytes(32)
    made.write_bytes(bytes(data))
    capsys.readouterr()
    assert run(dbfile, "restore", str(made), "--yes") == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "Nothing was changed" in err
    assert member_names(dbfile) == ["Still Here"]
    assert run(dbfile, "restore", str(dbfile.parent / "nope.db"), "--yes") == 1


def test_only_an_administrator_restores(dbfile, capsys, monkeypatch):
    opened = access.log_in(Vault.open(dbfile), "admin", PASSWORD)
    try:
        auth.create_user(opened.db, opened.actor, username="manager",
                         display_name="Manager", role="manager", password=PASSWORD)
        auth.create_user(opened.db, opened.actor, username="staff",
                         display_name="Staff", role="staff", password=PASSWORD)
    finally:
        opened.db.dispose()
    assert run(dbfile, "backup", user="manager") == 0
    made = only_backup(dbfile)
    capsys.readouterr()
    assert run(dbfile, "restore", str(made), "--yes", user="manager") == 1
    assert "does not allow" in capsys.readouterr().err
    assert run(dbfile, "backup", user="staff") == 1


def test_restore_onto_a_new_computer_needs_no_database_there(tmp_path, monkeypatch, capsys):
    office = tmp_path / "office" / "safehouse.db"
    office.parent.mkdir()
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", PASSWORD)
    assert cli.main(["--db", str(office), "--user", "admin", "init"]) == 0
    out = tmp_path / "stick" / "copy.db"
    out.parent.mkdir()
    assert cli.main(["--db", str(office), "--user", "admin", "backup", "--out", str(out)]) == 0
    capsys.readouterr()

    new = tmp_path / "new" / "safehouse.db"
    assert cli.main(["--db", str(new), "--user", "admin", "restore", str(out), "--yes"]) == 0
    said = capsys.readouterr().out
    assert "No database opens" in said and "restored from copy.db" in said
    assert cli.main(["--db", str(new), "--user", "admin", "check"]) == 0
