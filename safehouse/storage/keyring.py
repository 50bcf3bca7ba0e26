"""The unlocked key with its slots, and the failed logins counted beside them.

Failed attempts are counted where the slots are, because they happen before the
database can be opened: after 5 failures each new attempt must wait longer, after 10
the account is locked for 15 minutes, across restarts, until it runs out or an
administrator lifts it. The audit lines these attempts owe are kept there too (user
name and time only) and written to the audit trail at the next successful login.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.storage import keys

FAILURES_BEFORE_DELAY = 5
FAILURES_BEFORE_LOCK = 10
LOCK_DURATION = timedelta(minutes=15)
MAX_DELAY_SECONDS = 60


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt after ``failures`` failed ones."""
    if failures < FAILURES_BEFORE_DELAY:
        return 0
    return int(min(2 ** (failures - FAILURES_BEFORE_DELAY), MAX_DELAY_SECONDS))


def logins(store: keys.SlotStore) -> dict[str, dict[str, Any]]:
    """Each account's failed attempts: ``failures``, ``last``, ``locked_until``."""
    result: dict[str, dict[str, Any]] = store.records.setdefault("logins", {})
    return result


def parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def owe_audit(
    store: keys.SlotStore, action: AuditAction, username: str, now: datetime
) -> None:
    """Remember an audit line to write once the database is open (the last 200)."""
    pending: list[dict[str, str]] = store.records.setdefault("pending_audit", [])
    # The name only when it is an account's: a mistyped name may be a person's name.
    pending.append({"at": now.isoformat(), "action": action.value, "username": username})
    del pending[:-200]


class KeyRing:
    """The unlocked key and its slots, for the services that manage users.

    Each operation reads the slots afresh and saves them at once, so a failed login or
    a slot changed elsewhere since this user logged in is neither missed nor undone.
    """

    def __init__(self, load: Callable[[], keys.SlotStore], key: bytes) -> None:
        self._load = load
        self._key = key

    def set_user(self, username: str, password: str) -> None:
        store = self._load()
        store.set_user(self._key, username, password)
        logins(store).pop(username, None)
        store.save()

    def remove_user(self, username: str) -> None:
        store = self._load()
        store.remove_user(username)
        logins(store).pop(username, None)
        store.save()

    def has_user(self, username: str) -> bool:
        return self._load().has_user(username)

    def set_recovery(self) -> str:
        store = self._load()
        code = store.set_recovery(self._key)
        store.save()
        return code

    def lift_lock(self, username: str) -> bool:
        """Forget a user's failed attempts; True if there were any."""
        store = self._load()
        had = logins(store).pop(username, None) is not None
        if had:
            store.save()
        return had

    def locked_until(self, username: str, now: datetime | None = None) -> datetime | None:
        now = now or clock.utcnow()
        until = parse_time(logins(self._load()).get(username, {}).get("locked_until"))
        return until if until and until > now else None

    def overview(self, now: datetime | None = None) -> tuple[frozenset[str], frozenset[str]]:
        """In one reading of the slots: the users who have a slot, and those locked now."""
        now = now or clock.utcnow()
        store = self._load()
        prefix = keys.user_label("")
        with_slot = frozenset(label[len(prefix):] for label in store.slots
                              if label.startswith(prefix))
        locked = frozenset(
            name for name, state in logins(store).items()
            if (until := parse_time(state.get("locked_until"))) is not None and until > now
        )
        return with_slot, locked

    def take_pending_audit(self) -> list[dict[str, str]]:
        """The audit lines owed by attempts made before the database was open."""
        store = self._load()
        pending: list[dict[str, str]] = store.records.pop("pending_audit", [])
        if pending:
            store.save()
        return pending
