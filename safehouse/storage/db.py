"""Opening a database: an SQLite file (the default) or a PostgreSQL server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, configure_mappers, sessionmaker
from sqlalchemy.orm import exc as orm_exc

from safehouse.changes import Change, ChangeListener
from safehouse.errors import ConflictError, DatabaseError, KeysChanged, SafehouseError, translate
from safehouse.storage import full_disk, location, sealed, sealers_lock, sqlcipher

if TYPE_CHECKING:
    from safehouse.storage.keyring import KeyRing


def resolve_url(target: str | os.PathLike[str] | None = None) -> URL:
    """Turn ``--db`` (a path or a URL), ``SAFEHOUSE_DB`` or the default into a URL."""
    raw = location.target(target)
    if location.is_url(raw):
        return make_url(raw)
    return URL.create("sqlite+pysqlite", database=raw)


def prepare_mappings() -> None:
    """Configure the models' mappings now, which the first query would otherwise do
    (the program does it while the login waits: :mod:`safehouse.ui.preload`)."""
    import safehouse.models  # noqa: F401  every model, mapped

    configure_mappers()


def describe_url(url: URL) -> str:
    """A description of the database for the status bar: never the password."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


# SQLite's page cache for each connection, in KiB (the pages are allocated as read).
PAGE_CACHE_KIB = 16 * 1024


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # Erased rows are overwritten, and temporary tables never reach the disk.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA temp_store = MEMORY")
        # Pages kept decrypted: enough for a week of the whole network's schedule with
        # its people (≈3,500 pages on the 10,000-member demo; SQLCipher's 8 MB held
        # half, and each reading of the week decrypted them all again).
        cursor.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
    finally:
        cursor.close()


@contextmanager
def unavailable_as_database_error(*, server: bool = False) -> Iterator[None]:
    """Turn "cannot reach / cannot read the database" into a DatabaseError that says so,
    and a full disk (``server``: the PostgreSQL server's) into a DiskFull that says that.

    Only the driver's class name is kept: its message can carry a URL or a query.
    """
    try:
        yield
    except (sa_exc.IntegrityError, sa_exc.ProgrammingError, sa_exc.DataError):
        raise  # a rule the program should have checked, or a bug: not "unavailable"
    except sa_exc.DBAPIError as err:
        if full_disk.is_disk_full(err):
            raise full_disk.database_full(server) from None
        cause = type(getattr(err, "orig", None) or err).__name__
        raise DatabaseError(translate(
            "errors", "The database cannot be used ({cause}). Check that the file or "
            "server is there, readable, and not in use by another program."
        ).format(cause=cause)) from None


