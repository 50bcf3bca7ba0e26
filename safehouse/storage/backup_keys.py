"""The key file that travels with an SQLite backup: the slots of the active
administrators and of the recovery key only, so that the password of any other account
(disabled later, perhaps) opens no backup; and whether a backup was made under an
earlier database key (before a revocation replaced it)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from safehouse.errors import DatabaseError
from safehouse.models.users import Role
from safehouse.storage import keys
from safehouse.storage.db import Database
from safehouse.storage.grants import DATABASE, key_id
from safehouse.storage.key_file_io import write_private_json


def under_an_earlier_key(backup: Path, key: bytes | None) -> bool:
    """True when the backup's key file names a database key other than ``key``: it was
    made before the keys were last replaced (a revocation), and opens with its own key
    file and an administrator's password of its day."""
    own = keys.KeyFile.path_for(backup)
    if key is None or not own.exists():
        return False
    try:
        generations = keys.KeyFile.load(own).keys.get(DATABASE, [])
    except DatabaseError:
        return False
    return bool(generations) and key_id(key) not in {g.id for g in generations}


def administrators(db: Database) -> set[str]:
    """The user names of the active administrators."""
    with db.transaction() as s:
        return set(s.scalars(text("SELECT username FROM users WHERE role = :role AND active"),
                             {"role": Role.ADMINISTRATOR.value}))


def write_backup_keys(db: Database, store: keys.SlotStore, target: Path) -> None:
    """The key file of a backup: the administrators' and the recovery key's slots."""
    labels = {keys.RECOVERY_LABEL} | {keys.user_label(u) for u in administrators(db)}
    write_private_json(target, store.restricted_to(labels))
