"""Where the database is (safehouse.storage.location): read without SQLAlchemy by the
single-instance guard, and the same place resolve_url opens."""

from __future__ import annotations

from pathlib import Path

from safehouse.storage import location
from safehouse.storage.db import describe_url, resolve_url


def test_a_path_the_variable_or_the_default_become_the_file_resolve_url_opens(
        tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(location.DB_ENV, raising=False)
    for given in ("one.db", tmp_path / "one.db", None):
        target = location.target(given)
        assert Path(target).is_absolute()
        assert target == describe_url(resolve_url(given))
    assert location.target("one.db") == str(tmp_path / "one.db")
    assert location.target(None) == str(location.default_database_path())
    monkeypatch.setenv(location.DB_ENV, "other.db")
    assert location.target(None) == str(tmp_path / "other.db") == str(resolve_url(None).database)


def test_a_server_url_keeps_its_driver_and_loses_its_password():
    target = location.target("postgresql://kim:s3cret@db.example:5432/safehouse")
    assert target == "postgresql+psycopg://kim:s3cret@db.example:5432/safehouse"
    assert resolve_url("postgresql://kim:s3cret@db.example:5432/safehouse").drivername \
        == "postgresql+psycopg"
    shown = location.without_password(target)
    assert shown == "postgresql+psycopg://kim:***@db.example:5432/safehouse"
    assert shown == describe_url(resolve_url(target))
    assert location.without_password("postgres+psycopg://kim@db/x") == \
        "postgres+psycopg://kim@db/x"
