"""What every page needs: the database, who is logged in, and the change hub."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from safehouse.changes import Change, ChangeKind
from safehouse.services.dto.accounts import Actor
from safehouse.services.permissions import Action, allowed
from safehouse.storage.db import Database


class ChangeHub(QObject):
    """Re-emits what the services changed, so open views can refresh.

    ``sig_changed(kind, ids)``: kind is a :class:`ChangeKind`; ids may be empty (any of
    that kind). A view names the kinds it reloads on in a ``RELOAD_ON`` class attribute
    (a frozenset of ChangeKind) and checks ``kind in self.RELOAD_ON`` in its slot.
    """

    sig_changed = Signal(object, list)  # ChangeKind, list[int]

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        db.add_listener(self._on_db_change)

    def _on_db_change(self, change: Change) -> None:
        self.sig_changed.emit(ChangeKind(change.entity), list(change.ids))

    def detach(self) -> None:
        self._db.remove_listener(self._on_db_change)


@dataclass(frozen=True)
class AppContext:
    db: Database
    actor: Actor
    hub: ChangeHub

    def can(self, action: Action) -> bool:
        return allowed(self.actor, action)
