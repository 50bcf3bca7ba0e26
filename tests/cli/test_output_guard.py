"""No command writes over the database or its key file (issue 7, item 7): an export or a
``backup --out`` aimed at the database, its journals or key file — by name, through a
link or ``..`` — or at any other database, backup or key file is refused, and nothing
changes; ``init`` beside a key file whose database is missing stops and explains."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from safehouse import cli, files
from safehouse.errors import DatabaseError, ValidationError
from safehouse.services import access, members
from safehouse.services.dto.people import MemberInput
from safehouse.storage.vault import Vault
from tests.conftest import sqlite_vault

PASSWORD = "a long enough secret"


@pytest.fixture
def dbfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", PASSWORD)
    path = tmp_path / "office" / "safehouse.db"
    path.parent.mkdir()
    assert run(path, "init") == 0
    opened = access.log_in(Vault.open(path), "admin", PASSWORD)
    try:
        members.create_member(opened.db, opened.actor, MemberInput(name="Fictional Kim"))
    finally:
        opened.db.dispose()
    capsys.readouterr()
    return path


def run(dbfile: Path, *args: str) -> int:
    return cli.main(["--db", str(dbfile), "--user", "admin", *args])


def snapshot(dbfile: Path) -> tuple[int, object]:
    """The database file (the same file: logging in writes to it) and its key file's
    slots (the same ones: a login rewrites only its records)."""
    keys = dbfile.with_name(dbfile.name + ".keys")
    return dbfile.stat().st_ino, json.loads(keys.read_text(encoding="utf-8"))["slots"]


def still_whole(dbfile: Path) -> None:
    assert b"Fictional Kim" not in dbfile.read_bytes()  # not a CSV, still encrypted
    assert run(dbfile, "check") == 0
    opened = access.log_in(Vault.open(dbfile), "admin", PASSWORD)
    try:
        assert [m.name for m in members.list_members(opened.db, opened.actor)] == \
            ["Fictional Kim"]
    finally:
        opened.db.dispose()


def hard_links(dbfile: Path, target: Path) -> None:
    """(Re)make the hard links just before they are tried: a login rewrites the key file
    under a new inode, leaving an older link to a copy of no use."""
    keys = dbfile.with_name(dbfile.name + ".keys")
    for name, source in (("hard-db.csv", dbfile), ("hard-keys.csv", keys)):
        if target.name == name:
            target.unlink(missing_ok=True)
            os.link(source, target)


def targets(dbfile: Path, tmp_path: Path) -> dict[str, Path]:
    """Every way of naming the database or its key file that was reported or is near."""
    keys = dbfile.with_name(dbfile.name + ".keys")
    links = tmp_path / "links"
    links.mkdir(exist_ok=True)
    (links / "to-db.csv").symlink_to(dbfile)
    (links / "to-keys.csv").symlink_to(keys)
    (links / "to-journal.csv").symlink_to(dbfile.with_name(dbfile.name + "-journal"))
    return {
        "the database": dbfile,
        "its key file": keys,
        "its -wal": dbfile.with_name(dbfile.name + "-wal"),
        "its -shm": dbfile.with_name(dbfile.name + "-shm"),
        "its -journal (not there)": dbfile.with_name(dbfile.name + "-journal"),
        "through ..": dbfile.parent / ".." / dbfile.parent.name / dbfile.name,
        "a symbolic link to it": links / "to-db.csv",
        "a symbolic link to its key file": links / "to-keys.csv",
        "a dangling link to its journal": links / "to-journal.csv",
        "a hard link to it": links / "hard-db.csv",
        "a hard link to its key file": links / "hard-keys.csv",
    }


def test_export_refuses_the_database_and_its_files_whatever_the_name(
        dbfile, tmp_path, capsys):
    before = snapshot(dbfile)
    for what, target in targets(dbfile, tmp_path).items():
        hard_links(dbfile, target)
        code = run(dbfile, "export", "members", str(target))
        said = capsys.readouterr().err
        if what == "a hard link to its key file" and code == 0:
            # the login rewrote the key file (a new inode) before the export: the link
            # names an old copy, which the export replaced; the key file is untouched
            assert not target.is_symlink() and target.stat().st_nlink == 1
        else:
            assert code == 1, what
            assert "is the database or one of its files" in said, (what, said)
        assert snapshot(dbfile) == before, what
    assert not dbfile.with_name(dbfile.name + "-journal").exists()
    still_whole(dbfile)


def test_export_refuses_any_other_database_backup_or_key_file(dbfile, tmp_path, capsys):
    other = tmp_path / "other"
    other.mkdir()
    plain = other / "plain.sqlite.csv"  # an SQLite file, whatever its name says
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    assert run(dbfile, "backup", "--out", str(other / "copy.db")) == 0
    cipher = other / "copy.db"  # an SQLCipher file: no header to know it by
    keys = other / "copy.db.keys"
    capsys.readouterr()
    for target in (plain, cipher, keys):
        before = target.read_bytes()
        assert run(dbfile, "export", "members", str(target)) == 1
        assert "does not write over" in capsys.readouterr().err
        assert target.read_bytes() == before
    # a file of another name, or a new one, is written (privately)
    assert run(dbfile, "export", "members", str(other / "members.csv")) == 0
    assert (other / "members.csv").stat().st_mode & 0o777 == 0o600


def test_export_through_a_link_to_an_ordinary_file_replaces_the_link_only(
        dbfile, tmp_path, capsys):
    kept = tmp_path / "kept.txt"
    kept.write_bytes(b"keep me")
    link = tmp_path / "out.csv"
    link.symlink_to(kept)
    assert run(dbfile, "export", "members", str(link)) == 0
    assert kept.read_bytes() == b"keep me"
    assert not link.is_symlink() and b"Fictional Kim" in link.read_bytes()


def test_backup_out_refuses_the_database_and_its_files(dbfile, tmp_path, capsys):
    before = snapshot(dbfile)
    for what, target in targets(dbfile, tmp_path).items():
        hard_links(dbfile, target)
        assert run(dbfile, "backup", "--out", str(target)) == 1, what
        said = capsys.readouterr().err
        assert "is the database or one of its files" in said or "exists already" in said, \
            (what, said)
        assert snapshot(dbfile) == before, what
    assert not dbfile.with_name(dbfile.name + "-journal").exists()
    still_whole(dbfile)


def test_the_refusal_is_translated(dbfile, capsys):
    assert run(dbfile, "--lang", "ko", "export", "members", str(dbfile)) == 1
    said = capsys.readouterr().err
    assert "database" not in said and str(dbfile) in said


def test_write_private_alone_refuses_existing_databases(tmp_path):
    plain = tmp_path / "any-name.csv"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(ValidationError):
        files.write_private(plain, b"x")
    (tmp_path / "sub").mkdir()
    with pytest.raises(ValidationError):
        files.refuse_database_target(tmp_path / "sub" / ".." / "any-name.csv")
    live = tmp_path / "live.db"
    live.write_bytes(b"not SQLite at all")  # (an SQLCipher file has no header)
    live.with_name("live.db.keys").write_text("{}")
    os.link(live.with_name("live.db.keys"), tmp_path / "keys-link.csv")
    with pytest.raises(ValidationError, match="is the database"):
        files.refuse_database_target(tmp_path / "keys-link.csv", [live])
    linked = tmp_path / "twice.csv"
    linked.write_bytes(b"a")
    os.link(linked, tmp_path / "other-name.txt")
    with pytest.raises(ValidationError, match="hard links"):
        files.write_private(linked, b"x")
    assert (tmp_path / "other-name.txt").read_bytes() == b"a"


def test_init_beside_an_orphaned_key_file_stops_and_explains(dbfile, capsys):
    keys = dbfile.with_name(dbfile.name + ".keys")
    dbfile.rename(dbfile.with_name("moved-away.db"))
    before = keys.read_bytes()
    assert run(dbfile, "init") == 1
    said = capsys.readouterr().err
    assert "key file" in said and "missing" in said and "nothing was changed" in said
    assert keys.read_bytes() == before and not dbfile.exists()
    assert run(dbfile, "demo") == 1
    assert keys.read_bytes() == before


def test_the_window_cannot_create_beside_an_orphaned_key_file(tmp_path):
    vault = sqlite_vault(tmp_path)
    vault.keys_path.write_text("{}")
    with pytest.raises(DatabaseError, match="its database .* is missing"):
        vault.create()
    assert vault.keys_path.read_text() == "{}" and not vault.path.exists()
