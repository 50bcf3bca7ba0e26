"""The sealers' lock: no value is sealed under a key that a rotation is about to forget.

A workstation seals under the newest generation of the confidential key *as the slots
hold it when it seals* (:meth:`~safehouse.storage.keyring.KeyRing.catch_up`), read once
per unit of work that seals, under this lock held shared; a rotation's sealing-again
(:func:`~safehouse.storage.rotation.finish`) holds it alone, before the old generation
is forgotten. So a value is either sealed before the sealing-again reads the values (it
is sealed again with them) or after the next generation was in the slots (it is sealed
under that one): never under the old key after the sealing-again passed it by.

- PostgreSQL: an advisory lock, shared by the sealers (tried, not waited for: a save
  during a sealing-again is refused at once, to be tried again), exclusive for the
  sealing-again (which waits for the saves under way).
- SQLite: the database's write lock (``BEGIN IMMEDIATE``), which both take.
"""

from __future__ import annotations

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.orm import Session

from safehouse.errors import ConflictError, DatabaseError, KeysChanged, translate

# Any constant: the PostgreSQL advisory lock of the sealers and the sealing-again.
SEALERS_LOCK = 0x5AFE_5EA1


def keys_changed() -> KeysChanged:
    """The refusal of a login whose keys were rotated on another workstation and which
    cannot take up the new ones (see :meth:`~safehouse.storage.keyring.KeyRing.catch_up`):
    nothing was written."""
    return KeysChanged(translate(
        "errors", "The keys were changed on another workstation. Log in again to go on."))


def rotation_unfinished() -> DatabaseError:
    """The refusal to begin a rotation of a key whose previous one is still pending (in
    the slots: begun here or on another workstation, not yet finished)."""
    return DatabaseError(translate(
        "errors", "An earlier change of keys is not finished. Log in again to finish "
        "it, then try again."))


def _write_lock(session: Session) -> None:
    """SQLite: the database's write lock, now (as services.write_lock takes it)."""
    try:
        raw = session.connection().connection.dbapi_connection
        if raw is not None and not raw.in_transaction:
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
    except sa_exc.OperationalError:
        raise ConflictError(translate(
            "errors", "Another computer is saving at this moment. Try again in a "
            "moment; nothing was changed.")) from None


def hold_for_sealing(session: Session) -> None:
    """The lock held shared until ``session``'s unit of work ends: taken before the
    slots are read to seal. ConflictError while a rotation seals everything again."""
    if session.get_bind().dialect.name == "sqlite":
        _write_lock(session)
        return
    taken = session.connection().execute(
        text("SELECT pg_try_advisory_xact_lock_shared(:key)"), {"key": SEALERS_LOCK}
    ).scalar_one()
    if not taken:
        raise ConflictError(translate(
            "errors", "The keys are being changed on another workstation at this moment. "
            "Try again in a moment; nothing was changed."))


def hold_sealers(session: Session) -> None:
    """The lock held alone until ``session``'s unit of work ends (a rotation's
    sealing-again): the saves under way end first; new ones are refused meanwhile."""
    if session.get_bind().dialect.name == "sqlite":
        _write_lock(session)
        return
    session.connection().execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                 {"key": SEALERS_LOCK})
