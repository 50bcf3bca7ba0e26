"""Two workstations, one record: a save based on an older version is refused.

Members, rooms, counseling sessions and care-plan goals carry a ``version`` (the
mapper's ``version_id_col``, :func:`safehouse.models.base.version_column`), counted up
by every save. The DTO a person reads carries it; a form gives it back (``read=``, the
DTO it showed) when it saves, and the service:

1. takes the row for writing (:func:`hold`): locked on PostgreSQL (``SELECT … FOR
   UPDATE``), the write lock taken on SQLite (``BEGIN IMMEDIATE``), so that no other
   save comes between the check and the write;
2. compares the version (:func:`check`): another one means someone else saved since
   she read it, and :class:`~safehouse.errors.StaleRecord` is raised with what they
   changed (the fields she may see, with their values now) and the record as it is
   now — nothing of hers is written;
3. writes; the UPDATE says ``WHERE version = <read>``, so a save that bypassed the check
   still cannot overwrite (``StaleDataError``, turned into a ``ConflictError`` by
   :meth:`safehouse.storage.db.Database.transaction`).

A change kept in other tables only (a member's periods, a session's participants)
counts the version up too (:func:`bump`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from safehouse.audit_words import fields_text
from safehouse.errors import FieldChange, NotFound, StaleRecord, translate
from safehouse.services.write_lock import write_lock

T = TypeVar("T")

_HELD = "versions_held"  # (model, id) -> the version a row had when it was held


def hold(s: Session, model: type[T], row_id: int, missing: str) -> T:
    """The row ``row_id`` of ``model``, taken for writing (see the module's note);
    ``NotFound(missing)`` when it is gone."""
    write_lock(s)
    row = s.get(model, row_id, with_for_update=True, populate_existing=True)
    if row is None:
        raise NotFound(missing)
    s.info.setdefault(_HELD, {})[model, row_id] = getattr(row, "version", None)
    return row


def hold_read(s: Session, model: type[T], row_id: int, missing: str, read: Any,
              view: Callable[[T], Any], seen: Callable[[Any], Mapping[str, object]]) -> T:
    """:func:`hold` the row, then :func:`check` it against ``read`` (the DTO the person
    saw, with its ``version``; None: no check). ``view``: the DTO of a row, ``seen``:
    the fields of a DTO she may see."""
    row = hold(s, model, row_id, missing)
    if read is not None:
        now = view(row)
        check(getattr(row, "version", None), read.version, seen(read), seen(now),
              lambda: now)
    return row


def advisory_lock(s: Session, key: int) -> None:
    """PostgreSQL: a transaction-level advisory lock on ``key`` (waited for); SQLite:
    the write lock (:func:`write_lock`)."""
    if s.get_bind().dialect.name == "sqlite":
        write_lock(s)
    else:
        s.execute(select(func.pg_advisory_xact_lock(key)))


def check(version: int | None, read_version: int | None, seen: Mapping[str, object],
          now: Mapping[str, object], current: Callable[[], Any]) -> None:
    """Refuse a save based on ``read_version`` when the row is at ``version``.

    ``seen``: the fields as the reader read them, ``now``: as they are (both only the
    fields her role may see, by the same names); ``current``: makes the DTO of the
    record as it is now. ``read_version`` None: the caller read nothing to compare
    (an import, the command line): no check."""
    if read_version is None or read_version == version:
        return
    changes = tuple(FieldChange(name, value) for name, value in now.items()
                    if seen.get(name) != value)
    raise StaleRecord(stale_message(tuple(c.field for c in changes)), changes, current())


def stale_message(fields: tuple[str, ...]) -> str:
    if not fields:
        return translate("errors", "Someone else saved this record after you opened it, "
                         "so nothing of yours was saved. Open it again and repeat your "
                         "change.")
    return translate("errors", "Someone else saved this record after you opened it, so "
                     "nothing of yours was saved. They changed: {fields}.").format(
                         fields=fields_text(fields))


def bump(row: object, attribute: str) -> None:
    """Count ``row``'s version up though none of its own columns changed (what changed
    is kept in another table): its UPDATE is written anyway. ``attribute``: a plain
    (not sealed) column of the row, written back as it is. A row held (:func:`hold`)
    and already written anew in this unit of work is left as it is: one save, one
    version."""
    state = inspect(row)
    held = state.session.info.get(_HELD, {}) if state.session is not None else {}
    key = (type(row), state.identity[0] if state.identity else None)
    if key in held and held[key] != getattr(row, "version", None):
        return
    flag_modified(row, attribute)
