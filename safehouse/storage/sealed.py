"""Sealed columns: on PostgreSQL the most sensitive text is encrypted by the program.

A PostgreSQL server's administrator can read every table, and so can anyone with its
disk, its backups or its query logs. The columns listed in :data:`SEALED` (case notes,
the keep-away list) therefore leave the program only encrypted: AES-256-GCM under a
subkey of the database key (HKDF-SHA256, info ``b"safehouse column seal v1"``), with
``"<table>.<column>.<row id>"`` as associated data, so that a value copied into another
row or column does not open. Stored form: ``"sealed:v1:" + base64(nonce ‖ ciphertext ‖
tag)``. A new sealed column is one more entry in :data:`SEALED`.

SQLite files are encrypted whole (SQLCipher), so nothing is sealed there: a
``Database`` on SQLite gives its sessions no sealer, and the hooks do nothing for them.
On PostgreSQL a ``Database`` built with the key (after login) gives its sessions a
:class:`Sealer` (:func:`session_info`); one built without it (before login) seals
nothing and refuses to show a sealed value.

"Seal" means only this; the key slots *wrap* the database key (:mod:`~safehouse.storage.keys`).

How, with the ORM's events:

- ``before_flush``: a new row of a sealed model gets its id from the table's sequence
  first (the id is part of the associated data); each changed sealed attribute is
  replaced by its sealed form, and the plain text is remembered in ``session.info``.
- ``after_flush_postexec``: the plain text is put back as the committed value, so the
  service code goes on with plain values and nothing looks changed.
- ``load`` / ``refresh``: sealed values are opened into plain text as they arrive. One
  that does not open (another key, moved from another row, tampered with, or written
  in the clear while the key was set) raises :class:`~safehouse.errors.DatabaseError`
  naming only the table, the column and the row id.

Limits, on purpose:

- Only the ORM's unit of work seals and opens. Core statements
  (``session.execute(update(Member).values(notes=...))``, ``insert()``, ``text()``)
  and column queries (``select(Member.notes)``) bypass the events: they would write
  plain text and read the sealed form. The services write and read these columns only
  through ORM objects; a bulk statement may only *clear* them (``values(notes="")``,
  as the purge does), since an empty value is stored empty.
- An empty value is stored as it is (and NULL as NULL): the server can tell whether a
  member has notes at all, and roughly how long they are; not what they say.
- Rows written in the clear before there was a key are refused by a keyed database;
  run :func:`seal_existing` once (idempotent) in one of its sessions to seal them in
  place.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Table, event, select, text, update
from sqlalchemy.orm import Mapper, Session, class_mapper
from sqlalchemy.orm.attributes import instance_state, set_committed_value

from safehouse.errors import DatabaseError, translate
from safehouse.models.people import KeepAway, Member

#: The sealed columns, by model: attribute names. One line per model.
SEALED: dict[type[Any], tuple[str, ...]] = {
    Member: ("notes",),
    KeepAway: ("person_name", "description"),
}

PREFIX = "sealed:v1:"
HKDF_INFO = b"safehouse column seal v1"
_NONCE_BYTES = 12
_SEALER = "safehouse.sealer"  # session.info: the Sealer of the session's database
_PENDING = "safehouse.sealed_plaintext"  # session.info: plain text during a flush


@dataclass(frozen=True)
class _Target:
    """Where a model's sealed attributes live: table, primary key, attribute → column."""

    table: str
    pk_attr: str
    pk_column: str
    columns: tuple[tuple[str, str], ...]


_TARGETS: dict[type[Any], _Target] = {}


def _target(cls: type[Any]) -> _Target:
    found = _TARGETS.get(cls)
    if found is not None:
        return found
    mapper: Mapper[Any] = class_mapper(cls)
    table = mapper.local_table
    assert isinstance(table, Table)
    (pk,) = mapper.primary_key
    pk_attr = mapper.get_property_by_column(pk).key
    found = _TARGETS[cls] = _Target(
        table=table.name,
        pk_attr=pk_attr,
        pk_column=pk.name,
        columns=tuple((attr, mapper.columns[attr].name) for attr in SEALED[cls]),
    )
    return found


def subkey(key: bytes) -> bytes:
    """The column-sealing key: derived from the database key, never the key itself."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=HKDF_INFO).derive(key)


def associated_data(table: str, column: str, row_id: object) -> bytes:
    return f"{table}.{column}.{row_id}".encode("ascii")


def _damaged(table: str, column: str, row_id: object) -> DatabaseError:
    return DatabaseError(translate(
        "errors", "A record in the database is damaged or was moved from elsewhere "
        "({table}.{column}, row {row}): it does not open with this database's key."
    ).format(table=table, column=column, row=row_id))


def seal_value(aead: AESGCM, plain: str, table: str, column: str, row_id: object) -> str:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    sealed = aead.encrypt(nonce, plain.encode("utf-8"),
                          associated_data(table, column, row_id))
    return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")


def open_value(aead: AESGCM, stored: str, table: str, column: str, row_id: object) -> str:
    if not stored.startswith(PREFIX):
        raise _damaged(table, column, row_id)
    try:
        raw = base64.b64decode(stored[len(PREFIX):].encode("ascii"), validate=True)
        plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:],
                             associated_data(table, column, row_id))
        return plain.decode("utf-8")
    except (InvalidTag, binascii.Error, ValueError):  # UnicodeError is a ValueError
        raise _damaged(table, column, row_id) from None


class Sealer:
    """The column-sealing cipher of one database's key (None: the database has none)."""

    def __init__(self, key: bytes | None) -> None:
        self._aead = AESGCM(subkey(key)) if key is not None else None

    def aead(self) -> AESGCM | None:
        """The cipher; None while the database has no key."""
        return self._aead


