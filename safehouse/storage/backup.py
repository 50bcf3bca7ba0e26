"""Backups: consistent copies made while the program runs, encrypted like the database,
checked by opening them, kept in a rotation; and putting one back.

SQLite: ``sqlcipher_export`` writes ``safehouse-YYYY-MM-DD-HHMMSS.db`` encrypted with
the database's own key, and the key file is copied beside it as ``….db.keys``, so the
backup opens with the passwords (and the recovery key) of the day it was made.

PostgreSQL: ``pg_dump --format=custom`` streamed through AES-GCM into
``safehouse-YYYY-MM-DD-HHMMSS.pgdump`` (see :func:`encrypt_stream` for the format), put
back by decrypting it into ``pg_restore --clean --if-exists``.

Only files named ``safehouse-<date>-<time>…`` are ours: the copies made before a
migration (``*-before-*``) or an encryption (``*-encrypted-*``) in the same folder are
never touched by the rotation.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO

from alembic.config import Config
from alembic.script import ScriptDirectory
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.engine import URL
from sqlcipher3 import dbapi2 as sqlcipher

from safehouse.errors import DatabaseError
from safehouse.storage import keys
from safehouse.storage.copies import copy_database
from safehouse.storage.db import Database, default_data_dir, sqlcipher_key_pragma

PREFIX = "safehouse-"
SQLITE_SUFFIX = ".db"
PG_SUFFIX = ".pgdump"
STAMP = "%Y-%m-%d-%H%M%S"
KEEP_ALL_WITHIN = timedelta(hours=24)
_NAME = re.compile(
    r"^safehouse-(\d{4}-\d{2}-\d{2}-\d{6})(?:-(\d+))?(\.db|\.pgdump)$"
)


# --- names and folders -----------------------------------------------------------------


def default_folder(db: Database) -> Path:
    """``<database folder>/backups`` for a file; the data folder's for a server."""
    path = db.file_path
    if path is not None:
        return path.parent / "backups"
    return default_data_dir() / "backups"


def keys_path(backup: Path) -> Path:
    """The key file that travels with an SQLite backup."""
    return keys.KeyFile.path_for(backup)


def taken_at(path: Path) -> datetime | None:
    """When a backup was made (local time, from its name); None if not one of ours."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), STAMP)


def is_backup(path: Path) -> bool:
    return taken_at(path) is not None


def backups_in(folder: Path) -> list[Path]:
    """Our backups in a folder, the newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_file() and is_backup(p)]
    return sorted(found, key=_sort_key, reverse=True)


def _sort_key(path: Path) -> tuple[datetime, int]:
    match = _NAME.match(path.name)
    assert match is not None
    return datetime.strptime(match.group(1), STAMP), int(match.group(2) or 0)


def new_name(folder: Path, suffix: str, now: datetime) -> Path:
    """``safehouse-<stamp><suffix>``; ``-2``, ``-3``… when that second is taken."""
    base = f"{PREFIX}{now.strftime(STAMP)}"
    candidate = folder / f"{base}{suffix}"
    n = 1
    while candidate.exists() or keys_path(candidate).exists():
        n += 1
        candidate = folder / f"{base}-{n}{suffix}"
    return candidate


def size_of(backup: Path) -> int:
    """The bytes a backup takes, its key file included."""
    total = backup.stat().st_size
    kp = keys_path(backup)
    if kp.exists():
        total += kp.stat().st_size
    return total


def remove(backup: Path) -> None:
    backup.unlink(missing_ok=True)
    keys_path(backup).unlink(missing_ok=True)


# --- the checks --------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """What the check of a backup found: it opens, and its pages and schema are sound."""

    revision: str  # the schema revision (alembic) it was written with


def _known_revisions() -> set[str]:
    cfg = Config()
    cfg.set_main_option("script_location", "safehouse.storage:migrations")
    return {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}


