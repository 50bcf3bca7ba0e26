"""Truncation of the audit trail is seen: its head and length are anchored in the key
file's sealed records (at login and logout) and beside every backup; ``safehouse check``
and the Audit tab's verification check the chain, the append-only triggers and the
anchors, and say how much the newest anchor does not cover."""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest
from sqlalchemy import event, text
from sqlalchemy import exc as sa_exc

from safehouse.services import access, audit_log, backups, check, members
from safehouse.services.dto.people import MemberInput
from safehouse.storage import anchors
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault
from tests.conftest import TEST_PASSWORD

CREATE_SQLITE_TRIGGERS = [
    f"CREATE TRIGGER audit_entries_no_{e.lower()} BEFORE {e} ON audit_entries "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    for e in ("UPDATE", "DELETE")
]


def _log_in(vault: Vault) -> access.Opened:
    return access.log_in(vault, "admin", TEST_PASSWORD)


@pytest.fixture
def opened(vault: Vault):
    first = access.set_up(vault, organisation="Test House", username="admin",
                          display_name="Test Administrator", password=TEST_PASSWORD)
    first.db.dispose()
    now = _log_in(vault)
    yield now
    now.db.dispose()


def lift_triggers(db: Database) -> None:
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER IF EXISTS audit_entries_no_update"))
            conn.execute(text("DROP TRIGGER IF EXISTS audit_entries_no_delete"))
        else:
            conn.execute(text(
                "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only"))


def put_triggers_back(db: Database) -> None:
    with db.engine.begin() as conn:
        if db.is_sqlite:
            for statement in CREATE_SQLITE_TRIGGERS:
                conn.execute(text(statement))
        else:
            conn.execute(text(
                "ALTER TABLE audit_entries ENABLE ALWAYS TRIGGER audit_entries_append_only"))


def delete_newest(db: Database, count: int | None) -> None:
    """An insider with the database: triggers lifted, the newest entries (or all)
    deleted, triggers put back so that nothing looks amiss."""
    lift_triggers(db)
    with db.engine.begin() as conn:
        if count is None:
            conn.execute(text("DELETE FROM audit_entries"))
        else:
            conn.execute(text(
                "DELETE FROM audit_entries WHERE id IN (SELECT id FROM audit_entries "
                "ORDER BY id DESC LIMIT :n)"), {"n": count})
    put_triggers_back(db)


def work(opened: access.Opened, n: int = 3) -> None:
    for i in range(n):
        members.create_member(opened.db, opened.actor, MemberInput(name=f"테스트 {i}"))


def line(report: check.CheckReport, name: str) -> check.CheckLine:
    return next(x for x in report.lines if x.name == name)


def test_deleting_the_newest_entries_is_reported_by_check(opened, vault):
    work(opened)
    access.leave(opened.db)  # logging out anchors the trail
    assert check.run_checks(opened.db, opened.actor).ok

    delete_newest(opened.db, 3)
    report = check.run_checks(opened.db, opened.actor)
    assert not report.ok
    assert line(report, "audit trail").ok  # the chain alone still verifies
    assert line(report, "audit triggers").ok
    anchored = line(report, "audit anchors")
    assert not anchored.ok
    assert "cut back" in anchored.message and "At least 3 entries were removed" in \
        anchored.message
    verdict = audit_log.verify_chain(opened.db, opened.actor)
    assert not verdict.ok and verdict.first_bad_id is None
    assert any("cut back" in p for p in verdict.problems)


def test_deleting_every_entry_is_reported(opened):
    work(opened, 1)
    access.leave(opened.db)
    delete_newest(opened.db, None)
    report = check.run_checks(opened.db, opened.actor)
    assert not line(report, "audit anchors").ok
    assert "now it has 0" in line(report, "audit anchors").message


def test_check_says_how_many_entries_no_anchor_covers_yet(opened):
    work(opened, 2)  # after the login's anchor: two entries
    anchored = line(check.run_checks(opened.db, opened.actor), "audit anchors")
    assert anchored.ok
    assert "Entries written since the newest anchor: 2" in anchored.message
    access.leave(opened.db)
    anchored = line(check.run_checks(opened.db, opened.actor), "audit anchors")
    assert "Nothing was written after the newest anchor" in anchored.message