def session_info(key: bytes | None) -> dict[str, Any]:
    """What a PostgreSQL database's session factory puts in ``Session.info``: the sealer
    of its key (SQLite, encrypted whole, puts nothing)."""
    return {_SEALER: Sealer(key)}


def sealer_of(session: Session) -> Sealer | None:
    sealer = session.info.get(_SEALER)
    return sealer if isinstance(sealer, Sealer) else None


# -- writing -------------------------------------------------------------------------

# (object, attribute, sealed text, plain text), by (id(object), attribute)
_Pending = dict[tuple[int, str], tuple[Any, str, str, str]]


def _next_id(session: Session, target: _Target) -> int:
    value = session.execute(
        text("SELECT nextval(pg_get_serial_sequence(:table, :column))"),
        {"table": target.table, "column": target.pk_column},
    ).scalar_one()
    return int(value)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    sealer = sealer_of(session)
    aead = sealer.aead() if sealer is not None else None
    if aead is None:
        return
    pending: _Pending = session.info.setdefault(_PENDING, {})
    for obj in [*session.new, *session.dirty]:
        if type(obj) not in SEALED:
            continue
        target = _target(type(obj))
        state = instance_state(obj)
        is_new = state.key is None
        if is_new and getattr(obj, target.pk_attr) is None:
            setattr(obj, target.pk_attr, _next_id(session, target))
        row_id = getattr(obj, target.pk_attr)
        for attr, column in target.columns:
            if not is_new and not state.attrs[attr].history.has_changes():
                continue
            value = getattr(obj, attr)
            earlier = pending.get((id(obj), attr))
            if earlier is not None and earlier[0] is obj and value is earlier[2]:
                continue  # sealed by an earlier flush attempt that failed
            if not value:  # "" and None are stored as they are
                continue
            sealed = seal_value(aead, value, target.table, column, row_id)
            setattr(obj, attr, sealed)
            pending[(id(obj), attr)] = (obj, attr, sealed, value)


def _after_flush_postexec(session: Session, _context: Any) -> None:
    pending: _Pending | None = session.info.pop(_PENDING, None)
    for obj, attr, sealed, plain in (pending or {}).values():
        if instance_state(obj).dict.get(attr) is sealed:
            set_committed_value(obj, attr, plain)


# -- reading -------------------------------------------------------------------------


def _open(obj: Any, session: Session | None, attrs: Any) -> None:
    sealer = sealer_of(session) if session is not None else None
    if sealer is None:
        return
    aead = sealer.aead()
    target = _target(type(obj))
    loaded = instance_state(obj).dict
    row_id = loaded.get(target.pk_attr)
    for attr, column in target.columns:
        if attrs is not None and attr not in attrs:
            continue
        value = loaded.get(attr)
        if not value:
            continue
        if aead is None:
            if value.startswith(PREFIX):
                raise DatabaseError(translate(
                    "errors", "This record is sealed and the database key is not unlocked: "
                    "log in again."
                ))
            continue  # no key: nothing is sealed, plain text is what there is
        set_committed_value(obj, attr, open_value(aead, value, target.table, column, row_id))


def _on_load(obj: Any, context: Any) -> None:
    _open(obj, context.session, None)


def _on_refresh(obj: Any, context: Any, attrs: Any) -> None:
    _open(obj, context.session, attrs)


event.listen(Session, "before_flush", _before_flush)
event.listen(Session, "after_flush_postexec", _after_flush_postexec)
for _cls in SEALED:
    event.listen(_cls, "load", _on_load)
    event.listen(_cls, "refresh", _on_refresh)


# -- sealing what was written in the clear ---------------------------------------------


def seal_existing(session: Session) -> int:
    """Seal, in place, every sealed-column value still stored in the clear (written
    before there was a key), in ``session`` (one of a keyed database's). Idempotent;
    returns how many values were sealed. Does nothing on SQLite or without a key."""
    sealer = sealer_of(session)
    aead = sealer.aead() if sealer is not None else None
    if aead is None:
        return 0
    count = 0
    for cls in SEALED:
        target = _target(cls)
        table = class_mapper(cls).local_table
        assert isinstance(table, Table)
        pk = table.c[target.pk_column]
        for _attr, column in target.columns:
            col = table.c[column]
            rows = session.execute(
                select(pk, col).where(col.is_not(None), col != "",
                                      col.not_like(PREFIX + "%"))
            ).all()
            for row_id, plain in rows:
                session.execute(update(table).where(pk == row_id).values(
                    {column: seal_value(aead, plain, target.table, column, row_id)}))
                count += 1
    return count
