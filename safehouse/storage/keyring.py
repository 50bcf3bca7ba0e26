"""The unlocked keys with their slots, and the failed logins counted beside them.

Failed attempts are counted where the slots are, because they happen before the
database can be opened: after 5 failures each new attempt must wait longer (an attempt
made too soon counts too), after 10 the account is locked for 15 minutes, across
restarts, until it runs out or an administrator lifts it. The audit lines these attempts
owe are kept there too (account name and time only) and written to the audit trail at
the next successful login, marked as reported by the key file.

Those records are written without the key and sealed by whoever holds it
(:mod:`safehouse.storage.records`, under the newest database key): every change here
re-reads the slots under the key file's lock, checks the records (under any generation
of the database key this ring holds: a rotation may be under way), and seals them
again. Tampering found on the way is treated as the worst case (every account locked)
and reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.errors import AuthenticationFailed, DatabaseError, translate
from safehouse.storage import grants, keys, records
from safehouse.storage.grants import CONFIDENTIAL, DATABASE
from safehouse.storage.records import FAILURES_BEFORE_DELAY, FAILURES_BEFORE_LOCK, LOCK_DURATION
from safehouse.storage.sealers_lock import keys_changed, rotation_unfinished

__all__ = [
    "FAILURES_BEFORE_DELAY", "FAILURES_BEFORE_LOCK", "LOCK_DURATION", "MAX_DELAY_SECONDS",
    "KeyRing", "Pending", "Rotation", "delay_after",
]

MAX_DELAY_SECONDS = 60
# The next value of each key a change rotates (see storage.rotation.next_keys).
Rotation = dict[str, bytes]


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt after ``failures`` failed ones."""
    if failures < FAILURES_BEFORE_DELAY:
        return 0
    return int(min(2 ** (failures - FAILURES_BEFORE_DELAY), MAX_DELAY_SECONDS))