def check_sqlite(path: Path, key: bytes | None) -> Checked:
    """Open an SQLite backup read-only with ``key`` and run the integrity checks.

    Raises DatabaseError when it does not open with that key or any check fails.
    """
    if not path.is_file():
        raise DatabaseError(f"There is no backup file at {path}.")
    try:
        conn = sqlcipher.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlcipher.Error:
        raise DatabaseError(f"The backup {path.name} cannot be opened.") from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(sqlcipher_key_pragma(key))
        conn.execute("PRAGMA query_only = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.Error:
            raise DatabaseError(
                f"The backup {path.name} does not open with this database's key: it is "
                "damaged, or it belongs to another database."
            ) from None
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            cipher = list(conn.execute("PRAGMA cipher_integrity_check")) if key else []
            has_version = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                "AND name = 'alembic_version'"
            ).fetchone()[0]
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
                if has_version else None
        except sqlcipher.Error:
            raise DatabaseError(f"The backup {path.name} is damaged.") from None
    finally:
        conn.close()
    if result != ["ok"] or cipher:
        raise DatabaseError(f"The backup {path.name} is damaged (its integrity check "
                            "failed).")
    if row is None:
        raise DatabaseError(f"The file {path.name} is not a Safehouse database.")
    revision = str(row[0])
    if revision not in _known_revisions():
        raise DatabaseError(f"The backup {path.name} was written by a newer version of "
                            "Safehouse; install that version or newer to restore it.")
    return Checked(revision=revision)


def check(backup: Path, key: bytes | None) -> Checked:
    """Check a backup of either kind."""
    if backup.suffix == PG_SUFFIX or _looks_like_pg_backup(backup):
        if key is None:
            raise DatabaseError("A PostgreSQL backup needs the database key.")
        return check_pg(backup, key)
    return check_sqlite(backup, key)


# --- SQLite -----------------------------------------------------------------------------


def _copy_private(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())
    os.chmod(target, 0o600)


def make_backup(
    db: Database,
    folder: Path | None = None,
    *,
    now: datetime | None = None,
    target: Path | None = None,
) -> Path:
    """Write and check a backup; returns its path.

    ``target`` names the file; otherwise it is ``folder`` (default: :func:`default_folder`)
    / ``safehouse-<date>-<time>``. A backup that fails its check is deleted and
    DatabaseError raised.
    """
    now = now or datetime.now()
    if target is None:
        folder = folder or default_folder(db)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = new_name(folder, SQLITE_SUFFIX if db.is_sqlite else PG_SUFFIX, now)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() or (db.is_sqlite and keys_path(target).exists()):
            raise DatabaseError(f"{target} exists already; choose another name.")
    if not db.is_sqlite:
        if db.key is None:
            raise DatabaseError("The database key is needed to encrypt the backup.")
        try:
            dump_pg(db, target)
            check_pg(target, db.key)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target
    source = db.file_path
    assert source is not None
    try:
        copy_database(db, target)
        source_keys = keys.KeyFile.path_for(source)
        if source_keys.exists():
            _copy_private(source_keys, keys_path(target))
        check_sqlite(target, db.key)
    except BaseException:
        remove(target)
        raise
    return target


def restore_sqlite(
    db: Database, backup: Path, key: bytes, *, replace_keys: bool = True
) -> None:
    """Put a checked backup in place of ``db``'s file (``db`` is disposed first).

    The backup is copied beside the database, then moved over it with ``os.replace``;
    its key file likewise (when ``replace_keys`` and there is one). The caller checks
    the backup and makes the undo backup before calling this.
    """
    path = db.file_path
    assert path is not None
    staged = path.with_name(path.name + ".restoring")
    staged_keys = keys.KeyFile.path_for(staged)
    backup_keys = keys_path(backup)
    for leftover in (staged, staged_keys):
        leftover.unlink(missing_ok=True)
    try:
        _copy_private(backup, staged)
        check_sqlite(staged, key)  # what was copied is what was checked
        if replace_keys and backup_keys.exists():
            _copy_private(backup_keys, staged_keys)
    except BaseException:
        staged.unlink(missing_ok=True)
        staged_keys.unlink(missing_ok=True)
        raise
    db.dispose()
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(staged, path)
    if staged_keys.exists():
        os.replace(staged_keys, keys.KeyFile.path_for(path))


# --- rotation ----------------------------------------------------------------------------


def _day(at: datetime) -> tuple[int, ...]:
    return (at.year, at.month, at.day)


def _iso_week(at: datetime) -> tuple[int, ...]:
    iso = at.isocalendar()
    return (iso.year, iso.week)


def _month(at: datetime) -> tuple[int, ...]:
    return (at.year, at.month)


