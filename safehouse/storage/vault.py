"""Opening a database with a password.

The database key and the confidential key are random; each user's password opens that
user's slot, which holds the keys granted to it (see :mod:`safehouse.storage.keys`). An
SQLite file is encrypted whole with SQLCipher under the database key and keeps its
slots in ``<file>.keys``; a PostgreSQL database keeps them in its ``key_slots`` table.
Both seal the confidential columns under the confidential key
(:mod:`safehouse.storage.sealed`).

Failed attempts are counted beside the slots (:mod:`safehouse.storage.keyring`): they
happen before the database can be opened.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.errors import AuthenticationFailed, DatabaseError, translate
from safehouse.files import copy_private
from safehouse.storage import (
    grants,
    keys,
    migrate,
    network_share,
    records,
    rotation,
    sealed,
    slot_generations,
    sqlcipher,
)
from safehouse.storage.db import Database, describe_url, resolve_url, unavailable_as_database_error
from safehouse.storage.first_look import VaultState as VaultState
from safehouse.storage.first_look import file_state
from safehouse.storage.keyring import KeyRing, delay_after, locked_refusal
from safehouse.storage.table_slots import TableSlotStore as TableSlotStore

Progress = Callable[[int, str], None]


class Vault:
    """The way into one database (an SQLite file or a PostgreSQL server)."""

    def __init__(self, url: URL, *, schema: str | None = None) -> None:
        self.url = url
        self.schema = schema
        self._server: Database | None = None
        self._last_generations = slot_generations.LastParsed()

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None) -> Vault:
        """The way into the database at ``target`` (a path or URL), with what unlocking
        it will need already loaded (:meth:`prepare`)."""
        vault = cls(resolve_url(target))
        vault.prepare()
        return vault

    def prepare(self) -> None:
        """Load now what the first unlock would load after the password was given (the
        program opens the vault on its preload thread, while the login waits: see
        safehouse.ui.preload): the driver's dialect, the key file's lock library, the
        cryptography backend of the slots' X25519, the newest migration's name. Nothing
        is read from the database or the key file."""
        import importlib

        self.url.get_dialect()
        for name in ("filelock", "cryptography.hazmat.backends.openssl.backend"):
            importlib.import_module(name)
        migrate.quick_head()

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path:
        assert self.is_sqlite and self.url.database
        return Path(self.url.database)

    @property
    def keys_path(self) -> Path:
        return keys.KeyFile.path_for(self.path)

    @property
    def description(self) -> str:
        return describe_url(self.url)

    def server(self) -> Database:
        """The PostgreSQL connection, migrated, before anyone has logged in."""
        if self._server is None:
            self._server = Database(self.url, schema=self.schema)
            migrate.upgrade(self._server)
        return self._server

    def close(self) -> None:
        """Let go of the PostgreSQL connection made before login (if any)."""
        if self._server is not None:
            self._server.dispose()
            self._server = None

    # --- what is there --------------------------------------------------------------

    def check_place(self) -> None:
        """Refuse an SQLite file on a network share (``DatabaseError``, saying to use
        PostgreSQL): :mod:`safehouse.storage.network_share`."""
        if self.is_sqlite:
            network_share.refuse_network_share(self.path)

    def state(self) -> VaultState:
        if self.is_sqlite:
            return file_state(self.path)  # refused on a network share first
        server = self.server()
        with server.transaction() as s:
            users = s.scalar(text("SELECT count(*) FROM users")) or 0
        if not users:
            return VaultState.NEW
        return VaultState.LOCKED if TableSlotStore(server).slots else VaultState.PLAIN

    def store(self) -> keys.SlotStore:
        """The slots as they are now, to read (see :meth:`editing` to change them)."""
        if self.is_sqlite:
            return keys.KeyFile.load(self.keys_path)
        return TableSlotStore(self.server())

    def editing(self, *, new: bool = False) -> AbstractContextManager[keys.SlotStore]:
        """The slots read afresh under an exclusive lock held until the block ends (the
        key file's lock file, or an advisory lock on PostgreSQL); ``save()`` them inside.
        ``new``: a key file that does not exist yet."""
        if self.is_sqlite:
            return keys.KeyFile.editing(self.keys_path, new=new)
        return TableSlotStore.editing(self.server())

    # --- opening --------------------------------------------------------------------

    def check_can_create(self) -> None:
        """Raise DatabaseError unless a new database can be made here: nothing there
        yet, and no key file left without its database (it would be replaced, and with
        it the only way into that database, if the file comes back)."""
        if self.state() is not VaultState.NEW:
            raise DatabaseError(
                translate("errors", "There is a database here already; log in instead."))
        if self.is_sqlite and os.path.lexists(self.keys_path):
            raise DatabaseError(translate(
                "errors", "The key file {keys} is there, but its database {database} is "
                "missing. If the database was moved or lost, put it back beside its key "
                "file, or restore a backup ('safehouse restore FILE', or Restore from a "
                "backup… in the window). To start a new database here, first move the key "
                "file somewhere else: nothing was changed.").format(
                    keys=self.keys_path, database=self.path))

    def create(self) -> Database:
        """A new, empty, encrypted database with fresh keys (slots come next)."""
        self.check_can_create()
        fresh = grants.fresh_keys()
        if self.is_sqlite:
            self.path.unlink(missing_ok=True)
            self._new_key_file(fresh.database[0])  # no slots yet: users bring them
        db = self._keyed(fresh)
        migrate.upgrade(db)
        if self.is_sqlite:
            os.chmod(self.path, 0o600)
        return db

    def _keyed(self, unlocked: keys.Keys, database_key: bytes | None = None, *,
               confidential_exists: bool | None = None,
               slot: tuple[str, bytes] | None = None) -> Database:
        """The database opened with its keys, and the slots that hold them; ``slot``:
        the label and private key of the slot the keys came from (keys granted to it
        later are taken up through it: :meth:`KeyRing.catch_up`)."""
        self.check_place()
        if not self.is_sqlite:
            self.server()  # migrated, so that the keyed one finds the tables
        ring = KeyRing(self.store, self.editing, unlocked, database_key,
                       confidential_exists=confidential_exists, slot=slot,
                       generations=self._generations)
        return Database(self.url, schema=self.schema, keyring=ring)

    def _generations(self, session: Session) -> grants.Generations:
        """The keys' generations as the slots hold them now: read in ``session``'s unit
        of work on PostgreSQL (one small query), from the key file beside an SQLite one;
        parsed again only when changed (:mod:`safehouse.storage.slot_generations`)."""
        if self.is_sqlite:
            return slot_generations.in_key_file(self.keys_path, self._last_generations)
        return slot_generations.in_table(session, TableSlotStore.KEY, self._last_generations)

    def _new_key_file(self, key: bytes) -> None:
        with self.editing(new=True) as store:
            store.records = records.sealed_form(records.State(), key)
            store.save()

    def unlock(self, username: str, password: str, *, now: datetime | None = None) -> Database:
        """Unwrap the key with a user's password and open the database with it.

        The attempt is decided and recorded under the slots' lock, read afresh: parallel
        attempts are each counted, and none writes back slots changed meanwhile. A failed
        attempt can only append to the records (it has no key to seal them with); the
        services check and seal them after the login (:mod:`safehouse.services.keyfile`).
        """
        now = now or clock.utcnow()
        with self.editing() as store:
            state = records.fold(records.parse(store.records))
            known = store.has_user(username)
            locked_until = records.locked_until(state, username, now) if known else None
            if locked_until is not None:
                self._owe(store, AuditAction.LOGIN_REFUSED_LOCKED, username, now)
                raise locked_refusal(locked_until, now)
            entry = state.logins.get(username, {}) if known else {}
            ran_out = records.parse_time(entry.get("locked_until")) is not None
            failures = 0 if ran_out else int(entry.get("failures", 0) or 0)
            last = records.parse_time(entry.get("last"))
            wait = delay_after(failures)
            if wait and last is not None and now < last + timedelta(seconds=wait):
                # Too soon: the password is not tried, and the attempt counts.
                self._owe(store, AuditAction.LOGIN_REFUSED_DELAY, username, now)
                seconds = int((last + timedelta(seconds=wait) - now).total_seconds()) + 1
                raise AuthenticationFailed((
                    translate("errors", "Too many failed logins. Wait {seconds} second before "
                              "trying again.")
                    if seconds == 1 else
                    translate("errors", "Too many failed logins. Wait {seconds} seconds before "
                              "trying again.")
                ).format(seconds=seconds))
            try:
                unlocked, private = store.unlock_slot(username, password)
            except AuthenticationFailed:
                # The name only when it is an account's: a mistyped name may be a
                # person's name.
                self._owe(store, AuditAction.LOGIN_FAILED, username if known else "", now)
                raise
            exists = not store.legacy
        return self._open_with_keys(unlocked, exists=exists,
                                    slot=_slot(keys.user_label(username), private))

    @staticmethod
    def _owe(store: keys.SlotStore, action: AuditAction, username: str, now: datetime) -> None:
        store.records = records.with_event(store.records, action, username, now)
        store.save()

    def unlock_with_recovery(self, code: str) -> Database:
        store = self.store()
        unlocked, private = store.unlock_recovery_slot(code)
        return self._open_with_keys(unlocked, exists=not store.legacy,
                                    slot=_slot(keys.RECOVERY_LABEL, private))

    def _open_with_keys(self, unlocked: keys.Keys, *, exists: bool,
                        slot: tuple[str, bytes] | None = None) -> Database:
        """The database opened with the generation of the database key it is under now
        (SQLite, during a rotation: the old one or the new one)."""
        if not self.is_sqlite:
            return self._keyed(unlocked, confidential_exists=exists, slot=slot)
        for key in reversed(unlocked.database):
            db = self._keyed(unlocked, key, confidential_exists=exists, slot=slot)
            try:
                with unavailable_as_database_error(), db.engine.connect() as conn:
                    conn.execute(text("SELECT count(*) FROM sqlite_master"))
            except DatabaseError:
                db.dispose()
                continue
            migrate.upgrade(db)
            return db
        raise DatabaseError(translate(
            "errors", "The key file does not belong to this database (or the file is "
            "damaged). Restore both from the same backup."
        ))

    def plain_database(self) -> Database:
        """An SQLite file from before encryption, opened as it is, to check a login."""
        if self.state() is not VaultState.PLAIN:
            raise DatabaseError(translate("errors", "This database is not an unencrypted one."))
        if not self.is_sqlite:
            return self.server()
        return Database(self.url)

    # --- converting ----------------------------------------------------------------

    def encrypt_plain(self, progress: Progress | None = None) -> Database:
        """Encrypt a database written before encryption; returns it open, with no slots.

        The original stays untouched until an encrypted copy has been written, opened
        and checked; an encrypted copy is kept in ``backups/``; then the original is
        overwritten with zeros and removed.
        """
        def step(percent: int, what: str) -> None:
            if progress is not None:
                progress(percent, what)

        if not self.is_sqlite:
            return self._seal_server(step)
        source = self.path
        fresh = grants.fresh_keys()
        key = fresh.database[0]
        tmp = source.with_name(source.name + ".encrypting")
        tmp.unlink(missing_ok=True)
        step(5, "copy")
        counts = sqlcipher.encrypt_copy(source, tmp, key)
        step(50, "verify")
        check = sqlcipher.connect(tmp, key)
        try:
            sound = sqlcipher.integrity_sound(check, encrypted=True)
            copied = sqlcipher.row_counts(check)
        finally:
            check.close()
        if not sound or copied != counts:
            tmp.unlink(missing_ok=True)
            raise DatabaseError(translate(
                "errors", "The encrypted copy did not check out; nothing was changed."))
        os.chmod(tmp, 0o600)
        step(60, "seal")
        # The confidential fields sealed in the copy, before any copy of it is kept.
        copy = Database(resolve_url(tmp), key=key, confidential_key=fresh.confidential[0])
        try:
            migrate.upgrade(copy)
            with copy.transaction() as s:
                sealed.seal_all(s)
        finally:
            copy.dispose()
        step(70, "backup")
        self._new_key_file(key)
        backups = source.parent / "backups"
        backups.mkdir(parents=True, exist_ok=True)
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        kept = backups / f"{source.stem}-encrypted-{stamp}.db"
        copy_private(tmp, kept)
        step(85, "replace")
        for suffix in ("", "-wal", "-shm"):
            _wipe(source.with_name(source.name + suffix))
        os.replace(tmp, source)
        step(90, "open")
        db = self._keyed(fresh)
        migrate.upgrade(db)
        step(100, "done")
        return db

    def _seal_server(self, step: Callable[[int, str], None]) -> Database:
        """PostgreSQL from before sealing: fresh keys, and the confidential columns that
        were written in the clear are sealed in place."""
        db = self._keyed(grants.fresh_keys())
        step(20, "seal")
        rotation.finish(db, lambda percent, what: step(20 + percent * 4 // 5, what))
        return db


def _slot(label: str, private: bytes | None) -> tuple[str, bytes] | None:
    return None if private is None else (label, private)


def _wipe(path: Path) -> None:
    """Overwrite a file with zeros before removing it (best effort on modern disks)."""
    if not path.exists():
        return
    size = path.stat().st_size
    with path.open("r+b") as handle:
        chunk = b"\0" * 65536
        for _ in range(0, size, len(chunk)):
            handle.write(chunk)
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
