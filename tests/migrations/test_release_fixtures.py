"""Each release's fixture database (tests/migrations/fixtures/release-*/, made by
``make release-fixture`` from that release's demo data) opens with its key file and
password in this program, is upgraded to the newest schema, and still holds every
record: the same count in every table it had, the same members, rooms and organisation,
its last audit line unchanged, and ``safehouse check`` clean."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from safehouse.models import AuditEntry
from safehouse.services import check
from safehouse.storage import migrate
from tests.migrations.release_fixture import FIXTURES, counts, facts, open_fixture

RELEASES = sorted(FIXTURES.glob("release-*"))
# a login adds its own audit line (and its anchor); everything else is as it was
GROWS_AT_LOGIN = {"audit_entries"}


def test_there_is_a_fixture_of_at_least_one_release():
    assert RELEASES, "make release-fixture"
    for folder in RELEASES:
        assert (folder / "safehouse.db").stat().st_size < 1_000_000, "keep it small"


@pytest.mark.parametrize("folder", RELEASES, ids=lambda p: p.name)
def test_a_release_database_is_upgraded_with_every_record_intact(folder: Path, tmp_path):
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for name in ("safehouse.db", "safehouse.db.keys"):
        shutil.copy2(folder / name, tmp_path / name)
    opened = open_fixture(tmp_path)
    try:
        db = opened.db
        assert migrate.current_revision(db) == migrate.head_revision()
        now = counts(db)
        for table, count in manifest["counts"].items():
            if table in GROWS_AT_LOGIN:
                assert now[table] > count, table
            else:
                assert now[table] == count, table
        found = facts(opened)
        for key in ("organisation", "members", "first_members", "rooms"):
            assert found[key] == manifest[key], key
        entry_id, entry_hash = manifest["audit_last"]
        with db.engine.connect() as conn:
            assert conn.execute(select(AuditEntry.hash).where(AuditEntry.id == entry_id)
                                ).scalar_one() == entry_hash
        report = check.run_checks(db, opened.actor)
        assert report.ok, [line.message for line in report.lines if not line.ok]
    finally:
        opened.db.dispose()
    if manifest["revision"] != migrate.head_revision():
        assert list((tmp_path / "backups").glob("*.db")), "copied aside before upgrading"
