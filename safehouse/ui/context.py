"""What every page needs: the database, who is logged in, and the change hub."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from safehouse.services.dto.accounts import Actor
from safehouse.services.permissions import Action, allowed
from safehouse.storage.db import Change, Database


class ChangeHub(QObject):
    """Re-emits what the services changed, so open views can refresh.

    ``sig_changed(entity, ids)``: entity is e.g. "member", "assignment"; ids may be empty.
    """

    sig_changed = Signal(str, list)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        db.add_listener(self._on_db_change)

    def _on_db_change(self, change: Change) -> None:
        self.sig_changed.emit(change.entity, list(change.ids))

    def detach(self) -> None:
        self._db.remove_listener(self._on_db_change)


@dataclass(frozen=True)
class AppContext:
    db: Database
    actor: Actor
    hub: ChangeHub

    def can(self, action: Action) -> bool:
        return allowed(self.actor, action)