def to_keep(
    stamps: Iterable[datetime], *, now: datetime, daily: int = 7, weekly: int = 4,
    monthly: int = 12, within: timedelta = KEEP_ALL_WITHIN,
) -> set[datetime]:
    """Which of these backup times a rotation keeps.

    The newest backup of each of the ``daily`` most recent days that have one, of each
    of the ``weekly`` most recent ISO weeks, of each of the ``monthly`` most recent
    months; the newest of all; every one of the last ``within`` (the automatic one and
    any made by hand today); and any dated after ``now`` (a clock set wrong).
    With a backup every day that is the last 7 days, 4 weeks and 12 months; after a
    pause, older backups are kept rather than lost to the calendar.
    """
    ordered = sorted(set(stamps), reverse=True)
    keep: set[datetime] = set(ordered[:1]) | {s for s in ordered if s > now - within}
    rules: list[tuple[Callable[[datetime], tuple[int, ...]], int]] = [
        (_day, daily), (_iso_week, weekly), (_month, monthly)]
    for period, count in rules:
        seen: list[tuple[int, ...]] = []
        for stamp in ordered:
            if len(seen) >= count:
                break
            p = period(stamp)
            if p not in seen:  # the newest of a period comes first
                seen.append(p)
                keep.add(stamp)
    return keep


def rotate(
    folder: Path, *, now: datetime | None = None, daily: int = 7, weekly: int = 4,
    monthly: int = 12, within: timedelta = KEEP_ALL_WITHIN,
) -> list[Path]:
    """Delete the backups (and their key files) the rotation does not keep; returns them."""
    now = now or datetime.now()
    found = backups_in(folder)
    by_time: dict[datetime, list[Path]] = {}
    for path in found:
        stamp = taken_at(path)
        assert stamp is not None
        by_time.setdefault(stamp, []).append(path)
    keep = to_keep(by_time, now=now, daily=daily, weekly=weekly, monthly=monthly,
                   within=within)
    removed: list[Path] = []
    for stamp, paths in by_time.items():
        if stamp in keep:  # with any others made in the same second (-2, -3…)
            continue
        for path in paths:
            remove(path)
            removed.append(path)
    return removed


# --- PostgreSQL: the encrypted dump format ----------------------------------------------

MAGIC = b"SAFEHOUSE-PGDUMP"
FORMAT_VERSION = 1
CHUNK = 1 << 20
_FRAME = struct.Struct(">IB")  # ciphertext length, flags
_FINAL = 0x01
_NONCE = 12
_FILE_ID = 16


