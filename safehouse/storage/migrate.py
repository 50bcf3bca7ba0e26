"""Schema migrations: status, and upgrade after copying the database aside."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from safehouse import clock
from safehouse.errors import DatabaseError, translate
from safehouse.storage.copies import copy_database
from safehouse.storage.db import Database, unavailable_as_database_error

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
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with unavailable_as_database_error(), db.engine.connect() as conn:
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
    st = status(db)
    if st.up_to_date:
        return None
    backup = copy_aside(db, st.head) if st.current is not None else None
    cfg = _config()
    with unavailable_as_database_error(), db.engine.connect() as conn:
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
