"""Backups: consistent copies made while the program runs, encrypted like the database,
checked by opening them, kept in a rotation; and putting one back.

SQLite: ``sqlcipher_export`` writes ``safehouse-YYYY-MM-DD-HHMMSS.db`` encrypted with
the database's own key, and its key file beside it as ``….db.keys`` (administrators' and
recovery slots only, :mod:`~safehouse.storage.backup_keys`): their passwords of its day open it.

PostgreSQL: ``pg_dump --format=custom`` streamed through AES-GCM into
``safehouse-YYYY-MM-DD-HHMMSS.pgdump`` (the format is in
:mod:`safehouse.storage.backup_stream`, the tools in :mod:`safehouse.storage.pg_backup`),
put back by decrypting it into ``pg_restore --clean --if-exists``.

Only files named ``safehouse-<date>-<time>…`` are ours: the copies made before a
migration (``*-before-*``) or an encryption (``*-encrypted-*``) in the same folder are
never touched by the rotation.

Whole or absent: a backup is written under a temporary name in the same folder
(``.safehouse-partial-…``, see :mod:`safehouse.files`), flushed to the disk, checked
(it opens, its integrity checks pass, and its tables hold the rows the database held
when it was copied), and only then renamed into place, its key file first. What a
stopped program leaves is never listed, never counted as the day's backup, never
rotated in place of a good one, and is removed by a later backup.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path

from safehouse import clock, files
from safehouse.errors import DatabaseError, translate
from safehouse.files import copy_private as copy_private
from safehouse.storage import anchors, backup_keys, full_disk, keys, location, sqlcipher
from safehouse.storage.backup_check import PG_SUFFIX, SQLITE_SUFFIX, check_pg_counted
from safehouse.storage.backup_check import Checked as Checked
from safehouse.storage.backup_check import check as check
from safehouse.storage.backup_check import check_sqlite as check_sqlite
from safehouse.storage.backup_check import no_administrator as no_administrator
from safehouse.storage.copies import copy_database
from safehouse.storage.db import Database
from safehouse.storage.pg_backup import dump_pg
from safehouse.storage.pg_backup import restore_pg as restore_pg  # the services use it here

PREFIX = "safehouse-"
STAMP = "%Y-%m-%d-%H%M%S"
KEEP_ALL_WITHIN = timedelta(hours=24)
_KEYS = ".keys"  # keys.KeyFile.path_for's suffix
# A backup made just before a restore (the way to undo it) says so in its name.
BEFORE_RESTORE = "before-restore"
_NAME = re.compile(
    r"^safehouse-(\d{4}-\d{2}-\d{2}-\d{6})(?:-(\d+))?(-before-restore)?(\.db|\.pgdump)$"
)


# --- names and folders -----------------------------------------------------------------


def default_folder(db: Database) -> Path:
    """``<database folder>/backups`` for a file; the data folder's for a server."""
    path = db.file_path
    if path is not None:
        return path.parent / "backups"
    return location.default_data_dir() / "backups"


def keys_path(backup: Path) -> Path:
    """The key file that travels with an SQLite backup."""
    return keys.KeyFile.path_for(backup)


def wall_time(at: datetime | None = None) -> datetime:
    """``at`` (default: now, from :mod:`safehouse.clock`) as the organisation's wall-clock
    time, naive, as backup names carry it. A naive ``at`` is taken to be that already."""
    at = at or clock.now()
    return at.astimezone(clock.zone()).replace(tzinfo=None) if at.tzinfo else at


