"""Rotating the keys, so that a revoked secret opens nothing that is still in use.

When an account is disabled, its role lowered, or its password changed (by its owner
or an administrator), its old password may still open old copies of the slots (a
backup's key file, a copy someone kept). So the keys that slot held are replaced:

- the **database key** (SQLite only): the file is re-encrypted with a new key
  (:func:`~safehouse.storage.sqlcipher.rekey`). On PostgreSQL the database key keys the
  audit chain and the backups, which cannot be re-keyed cheaply: it is not rotated
  (see the README);
- the **confidential key** (where the account held it): every sealed value is sealed
  again under a new key, in one transaction.

The new keys are granted to every slot that keeps the old ones (its public key: no
password is needed), the recovery key's included, whose private key is wrapped under
the recovery code and never changes, so the recovery key keeps working.

Steps, each of which leaves a database that opens with the remaining passwords:

1. the next generation of each key (:func:`next_keys`), granted, is written beside the
   current one in the slots, in the same write that removes or replaces the revoked
   slot (:class:`~safehouse.storage.keyring.KeyRing`'s ``rotate``).
2. :func:`finish`: the confidential values are sealed again under the new key (one
   transaction; values carry their key's id, so either generation opens them);
3. the SQLite file is re-keyed (one transaction inside SQLCipher: whole under one key
   or the other; the vault tries both);
4. the old generations are forgotten in the slots.

A kill between two steps leaves the next generation pending in the slots: the next
login of someone who holds the keys finishes the rotation (:func:`finish` runs at every
login, and does nothing when nothing is pending). Other programs open on the same
SQLite file at the time of a re-key must log in again (they are told so:
:class:`~safehouse.errors.KeysChanged`).

A workstation that logged in before still holds the old confidential key. Before it
seals, it reads the slots (once per unit of work) and seals under the newest generation
there, taken up through its own slot (:meth:`KeyRing.catch_up
<safehouse.storage.keyring.KeyRing.catch_up>`), or is refused with KeysChanged; step 2
holds the sealers' lock meanwhile (:mod:`safehouse.storage.sealers_lock`), so no value
is left under the generation step 4 forgets.
"""

from __future__ import annotations

from collections.abc import Callable

from safehouse.storage import keys, sealed, sealers_lock, sqlcipher
from safehouse.storage.db import Database
from safehouse.storage.grants import CONFIDENTIAL, DATABASE
from safehouse.storage.keyring import Rotation

Progress = Callable[[int, str], None]


def next_keys(db: Database, *, database: bool, confidential: bool) -> Rotation:
    """New values for the keys to rotate, of those ``db``'s key ring holds: ``database``
    (SQLite only) and ``confidential``. Given to the key ring with the change of the
    revoked slot (step 1). A rotation left unfinished must be finished first
    (:func:`finish`)."""
    ring = db.keyring
    if ring is None:
        return {}
    if ring.pending():
        raise sealers_lock.rotation_unfinished()
    new: Rotation = {}
    if database and db.is_sqlite:
        new[DATABASE] = keys.new_key()
    if confidential and ring.confidential_key is not None:
        new[CONFIDENTIAL] = keys.new_key()
    return new


def finish(db: Database, progress: Progress | None = None) -> None:
    """Steps 2–4, as far as ``db``'s keys allow (a login that holds only the database
    key finishes its re-keying; the confidential key waits for one of its holders).
    Also seals what an upgrade left in its earlier form. ``progress(percent, step)``."""
    ring = db.keyring
    if ring is None:
        return

    def step(percent: int, what: str) -> None:
        if progress is not None:
            progress(percent, what)

    pending = ring.pending()
    done: set[str] = set()
    if ring.confidential_key is not None:
        with db.transaction() as s:
            if CONFIDENTIAL in pending:
                # Saves under way end first; none seals under the old key after this
                # has read the values (storage.sealers_lock).
                sealers_lock.hold_sealers(s)
            # Sealed again under the newest generation in the slots: a rotation begun
            # on another workstation (this login holds only the key before it) is
            # taken up through this login's slot first, or refused (KeysChanged).
            if not ring.catch_up(ring.generations(s)):
                raise sealers_lock.keys_changed()
            sealed.seal_all(s, lambda n, total: step(5 + 60 * n // max(total, 1), "seal"))
        if CONFIDENTIAL in pending and len(ring.confidential_keys) > 1:
            done.add(CONFIDENTIAL)
    if DATABASE in pending and len(ring.unlocked.database) > 1:
        new = ring.unlocked.database[-1]
        if db.is_sqlite and ring.database_key != new:
            step(70, "rekey")
            path = db.file_path
            assert path is not None
            db.engine.dispose()  # no connection may be open under the old key
            sqlcipher.rekey(path, ring.database_key, new)
            ring.use_database_key(new)
            db.engine.dispose()
        done.add(DATABASE)
    if done:
        step(95, "slots")
        ring.promote(done)
    step(100, "done")
