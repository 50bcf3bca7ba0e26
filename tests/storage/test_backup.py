"""Backup files: consistent, encrypted like the database, checked by opening them, kept
in a rotation; and the encrypted stream that carries a PostgreSQL dump."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import stat
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from safehouse.errors import DatabaseError
from safehouse.services import members
from safehouse.services.dto.people import MemberInput
from safehouse.storage import backup, backup_stream, keys, pg_backup
from safehouse.storage.db import Database
from tests.conftest import _pg_schema, make_admin

CANARY = "캐너리-Backup-5c1e"


def names_in(path: Path, key: bytes | None) -> list[str]:
    copy = Database(backup_url(path), key=key)
    try:
        with copy.engine.connect() as conn:
            return sorted(conn.execute(text("SELECT name FROM members")).scalars())
    finally:
        copy.dispose()


def backup_url(path: Path):  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url

    return make_url(f"sqlite+pysqlite:///{path}")


def flip_bytes(path: Path, at: int, count: int = 16) -> None:
    data = bytearray(path.read_bytes())
    for i in range(at, at + count):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


# --- SQLite ------------------------------------------------------------------------------


def test_a_backup_opens_with_the_key_and_holds_the_data(sqlite_db, tmp_path):
    admin = make_admin(sqlite_db)
    members.create_member(sqlite_db, admin, MemberInput(name=CANARY))
    folder = tmp_path / "kept"
    path = backup.make_backup(sqlite_db, folder, now=datetime(2026, 3, 4, 5, 6, 7))
    assert path == folder / "safehouse-2026-03-04-050607.db"
    assert backup.keys_path(path).exists()
    assert names_in(path, sqlite_db.key) == [CANARY]
    assert backup.check_sqlite(path, sqlite_db.key).revision
    for made in (path, backup.keys_path(path)):
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
    # the key file copied beside it unlocks the same key with the passwords of that day
    assert keys.KeyFile.load(backup.keys_path(path)).slots.keys() == \
        keys.KeyFile.load(keys.KeyFile.path_for(sqlite_db.file_path)).slots.keys()


def test_a_backup_is_encrypted(sqlite_db, tmp_path):
    admin = make_admin(sqlite_db)
    members.create_member(sqlite_db, admin, MemberInput(name=CANARY))
    path = backup.make_backup(sqlite_db, tmp_path / "kept")
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for encoding in ("utf-8", "utf-16-le"):
        assert CANARY.encode(encoding) not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM members").fetchall()
    with pytest.raises(DatabaseError, match="does not open"):
        backup.check_sqlite(path, keys.new_key())


def test_two_backups_in_one_second_get_two_names(sqlite_db, tmp_path):
    at = datetime(2026, 1, 1, 12, 0, 0)
    first = backup.make_backup(sqlite_db, tmp_path, now=at)
    second = backup.make_backup(sqlite_db, tmp_path, now=at)
    assert first != second and second.name == "safehouse-2026-01-01-120000-2.db"
    assert backup.backups_in(tmp_path) == [second, first]


def test_a_damaged_backup_fails_its_check(sqlite_db, tmp_path):
    make_admin(sqlite_db)
    path = backup.make_backup(sqlite_db, tmp_path)
    flip_bytes(path, path.stat().st_size // 2)
    with pytest.raises(DatabaseError, match="damaged"):
        backup.check_sqlite(path, sqlite_db.key)
    first_page = backup.make_backup(sqlite_db, tmp_path)
    flip_bytes(first_page, 100)
    with pytest.raises(DatabaseError):
        backup.check_sqlite(first_page, sqlite_db.key)


def test_a_copy_that_fails_its_check_is_deleted(sqlite_db, tmp_path, monkeypatch):
    def refuse(_path: Path, _key: bytes | None, **_given: object) -> backup.Checked:
        raise DatabaseError("The backup is damaged.")

    monkeypatch.setattr(backup, "check_sqlite", refuse)
    with pytest.raises(DatabaseError):
        backup.make_backup(sqlite_db, tmp_path / "kept")
    assert list((tmp_path / "kept").iterdir()) == []


def test_a_file_that_is_not_a_safehouse_database_is_refused(tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(DatabaseError, match="not a Safehouse database"):
        backup.check_sqlite(other, None)
    with pytest.raises(DatabaseError, match="no backup file"):
        backup.check_sqlite(tmp_path / "missing.db", None)


def test_an_explicit_target_is_not_overwritten(sqlite_db, tmp_path):
    target = tmp_path / "mine.db"
    assert backup.make_backup(sqlite_db, target=target) == target
    with pytest.raises(DatabaseError, match="exists already"):
        backup.make_backup(sqlite_db, target=target)


# --- rotation ------------------------------------------------------------------------------


def expected_after_a_year_of_dailies(today: date) -> set[date]:
    """A backup every day: the last 7 days, the newest of the last 4 ISO weeks, the
    newest of the last 12 months."""
    days = [today - timedelta(days=n) for n in range(366)]
    keep = set(days[:7])
    weeks: dict[tuple[int, int], date] = {}
    months: dict[tuple[int, int], date] = {}
    for day in days:  # newest first: the first seen of a period is its newest
        iso = day.isocalendar()
        weeks.setdefault((iso.year, iso.week), day)
        months.setdefault((day.year, day.month), day)
    keep |= set(sorted(weeks.values(), reverse=True)[:4])
    keep |= set(sorted(months.values(), reverse=True)[:12])
    return keep


def touch_backup(folder: Path, at: datetime) -> Path:
    path = folder / f"safehouse-{at.strftime(backup.STAMP)}.db"
    path.write_bytes(b"x")
    backup.keys_path(path).write_bytes(b"{}")
    return path


def test_rotation_over_a_simulated_year_of_daily_backups(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    others = [folder / "safehouse-before-0003-20250101-101010.db",
              folder / "safehouse-encrypted-20250101-101010.db", folder / "notes.txt"]
    for other in others:
        other.write_bytes(b"not ours")
    start = date(2025, 1, 1)
    for n in range(366):
        day = start + timedelta(days=n)
        at = datetime(day.year, day.month, day.day, 9, 30)
        touch_backup(folder, at)
        if n % 3 == 0:  # now and then a second one by hand, later the same day
            touch_backup(folder, at + timedelta(hours=5))
        backup.rotate(folder, now=at + timedelta(hours=6))
    today = start + timedelta(days=365)
    kept = {backup.taken_at(p).date() for p in backup.backups_in(folder)}  # type: ignore[union-attr]
    assert kept == expected_after_a_year_of_dailies(today)
    assert len(backup.backups_in(folder)) <= 7 + 4 + 12
    for path in backup.backups_in(folder):
        assert backup.keys_path(path).exists()
    assert len(list(folder.glob("*.keys"))) == len(backup.backups_in(folder))
    assert all(other.exists() for other in others)


def test_rotation_keeps_the_newest_and_everything_of_the_last_day(tmp_path):
    now = datetime(2026, 6, 1, 12, 0)
    old = touch_backup(tmp_path, datetime(2020, 1, 1))
    assert backup.rotate(tmp_path, now=now, daily=0, weekly=0, monthly=0) == []
    assert old.exists()  # the newest is never deleted
    recent = [touch_backup(tmp_path, now - timedelta(hours=h)) for h in (1, 2, 3)]
    removed = backup.rotate(tmp_path, now=now, daily=1, weekly=0, monthly=0)
    assert removed == [old] and not backup.keys_path(old).exists()
    assert all(p.exists() for p in recent)


def test_after_a_long_pause_older_backups_are_not_lost_to_the_calendar():
    now = datetime(2026, 6, 1)
    stamps = [datetime(2024, 1, d) for d in range(1, 11)]
    assert backup.to_keep(stamps, now=now) >= set(stamps[-7:])


# --- the encrypted stream for PostgreSQL dumps ------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 100, 3 * 64 - 1, 3 * 64, 3 * 64 + 1, 1000])
def test_the_stream_round_trips(monkeypatch, size):
    monkeypatch.setattr(backup_stream, "CHUNK", 64)
    key = keys.new_key()
    data = os.urandom(size)
    out = io.BytesIO()
    backup_stream.encrypt_stream(io.BytesIO(data), out, key)
    sealed = out.getvalue()
    assert sealed.startswith(backup_stream.MAGIC)
    if size >= 16:
        assert data[:16] not in sealed
    assert b"".join(backup_stream.decrypt_stream(io.BytesIO(sealed), key)) == data


def frames(sealed: bytes) -> tuple[bytes, list[bytes]]:
    header_len = len(backup_stream.MAGIC) + 1 + 16
    header, rest, found = sealed[:header_len], sealed[header_len:], []
    while rest:
        length, _ = backup_stream._FRAME.unpack(rest[:backup_stream._FRAME.size])
        end = backup_stream._FRAME.size + 12 + length
        found.append(rest[:end])
        rest = rest[end:]
    return header, found


def test_a_cut_reordered_altered_or_foreign_stream_is_refused(monkeypatch):
    monkeypatch.setattr(backup_stream, "CHUNK", 64)
    key = keys.new_key()
    out = io.BytesIO()
    backup_stream.encrypt_stream(io.BytesIO(os.urandom(300)), out, key)
    sealed = out.getvalue()
    header, parts = frames(sealed)
    assert len(parts) == 5

    def refused(data: bytes, with_key: bytes = key) -> None:
        with pytest.raises(DatabaseError):
            b"".join(backup_stream.decrypt_stream(io.BytesIO(data), with_key))

    refused(header + b"".join(parts[:-1]))  # the last frame cut off
    refused(header + parts[1] + parts[0] + b"".join(parts[2:]))  # reordered
    refused(sealed[:-1] + bytes([sealed[-1] ^ 1]))  # altered
    refused(sealed + b"more")  # something after the last frame
    refused(sealed, keys.new_key())  # another database's key
    refused(b"SQLite format 3\x00" + sealed)  # not ours at all
    other = io.BytesIO()
    backup_stream.encrypt_stream(io.BytesIO(os.urandom(300)), other, key)
    _, foreign = frames(other.getvalue())
    refused(header + foreign[0] + b"".join(parts[1:]))  # a frame of another file


def test_without_pg_dump_the_error_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(DatabaseError, match="pg_dump was not found"):
        pg_backup._pg_tool("pg_dump")


def test_the_password_of_a_server_goes_into_the_environment_only():
    from sqlalchemy.engine import make_url

    args, env = pg_backup.pg_connection(make_url(
        "postgresql+psycopg://shelter:s3cret@db.example:5433/safehouse?sslmode=require"))
    assert "s3cret" not in " ".join(args)
    assert env["PGPASSWORD"] == "s3cret" and env["PGSSLMODE"] == "require"
    assert args[args.index("--port") + 1] == "5433"


@pytest.fixture
def pg_db():  # type: ignore[no-untyped-def]
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("PostgreSQL backups need pg_dump and pg_restore")
    schema = f"t_{uuid.uuid4().hex[:16]}"
    for sa_url in _pg_schema(schema):
        from safehouse.storage.vault import Vault

        vault = Vault(sa_url, schema=schema)
        database = vault.create()
        try:
            yield database
        finally:
            database.dispose()
            vault.close()


@pytest.mark.postgres
def test_a_postgresql_backup_is_encrypted_and_restores(pg_db, tmp_path):
    admin = make_admin(pg_db)
    kept = members.create_member(pg_db, admin, MemberInput(name=CANARY))
    path = backup.make_backup(pg_db, tmp_path)
    assert path.suffix == ".pgdump"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert CANARY.encode() not in raw and b"PGDMP" not in raw
    members.create_member(pg_db, admin, MemberInput(name="After the backup"))
    pg_backup.restore_pg(pg_db, path, pg_db.key)  # type: ignore[arg-type]
    assert [m.name for m in members.list_members(pg_db, admin)] == [kept.name]
    flip_bytes(path, len(raw) // 2)
    with pytest.raises(DatabaseError):
        pg_backup.check_pg(path, pg_db.key)  # type: ignore[arg-type]
