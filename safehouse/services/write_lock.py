"""The SQLite write lock, taken at the start of a unit of work that must not be raced.

The driver (pysqlite) begins its transaction only at the first write, so what a unit of
work reads before it writes is read outside any transaction: another program on this
computer may write in between. :func:`write_lock` takes the lock at once. Used by the
record versions (:mod:`safehouse.services.versions`), the booking checks and the audit
chain's head (:mod:`safehouse.services.audit`); kept apart so the audit module can use
it without importing the versions' field words.
"""

from __future__ import annotations

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.orm import Session

from safehouse.errors import ConflictError, translate

_WRITING = "write_lock_taken"


def write_lock(s: Session) -> None:
    """SQLite: take the database's write lock now (``BEGIN IMMEDIATE``), so that what
    this unit of work reads stays true until it commits: another writer (another
    program on this computer) waits for it, then reads what it wrote. Waits as long as
    the busy timeout, then refuses plainly. PostgreSQL: nothing (rows are locked one by
    one with ``FOR UPDATE``)."""
    if s.info.get(_WRITING) or s.get_bind().dialect.name != "sqlite":
        return
    try:
        s.flush()
        raw = s.connection().connection.dbapi_connection
        if raw is not None and not raw.in_transaction:
            s.execute(text("BEGIN IMMEDIATE"))
    except sa_exc.OperationalError:
        raise ConflictError(translate(
            "errors", "Another computer is saving at this moment. Try again in a "
            "moment; nothing was changed.")) from None
    s.info[_WRITING] = True
