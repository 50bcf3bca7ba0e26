"""The slots of a PostgreSQL database, kept in its ``key_slots`` table (an SQLite file
keeps them beside it, :class:`safehouse.storage.keys.KeyFile`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from safehouse.models import KeySlot
from safehouse.storage import grants, keys
from safehouse.storage.db import Database

# Any constant: the PostgreSQL advisory lock that serialises changes to ``key_slots``.
KEY_SLOTS_LOCK = 0x5AFE_C0DE


class TableSlotStore(keys.SlotStore):
    """Slots and records in a PostgreSQL database's ``key_slots`` table.

    A change is read and written in one transaction that first takes an advisory lock
    (:meth:`editing`), so two changes never interleave and never collide on a label.
    """

    SLOT = "slot:"
    RECORD = "record:"
    KEY = "key:"  # a key's generations and their grants

    def __init__(self, db: Database, session: Session | None = None) -> None:
        self._db = db
        self._session = session
        self._saved = False
        if session is not None:
            slots, records, generations = self._read(session)
        else:
            with db.transaction() as s:
                slots, records, generations = self._read(s)
        super().__init__(slots, records, generations)

    @classmethod
    @contextmanager
    def editing(cls, db: Database) -> Iterator[TableSlotStore]:
        """The slots read afresh under the lock, held until the block's transaction
        ends: change them and :meth:`save` inside the block."""
        refused: BaseException | None = None
        with db.transaction() as s:
            s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": KEY_SLOTS_LOCK})
            store = cls(db, s)
            try:
                yield store
            except BaseException as exc:
                if not store._saved:
                    raise
                refused = exc  # what was saved stays (a failed login is counted)
        if refused is not None:
            raise refused

    def _read(self, s: Session) -> tuple[dict[str, keys.Slot], dict[str, Any],
                                          grants.Generations]:
        slots: dict[str, keys.Slot] = {}
        records: dict[str, Any] = {}
        generations: dict[str, Any] = {}
        for row in s.scalars(select(KeySlot)):
            data = json.loads(row.data)
            if row.label.startswith(self.SLOT):
                label = row.label[len(self.SLOT) :]
                slots[label] = keys.parse_slot(label, data)
            elif row.label.startswith(self.RECORD):
                records[row.label[len(self.RECORD) :]] = data
            elif row.label.startswith(self.KEY):
                generations[row.label[len(self.KEY):]] = data
        try:
            parsed = grants.parse(generations)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise keys.damaged_key_file() from None
        return slots, records, parsed

    def save(self) -> None:
        if self._session is None:
            with self.editing(self._db) as fresh:
                fresh.slots, fresh.records, fresh.keys = self.slots, self.records, self.keys
                fresh.save()
            return
        s = self._session
        s.execute(delete(KeySlot))
        for label, slot in self.slots.items():
            s.add(KeySlot(label=self.SLOT + label, data=json.dumps(slot.to_json())))
        for name, value in self.records.items():
            s.add(KeySlot(label=self.RECORD + name, data=json.dumps(value)))
        for name, gens in self.keys.items():
            s.add(KeySlot(label=self.KEY + name, data=json.dumps([g.to_json() for g in gens])))
        s.flush()
        self._saved = True
