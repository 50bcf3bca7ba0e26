"""Sealed columns: the confidential fields, encrypted by the program under the
confidential key, on both kinds of database.

The columns in :data:`SEALED` (a member's phone and case notes, each keep-away entry
whole, the notes of care-plan updates; counseling notes and screening answers when they
come) leave the program only
encrypted: AES-256-GCM under the *confidential key* (:mod:`safehouse.storage.grants`),
which only the roles that may read them hold, with ``"<table>.<column>.<row id>"`` as
associated data, so a value copied into another row or column does not open. Stored
form: ``"sealed:v2:<key id>:" + base64(nonce ‖ ciphertext ‖ tag)``; the key id names the
generation of the key (two can be in use while a rotation is under way). On SQLite they
sit inside the SQLCipher file, encrypted a second time under the database key: an
account that holds only the database key reads the file but not these columns. A new
sealed column is one more entry in :data:`SEALED`.

Earlier forms, still read: plain text (written before the confidential key existed) and
``"sealed:v1:…"`` (PostgreSQL before the confidential key: under a subkey of the database
key, HKDF-SHA256 with info ``b"safehouse column seal v1"``). :func:`seal_all` turns
every one into the current form, at the first login of a holder of the key after the
upgrade, and after a rotation. Once a database has a confidential key, a session that
holds it refuses anything else (a value planted in the clear does not pass for a note).

A session that does not hold the key (an account whose role may not read these fields)
gets the fields *withheld*: loaded as empty text, and a change to them is refused
(:class:`~safehouse.errors.PermissionDenied`) rather than written over the sealed value.

"Seal" means only this; the key slots *wrap* keys (:mod:`~safehouse.storage.keys`).

How, with the ORM's events:

- ``before_flush``: a new row of a sealed model gets its id first (the id is part of the
  associated data); each changed sealed attribute is replaced by its sealed form, and the
  plain text is remembered in ``session.info``.
- ``after_flush_postexec``: the plain text is put back as the committed value, so the
  service code goes on with plain values and nothing looks changed.
- ``load`` / ``refresh``: sealed values are opened (or withheld) as they arrive. One that
  does not open (another key, moved from another row, tampered with) raises
  :class:`~safehouse.errors.DatabaseError` naming only the table, the column and the row.

Limits, on purpose: only the ORM's unit of work seals and opens. Core statements and
column queries (``select(Member.notes)``) bypass the events; the services write and read
these columns only through ORM objects, and a bulk statement may only *clear* them, or
insert new rows whose values :func:`seal_for_insert` sealed (the demo's bulk write). An
empty value is stored as it is (and NULL as NULL): the server can tell whether a member
has notes at all, and roughly how long a sealed value is; not what it says.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, event, text, update
from sqlalchemy.orm import Mapper, Session, class_mapper
from sqlalchemy.orm.attributes import instance_state, set_committed_value
from sqlalchemy.sql.elements import TextClause

from safehouse.errors import PermissionDenied, translate
from safehouse.models.base import SEALED_KEY_PREFIX_LENGTH
from safehouse.models.care import CareGoalUpdate
from safehouse.models.counseling import SessionNote
from safehouse.models.people import KeepAway, Member
from safehouse.models.wellbeing import Alert, Response
from safehouse.storage.grants import key_id
from safehouse.storage.sealed_values import PREFIX as PREFIX
from safehouse.storage.sealed_values import V1 as V1
from safehouse.storage.sealed_values import V2 as V2
from safehouse.storage.sealed_values import SealingKeys as SealingKeys
from safehouse.storage.sealed_values import associated_data as associated_data
from safehouse.storage.sealed_values import held_key, open_any
from safehouse.storage.sealed_values import open_value as open_value
from safehouse.storage.sealed_values import seal_value as seal_value
from safehouse.storage.sealed_values import subkey as subkey
from safehouse.storage.sealer import Sealer as Sealer
from safehouse.storage.sealer import sealer_of
from safehouse.storage.sealer import session_info as session_info

#: The sealed columns, by model: attribute names. One line per model.
SEALED: dict[type[Any], tuple[str, ...]] = {
    Member: ("phone", "notes"),
    KeepAway: ("entry",),
    Response: ("screening",),  # a screening's answers, score and band
    Alert: ("entry",),  # an alert's kind and its acknowledgement's note
    CareGoalUpdate: ("note",),
    SessionNote: ("text",),
}
_PENDING = "safehouse.sealed_plaintext"  # session.info: plain text during a flush
_WITHHELD = "safehouse.withheld"  # InstanceState.info: attributes loaded withheld


def _keys(session: Session | None) -> SealingKeys:
    sealer = sealer_of(session) if session is not None else None
    return sealer.keys() if sealer is not None else SealingKeys()


# -- the model's targets ----------------------------------------------------------------


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


# -- writing -------------------------------------------------------------------------

# (object, attribute, sealed text, plain text), by (id(object), attribute)
_Pending = dict[tuple[int, str], tuple[Any, str, str, str]]


_NEXT_IDS = "safehouse.next_ids"  # session.info: the ids handed out in this flush


def _next_id(session: Session, target: _Target) -> int:
    if session.get_bind().dialect.name == "sqlite":
        # The ids SQLite would give (its largest plus one, and on), inside this write;
        # every new row of the table in this flush gets one (see _before_flush).
        handed: dict[str, int] = session.info.setdefault(_NEXT_IDS, {})
        if target.table not in handed:
            handed[target.table] = int(session.execute(text(
                f'SELECT coalesce(max("{target.pk_column}"), 0) FROM "{target.table}"')
            ).scalar_one())
        handed[target.table] += 1
        return handed[target.table]
    else:
        value = session.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, :column))"),
            {"table": target.table, "column": target.pk_column},
        ).scalar_one()
    return int(value)


def can_open(session: Session) -> bool:
    """Whether this session reads the sealed columns (it holds the confidential key, or
    the database has none yet)."""
    keys = _keys(session)
    return bool(keys.confidential) or not keys.exists


def withheld_error() -> PermissionDenied:
    return PermissionDenied(translate(
        "errors", "Your account does not hold the key to the confidential fields, so it "
        "cannot change them. Ask an administrator to give it to you."))


def _to_seal(obj: Any) -> list[tuple[str, str]]:
    """The sealed attributes of ``obj`` this flush writes: (attribute, column)."""
    target = _target(type(obj))
    state = instance_state(obj)
    is_new = state.key is None
    return [(attr, column) for attr, column in target.columns
            if is_new or state.attrs[attr].history.has_changes()]


def _sealing(session: Session) -> SealingKeys:
    """The keys to seal with: when this flush seals a value, checked against the slots
    first (once per unit of work: :meth:`Sealer.sealing_keys`)."""
    keys = _keys(session)
    sealer = sealer_of(session)
    if sealer is None or not keys.confidential:
        return keys
    if any(getattr(obj, attr) for obj in [*session.new, *session.dirty]
           if type(obj) in SEALED for attr, _column in _to_seal(obj)):
        return sealer.sealing_keys(session)
    return keys


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    keys = _sealing(session)
    pending: _Pending = session.info.setdefault(_PENDING, {})
    if keys.confidential and session.get_bind().dialect.name == "sqlite":
        # SQLite has no sequence: every new row of a sealed table gets its id here, so
        # that none is given twice in one flush.
        for obj in session.new:
            if type(obj) in SEALED:
                target = _target(type(obj))
                if getattr(obj, target.pk_attr) is None:
                    setattr(obj, target.pk_attr, _next_id(session, target))
    for obj in [*session.new, *session.dirty]:
        if type(obj) not in SEALED:
            continue
        target = _target(type(obj))
        state = instance_state(obj)
        is_new = state.key is None
        withheld: set[str] = state.info.get(_WITHHELD, set())
        changed = _to_seal(obj)
        if not changed:
            continue
        if withheld & {attr for attr, _ in changed}:
            raise withheld_error()
        if not keys.confidential:
            if keys.exists and any(getattr(obj, attr) for attr, _ in changed):
                raise withheld_error()
            continue  # no confidential key anywhere yet: stored as before
        if is_new and getattr(obj, target.pk_attr) is None:
            setattr(obj, target.pk_attr, _next_id(session, target))
        row_id = getattr(obj, target.pk_attr)
        for attr, column in changed:
            value = getattr(obj, attr)
            earlier = pending.get((id(obj), attr))
            if earlier is not None and earlier[0] is obj and value is earlier[2]:
                continue  # sealed by an earlier flush attempt that failed
            if not value:  # "" and None are stored as they are
                continue
            sealed = seal_value(keys.confidential[-1], value, target.table, column, row_id)
            setattr(obj, attr, sealed)
            pending[(id(obj), attr)] = (obj, attr, sealed, value)


def sealing_keys(session: Session) -> SealingKeys:
    """The keys this session seals and opens with, as they are now: checked against
    the slots first when it holds the confidential key (:meth:`Sealer.sealing_keys`)."""
    keys = _keys(session)
    sealer = sealer_of(session)
    if keys.confidential and sealer is not None:
        return sealer.sealing_keys(session)
    return keys


def seal_for_insert(session: Session, cls: type[Any], attr: str, row_id: int,
                    value: str) -> str:
    """What a bulk insert (Core, without the ORM's events) stores in a sealed column of
    a new row of ``cls`` with this id: the value sealed as :func:`_before_flush` would
    seal it (empty stays empty; plain while the database has no confidential key), or
    :func:`withheld_error` for a session that does not hold the key."""
    if not value:
        return value
    keys = sealing_keys(session)
    if not keys.confidential:
        if keys.exists:
            raise withheld_error()
        return value
    target = _target(cls)
    column = dict(target.columns)[attr]
    return seal_value(keys.confidential[-1], value, target.table, column, row_id)


def _after_flush_postexec(session: Session, _context: Any) -> None:
    session.info.pop(_NEXT_IDS, None)
    pending: _Pending | None = session.info.pop(_PENDING, None)
    for obj, attr, sealed, plain in (pending or {}).values():
        if instance_state(obj).dict.get(attr) is sealed:
            set_committed_value(obj, attr, plain)


# -- reading -------------------------------------------------------------------------


def _open(obj: Any, session: Session | None, attrs: Any) -> None:
    keys = _keys(session)
    sealer = sealer_of(session) if session is not None else None
    target = _target(type(obj))
    state = instance_state(obj)
    loaded = state.dict
    row_id = loaded.get(target.pk_attr)
    for attr, column in target.columns:
        if attrs is not None and attr not in attrs:
            continue
        value = loaded.get(attr)
        if not value:
            continue
        withhold = (not keys.confidential and (keys.exists or value.startswith(V2))) or (
            value.startswith(V1) and keys.database is None and not keys.confidential)
        if withhold:
            set_committed_value(obj, attr, "")
            state.info.setdefault(_WITHHELD, set()).add(attr)
            continue
        state.info.get(_WITHHELD, set()).discard(attr)
        if sealer is not None and session is not None and not held_key(keys, value):
            keys = sealer.caught_up(session)  # a rotation made elsewhere, or KeysChanged
        plain = open_any(keys, value, target.table, column, row_id)
        if plain is not value:
            set_committed_value(obj, attr, plain)


def _on_load(obj: Any, context: Any) -> None:
    _open(obj, context.session, None)


def _on_refresh(obj: Any, context: Any, attrs: Any) -> None:
    _open(obj, context.session, attrs)


event.listen(Session, "before_flush", _before_flush)
event.listen(Session, "after_flush_postexec", _after_flush_postexec)
for _cls in SEALED:
    event.listen(_cls, "load", _on_load)
    event.listen(_cls, "refresh", _on_refresh)


# -- bringing every value to the newest key -------------------------------------------


Progress = Callable[[int, int], None]


def _not_under(column: str) -> str:
    """SQL: a value of ``column`` that is neither NULL nor empty and not under the key
    whose prefix (``"sealed:v2:<key id>:"``) is the parameter ``:current``. Its first
    characters, as the column's key index has them (written as that index is, so that
    the database uses it: :func:`~safehouse.models.base.sealed_key_index`), sort before
    or after ``:current``: two ranges of the index (the empty prefix, which only the
    empty value has, sorts first). The same values as ``IS NOT NULL AND <> '' AND NOT
    LIKE :current || '%'``, which reads every row."""
    prefix = f'substr("{column}", 1, {SEALED_KEY_PREFIX_LENGTH})'
    return f"({prefix} > '' AND {prefix} < :current OR {prefix} > :current)"


def _sealed_columns() -> list[tuple[type[Any], _Target, str]]:
    """Every sealed column: its model, where it lives, its name."""
    return [(cls, target, column) for cls in SEALED
            for target in (_target(cls),) for _attr, column in target.columns]


@functools.cache
def _stale_counts() -> TextClause:
    """One statement: for each sealed column (in :func:`_sealed_columns`' order), how
    many of its values are not under ``:current``. Plain SQL (names of our own tables):
    made and compiled once, at a login's first use."""
    return text("SELECT " + ", ".join(
        f'(SELECT count(*) FROM "{target.table}" WHERE {_not_under(column)})'
        for _cls, target, column in _sealed_columns()))


def seal_all(session: Session, progress: Progress | None = None) -> int:
    """Seal, in place, every sealed-column value that is not under the newest
    confidential key this session holds: values written before the key existed (plain,
    or ``sealed:v1:``) and values under an older generation (a rotation). Idempotent;
    returns how many values were sealed; ``progress(done, total)`` as it goes. Does
    nothing without the key.

    The values to seal are counted in one statement, through each column's key index:
    when there are none (every login but the first after an upgrade or a rotation),
    that statement is all it costs."""
    keys = _keys(session)
    if not keys.confidential:
        return 0
    opening = SealingKeys(confidential=keys.confidential, exists=True,
                          database=keys.database, transition=True)
    newest = keys.confidential[-1]
    current = f"{V2}{key_id(newest)}:"
    assert len(current) == SEALED_KEY_PREFIX_LENGTH
    counts = session.execute(_stale_counts(), {"current": current}).one()
    work = [(cls, target, column, int(count)) for (cls, target, column), count
            in zip(_sealed_columns(), counts, strict=True) if count]
    total = sum(count for *_where, count in work)
    done = 0
    for cls, target, column, _count in work:
        table = class_mapper(cls).local_table
        assert isinstance(table, Table)
        stale = session.execute(text(
            f'SELECT "{target.pk_column}", "{column}" FROM "{target.table}" '
            f"WHERE {_not_under(column)}"), {"current": current}).all()
        for row_id, stored in stale:
            plain = open_any(opening, stored, target.table, column, row_id)
            session.execute(update(table).where(table.c[target.pk_column] == row_id).values(
                {column: seal_value(newest, plain, target.table, column, row_id)}))
            done += 1
            if progress is not None and (done % 200 == 0 or done == total):
                progress(done, total)
    return done


def seal_existing(session: Session) -> int:
    """The values written before there was a confidential key, sealed (see
    :func:`seal_all`, which this is)."""
    return seal_all(session)
