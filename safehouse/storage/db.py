"""Opening a database: an SQLite file (the default) or a PostgreSQL server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from safehouse.changes import Change, ChangeListener
from safehouse.errors import DatabaseError, translate
from safehouse.storage import sealed, sqlcipher

if TYPE_CHECKING:
    from safehouse.storage.keyring import KeyRing

APP_NAME = "Safehouse"
DB_ENV = "SAFEHOUSE_DB"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return default_data_dir() / "safehouse.db"


def resolve_url(target: str | os.PathLike[str] | None = None) -> URL:
    """Turn ``--db`` (a path or a URL), ``SAFEHOUSE_DB`` or the default into a URL."""
    raw: str | None = os.fspath(target) if target is not None else os.environ.get(DB_ENV)
    if not raw:
        raw = str(default_database_path())
    if raw.startswith(("postgresql:", "postgres:")):
        raw = "postgresql+psycopg:" + raw.split(":", 1)[1]
    if "://" in raw:
        return make_url(raw)
    path = Path(raw).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def describe_url(url: URL) -> str:
    """A description of the database for the status bar: never the password."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


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
    finally:
        cursor.close()


@contextmanager
def unavailable_as_database_error() -> Iterator[None]:
    """Turn "cannot reach / cannot read the database" into a DatabaseError that says so.

    Only the driver's class name is kept: its message can carry a URL or a query.
    """
    try:
        yield
    except (sa_exc.IntegrityError, sa_exc.ProgrammingError, sa_exc.DataError):
        raise  # a rule the program should have checked, or a bug: not "unavailable"
    except sa_exc.DBAPIError as err:
        cause = type(getattr(err, "orig", None) or err).__name__
        raise DatabaseError(translate(
            "errors", "The database cannot be used ({cause}). Check that the file or "
            "server is there, readable, and not in use by another program."
        ).format(cause=cause)) from None


class Database:
    """One database: its engine, a session factory, and the change listeners.

    Services open a unit of work with :meth:`transaction`; nothing else holds a session.
    It is built with its key (see :class:`safehouse.storage.vault.Vault`, which unwraps
    it), and the key never changes after: a database opened with another key is another
    ``Database``.
    """

    def __init__(
        self, url: URL, *, schema: str | None = None, key: bytes | None = None,
        keyring: KeyRing | None = None,
    ) -> None:
        self.url = url
        self.schema = schema
        self._key = key
        self._keyring = keyring
        self._listeners: list[ChangeListener] = []
        connect_args: dict[str, Any] = {}
        if self.is_sqlite:
            assert url.database
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        elif schema:
            connect_args["options"] = f"-csearch_path={schema}"
        if self.is_sqlite and key is not None:
            self.engine: Engine = create_engine(
                url, module=sqlcipher.driver, creator=sqlcipher.connector(str(url.database), key)
            )
        else:
            self.engine = create_engine(url, connect_args=connect_args)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_on_connect)
        # On PostgreSQL the sessions seal the most sensitive columns (storage.sealed);
        # "db_key": the key, read when needed, for the audit trail's keyed chain.
        self._sessions = sessionmaker(
            self.engine, expire_on_commit=False,
            info={"db_key": lambda: key,
                  **({} if self.is_sqlite else sealed.session_info(key))},
        )

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None) -> Database:
        return cls(resolve_url(target))

    @property
    def key(self) -> bytes | None:
        """The database key (256 bits): SQLite files are encrypted with it, and on
        PostgreSQL it seals the most sensitive columns. None: not encrypted."""
        return self._key

    @property
    def keyring(self) -> KeyRing | None:
        """The slots that hold the key, when a user has unlocked it with a password."""
        return self._keyring

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

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
        """One unit of work: committed when the block ends, rolled back on any error."""
        with unavailable_as_database_error(), self._sessions() as session, session.begin():
            yield session

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
