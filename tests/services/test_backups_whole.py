"""Backups that are whole or absent (issue 7, item 3): a copy that lost rows is never
placed, a backup no administrator could use is never restored, and what a stopped
backup leaves behind is never listed, never the day's backup, and is cleaned up."""

from __future__ import annotations

import os
import shutil
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from safehouse import files
from safehouse.errors import DatabaseError
from safehouse.services import backups, members
from safehouse.services.dto.people import MemberInput
from safehouse.storage import backup as store
from safehouse.storage import keys, migrate
from safehouse.storage.db import Database


@pytest.fixture(autouse=True)
def _pg_tools(db: Database) -> None:
    if not db.is_sqlite and shutil.which("pg_dump") is None:
        pytest.skip("PostgreSQL backups need pg_dump and pg_restore")


def names(db, actor) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(m.name for m in members.list_members(db, actor))


def test_a_copy_that_lost_rows_is_never_placed(db, admin, tmp_path, monkeypatch):
    """The check compares the copy's row counts with the source's as copied."""
    members.create_member(db, admin, MemberInput(name="Kept Member"))
    if db.is_sqlite:
        real = store.copy_database

        def short(source: Database, target: Path) -> dict[str, int]:
            counts = real(source, target)
            counts["members"] += 1  # the copy holds one row fewer than the source had
            return counts

        monkeypatch.setattr(store, "copy_database", short)
    else:
        real_dump = store.dump_pg

        def short_dump(source: Database, target: Path) -> tuple[str, dict[str, int]]:
            schema, counts = real_dump(source, target)
            counts["members"] += 1
            return schema, counts

        monkeypatch.setattr(store, "dump_pg", short_dump)
    folder = tmp_path / "kept"
    with pytest.raises(DatabaseError, match="not whole"):
        backups.make_backup(db, admin, folder)
    assert sorted(p.name for p in folder.iterdir()) == []
    assert backups.list_backups(db, admin, folder) == []


def empty_backup_of(db: Database, folder: Path) -> Path:
    """A Safehouse database of the same key with every table and no rows (no users, no
    members): what a killed backup looked like after its journal was rolled back. It
    opens, passes the integrity checks and names a known revision."""
    assert db.file_path is not None and db.key is not None
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "safehouse-2026-01-02-030405.db"
    empty = Database(db.url.set(database=str(path)), key=db.key)
    try:
        migrate.upgrade(empty)
    finally:
        empty.dispose()
    shutil.copyfile(keys.KeyFile.path_for(db.file_path), store.keys_path(path))
    return path


def test_a_backup_with_no_administrator_is_refused(db, admin, tmp_path):
    if not db.is_sqlite:
        pytest.skip("made as an SQLite file")
    members.create_member(db, admin, MemberInput(name="Still Here"))
    empty = empty_backup_of(db, backups.backup_folder(db))
    assert store.check_sqlite(empty, db.key).revision  # today's check passes it

    listed = backups.list_backups(db, admin)
    assert [(b.file, b.verified) for b in listed] == [(empty, False)]
    assert "no active administrator" in listed[0].problem
    with pytest.raises(DatabaseError, match="no active administrator") as refused:
        backups.restore_backup(db, admin, empty)
    assert "Nothing was changed" in refused.value.message
    assert names(db, admin) == ["Still Here"]
    assert store.backups_in(backups.backup_folder(db)) == [empty]  # no undo copy made


def _age(path: Path, seconds: float) -> None:
    then = path.stat().st_mtime - seconds
    os.utime(path, (then, then))


def test_leftovers_of_a_stopped_backup_are_cleaned_up_and_only_they(db, admin, tmp_path):
    folder = backups.backup_folder(db)
    folder.mkdir(parents=True)
    dead = "99999999"  # no such process
    stale = [folder / f".safehouse-partial-{dead}-0123456789ab.db",
             folder / f".safehouse-partial-{dead}-0123456789ab.db-journal",
             folder / f".safehouse-partial-{dead}-0123456789ab.db.keys",
             folder / f".safehouse-partial-{dead}-ba9876543210.pgdump",
             folder / "safehouse-2026-01-02-030405.db.keys"]  # its backup never arrived
    fresh = folder / f".safehouse-partial-{dead}-00000000aaaa.db"  # in flight elsewhere
    others = [folder / "safehouse-before-0007-20260101.db", folder / "notes.txt",
              folder / "safehouse.db.damaged-20260101", folder / ".safehouse-partial-x.db"]
    for path in [*stale, fresh, *others]:
        path.write_bytes(b"partial")
    for path in [*stale, *others]:
        _age(path, 3600)

    made = backups.make_backup(db, admin)

    left = set(folder.iterdir())
    assert not any(path in left for path in stale)
    assert fresh in left and all(path in left for path in others)
    assert made.file in left and [b.file for b in backups.list_backups(db, admin)] == [made.file]


def test_a_leftover_is_never_the_days_backup(db, admin):
    folder = backups.backup_folder(db)
    folder.mkdir(parents=True)
    leftover = folder / f".safehouse-partial-{os.getpid()}-0123456789ab.db"
    leftover.write_bytes(b"")
    assert backups.list_backups(db, admin) == []
    made = backups.backup_if_due(db, admin)
    assert made is not None and made.verified
    assert leftover.exists()  # ours, of a running process: not removed


def test_a_named_backup_arrives_whole_with_its_key_file(db, admin, tmp_path, monkeypatch):
    """Between the steps of a backup nothing appears under a backup's name; at the end
    it is there with its key file and anchor, all readable by their owner only."""
    folder = tmp_path / "kept"
    seen: list[list[str]] = []
    real_check = store.check_sqlite if db.is_sqlite else store.check_pg_counted

    def watching(*args: object, **kw: object) -> store.Checked:
        seen.append(sorted(p.name for p in folder.iterdir() if store.is_backup(p)))
        return real_check(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "check_sqlite" if db.is_sqlite else "check_pg_counted",
                        watching)
    made = backups.make_backup(db, admin, folder)
    assert seen == [[]]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [made.file.name, made.file.name + ".anchor"]
        + ([made.file.name + ".keys"] if db.is_sqlite else []))
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_stale_means_untouched_for_minutes(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    old = folder / ".safehouse-partial-99999999-0123456789ab.db"
    old.write_bytes(b"x")
    reference = old.stat().st_mtime
    assert files.clean_leftovers(folder, reference + 60) == []
    limit = files.STALE_AFTER + timedelta(seconds=1)
    assert files.clean_leftovers(folder, reference + limit.total_seconds()) == [old]