def locked_refusal(locked_until: datetime, now: datetime) -> AuthenticationFailed:
    """The refusal of a login to an account locked until ``locked_until`` (the key
    file's lock before the database opens, and the users table's after, say it alike)."""
    minutes = int((locked_until - now).total_seconds() // 60) + 1
    return AuthenticationFailed((
        translate("errors", "This account is locked after too many failed logins. "
                  "Try again in {minutes} minute, or ask an administrator.")
        if minutes == 1 else
        translate("errors", "This account is locked after too many failed logins. "
                  "Try again in {minutes} minutes, or ask an administrator.")
    ).format(minutes=minutes))


@dataclass(frozen=True)
class Pending:
    """What the key file owes the audit trail: failed-login lines (written without the
    key) and reports of tampering (each ``{"at", "what"}``)."""

    lines: tuple[dict[str, str], ...]
    reports: tuple[dict[str, Any], ...]


class KeyRing:
    """The keys a login unlocked, and the slots that hold them, for the services that
    manage users and for a rotation (:mod:`safehouse.storage.rotation`).

    Each change reads the slots afresh under the lock and saves them at once, so a
    failed login or a slot changed elsewhere since this user logged in is neither missed
    nor undone. Granting a key needs this ring to hold it: an account given the
    confidential key is given it by someone who has it (an administrator), never by a
    role written into the database.
    """

    def __init__(
        self,
        load: Callable[[], keys.SlotStore],
        edit: Callable[[], AbstractContextManager[keys.SlotStore]],
        unlocked: keys.Keys,
        database_key: bytes | None = None,
        *,
        confidential_exists: bool | None = None,
        slot: tuple[str, bytes] | None = None,
        generations: Callable[[Session], grants.Generations] | None = None,
    ) -> None:
        self._load = load
        self._edit = edit
        self._keys = unlocked
        # The label and private key of the slot this login opened: keys granted to it
        # since (a rotation made on another workstation) open without its password.
        self._slot = slot
        # The keys' generations as the slots hold them now, read in a unit of work.
        self._generations = generations or (lambda _session: self._load().keys)
        # The generation of the database key the database opens with (during a
        # rotation on SQLite: the old one until the file is re-keyed).
        self._database_key = database_key or unlocked.database[0]
        self._exists = (bool(unlocked.confidential) if confidential_exists is None
                        else confidential_exists)
        # True once the database says its records were sealed before (set at login):
        # from then on, records in the old unsealed form mean they were removed.
        self.expect_sealed = False

    # --- the keys ----------------------------------------------------------------------

    @property
    def unlocked(self) -> keys.Keys:
        """Every generation of every key this ring holds."""
        return self._keys

    @property
    def database_key(self) -> bytes:
        return self._database_key

    @property
    def integrity_key(self) -> bytes:
        """The key of the audit chain and its anchors (never rotated)."""
        return self._keys.integrity[0] if self._keys.integrity else self._keys.database[0]

    @property
    def confidential_keys(self) -> tuple[bytes, ...]:
        """Every generation of the confidential key this ring holds (the newest last)."""
        return self._keys.confidential

    @property
    def confidential_key(self) -> bytes | None:
        """The newest confidential key this ring holds; None: it holds none."""
        return self._keys.confidential[-1] if self._keys.confidential else None

    @property
    def confidential_exists(self) -> bool:
        """Whether the database has a confidential key at all (held here or not), as it
        was at login (or since this ring added it)."""
        return self._exists or bool(self._keys.confidential)

    def store(self) -> keys.SlotStore:
        """The slots as they are now (read only: changes go through this ring)."""
        return self._load()

    def _problems(self, parsed: records.Parsed) -> list[str]:
        """Tampering with the records, checked under each generation of the database key
        this ring holds (they are sealed under the newest one there was)."""
        found: list[str] | None = None
        for key in reversed(self._keys.database):
            problems = records.problems(parsed, key, expect_sealed=self.expect_sealed)
            if not problems:
                return []
            found = problems if found is None else found
        return found or []

    @contextmanager
    def _sealing(
        self, now: datetime | None = None, found: list[str] | None = None,
        rotate: Rotation | None = None,
    ) -> Iterator[tuple[keys.SlotStore, records.State]]:
        """The slots and the records' state under the lock; sealed and saved after.
        ``found``: the signs of tampering are added to it. ``rotate``: the next
        generation of those keys, begun in the same write (granted to the slots that
        keep the current one), so a revoked slot and its rotation are never apart."""
        now = now or clock.utcnow()
        found = found if found is not None else []
        with self._edit() as store:
            if not self.catch_up(store.keys):  # a rotation made elsewhere since login
                raise keys_changed()  # its keys are not this login's: nothing changes
            if any(store.pending(name) for name in rotate or {}):
                raise rotation_unfinished()  # begun elsewhere since next_keys looked
            parsed = records.parse(store.records)
            found.extend(self._problems(parsed))
            state = records.fold(parsed)
            if found:
                records.worst_case(state, store.usernames(), found, now)
            yield store, state
            for name, new in (rotate or {}).items():
                store.begin_rotation(name, self._keys, new)
            store.records = records.sealed_form(state, self._keys.database[-1])
            store.save()
        self.expect_sealed = True
        for name, new in (rotate or {}).items():
            self._keys = self._keys.with_key(name, (*self._keys.of(name), new))

    def _state(self) -> tuple[keys.SlotStore, records.State]:
        store = self._load()
        return store, records.fold(records.parse(store.records))

    # --- slots ------------------------------------------------------------------------

    def set_user(self, username: str, password: str, *, confidential: bool,
                 rotate: Rotation | None = None) -> None:
        """A new slot for this account's password (a new key pair: the old password
        opens nothing here any more), given the database and integrity keys, and the
        confidential key when ``confidential`` and this ring holds it; ``rotate``: what
        the old slot held is rotated."""
        with self._sealing(rotate=rotate) as (store, state):
            grants.start(store.keys, self._keys)
            store.put_slot(keys.user_label(username), password, self._keys,
                           confidential=confidential)
            state.logins.pop(username, None)

    def grant_confidential(self, username: str) -> bool:
        """Give an account's slot the confidential key (a raised role). False when this
        ring does not hold it, or the slot is not one a holder of the key made (a
        password its owner changed while she had no access to confidential fields):
        then a new password from an administrator gives it."""
        if not self._keys.confidential:
            return False
        with self._sealing() as (store, _state):
            granted = store.grant_confidential(keys.user_label(username), self._keys)
        return granted

    def revoke_confidential(self, username: str, *, rotate: Rotation | None = None) -> None:
        """The account's slot no longer holds the confidential key (a lowered role)."""
        with self._sealing(rotate=rotate) as (store, _state):
            grants.revoke(store.keys, keys.user_label(username), CONFIDENTIAL)

    def holds(self, username: str, name: str = CONFIDENTIAL) -> bool:
        """Whether an account's slot holds the current generation of a key."""
        return keys.user_label(username) in self._load().holders(name)

    def confidential_holders(self) -> frozenset[str]:
        """The users whose slot holds the confidential key."""
        prefix = keys.user_label("")
        return frozenset(label[len(prefix):] for label in self._load().holders(CONFIDENTIAL)
                         if label.startswith(prefix))

    def remove_user(self, username: str, *, rotate: Rotation | None = None) -> None:
        with self._sealing(rotate=rotate) as (store, state):
            store.remove_user(username)
            state.logins.pop(username, None)

    def has_user(self, username: str) -> bool:
        return self._load().has_user(username)

    def set_recovery(self) -> str:
        """A new recovery key (its slot holds every key); the code, to show once."""
        code = keys.new_recovery_code()
        with self._sealing() as (store, _state):
            grants.start(store.keys, self._keys)
            store.put_slot(keys.RECOVERY_LABEL, code, self._keys, confidential=True)
        return code

    def add_confidential_key(self, new: bytes) -> None:
        """The first confidential key of a database from before there was one (the first
        administrator login after the upgrade); her slot and a new recovery key follow."""
        self._keys = self._keys.with_key(CONFIDENTIAL, (new,))

    # --- rotation (storage.rotation) ---------------------------------------------------

    def pending(self) -> frozenset[str]:
        """The keys whose rotation has begun and not finished."""
        store = self._load()
        return frozenset(name for name in (DATABASE, CONFIDENTIAL) if store.pending(name))

    def use_database_key(self, key: bytes) -> None:
        """The database now opens with this key (after it was re-keyed)."""
        assert key in self._keys.database
        self._database_key = key

    def promote(self, names: set[str]) -> None:
        """The newest generation of these keys is the only one, here and in the slots
        (the records sealed again under the newest database key, in the same write)."""
        with self._sealing() as (store, _state):
            for name in names:
                if store.pending(name):
                    store.promote(name)
        for name in names:
            self._keys = self._keys.with_key(name, self._keys.of(name)[-1:])

    # --- a rotation made on another workstation ----------------------------------------

    def generations(self, session: Session) -> grants.Generations:
        """The keys' generations as the slots hold them now (PostgreSQL: read in
        ``session``'s unit of work)."""
        return self._generations(session)

    def catch_up(self, gens: grants.Generations) -> bool:
        """Take up the generations of the confidential key that the slots hold now
        (``gens``) and this login does not: another workstation rotated it since this
        login, and granted the new one to this login's slot (its public key). Opened
        with the slot's private key, no password needed; a slot that lost the key (a
        lowered role), or was replaced or removed since, is given nothing here. The
        generations the slots forgot stay held, oldest first, only to read with.

        True when this ring now seals under the newest generation there is (or holds no
        confidential key: it seals nothing)."""
        held = self._keys.confidential
        current = gens.get(CONFIDENTIAL, [])
        if not held or not current:
            return True
        by_id = {grants.key_id(k): k for k in held}
        for gen in current:
            if gen.id in by_id or self._slot is None:
                continue
            if not grants.endorsed_by_any(gen, CONFIDENTIAL, tuple(by_id.values())):
                continue  # not made by a key this login holds: planted, or two rotations on
            label, private = self._slot
            grant = gen.grants.get(label)
            if grant is None:
                continue
            try:
                key = grants.open_grant(grant, CONFIDENTIAL, label, private)
            except DatabaseError:
                continue  # granted to another key pair: her slot was replaced since
            if grants.key_id(key) == gen.id:
                by_id[gen.id] = key
        ids = [gen.id for gen in current]
        order = [k for k in held if grants.key_id(k) not in ids] + [
            by_id[i] for i in ids if i in by_id]
        if tuple(order) != held:
            self._keys = self._keys.with_key(CONFIDENTIAL, tuple(order))
        return ids[-1] in by_id

    def database_key_forgotten(self) -> bool:
        """The database key this login opened the database with is no longer in the
        slots (SQLite: the file was re-keyed by another program since this login)."""
        gens = self._load().keys.get(DATABASE, [])
        return bool(gens) and grants.key_id(self._database_key) not in {g.id for g in gens}

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
        return self._problems(records.parse(self._load().records))

    def settle(self, now: datetime | None = None) -> tuple[list[str], Pending]:
        """Check the records and seal them; tampering found is met with the worst case
        (every account locked, a report kept). Returns what was found, and what the
        audit trail is owed: the lines of attempts made before the database was open
        and the reports of tampering not yet in it (this one's included), taken now
        (forgotten, marked as audited). One reading and writing of the slots."""
        found: list[str] = []
        with self._sealing(now, found) as (_store, state):
            lines = tuple(state.owed)
            state.owed = []
            reports = tuple({"at": r.get("at", ""), "what": r.get("what", [])}
                            for r in state.reports if not r.get("audited"))
            for report in state.reports:
                report["audited"] = True
        return found, Pending(lines, reports)

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
