"""The unlocked key with its slots, and the failed logins counted beside them.

Failed attempts are counted where the slots are, because they happen before the
database can be opened: after 5 failures each new attempt must wait longer (an attempt
made too soon counts too), after 10 the account is locked for 15 minutes, across
restarts, until it runs out or an administrator lifts it. The audit lines these attempts
owe are kept there too (account name and time only) and written to the audit trail at
the next successful login, marked as reported by the key file.

Those records are written without the key and sealed by whoever holds it
(:mod:`safehouse.storage.records`): every change here re-reads the slots under the key
file's lock, checks the records, and seals them again. Tampering found on the way is
treated as the worst case (every account locked) and reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from safehouse import clock
from safehouse.storage import keys, records
from safehouse.storage.records import FAILURES_BEFORE_DELAY, FAILURES_BEFORE_LOCK, LOCK_DURATION

__all__ = [
    "FAILURES_BEFORE_DELAY", "FAILURES_BEFORE_LOCK", "LOCK_DURATION", "MAX_DELAY_SECONDS",
    "KeyRing", "Pending", "delay_after",
]

MAX_DELAY_SECONDS = 60


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt after ``failures`` failed ones."""
    if failures < FAILURES_BEFORE_DELAY:
        return 0
    return int(min(2 ** (failures - FAILURES_BEFORE_DELAY), MAX_DELAY_SECONDS))


@dataclass(frozen=True)
class Pending:
    """What the key file owes the audit trail: failed-login lines (written without the
    key) and reports of tampering (each ``{"at", "what"}``)."""

    lines: tuple[dict[str, str], ...]
    reports: tuple[dict[str, Any], ...]


class KeyRing:
    """The unlocked key and its slots, for the services that manage users.

    Each change reads the slots afresh under the lock and saves them at once, so a
    failed login or a slot changed elsewhere since this user logged in is neither missed
    nor undone.
    """

    def __init__(
        self,
        load: Callable[[], keys.SlotStore],
        edit: Callable[[], AbstractContextManager[keys.SlotStore]],
        key: bytes,
    ) -> None:
        self._load = load
        self._edit = edit
        self._key = key
        # True once the database says its records were sealed before (set at login):
        # from then on, records in the old unsealed form mean they were removed.
        self.expect_sealed = False

    @contextmanager
    def _sealing(
        self, now: datetime | None = None, found: list[str] | None = None
    ) -> Iterator[tuple[keys.SlotStore, records.State]]:
        """The slots and the records' state under the lock; sealed and saved after.
        ``found``: the signs of tampering are added to it."""
        now = now or clock.utcnow()
        found = found if found is not None else []
        with self._edit() as store:
            parsed = records.parse(store.records)
            found.extend(records.problems(parsed, self._key,
                                          expect_sealed=self.expect_sealed))
            state = records.fold(parsed)
            if found:
                records.worst_case(state, store.usernames(), found, now)
            yield store, state
            store.records = records.sealed_form(state, self._key)
            store.save()
        self.expect_sealed = True

    def _state(self) -> tuple[keys.SlotStore, records.State]:
        store = self._load()
        return store, records.fold(records.parse(store.records))

    # --- slots ------------------------------------------------------------------------

    def set_user(self, username: str, password: str) -> None:
        with self._sealing() as (store, state):
            store.set_user(self._key, username, password)
            state.logins.pop(username, None)

    def remove_user(self, username: str) -> None:
        with self._sealing() as (store, state):
            store.remove_user(username)
            state.logins.pop(username, None)

    def has_user(self, username: str) -> bool:
        return self._load().has_user(username)

    def set_recovery(self) -> str:
        with self._sealing() as (store, _state):
            code = store.set_recovery(self._key)
        return code

    # --- failed logins --------------------------------------------------------------

    def lift_lock(self, username: str) -> bool:
        """Forget a user's failed attempts; True if there were any."""
        with self._sealing() as (_store, state):
            had = state.logins.pop(username, None) is not None
        return had

    def locked_until(self, username: str, now: datetime | None = None) -> datetime | None:
        return records.locked_until(self._state()[1], username, now or clock.utcnow())

    def overview(self, now: datetime | None = None) -> tuple[frozenset[str], frozenset[str]]:
        """In one reading of the slots: the users who have a slot, and those locked now."""
        now = now or clock.utcnow()
        store, state = self._state()
        locked = frozenset(name for name in state.logins
                           if records.locked_until(state, name, now) is not None)
        return store.usernames(), locked

    # --- checking and reporting -------------------------------------------------------

    def tampering(self) -> list[str]:
        """Signs of tampering with the records, read now (nothing is written)."""
        parsed = records.parse(self._load().records)
        return records.problems(parsed, self._key, expect_sealed=self.expect_sealed)

    def settle(self, now: datetime | None = None) -> list[str]:
        """Check the records and seal them; tampering found is met with the worst case
        (every account locked, a report kept). Returns what was found."""
        found: list[str] = []
        with self._sealing(now, found):
            pass
        return found

    def take_pending_audit(self) -> Pending:
        """The audit lines owed by attempts made before the database was open, and the
        reports of tampering not yet in the audit trail (marked as audited now)."""
        with self._sealing() as (_store, state):
            lines = tuple(state.owed)
            state.owed = []
            reports = tuple({"at": r.get("at", ""), "what": r.get("what", [])}
                            for r in state.reports if not r.get("audited"))
            for report in state.reports:
                report["audited"] = True
        return Pending(lines, reports)

    def logged_in(
        self, username: str, anchor: dict[str, Any] | None, *, administrator: bool
    ) -> list[dict[str, Any]]:
        """A login succeeded: its failures are forgotten and the audit anchor moves on.
        An administrator is handed the reports of tampering she has not seen (marked as
        seen)."""
        with self._sealing() as (_store, state):
            state.logins.pop(username, None)
            if anchor is not None:
                state.anchor = anchor
            unseen: list[dict[str, Any]] = []
            if administrator:
                unseen = [{"at": r.get("at", ""), "what": r.get("what", [])}
                          for r in state.reports if not r.get("seen")]
                for report in state.reports:
                    report["seen"] = True
        return unseen

    # --- the audit trail's anchor -------------------------------------------------------

    def anchor(self) -> dict[str, Any] | None:
        """The audit trail's anchor as the sealed records hold it (None: none yet)."""
        return self._state()[1].anchor

    def set_anchor(self, anchor: dict[str, Any]) -> None:
        with self._sealing() as (_store, state):
            state.anchor = anchor
