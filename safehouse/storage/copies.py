"""Consistent copies of an SQLite database while it is in use, encrypted like it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from safehouse.storage import sqlcipher
from safehouse.storage.db import Database


def copy_database(db: Database, target: Path) -> None:
    """Write a consistent copy of ``db`` to ``target`` (which must not exist).

    An encrypted database is copied with ``sqlcipher_export`` into a file encrypted
    with the same key, inside one read transaction; a plain one with SQLite's backup API.
    """
    if db.file_path is None:
        raise ValueError("only an SQLite database is copied this way")
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise FileExistsError(target)
    raw = db.engine.raw_connection()
    try:
        if db.key is None:
            dest = sqlite3.connect(target)
            try:
                raw.driver_connection.backup(dest)  # type: ignore[union-attr]
            finally:
                dest.close()
        else:
            sqlcipher.export(raw.driver_connection, target, db.key)
    finally:
        raw.close()
    os.chmod(target, 0o600)
