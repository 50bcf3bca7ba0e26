"""Consistent copies of an SQLite database while it is in use, encrypted like it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from safehouse.storage import sqlcipher
from safehouse.storage.db import Database


def copy_database(db: Database, target: Path) -> dict[str, int]:
    """Write a consistent copy of ``db`` to ``target`` (which must not exist, or be an
    empty file made for it); returns the row counts of ``db``'s tables as copied.

    An encrypted database is copied with ``sqlcipher_export`` into a file encrypted
    with the same key, inside the read transaction that counted its rows; a plain one
    with SQLite's backup API, likewise.
    """
    if db.file_path is None:
        raise ValueError("only an SQLite database is copied this way")
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and target.stat().st_size:
        raise FileExistsError(target)
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        if db.key is None:
            dest = sqlite3.connect(target)
            try:
                conn.execute("BEGIN")
                try:
                    counts = sqlcipher.row_counts(conn)
                    conn.backup(dest)
                finally:
                    conn.execute("ROLLBACK")
            finally:
                dest.close()
        else:
            counts = sqlcipher.export(conn, target, db.key)
    finally:
        raw.close()
    os.chmod(target, 0o600)
    return counts
