"""A full disk, said plainly: SQLite's SQLITE_FULL, PostgreSQL's ``disk_full`` (SQLSTATE
53100) and the system's ENOSPC or EDQUOT are recognised wherever they surface (a
driver's error, SQLAlchemy's wrapper of it, an OSError of a file write) and reported as
:class:`DiskFull` — a DatabaseError, so the command line prints it and the window shows
it like any other refusal. What was being written is rolled back or removed by the
caller; the message says so."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from safehouse.errors import DatabaseError, translate

SQLITE_FULL = 13
PG_DISK_FULL = "53100"
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class DiskFull(DatabaseError):
    """The disk (or the server's disk) is full: nothing of the change was kept."""


def is_disk_full(error: BaseException | None) -> bool:
    """Whether ``error``, or what it wraps or was raised from, is a full disk."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, OSError) and error.errno in _NO_SPACE:
            return True
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF == SQLITE_FULL:
            return True
        if getattr(error, "sqlstate", None) == PG_DISK_FULL:
            return True
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return False


def database_full(server: bool) -> DiskFull:
    """A change the database could not write."""
    if server:
        return DiskFull(translate(
            "errors", "The database server's disk is full: nothing was saved, and the data "
            "are as they were. Ask whoever looks after the server to free some space, then "
            "try again."))
    return DiskFull(translate(
        "errors", "The disk that holds the database is full: nothing was saved, and the "
        "data are as they were. Free some space on that disk, then try again."))


def file_full(path: Path) -> DiskFull:
    """A file (a backup, its key file) that could not be written whole."""
    return DiskFull(translate(
        "errors", "The disk is full: {path} could not be written, and nothing of it was "
        "left there. Free some space or choose another place, then try again."
    ).format(path=path))


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Writing ``path`` (which the block removes again if it fails): a full disk is
    reported as :func:`file_full`; any other failure as it is."""
    try:
        yield
    except DiskFull:
        raise
    except Exception as err:
        if is_disk_full(err):
            raise file_full(path) from None
        raise


def key_file_full() -> DiskFull:
    """The key file could not be replaced (it is kept whole: as it was)."""
    return DiskFull(translate(
        "errors", "The disk that holds the database is full: its key file could not be "
        "written and is as it was. Free some space on that disk, then try again."))
