"""The raw SQLCipher work, in one place: connections given a key, key pragmas, encrypted
copies, integrity checks. Nothing else in ``safehouse/`` talks to ``sqlcipher3`` or
writes a ``PRAGMA key``.

Keys are raw 256-bit keys (``x'…'``), never passphrases: SQLCipher derives nothing.
A wrong key shows itself at the first read (:data:`Error`), never as a log line
(``cipher_log_level = NONE``: it is our error to report).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2

#: The DB-API module, for ``create_engine(module=…)``.
driver = dbapi2
#: What the driver raises (a wrong key, a damaged file, a missing table).
Error = dbapi2.Error

Connection = Any  # sqlcipher3's connection; the package has no type information


def _key_literal(key: bytes) -> str:
    return f"\"x'{key.hex()}'\""


def key_pragma(key: bytes) -> str:
    """The PRAGMA that gives SQLCipher a raw 256-bit key (no passphrase derivation)."""
    return f"PRAGMA key = {_key_literal(key)}"


def keyed(conn: Connection, key: bytes | None) -> Connection:
    """Give a new connection its key (none: a plain SQLite file), first of all."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(key_pragma(key))
    return conn


def connect(
    path: Path | str, key: bytes | None, *, read_only: bool = False,
    check_same_thread: bool = True,
) -> Connection:
    """A connection to an SQLite file, encrypted with ``key`` (None: not encrypted).

    ``read_only`` opens it with ``mode=ro`` and ``query_only``. Raises :data:`Error`
    when the file cannot be opened; a wrong key fails at the first read.
    """
    if read_only:
        conn = dbapi2.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    else:
        conn = dbapi2.connect(str(path), check_same_thread=check_same_thread)
    try:
        keyed(conn, key)
        if read_only:
            conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def connector(path: str, key: Callable[[], bytes]) -> Callable[[], Connection]:
    """New connections to an encrypted file for an engine (``create_engine(creator=…)``):
    the key (as it is when the connection is made) is the first thing each is given."""

    def connect_keyed() -> Connection:
        return connect(path, key(), check_same_thread=False)

    return connect_keyed


def rekey(path: Path | str, key: bytes, new: bytes) -> None:
    """Encrypt the file with ``new`` instead of ``key`` (``PRAGMA rekey``: every page
    rewritten in one transaction, so a kill leaves the file whole under one key or the
    other), then empty the journal of pages under the old key. No other connection may
    be open on the file."""
    conn = connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the key is right
        conn.execute(f"PRAGMA rekey = {_key_literal(new)}").fetchall()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def export(conn: Connection, target: Path, key: bytes) -> dict[str, int]:
    """Write everything ``conn`` sees, as one consistent read, into a new (or empty)
    file ``target`` encrypted with ``key`` (``sqlcipher_export``); returns the row
    counts of the tables copied, counted in the same read (see :func:`row_counts`)."""
    conn.execute(f"ATTACH DATABASE ? AS safehouse_copy KEY {_key_literal(key)}",
                 (str(target),))
    try:
        conn.execute("BEGIN")
        try:
            counts = row_counts(conn)
            conn.execute("SELECT sqlcipher_export('safehouse_copy')")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute("DETACH DATABASE safehouse_copy")
    return counts


def encrypt_copy(source: Path, target: Path, key: bytes) -> dict[str, int]:
    """Copy a plain SQLite file into a new file encrypted with ``key``; returns the row
    counts of the source's tables (to compare with the copy's, see :func:`row_counts`)."""
    conn = dbapi2.connect(str(source))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return export(conn, target, key)
    finally:
        conn.close()


def row_counts(conn: Connection) -> dict[str, int]:
    """The number of rows in each table."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM main."{n}"').fetchone()[0] for n in names}


def integrity_sound(conn: Connection, *, encrypted: bool) -> bool:
    """SQLite's integrity check, and for an encrypted file SQLCipher's page check (every
    page's HMAC)."""
    result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    damaged_pages = list(conn.execute("PRAGMA cipher_integrity_check")) if encrypted else []
    return result == ["ok"] and not damaged_pages
