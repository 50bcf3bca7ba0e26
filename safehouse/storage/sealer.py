"""The keys a database's sessions seal and open with (:mod:`safehouse.storage.sealed`),
kept in each session's ``info``, and their check against the slots: a workstation that
logged in before a rotation made elsewhere takes up the new key, or is told to log in
again, before it seals anything (:mod:`safehouse.storage.sealers_lock`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from safehouse.storage.sealed_values import SealingKeys

_SEALER = "safehouse.sealer"  # session.info: the Sealer of the session's database
_CHECKED = "safehouse.keys_checked"  # session.info: checked to seal in this transaction

# check(session, sealing): the keys brought up to date with the slots as they are now
# (a rotation made elsewhere), or KeysChanged; ``sealing``: to seal, under the
# sealers' lock (taken in the session's unit of work).
Check = Callable[[Session, bool], None]


class Sealer:
    """The sealing keys of one database, read afresh for each use (a rotation changes
    them); ``check``: the keys checked against the slots, once per unit of work that
    seals, and when a value is under a key this login does not hold."""

    def __init__(self, source: Callable[[], SealingKeys], check: Check | None = None) -> None:
        self._source = source
        self._check = check

    def keys(self) -> SealingKeys:
        return self._source()

    def sealing_keys(self, session: Session) -> SealingKeys:
        """The keys to seal with in ``session``'s unit of work: checked at its first
        sealing (one small reading of the slots, under the sealers' lock)."""
        if self._check is not None and not session.info.get(_CHECKED):
            self._check(session, True)
            session.info[_CHECKED] = True
        return self._source()

    def caught_up(self, session: Session) -> SealingKeys:
        """The keys after taking up those a rotation made elsewhere gave this login (a
        value under a key it does not hold was read), or KeysChanged."""
        if self._check is not None:
            self._check(session, False)
        return self._source()


def session_info(source: Callable[[], SealingKeys], check: Check | None = None
                 ) -> dict[str, Any]:
    """What a database's session factory puts in ``Session.info``."""
    return {_SEALER: Sealer(source, check)}


def sealer_of(session: Session) -> Sealer | None:
    sealer = session.info.get(_SEALER)
    return sealer if isinstance(sealer, Sealer) else None


def _transaction_ended(session: Session, _transaction: SessionTransaction) -> None:
    # The lock went with the transaction: check again in the next. A savepoint too:
    # rolled back, it lets go of what was locked inside it (PostgreSQL's advisory lock
    # included), so the next sealing in the unit of work takes the lock again.
    session.info.pop(_CHECKED, None)


event.listen(Session, "after_transaction_end", _transaction_ended)