class Database:
    """One database: its engine, a session factory, and the change listeners.

    Services open a unit of work with :meth:`transaction`; nothing else holds a session.
    It is built with its keys: a key ring (see :class:`safehouse.storage.vault.Vault`,
    which unwraps it with a password), or fixed keys (``key``, ``confidential_key``:
    backups, tests). Its keys are read-only attributes; only a rotation of the key ring
    (:mod:`safehouse.storage.rotation`, after a revocation) changes them, and the
    database reconnects with the new ones.
    """

    def __init__(
        self, url: URL, *, schema: str | None = None, key: bytes | None = None,
        keyring: KeyRing | None = None, confidential_key: bytes | None = None,
        integrity_key: bytes | None = None,
    ) -> None:
        self.url = url
        self._is_sqlite = url.get_backend_name() == "sqlite"  # asked for each sealed row
        self.schema = schema
        self._key = key
        self._confidential_key = confidential_key
        self._integrity_key = integrity_key
        self._keyring = keyring
        self._listeners: list[ChangeListener] = []
        connect_args: dict[str, Any] = {}
        if self.is_sqlite:
            assert url.database
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        elif schema:
            connect_args["options"] = f"-csearch_path={schema}"
        if self.is_sqlite and self.key is not None:
            self.engine: Engine = create_engine(
                url, module=sqlcipher.driver,
                creator=sqlcipher.connector(str(url.database), self._current_key),
            )
        else:
            self.engine = create_engine(url, connect_args=connect_args)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_on_connect)
        # The sessions seal the confidential columns (storage.sealed); "db_key": the
        # integrity key, read when needed, for the audit trail's keyed chain.
        self._sessions = sessionmaker(
            self.engine, expire_on_commit=False,
            info={"db_key": lambda: self.integrity_key,
                  **sealed.session_info(self._sealing_keys, self._check_keys)},
        )

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None) -> Database:
        return cls(resolve_url(target))

    @property
    def key(self) -> bytes | None:
        """The database key (256 bits), held by everyone who logs in: SQLite files are
        encrypted with it; on PostgreSQL it keys the audit chain and the backups. None:
        not encrypted."""
        if self._keyring is not None:
            return self._keyring.database_key
        return self._key

    @property
    def confidential_key(self) -> bytes | None:
        """The confidential key (256 bits), which seals the confidential fields; None
        when the account that opened the database may not read them (or there is none
        yet)."""
        if self._keyring is not None:
            return self._keyring.confidential_key
        return self._confidential_key

    @property
    def integrity_key(self) -> bytes | None:
        """The key of the audit chain and its anchors: the database's first database key,
        never rotated (so the chain still verifies after a rotation). None: not
        encrypted."""
        if self._keyring is not None:
            return self._keyring.integrity_key
        return self._integrity_key or self._key

    def _current_key(self) -> bytes:
        key = self.key
        assert key is not None
        return key

    def _sealing_keys(self) -> sealed.SealingKeys:
        ring = self._keyring
        held = (ring.confidential_keys if ring is not None else
                (self._confidential_key,) if self._confidential_key is not None else ())
        # Fixed keys: a database with a database key has a confidential key, held or not.
        exists = (ring.confidential_exists if ring is not None
                  else bool(held) or self._key is not None)
        return sealed.SealingKeys(confidential=held, exists=exists,
                                  database=None if self.is_sqlite else self.key)

    def _check_keys(self, session: Session, sealing: bool) -> None:
        """The key ring brought up to date with the slots as they are now (a rotation
        made on another workstation since this login: :meth:`KeyRing.catch_up`), or
        KeysChanged when it cannot seal under the newest key. ``sealing``: first the
        sealers' lock, so that the key read stays the one to seal under until the unit
        of work ends (:mod:`safehouse.storage.sealers_lock`)."""
        ring = self._keyring
        if ring is None or not ring.confidential_keys:
            return
        if sealing:
            sealers_lock.hold_for_sealing(session)
        if not ring.catch_up(ring.generations(session)):
            raise sealers_lock.keys_changed()

    def _keys_moved_on(self) -> bool:
        """After a failure: was this SQLite file re-keyed by another program since this
        login (its database key forgotten in the slots)? Never raises."""
        ring = self._keyring
        if ring is None or not self.is_sqlite:
            return False
        try:
            return ring.database_key_forgotten()
        except SafehouseError:
            return False

    @property
    def keyring(self) -> KeyRing | None:
        """The slots that hold the key, when a user has unlocked it with a password."""
        return self._keyring

    @property
    def is_sqlite(self) -> bool:
        return self._is_sqlite

    @property
    def file_path(self) -> Path | None:
        if self.is_sqlite and self.url.database:
            return Path(self.url.database)
        return None

    @property
    def description(self) -> str:
        return describe_url(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.
        A row saved by someone else in the meantime (its version moved on: see
        ``services.versions``) refuses the whole unit with a ``ConflictError``."""
        try:
            with (unavailable_as_database_error(server=not self.is_sqlite),
                  self._sessions() as session, session.begin()):
                yield session
        except orm_exc.StaleDataError:
            raise ConflictError(translate(
                "errors", "Someone else saved this record at the same moment, so nothing "
                "of yours was saved. Open it again and repeat your change.")) from None
        except DatabaseError as err:
            if not isinstance(err, KeysChanged) and self._keys_moved_on():
                raise sealers_lock.keys_changed() from None  # the file no longer opens with its key
            raise

    def add_listener(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: ChangeListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def dispose(self) -> None:
        self.engine.dispose()
