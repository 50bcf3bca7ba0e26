"""Keys follow rights: who holds the database key and the confidential key, and the
rotation that takes them back.

- Every account that may log in has a slot that holds the database key.
- An account holds the confidential key only while its role may see the confidential
  fields (:func:`~safehouse.services.permissions.holds_confidential_key`), and only
  when an administrator gave it (her own slot holds it): creating such an account,
  raising a role, a new password set by her. A role written into ``users`` by other
  means gives no key.
- Disabling an account, lowering its role below the confidential fields, or a new
  password (her own change, an administrator's reset, the recovery key) rotates what
  the old slot held (:mod:`safehouse.storage.rotation`): the old secret then opens only
  old copies.

The slots change inside the account's unit of work, just before it commits: if the
commit fails, the account is left with less access, never more. The rotation's long
part (sealing again, re-keying) runs after the commit, with progress; a kill in it is
finished at the next login.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from safehouse.audit_actions import AuditAction
from safehouse.models import Role, User
from safehouse.services import audit
from safehouse.services.dto.accounts import Actor
from safehouse.services.permissions import holds_confidential_key
from safehouse.storage import keys, rotation
from safehouse.storage.db import Database
from safehouse.storage.keyring import Rotation

Progress = Callable[[int, str], None]


def settle(db: Database) -> None:
    """Finish a rotation left unfinished, before a change of accounts begins another."""
    if db.keyring is not None and db.keyring.pending():
        rotation.finish(db)


def give_slot(db: Database, username: str, password: str, role: str, *,
              rotate: Rotation | None = None) -> None:
    """A new slot for this password (replacing any): the database key, and the
    confidential key when the role may hold it and the acting session holds it;
    ``rotate`` (:func:`next_keys`): what the old slot held, rotated."""
    if db.keyring is not None:
        db.keyring.set_user(username, password, confidential=holds_confidential_key(role),
                            rotate=rotate)


def holds_confidential(db: Database, username: str) -> bool:
    return db.keyring is not None and db.keyring.holds(username)


def next_keys(db: Database, *, database: bool, confidential: bool) -> Rotation:
    """New values for the keys a revoked slot held, to give the key ring with the change
    of that slot (inside the account's unit of work)."""
    return rotation.next_keys(db, database=database, confidential=confidential)


def finish(db: Database, by: Actor | None, progress: Progress | None = None) -> None:
    """The rotation's long part, then its audit line (which keys were replaced; ``by``:
    the account whose change set it off, already checked by the calling service)."""
    ring = db.keyring
    if ring is None or not ring.pending():
        return
    replaced = sorted(f"{name}_key" for name in ring.pending())  # database_key …
    rotation.finish(db, progress)
    with db.transaction() as s:
        user_id = (s.scalar(select(User.id).where(User.username == by.username))
                   if by is not None else None)
        audit.record(s, by if user_id is not None else None, AuditAction.KEYS_ROTATE,
                     fields=replaced, username=by.username if by else "")


def bring_up_to_date(db: Database, by: Actor, password: str,
                     progress: Progress | None = None) -> str | None:
    """At login: a key file from before the confidential key is brought up to date.

    The first administrator to log in makes the confidential key (her slot and a new
    recovery key hold it; returns the new recovery code, to show once) and every
    confidential value is sealed under it. Another account whose slot is of the old
    kind gets a new slot (the database key only: the confidential key is given by an
    administrator, with a new password). Then any unfinished rotation is finished.
    """
    ring = db.keyring
    if ring is None:
        return None
    code: str | None = None
    if not ring.confidential_exists and by.role == Role.ADMINISTRATOR.value:
        ring.add_confidential_key(keys.new_key())
        ring.set_user(by.username, password, confidential=True)
        code = ring.set_recovery()
        with db.transaction() as s:
            audit.record(s, by, AuditAction.KEYS_CONFIDENTIAL,
                         fields=["confidential_key", "recovery_key"])
    elif ring.unlocked.legacy:
        ring.set_user(by.username, password, confidential=False)
    if ring.pending():
        finish(db, by, progress)  # a rotation a kill interrupted
    else:
        rotation.finish(db, progress)  # seals what an upgrade left unsealed, if anything
    return code
