"""Organisation-wide settings kept in the database."""

from __future__ import annotations

from sqlalchemy.orm import Session

from safehouse.models import Setting
from safehouse.services import audit
from safehouse.services.dto import Actor
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Change, Database

ORGANISATION = "organisation"
KNOWN_KEYS = (ORGANISATION,)


def _get(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row else default


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def organisation_name(db: Database) -> str:
    """The organisation's name; shown on the login dialog, so no permission needed."""
    with db.transaction() as s:
        return _get(s, ORGANISATION)


def set_organisation_name(db: Database, actor: Actor, name: str) -> None:
    require(actor, Action.SETTINGS_EDIT)
    with db.transaction() as s:
        _put(s, ORGANISATION, name.strip())
        audit.record(s, actor, "settings.change", entity="setting", fields=[ORGANISATION])
    db.notify(Change("setting"))