def test_lifted_triggers_are_reported(opened):
    lift_triggers(opened.db)
    report = check.run_checks(opened.db, opened.actor)
    assert not line(report, "audit triggers").ok
    assert any("triggers" in p for p in audit_log.verify_chain(opened.db,
                                                               opened.actor).problems)


def test_replica_mode_no_longer_lets_the_server_delete_entries(opened):
    if opened.db.is_sqlite:
        pytest.skip("session_replication_role is PostgreSQL's")
    with pytest.raises(sa_exc.DBAPIError, match="append-only"), \
            opened.db.engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text("DELETE FROM audit_entries WHERE id = (SELECT max(id) FROM "
                          "audit_entries)"))


def test_a_backup_keeps_an_anchor_that_sees_truncation_behind_an_old_key_file(opened, vault,
                                                                              tmp_path):
    """Someone with the database and an older key file (whose anchor is older): the
    backup's anchor still sees what was cut."""
    if vault.is_sqlite:
        old_keys = tmp_path / "old.keys"
        shutil.copyfile(vault.keys_path, old_keys)
    work(opened, 2)
    info = backups.make_backup(opened.db, opened.actor)
    beside = anchors.path_beside(info.file)
    assert beside.exists() and stat.S_IMODE(os.stat(beside).st_mode) == 0o600
    if vault.is_sqlite:
        os.replace(old_keys, vault.keys_path)  # the key file's anchor is from the login
    delete_newest(opened.db, 2)
    # with only the key file's anchor, an older one would hold; the backup's does not
    anchored = line(check.run_checks(opened.db, opened.actor), "audit anchors")
    assert not anchored.ok
    assert info.file.name in anchored.message


def test_a_changed_backup_anchor_is_reported(opened):
    info = backups.make_backup(opened.db, opened.actor)
    beside = anchors.path_beside(info.file)
    body = json.loads(beside.read_text(encoding="utf-8"))
    body["anchor"]["entries"] -= 1
    beside.write_text(json.dumps(body), encoding="utf-8")
    anchored = line(check.run_checks(opened.db, opened.actor), "audit anchors")
    assert not anchored.ok and "was changed" in anchored.message


def test_a_restored_backup_is_not_taken_for_truncation(opened, vault, tmp_path):
    info = backups.make_backup(opened.db, opened.actor)
    work(opened, 2)
    backups.make_backup(opened.db, opened.actor)  # anchored past the restore point
    backups.restore_backup(opened.db, opened.actor, info.file)
    again = _log_in(vault)
    try:
        report = check.run_checks(again.db, again.actor)
        assert line(report, "audit anchors").ok, line(report, "audit anchors").message
        assert audit_log.verify_chain(again.db, again.actor).ok
    finally:
        again.db.dispose()


def test_the_anchor_is_read_in_one_statement_and_says_how_the_trail_is(opened):
    """The count and the newest entry of one moment (one statement); an emptied trail
    is anchored as empty."""
    work(opened, 2)
    with opened.db.engine.connect() as conn:
        count, newest_id, newest_hash = conn.execute(text(
            "SELECT (SELECT count(*) FROM audit_entries), id, hash FROM audit_entries "
            "ORDER BY id DESC LIMIT 1")).one()
    seen: list[str] = []

    def before(_conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if not statement.startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            seen.append(statement)

    event.listen(opened.db.engine, "before_cursor_execute", before)
    try:
        anchor = anchors.of_database(opened.db)
    finally:
        event.remove(opened.db.engine, "before_cursor_execute", before)
    assert len(seen) == 1, seen
    assert (anchor.entries, anchor.last_id, anchor.head) == (count, newest_id, newest_hash)
    assert count > 2 and newest_hash

    delete_newest(opened.db, None)
    empty = anchors.of_database(opened.db)
    assert (empty.entries, empty.last_id, empty.head) == (0, 0, "")
