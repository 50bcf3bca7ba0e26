"""``run_checks``: the database's soundness, its schema, and the rules over all data.
Broken data is written behind the services' back, as damage or an old bug would."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import update

from safehouse.models import Assignment, Counter, Member, Membership, Room
from safehouse.services import auth, check, demo
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.maintenance import CheckReport
from safehouse.storage import sqlcipher
from safehouse.storage.db import Database
from tests.conftest import TEST_PASSWORD, make_admin

TODAY = date(2026, 3, 1)



def raw_connection(db: Database) -> Any:
    """A connection straight to the encrypted file, past the program's rules."""
    assert db.file_path is not None and db.key is not None
    return sqlcipher.connect(db.file_path, db.key)

def failed(report: CheckReport) -> dict[str, str]:
    return {line.name: line.message for line in report.lines if not line.ok}


def add_people(db: Database, n: int, room_capacity: int = 1) -> tuple[list[int], int]:
    with db.transaction() as s:
        people = [Member(code=f"M-{i + 1:04d}", name=f"테스트{i}", status="enquiry")
                  for i in range(n)]
        room = Room(name="101", floor=1, capacity=room_capacity, active=True)
        s.add_all([*people, room, Counter(name="member_code", value=n)])
        s.flush()
        return [p.id for p in people], room.id


def test_a_sound_database_passes_every_check(db, admin):
    demo.build_demo(db, admin, members=12, seed=1, today=TODAY)
    report = check.run_checks(db, admin)
    assert report.ok
    assert [line.name for line in report.lines] == [
        "database integrity", "schema version", "audit trail", "audit triggers",
        "audit anchors", "member codes", "membership periods",
        "room stays", "room capacity", "beds",
    ]


def test_an_empty_database_passes_too(db, admin):
    assert check.run_checks(db, admin).ok


def test_every_role_may_run_the_checks(db, admin):
    info = auth.create_user(db, admin, username="staff1", display_name="Staff", role="staff",
                            password=TEST_PASSWORD)
    staff = Actor(id=info.id, username="staff1", display_name="Staff", role="staff")
    assert check.run_checks(db, staff).ok


def test_a_member_in_two_rooms_at_once_is_found_by_code_not_name(db, admin):
    (hana,), room_id = add_people(db, 1, room_capacity=3)
    with db.transaction() as s:
        s.add_all([
            Assignment(member_id=hana, room_id=room_id, start_on=date(2025, 1, 1)),
            Assignment(member_id=hana, room_id=room_id, start_on=date(2025, 3, 1),
                       end_on=date(2025, 4, 1)),
        ])
    problems = failed(check.run_checks(db, admin))
    assert set(problems) == {"room stays"}
    assert "M-0001" in problems["room stays"] and "테스트" not in problems["room stays"]
    assert "2025-03-01" in problems["room stays"]


def test_a_room_over_capacity_on_any_day_is_found(db, admin):
    ids, room_id = add_people(db, 3, room_capacity=2)
    with db.transaction() as s:
        s.add_all([
            Assignment(member_id=ids[0], room_id=room_id, start_on=date(2025, 1, 1)),
            Assignment(member_id=ids[1], room_id=room_id, start_on=date(2025, 1, 1),
                       end_on=date(2025, 2, 1)),
            # moving in on the day another moves out is fine …
            Assignment(member_id=ids[2], room_id=room_id, start_on=date(2025, 2, 1),
                       end_on=date(2025, 5, 1)),
        ])
    assert check.run_checks(db, admin).ok
    with db.transaction() as s:  # … one day earlier is not
        s.execute(update(Assignment).where(Assignment.member_id == ids[2])
                  .values(start_on=date(2025, 1, 31)))
    problems = failed(check.run_checks(db, admin))
    assert set(problems) == {"room capacity"}
    assert "101 holds 3 on 2025-01-31 with 2 beds" in problems["room capacity"]


def test_one_bed_given_to_two_people_is_found(db, admin):
    ids, room_id = add_people(db, 2, room_capacity=2)
    with db.transaction() as s:
        s.add_all([Assignment(member_id=i, room_id=room_id, bed_label="A",
                              start_on=date(2025, 1, 1)) for i in ids])
    assert set(failed(check.run_checks(db, admin))) == {"beds"}


def test_malformed_codes_and_a_counter_behind_them_are_found(db, admin):
    add_people(db, 2)
    with db.transaction() as s:
        s.execute(update(Member).where(Member.code == "M-0002").values(code="M2"))
        s.add(Member(code="M-0040", name="테스트", status="enquiry"))
    message = failed(check.run_checks(db, admin))["member codes"]
    assert "M2" in message and "counter" in message


def test_a_database_from_a_newer_program_fails_the_schema_check(sqlite_db, tmp_path):
    admin = make_admin(sqlite_db)
    conn = raw_connection(sqlite_db)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.close()
    message = failed(check.run_checks(sqlite_db, admin))["schema version"]
    assert "newer version" in message


def test_a_reference_to_a_missing_row_fails_the_integrity_check(sqlite_db, tmp_path):
    admin = make_admin(sqlite_db)
    conn = raw_connection(sqlite_db)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO rooms (name, floor, capacity, active) VALUES ('101', 1, 2, 1)")
        conn.execute("INSERT INTO assignments (member_id, room_id, bed_label, start_on) "
                     "VALUES (999, 1, '', '2025-01-01')")
    conn.close()
    message = failed(check.run_checks(sqlite_db, admin))["database integrity"]
    assert "assignments" in message


def test_periods_that_overlap_or_disagree_with_the_status_are_found_by_code(db, admin):
    (hana, somang, mirae), _room = add_people(db, 3)
    with db.transaction() as s:
        s.add_all([
            Membership(member_id=hana, start_on=date(2024, 1, 1), end_on=date(2024, 6, 30),
                       ended_as="alumni"),
            Membership(member_id=hana, start_on=date(2024, 6, 30)),  # shares 30 June
            Membership(member_id=somang, start_on=date(2025, 1, 1)),  # an open enquiry
        ])
        s.get_one(Member, hana).status = "active"
        s.get_one(Member, mirae).status = "active"  # active with no period
    message = failed(check.run_checks(db, admin))["membership periods"]
    assert "M-0001 (periods from 2024-01-01 and from 2024-06-30 overlap)" in message
    assert "M-0002 (Enquiry with an open period)" in message
    assert "M-0003 (active without an open period)" in message
    assert "테스트" not in message
