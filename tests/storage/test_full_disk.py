"""A full disk is recognised however it surfaces (SQLite, PostgreSQL, the system) and
said plainly; other failures keep their own message."""

from __future__ import annotations

import errno
import os

import psycopg
import pytest
from sqlalchemy import exc as sa_exc

from safehouse.errors import DatabaseError
from safehouse.storage import full_disk, sqlcipher
from safehouse.storage.db import unavailable_as_database_error


def sqlite_full() -> BaseException:
    conn = sqlcipher.connect(":memory:", None)
    try:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("PRAGMA max_page_count = 2")
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    except sqlcipher.Error as err:
        return err
    finally:
        conn.close()
    raise AssertionError("SQLite did not refuse")


def wrapped(orig: BaseException) -> sa_exc.OperationalError:
    return sa_exc.OperationalError("INSERT …", {}, orig)


@pytest.mark.parametrize("error", [
    OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)),
    OSError(errno.EDQUOT, os.strerror(errno.EDQUOT)),
    sqlite_full(),
    wrapped(sqlite_full()),
    wrapped(psycopg.errors.DiskFull("could not extend file")),
], ids=["ENOSPC", "EDQUOT", "SQLITE_FULL", "wrapped SQLITE_FULL", "PostgreSQL disk_full"])
def test_a_full_disk_is_recognised(error):
    assert full_disk.is_disk_full(error)


@pytest.mark.parametrize("error", [
    OSError(errno.EACCES, os.strerror(errno.EACCES)),
    wrapped(sqlcipher.driver.OperationalError("database is locked")),
    wrapped(psycopg.errors.AdminShutdown("terminating connection")),
], ids=["EACCES", "locked", "PostgreSQL shutdown"])
def test_other_failures_are_not_called_a_full_disk(error):
    assert not full_disk.is_disk_full(error)


@pytest.mark.parametrize("server, said", [
    (False, "The disk that holds the database is full"),
    (True, "The database server's disk is full")])
def test_a_transaction_on_a_full_disk_says_so(server, said):
    with pytest.raises(full_disk.DiskFull) as raised, \
            unavailable_as_database_error(server=server):
        raise wrapped(sqlite_full() if not server else psycopg.errors.DiskFull("full"))
    assert raised.value.message.startswith(said)
    assert "nothing was saved" in raised.value.message
    assert isinstance(raised.value, DatabaseError)  # shown like any refusal


def test_a_copy_that_fills_the_disk_leaves_nothing_and_says_which_file(tmp_path, monkeypatch):
    """Restoring copies a backup beside the database: a cut copy is never left."""
    from safehouse import files

    source = tmp_path / "backup.db"
    source.write_bytes(b"x" * 100_000)
    target = tmp_path / "safehouse.db.restoring"

    def half_then_full(src, out, _size):  # type: ignore[no-untyped-def]
        out.write(src.read(40_000))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.shutil, "copyfileobj", half_then_full)
    with pytest.raises(full_disk.DiskFull) as raised:
        files.copy_private(source, target)
    assert raised.value.message.startswith(f"The disk is full: {target} could not be written")
    assert not target.exists()
