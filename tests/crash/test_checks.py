"""The crash harness's checks can fail: each finds the damage it is there to find (a
check that cannot fail would prove nothing after a kill)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from safehouse.services import members, sessions
from safehouse.services.dto.counseling import Frequency, Recurrence
from tests.conftest import make_admin
from tests.crash import checks
from tests.services.counseling_fixtures import house, members_input


def test_a_sound_database_passes(sqlite_db):
    admin = make_admin(sqlite_db)
    h = house(sqlite_db, admin)
    booked = sessions.book(sqlite_db, admin, h.session(datetime(2026, 7, 6, 10)),
                           Recurrence(Frequency.WEEKLY, count=3))
    assert checks.half_done(sqlite_db) == []
    assert checks.program_problems(sqlite_db, admin) == []
    assert checks.missing(sqlite_db, [f"series {booked.series_id} 3 {h.hana}"]) == []


def test_a_member_without_her_audit_line_is_half_a_transaction(sqlite_db):
    admin = make_admin(sqlite_db)
    members.create_member(sqlite_db, admin, members_input("김하나"))
    with sqlite_db.transaction() as s:
        s.execute(text("INSERT INTO members (code, name, alias, phone, status, notes) "
                       "VALUES ('M-0099', 'Half Written', '', '', 'active', '')"))
        lone = s.execute(text("SELECT id FROM members WHERE code = 'M-0099'")).scalar_one()
    assert checks.half_done(sqlite_db) == [f"member {lone} has no audit line"]


def test_a_series_missing_an_occurrence_is_half_a_transaction(sqlite_db):
    admin = make_admin(sqlite_db)
    h = house(sqlite_db, admin)
    booked = sessions.book(sqlite_db, admin, h.session(datetime(2026, 7, 6, 10)),
                           Recurrence(Frequency.WEEKLY, count=3))
    with sqlite_db.transaction() as s:
        s.execute(text("DELETE FROM counseling_sessions WHERE id = :id"),
                  {"id": booked.sessions[-1].id})
    assert checks.half_done(sqlite_db) == [
        f"series {booked.series_id} has 2 of its 3 occurrences"]
    assert checks.missing(sqlite_db, [f"series {booked.series_id} 3 {h.hana}"]) == [
        f"confirmed but not there as confirmed: series {booked.series_id} 3 {h.hana}"]


def test_a_confirmed_member_that_is_not_there_is_missing(sqlite_db):
    admin = make_admin(sqlite_db)
    there = members.create_member(sqlite_db, admin, members_input("박소망"))
    assert checks.missing(sqlite_db, [f"member {there.id} {there.code}"]) == []
    assert checks.missing(sqlite_db, [f"member {there.id + 1} M-0002"]) == [
        f"confirmed but not there as confirmed: member {there.id + 1} M-0002"]


def test_a_damaged_page_fails_the_file_checks(sqlite_db):
    admin = make_admin(sqlite_db)
    for n in range(30):
        members.create_member(sqlite_db, admin, members_input(f"가상 인물 {n}"))
    key, path = sqlite_db.key, Path(str(sqlite_db.file_path))
    assert key is not None
    with sqlite_db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sqlite_db.dispose()
    assert checks.file_problems(path, key) == []
    data = bytearray(path.read_bytes())
    data[4096 + 2000] ^= 0xFF  # inside the second page
    path.write_bytes(bytes(data))
    found = checks.file_problems(path, key)
    assert any(p.startswith("cipher_integrity_check") for p in found), found
