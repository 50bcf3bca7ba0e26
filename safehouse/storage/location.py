"""Where the database is, without opening it: ``--db`` (a path or a URL),
``SAFEHOUSE_DB`` or the default file in the user's data folder.

Light on purpose (no SQLAlchemy): a second start of the program reads it to find the
window already open for the database (:mod:`safehouse.ui.single_instance`) before it
loads anything else. :func:`safehouse.storage.db.resolve_url` builds its URL from
:func:`target`.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import platformdirs

APP_NAME = "Safehouse"
DB_ENV = "SAFEHOUSE_DB"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return default_data_dir() / "safehouse.db"


def is_url(raw: str) -> bool:
    return "://" in raw


def target(given: str | os.PathLike[str] | None = None) -> str:
    """The database ``given`` (``--db``), else ``SAFEHOUSE_DB``, else the default: a
    URL (``postgresql:`` spelt with the driver the program uses), or a file's full
    path."""
    raw: str | None = os.fspath(given) if given is not None else os.environ.get(DB_ENV)
    if not raw:
        raw = str(default_database_path())
    if raw.startswith(("postgresql:", "postgres:")):
        raw = "postgresql+psycopg:" + raw.split(":", 1)[1]
    if is_url(raw):
        return raw
    return str(Path(raw).expanduser().resolve())


def without_password(raw: str) -> str:
    """``raw`` (from :func:`target`) with a URL's password, if any, replaced by ``***``."""
    if not is_url(raw):
        return raw
    parts = urlsplit(raw)
    if parts.password is None:
        return raw
    user, _, host = parts.netloc.rpartition("@")
    name = user.split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{name}:***@{host}"))
