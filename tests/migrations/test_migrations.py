"""The schema comes only from the migrations, and they match the models exactly; a
database from a newer program is refused; an existing database is copied aside before
it is changed; SQLite is opened with its safety pragmas, in the user's data folder."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import make_url

from safehouse.errors import DatabaseError
from safehouse.models import Base
from safehouse.services import members
from safehouse.services.dto.people import MemberInput
from safehouse.storage import migrate
from safehouse.storage.db import Database, resolve_url
from safehouse.storage.location import default_database_path
from tests.conftest import make_admin


def sqlite_database(path: Path) -> Database:
    return Database(make_url(f"sqlite+pysqlite:///{path}"))


@pytest.fixture
def fresh(tmp_path: Path):
    database = sqlite_database(tmp_path / "fresh.db")
    yield database
    database.dispose()


def differences(database: Database) -> list[object]:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "compare_server_default": True})
        return list(compare_metadata(context, Base.metadata))


def stamp(database: Database, revision: str) -> None:
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :rev"), {"rev": revision})


def test_a_new_file_is_migrated_to_head_without_a_copy(fresh, tmp_path):
    status = migrate.status(fresh)
    assert status.current is None and not status.up_to_date
    assert migrate.upgrade(fresh) is None  # nothing to keep: the file was new
    assert migrate.current_revision(fresh) == migrate.head_revision()
    assert migrate.status(fresh).up_to_date
    assert not (tmp_path / "backups").exists()
    assert migrate.upgrade(fresh) is None  # up to date: nothing done


def test_migrations_and_models_describe_the_same_schema(db):
    """Also on PostgreSQL (through the db fixture), where types are stricter."""
    assert migrate.current_revision(db) == migrate.head_revision()
    assert differences(db) == []


def test_the_check_finds_a_difference_when_there_is_one(fresh):
    migrate.upgrade(fresh)
    with fresh.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_audit_entries_member_id"))
    assert differences(fresh) != []


def test_a_database_from_a_newer_program_is_refused_and_left_alone(db):
    stamp(db, "9999_from_the_future")
    with pytest.raises(DatabaseError, match="newer"):
        migrate.status(db)
    with pytest.raises(DatabaseError, match="newer"):
        migrate.upgrade(db)
    assert migrate.current_revision(db) == "9999_from_the_future"


def test_copy_aside_keeps_a_readable_copy_in_backups(fresh, tmp_path):
    migrate.upgrade(fresh)
    admin = make_admin(fresh)
    members.create_member(fresh, admin, MemberInput(name="김하나", status="active",
                                                    joined_on=date(2024, 1, 1)))
    copy = migrate.copy_aside(fresh, "0002")
    assert copy is not None
    assert copy.parent == tmp_path / "backups"
    assert "0002" in copy.name
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT name FROM members").fetchall() == [("김하나",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


NEXT_REVISION = '''
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_extra", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_extra")
'''


def install_newer_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The migrations of a program one revision ahead of this one."""
    source = Path(migrate.__file__).parent / "migrations"
    scripts = tmp_path / "newer-migrations"
    (scripts / "versions").mkdir(parents=True)
    shutil.copy(source / "env.py", scripts / "env.py")
    for revision in (source / "versions").glob("[0-9]*.py"):
        shutil.copy(revision, scripts / "versions" / revision.name)
    (scripts / "versions" / "0002_test.py").write_text(
        NEXT_REVISION.format(head=migrate.head_revision()), encoding="utf-8")
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", str(scripts))
    return scripts


def test_an_existing_database_is_copied_aside_before_it_is_upgraded(tmp_path, monkeypatch):
    path = tmp_path / "office.db"
    database = sqlite_database(path)
    try:
        migrate.upgrade(database)
        old_head = migrate.head_revision()
        admin = make_admin(database)
        members.create_member(database, admin, MemberInput(name="Park Somang"))
        install_newer_program(tmp_path, monkeypatch)
        assert migrate.status(database).pending == ("0002_test",)

        copy = migrate.upgrade(database)

        assert copy is not None and copy.parent == tmp_path / "backups"
        assert migrate.current_revision(database) == "0002_test"
        conn = sqlite3.connect(copy)
        try:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (old_head,)]
            assert conn.execute("SELECT name FROM members").fetchall() == [("Park Somang",)]
        finally:
            conn.close()
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM members")).scalar() == "Park Somang"
    finally:
        database.dispose()


def test_copy_aside_does_nothing_for_a_server_or_a_missing_file(tmp_path):
    missing = sqlite_database(tmp_path / "not-there" / "x.db")
    try:
        assert migrate.copy_aside(missing, "0001") is None
    finally:
        missing.dispose()


def test_sqlite_is_opened_with_foreign_keys_and_wal(fresh):
    with fresh.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_the_default_database_lives_in_the_users_data_folder(tmp_path, monkeypatch):
    data_home = tmp_path / "home" / ".local" / "share"
    expected = data_home / "Safehouse" / "safehouse.db"
    assert default_database_path() == expected
    url = resolve_url(None)
    assert url.get_backend_name() == "sqlite"
    assert Path(str(url.database)) == expected
    database = Database.open()
    try:
        migrate.upgrade(database)
        assert expected.exists()
    finally:
        database.dispose()
    monkeypatch.setenv("SAFEHOUSE_DB", str(tmp_path / "chosen.db"))
    assert Path(str(resolve_url(None).database)) == tmp_path / "chosen.db"


def test_a_postgresql_url_is_given_the_installed_driver():
    url = resolve_url("postgresql://somebody:secret@db.example/safehouse")
    assert url.drivername == "postgresql+psycopg"
    assert url.password == "secret"


def test_the_quick_check_knows_the_newest_revision(db):
    """The login's check reads the newest revision from the files as text; it must be
    the one Alembic knows, and a database at it needs nothing."""
    assert migrate.quick_head() == migrate.head_revision()
    assert migrate._stored_revision(db) == migrate.head_revision()
    assert migrate.upgrade(db) is None
