"""How the demo writes: rows gathered per table and inserted in bulk (a Core
``INSERT`` of many rows at a time), inside the demo's one unit of work.

The ORM's unit of work costs about a millisecond per object, and the demo writes hundreds
of thousands of rows at 10,000 members; a bulk insert costs a few microseconds a row. So
the demo gives each row its id itself (from the table's largest id on), seals the
confidential columns itself (:func:`safehouse.storage.sealed.seal_for_insert`, with the id
in the associated data as the ORM would), fills the member's search key, and on
PostgreSQL moves each sequence past the ids it gave. Parent rows are always added before
their children, and the tables are written in the order they were first added to, so
every foreign key holds at each insert. Buffers are written when they grow large, so
memory stays bounded whatever the size of the demo.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from safehouse.storage import sealed
from safehouse.storage.grants import key_id

#: Rows held before they are written (all tables together).
FLUSH_AT = 20_000
#: SQLite's page cache while the demo writes (KiB, as PRAGMA cache_size takes it).
BULK_CACHE_KIB = -65_536


@dataclass
class Period:
    """A period in the community, as the demo planned it."""

    start_on: date
    end_on: date | None = None


@dataclass
class DemoMember:
    """A member as the rest of the demo needs her: written already, by id."""

    id: int
    birth_year: int | None
    arrived_on: date | None
    memberships: list[Period] = field(default_factory=list)


class Rows:
    """The rows of one demo, by table, written in bulk (see the module's note)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._pending: dict[Table, list[dict[str, Any]]] = {}
        self._held = 0
        self._last_id: dict[Table, int] = {}
        self._sqlite = s.get_bind().dialect.name == "sqlite"
        self._cache_size: int | None = None
        if self._sqlite:  # index pages stay in memory while the rows go in
            self._cache_size = int(s.execute(text("PRAGMA cache_size")).scalar_one())
            s.execute(text(f"PRAGMA cache_size = {BULK_CACHE_KIB}"))
        keys = sealed.sealing_keys(s)
        self.written: dict[str, int] = {}
        newest = keys.confidential[-1] if keys.confidential else None
        self._sealing = AESGCM(newest) if newest else None
        self._prefix = f"{sealed.V2}{key_id(newest)}:" if newest else ""

    def _table(self, model: type[Any]) -> Table:
        table = model.__table__
        assert isinstance(table, Table)
        return table

    def new_id(self, model: type[Any]) -> int:
        """The id of the next row of ``model``'s table."""
        table = self._table(model)
        if table not in self._last_id:
            self._last_id[table] = int(self.s.execute(
                select(func.coalesce(func.max(table.c.id), 0))).scalar_one())
        self._last_id[table] += 1
        return self._last_id[table]

    def seal(self, model: type[Any], attr: str, row_id: int, value: str) -> str:
        """``value`` as a new row of ``model`` with this id stores it (sealed)."""
        if not value:
            return value
        if self._sealing is None:
            return sealed.seal_for_insert(self.s, model, attr, row_id, value)
        table = self._table(model)
        nonce = secrets.token_bytes(12)
        body = self._sealing.encrypt(
            nonce, value.encode("utf-8"),
            sealed.associated_data(table.name, table.c[attr].name, row_id))
        return self._prefix + base64.b64encode(nonce + body).decode("ascii")

    def add(self, model: type[Any], values: dict[str, Any]) -> int | None:
        """Add one row (with ``id`` given, or one is given here when the table has an
        ``id`` column); returns its id. Every row of a table names the same columns."""
        table = model.__table__
        if "id" not in values and "id" in table.c:
            values["id"] = self.new_id(model)
        self._pending.setdefault(table, []).append(values)
        self._held += 1
        if self._held >= FLUSH_AT:
            self.flush()
        return values.get("id")

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if not self._sqlite:
            self.s.execute(insert(table), rows)
            return
        # SQLite: the driver's executemany, each value through its column type's bind
        # processor as a Core insert would do it, without Core's work per row
        dialect = self.s.get_bind().dialect
        names = list(rows[0])
        columns = [table.c[n] for n in names]
        convert = [c.type._cached_bind_processor(dialect) for c in columns]
        quoted = ", ".join(f'"{c.name}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        converted = [(i, fn) for i, fn in enumerate(convert) if fn is not None]
        params: list[tuple[Any, ...]] = []
        for row in rows:
            values = [row[n] for n in names]
            for i, fn in converted:
                if values[i] is not None:
                    values[i] = fn(values[i])
            params.append(tuple(values))
        self.s.connection().exec_driver_sql(
            f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})', params)

    def flush(self) -> None:
        """Write every row held, table by table in the order first added to."""
        for table, rows in self._pending.items():
            if rows:
                self._insert(table, rows)
                self.written[table.name] = self.written.get(table.name, 0) + len(rows)
                rows.clear()
        self._held = 0

    def finish(self) -> None:
        """Write what is held; on PostgreSQL, move each sequence past the ids given;
        on SQLite, the page cache back to its size."""
        self.flush()
        if self._cache_size is not None:
            self.s.execute(text(f"PRAGMA cache_size = {self._cache_size}"))
        if self._sqlite:
            return
        for table in self._last_id:
            self.s.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM \"{table.name}\"))"))
