"""The check of a backup: it opens with the key, SQLite's and SQLCipher's integrity
checks pass (a PostgreSQL dump decrypts whole and ``pg_restore`` reads it back), it is
of a Safehouse database of a known revision, and — when the source's row counts as
copied are given — its tables hold as many rows. Part of :mod:`safehouse.storage.backup`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from safehouse.errors import DatabaseError, translate
from safehouse.storage import sqlcipher
from safehouse.storage.backup_stream import is_encrypted_stream
from safehouse.storage.pg_backup import DumpContents, check_pg

SQLITE_SUFFIX = ".db"
PG_SUFFIX = ".pgdump"


@dataclass(frozen=True)
class Checked:
    """What the check of a backup found: it opens, and its pages and schema are sound."""

    revision: str  # the schema revision (alembic) it was written with
    administrators: int = 0  # active administrator accounts in it


@functools.cache
def _known_revisions() -> frozenset[str]:
    from alembic.config import Config  # on first use: not at start-up
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", "safehouse.storage:migrations")
    return frozenset(rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions())


def _not_whole(path: Path) -> DatabaseError:
    return DatabaseError(translate(
        "errors", "The backup {file} is not whole: its tables do not hold the rows the "
        "database held when it was copied.").format(file=path.name))


def check_sqlite(path: Path, key: bytes | None, *, counts: dict[str, int] | None = None
                 ) -> Checked:
    """Open an SQLite backup read-only with ``key`` and run the integrity checks; with
    ``counts`` (the source's row counts as copied), its tables must hold as many rows.

    Raises DatabaseError when it does not open with that key or any check fails.
    """
    if not path.is_file():
        raise DatabaseError(translate("errors", "There is no backup file at {path}.").format(
            path=path))
    try:
        conn = sqlcipher.connect(path, key, read_only=True)
    except sqlcipher.Error:
        raise DatabaseError(translate("errors", "The backup {file} cannot be opened.").format(
            file=path.name)) from None
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.Error:
            raise DatabaseError(translate(
                "errors", "The backup {file} does not open with this database's key: it is "
                "damaged, or it belongs to another database.").format(file=path.name)
            ) from None
        try:
            sound = sqlcipher.integrity_sound(conn, encrypted=key is not None)
            has_version = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                "AND name = 'alembic_version'"
            ).fetchone()[0]
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
                if has_version else None
            copied = sqlcipher.row_counts(conn)
            administrators = conn.execute(
                "SELECT count(*) FROM users WHERE role = 'administrator' AND active"
            ).fetchone()[0] if "users" in copied else 0
        except sqlcipher.Error:
            raise DatabaseError(translate("errors", "The backup {file} is damaged.").format(
                file=path.name)) from None
    finally:
        conn.close()
    if not sound:
        raise DatabaseError(translate(
            "errors", "The backup {file} is damaged (its integrity check failed).").format(
            file=path.name))
    if counts is not None and copied != counts:
        raise _not_whole(path)
    if row is None:
        raise DatabaseError(translate("errors", "The file {file} is not a Safehouse database.")
                            .format(file=path.name))
    revision = str(row[0])
    if revision not in _known_revisions():
        raise DatabaseError(translate(
            "errors", "The backup {file} was written by a newer version of Safehouse; "
            "install that version or newer to restore it.").format(file=path.name))
    return Checked(revision=revision, administrators=int(administrators))


def check_pg_counted(backup: Path, key: bytes, *, schema: str | None = None,
                counts: dict[str, int] | None = None) -> Checked:
    found: DumpContents = check_pg(backup, key, schema=schema)
    if counts is not None and found.counts != counts:
        raise _not_whole(backup)
    # a dump names no revision pg_restore could read
    return Checked(revision="", administrators=found.administrators)


def check(backup: Path, key: bytes | None) -> Checked:
    """Check a backup of either kind."""
    if backup.suffix == PG_SUFFIX or is_encrypted_stream(backup):
        if key is None:
            raise DatabaseError(translate("errors", "A PostgreSQL backup needs the database key."))
        return check_pg_counted(backup, key)
    return check_sqlite(backup, key)


def no_administrator(backup: Path) -> DatabaseError:
    """The refusal to restore a backup in which no one could log in to manage it."""
    return DatabaseError(translate(
        "errors", "The backup {file} has no active administrator: after restoring it, "
        "nobody could manage the database or restore another backup. Choose another "
        "backup.").format(file=backup.name))