def taken_at(path: Path) -> datetime | None:
    """When a backup was made (the organisation's wall-clock time, from its name, as
    :func:`wall_time`); None if not one of ours."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), STAMP)


def made_before_restore(path: Path) -> bool:
    """Whether this backup was made just before a restore (to undo it)."""
    match = _NAME.match(path.name)
    return match is not None and match.group(3) is not None


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


def new_name(folder: Path, suffix: str, now: datetime, tag: str = "") -> Path:
    """``safehouse-<stamp>[-<tag>]<suffix>``; ``-2``, ``-3``… after the stamp when that
    second is taken."""
    base = f"{PREFIX}{now.strftime(STAMP)}"
    end = f"-{tag}{suffix}" if tag else suffix
    candidate = folder / f"{base}{end}"
    n = 1
    while candidate.exists() or keys_path(candidate).exists():
        n += 1
        candidate = folder / f"{base}-{n}{end}"
    return candidate


def size_of(backup: Path) -> int:
    """The bytes a backup takes, its key file and anchor included."""
    total = backup.stat().st_size
    for extra in (keys_path(backup), anchors.path_beside(backup)):
        if extra.exists():
            total += extra.stat().st_size
    return total


def remove(backup: Path) -> None:
    backup.unlink(missing_ok=True)
    keys_path(backup).unlink(missing_ok=True)
    anchors.path_beside(backup).unlink(missing_ok=True)


def anchor_now(db: Database) -> anchors.Anchor | None:
    """The audit trail's anchor before a copy is made, moved on in the key file's sealed
    records too (so the key file copied with the backup carries it); None without a
    key. :func:`anchors.write_beside` keeps it beside the finished backup."""
    if db.key is None:
        return None
    anchor = anchors.of_database(db)
    if db.keyring is not None:
        db.keyring.set_anchor(anchor.to_json())
    return anchor


# --- SQLite -----------------------------------------------------------------------------


# One backup at a time in this program: the automatic one at login and "Back up now"
# would otherwise pick the same name in the same second.
_one_at_a_time = threading.Lock()


def make_backup(
    db: Database,
    folder: Path | None = None,
    *,
    now: datetime | None = None,
    target: Path | None = None,
    tag: str = "",
) -> Path:
    """Write and check a backup; returns its path. ``tag`` (e.g. :data:`BEFORE_RESTORE`)
    goes into a name the program chooses.

    ``target`` names the file; otherwise it is ``folder`` (default: :func:`default_folder`)
    / ``safehouse-<date>-<time>``. A backup that fails its check is deleted and
    DatabaseError raised; on a full disk, nothing of it is left (DiskFull).
    """
    with _one_at_a_time, full_disk.writing(target or folder or default_folder(db)):
        return _make_backup(db, folder, now=now, target=target, tag=tag)


def _make_backup(
    db: Database, folder: Path | None, *, now: datetime | None, target: Path | None,
    tag: str = "",
) -> Path:
    now = wall_time(now)
    suffix = SQLITE_SUFFIX if db.is_sqlite else PG_SUFFIX
    if target is None:
        folder = folder or default_folder(db)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    else:
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        if db.file_path is not None:  # (any other existing file is refused below)
            for path in (target, keys_path(target)):
                files.refuse_database_target(path, [db.file_path], existing=False)
        if os.path.lexists(target) or (db.is_sqlite and os.path.lexists(keys_path(target))):
            raise _exists(target)
        folder = target.parent
    if not db.is_sqlite and db.key is None:
        raise DatabaseError(translate("errors",
                                      "The database key is needed to encrypt the backup."))
    anchor = anchor_now(db)
    temp = files.temp_beside(folder / f"{PREFIX}new{suffix}")
    try:
        clean_leftovers(folder, reference=temp.stat().st_mtime)
        _write_checked(db, temp)
        files.fsync_folder(folder)
        while True:
            final = target or new_name(folder, suffix, now, tag)
            try:
                _place(temp, final, db, anchor)
            except FileExistsError:
                if target is not None:
                    raise _exists(target) from None
                continue  # another program took that name in the same second
            break
    except BaseException:
        files.remove_temp(temp)
        raise
    files.fsync_folder(folder)
    return final


def _exists(target: Path) -> DatabaseError:
    return DatabaseError(translate("errors", "{path} exists already; choose another name.")
                         .format(path=target))


def _write_checked(db: Database, temp: Path) -> None:
    """The backup, its key file beside it (SQLite), flushed and checked, under ``temp``."""
    if not db.is_sqlite:
        assert db.key is not None
        schema, counts = dump_pg(db, temp)
        check_pg_counted(temp, db.key, schema=schema, counts=counts)
        return
    source = db.file_path
    assert source is not None
    counts = copy_database(db, temp)
    files.fsync_file(temp)
    source_keys = keys.KeyFile.path_for(source)
    if source_keys.exists():
        backup_keys.write_backup_keys(db, keys.KeyFile.load(source_keys), keys_path(temp))
    check_sqlite(temp, db.key, counts=counts)


def _place(temp: Path, final: Path, db: Database, anchor: anchors.Anchor | None) -> None:
    """The key file and the audit anchor first, then the backup: a listed backup always
    has its key file and anchor (the anchor names the backup it belongs to)."""
    temp_keys, final_keys = keys_path(temp), keys_path(final)
    if os.path.lexists(final):
        raise FileExistsError(final)
    placed: list[Path] = []
    try:
        if temp_keys.exists():
            files.place(temp_keys, final_keys)
            placed.append(final_keys)
        if anchor is not None and db.integrity_key is not None:
            placed.append(anchors.path_beside(final))
            anchors.write_beside(final, anchor, db.integrity_key)
        files.place(temp, final)
    except BaseException:
        for path in placed:
            path.unlink(missing_ok=True)
        raise


def clean_leftovers(folder: Path, *, reference: float) -> list[Path]:
    """Remove what stopped backups left in ``folder``: temporary files (see
    :func:`safehouse.files.clean_leftovers`) and key files and anchors of ours whose
    backup never arrived, untouched for :data:`safehouse.files.STALE_AFTER` before ``reference``."""
    removed = files.clean_leftovers(folder, reference)
    before = reference - files.STALE_AFTER.total_seconds()
    for entry in folder.iterdir():
        backup = entry.with_name(entry.name.removesuffix(_KEYS).removesuffix(anchors.SUFFIX))
        if backup == entry or not is_backup(backup):
            continue
        try:
            if os.path.lexists(backup) or entry.lstat().st_mtime >= before:
                continue
            entry.unlink()
        except OSError:
            continue
        removed.append(entry)
    return removed


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
        copy_private(backup, staged)
        check_sqlite(staged, key)  # what was copied is what was checked
        if replace_keys and backup_keys.exists():
            copy_private(backup_keys, staged_keys)
    except BaseException:
        staged.unlink(missing_ok=True)
        staged_keys.unlink(missing_ok=True)
        raise
    db.dispose()
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(staged, path)
    if staged_keys.exists():
        live_keys = keys.KeyFile.path_for(path)
        with keys.locked(live_keys):  # not under a login that is writing it
            os.replace(staged_keys, live_keys)


def role_in(backup: Path, key: bytes, username: str) -> str | None:
    """The role an account has in a (checked) backup, or None."""
    conn = sqlcipher.connect(backup, key, read_only=True)
    try:
        row = conn.execute("SELECT role FROM users WHERE username = ? AND active",
                           (username,)).fetchone()
    finally:
        conn.close()
    return str(row[0]) if row else None


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
    now = wall_time(now)
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
