"""Schema migrations: status, and upgrade after copying the database aside.

At each login the database is checked against the newest revision. That check is quick
when there is nothing to do: the revision stored in the database is read with one query
and compared with the newest revision named in the migration files, read as text
(:func:`quick_head`); Alembic itself is imported only when a migration is due, or
when asked for the status (``safehouse check``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from safehouse import clock
from safehouse.errors import DatabaseError, translate
from safehouse.storage.copies import copy_database
from safehouse.storage.db import Database, unavailable_as_database_error

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SCRIPT_LOCATION = "safehouse.storage:migrations"


@dataclass(frozen=True)
class MigrationStatus:
    current: str | None
    head: str
    pending: tuple[str, ...]

    @property
    def up_to_date(self) -> bool:
        return not self.pending


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


def quick_head() -> str | None:
    """The newest revision, from the migration files read as text (no import); None when
    they do not name exactly one (then Alembic decides)."""
    return _quick_head(SCRIPT_LOCATION)


@functools.cache
def _quick_head(location: str) -> str | None:
    revisions: set[str] = set()
    downs: set[str] = set()
    package, sep, folder_name = location.partition(":")
    folder = (resources.files(package) / folder_name if sep else Path(location)) / "versions"
    for entry in folder.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("_"):
            continue
        source = entry.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None:
            return None
        revisions.add(revision.group(1))
        if down is not None:
            downs.add(down.group(1))
    heads = revisions - downs
    return next(iter(heads)) if len(heads) == 1 else None


def _stored_revision(db: Database) -> str | None:
    """The revision stored in the database, by one query; None when it has none."""
    with unavailable_as_database_error(server=not db.is_sqlite), db.engine.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except sa_exc.DBAPIError:  # no such table yet: Alembic will say
            return None
    return rows[0][0] if len(rows) == 1 else None


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with unavailable_as_database_error(server=not db.is_sqlite), db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def status(db: Database) -> MigrationStatus:
    """Where the database stands; refuses a database written by a newer program."""
    script = _script()
    current = current_revision(db)
    head = head_revision()
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseError(translate(
            "errors", "This database was written by a newer version of Safehouse "
            "(schema {schema}). Install that version or newer to open it; "
            "nothing has been changed."
        ).format(schema=current))
    pending = tuple(
        rev.revision
        for rev in reversed(list(script.iterate_revisions(head, current)))
    )
    return MigrationStatus(current=current, head=head, pending=pending)


def copy_aside(db: Database, label: str) -> Path | None:
    """A consistent copy of an SQLite database (encrypted like it) before a schema change."""
    path = db.file_path
    if path is None or not path.exists():
        return None
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = path.parent / "backups" / f"{path.stem}-before-{label}-{stamp}.db"
    copy_database(db, target)
    return target


def upgrade(db: Database) -> Path | None:
    """Apply pending migrations; an existing database is copied aside first.

    Returns the copy's path when one was made.
    """
    head = quick_head()
    if head is not None and _stored_revision(db) == head:
        return None  # the usual case, without loading Alembic
    from alembic import command

    st = status(db)
    if st.up_to_date:
        return None
    backup = copy_aside(db, st.head) if st.current is not None else None
    cfg = _config()
    with unavailable_as_database_error(server=not db.is_sqlite), db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # SQLite changes a table by building a new one and dropping the old: with
            # foreign keys on, the drop would delete (cascade) every row that refers to
            # it. They are off while migrating (possible only outside a transaction) and
            # checked before the migration commits.
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            conn.commit()
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise DatabaseError(translate(
                        "errors", "The schema upgrade would break links between records; "
                        "nothing has been changed."))
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys = ON")
                conn.commit()
    return backup