def stream_key(key: bytes) -> bytes:
    """The backups' own AES key, derived from the database key (kept apart from the
    key that seals columns)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"safehouse backup stream v1").derive(key)


def _aad(header: bytes, index: int, flags: int) -> bytes:
    return header + struct.pack(">QB", index, flags)


def encrypt_stream(source: IO[bytes], out: IO[bytes], key: bytes) -> None:
    """Encrypt ``source`` into ``out``: a header, then frames.

    Header: ``MAGIC``, a version byte, 16 random bytes naming this file. Frame: a 4-byte
    big-endian ciphertext length, a flags byte (``0x01``: the last frame), a 12-byte
    random nonce, then the AES-GCM ciphertext of up to 1 MiB, authenticated with the
    header, the frame's index and its flags. A cut, reordered, or spliced file fails.
    """
    header = MAGIC + bytes([FORMAT_VERSION]) + secrets.token_bytes(_FILE_ID)
    aes = AESGCM(stream_key(key))
    out.write(header)
    index = 0
    pending = _read_full(source, CHUNK)
    while True:
        following = _read_full(source, CHUNK) if pending else b""
        flags = _FINAL if not following else 0
        nonce = secrets.token_bytes(_NONCE)
        sealed = aes.encrypt(nonce, pending, _aad(header, index, flags))
        out.write(_FRAME.pack(len(sealed), flags) + nonce + sealed)
        if flags & _FINAL:
            break
        pending, index = following, index + 1


def _read_full(source: IO[bytes], size: int) -> bytes:
    parts: list[bytes] = []
    left = size
    while left:
        chunk = source.read(left)
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def decrypt_stream(source: IO[bytes], key: bytes) -> Iterator[bytes]:
    """The plaintext chunks of :func:`encrypt_stream`'s output; DatabaseError if any
    frame is wrong, missing, or out of place (chunks before it have been yielded)."""
    damaged = DatabaseError("The backup is damaged, or it was made of another database.")
    header = source.read(len(MAGIC) + 1 + _FILE_ID)
    if len(header) < len(MAGIC) + 1 + _FILE_ID or not header.startswith(MAGIC):
        raise DatabaseError("This file is not a Safehouse PostgreSQL backup.")
    if header[len(MAGIC)] != FORMAT_VERSION:
        raise DatabaseError("This backup was written by a newer version of Safehouse.")
    aes = AESGCM(stream_key(key))
    index = 0
    while True:
        head = source.read(_FRAME.size)
        if len(head) < _FRAME.size:
            raise damaged  # cut short: the last frame is missing
        length, flags = _FRAME.unpack(head)
        if length > CHUNK + 16:
            raise damaged
        nonce = source.read(_NONCE)
        sealed = source.read(length)
        if len(nonce) < _NONCE or len(sealed) < length:
            raise damaged
        try:
            yield aes.decrypt(nonce, sealed, _aad(header, index, flags))
        except InvalidTag:
            raise damaged from None
        if flags & _FINAL:
            if source.read(1):
                raise damaged
            return
        index += 1


def _looks_like_pg_backup(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


# --- PostgreSQL: pg_dump and pg_restore --------------------------------------------------


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise DatabaseError(
            f"{name} was not found. Install the PostgreSQL client programs (the same "
            f"major version as the server, or newer) and make sure {name} is on the PATH."
        )
    return found


_SSL_ENV = {"sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT",
            "sslcert": "PGSSLCERT", "sslkey": "PGSSLKEY", "sslcrl": "PGSSLCRL"}


def pg_connection(url: URL) -> tuple[list[str], dict[str, str]]:
    """Command-line arguments and environment for the PostgreSQL client programs.

    The password goes into ``PGPASSWORD``, never onto the command line.
    """
    args = ["--no-password"]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    for name, variable in _SSL_ENV.items():
        value = url.query.get(name)
        if isinstance(value, str):
            env[variable] = value
    return args, env


def _schema_args(db: Database) -> list[str]:
    return ["--schema", db.schema] if db.schema else []


def _tool_failed(name: str, stderr: bytes) -> DatabaseError:
    # The tools' messages name tables and the server, never rows.
    said = stderr.decode("utf-8", "replace").strip().splitlines()
    detail = f": {said[-1][:300]}" if said else ""
    return DatabaseError(f"{name} failed{detail}")


def dump_pg(db: Database, target: Path) -> None:
    """``pg_dump --format=custom`` of the database (or its schema), encrypted into target."""
    assert db.key is not None
    tool = _pg_tool("pg_dump")
    conn_args, env = pg_connection(db.url)
    cmd = [tool, "--format=custom", *conn_args, *_schema_args(db),
           "--dbname", str(db.url.database)]
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with tempfile.TemporaryFile() as errors, os.fdopen(fd, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errors, env=env)
        assert proc.stdout is not None
        try:
            encrypt_stream(proc.stdout, out, db.key)
        finally:
            proc.stdout.close()
            code = proc.wait()
        out.flush()
        os.fsync(out.fileno())
        if code != 0:
            errors.seek(0)
            raise _tool_failed("pg_dump", errors.read())


def _feed(proc: subprocess.Popen[bytes], backup: Path, key: bytes) -> None:
    assert proc.stdin is not None
    try:
        with backup.open("rb") as source:
            for chunk in decrypt_stream(source, key):
                proc.stdin.write(chunk)
    except BrokenPipeError:
        pass  # the tool stopped early; its exit status says why
    except BaseException:
        proc.kill()
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.close()
        proc.wait()
        raise
    finally:
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.close()


def check_pg(backup: Path, key: bytes) -> Checked:
    """Decrypt every frame and have ``pg_restore --list`` read the archive."""
    if not backup.is_file():
        raise DatabaseError(f"There is no backup file at {backup}.")
    tool = _pg_tool("pg_restore")
    with tempfile.TemporaryFile() as listing, tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen([tool, "--list"], stdin=subprocess.PIPE, stdout=listing,
                                stderr=errors)
        _feed(proc, backup, key)
        if proc.wait() != 0:
            errors.seek(0)
            raise DatabaseError(f"The backup {backup.name} is damaged "
                                f"({_tool_failed('pg_restore', errors.read()).message}).")
        listing.seek(0)
        text = listing.read().decode("utf-8", "replace")
    if "alembic_version" not in text:
        raise DatabaseError(f"The backup {backup.name} is not of a Safehouse database.")
    return Checked(revision="")


def restore_pg(db: Database, backup: Path, key: bytes) -> None:
    """Decrypt a checked backup into ``pg_restore --clean --if-exists``, in one
    transaction: if it fails, the database is as it was."""
    tool = _pg_tool("pg_restore")
    conn_args, env = pg_connection(db.url)
    cmd = [tool, "--clean", "--if-exists", "--single-transaction", "--exit-on-error",
           "--no-owner", *conn_args, *_schema_args(db), "--dbname", str(db.url.database)]
    db.dispose()
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                stderr=errors, env=env)
        _feed(proc, backup, key)
        if proc.wait() != 0:
            errors.seek(0)
            raise _tool_failed("pg_restore", errors.read())
