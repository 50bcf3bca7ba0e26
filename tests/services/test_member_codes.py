"""Member codes in one form: look-alikes (M-00102, Arabic-Indic or full-width digits) are
the same code, a code has at most six digits, the counter never overflows nor moves back,
``safehouse check`` finds look-alikes already stored, and migration 0004 rewrites them."""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text, update
from sqlalchemy.engine import make_url

from safehouse.errors import ConflictError, NotFound, ValidationError, ValidationErrors
from safehouse.models import Counter, Member
from safehouse.services import check, member_csv, members
from safehouse.services.dto.people import MemberInput
from safehouse.services.member_rules import canonical_code, code_problem
from safehouse.services.reading import Read
from safehouse.storage import migrate
from safehouse.storage.db import Database

TODAY = date(2026, 3, 1)
HEADER = "code,name,alias,sex,birth_year,status,joined_on,left_on,referred_by"


def csv_bytes(*rows: str) -> bytes:
    return ("\r\n".join((HEADER, *rows)) + "\r\n").encode("utf-8")


def imported(db, admin, *rows: str):  # type: ignore[no-untyped-def]
    return member_csv.import_members(db, admin, csv_bytes(*rows), today=TODAY)


def stored_codes(db: Database) -> list[str]:
    with db.transaction() as s:
        return sorted(s.scalars(text("SELECT code FROM members")))


def counter(db: Database) -> int:
    with db.transaction() as s:
        found = s.get(Counter, members.CODE_COUNTER)
        return found.value if found else 0


@pytest.mark.parametrize(("typed", "stored"), [
    ("M-0102", "M-0102"),
    ("M-00102", "M-0102"),
    ("m-102", "M-0102"),
    ("M-٠١٠٣", "M-0103"),  # Arabic-Indic digits
    ("Ｍ－０１０４", "M-0104"),  # full width
    (" M\u20130105 ", "M-0105"),  # an en dash, as a word processor writes it
    ("M-12345", "M-12345"),
    ("M-999999", "M-999999"),
])
def test_a_code_however_written_has_one_stored_form(typed, stored):
    assert canonical_code(typed) == stored


@pytest.mark.parametrize("typed", ["M-0", "M-", "X-0001", "M-12a", "M 0001",
                                   "M-9223372036854775807", "M-" + "9" * 5000])
def test_what_is_no_code_has_none(typed):
    assert canonical_code(typed) is None
    assert code_problem(typed)


def test_a_code_beyond_six_digits_is_refused_with_the_highest_named():
    assert "M-999999" in (code_problem("M-9223372036854775807") or "")


def test_look_alike_codes_in_an_import_are_one_code(db, admin):
    result = imported(db, admin,
                      "M-0102,김하나,,female,1988,active,2024-05-01,,",
                      "M-00102,이은비,,female,1992,active,2024-06-10,,")
    assert not result.ok
    assert any(p.line == 3 and p.column == "code" and "line 2" in p.reason
               for p in result.problems)
    assert stored_codes(db) == []


def test_codes_are_stored_and_found_in_their_one_form(db, admin):
    result = imported(db, admin,
                      "M-٠١٠٣,김하나,,female,1988,active,2024-05-01,,",
                      "Ｍ－００１０４,이은비,,female,1992,active,2024-06-10,,M-103")
    assert result.ok, result.problems
    assert stored_codes(db) == ["M-0103", "M-0104"]
    found = members.find_member(db, admin, "M-00103", purpose=Read.REFRESH)
    assert found.code == "M-0103"
    assert members.find_member(db, admin, "M-0104", purpose=Read.REFRESH) \
        .referred_by_code == "M-0103"
    # a second import with the look-alike updates her, it does not add a second member
    again = imported(db, admin, "M-000103,김하나,,female,1989,active,2024-05-01,,")
    assert again.ok and (again.created, again.updated) == (0, 1)
    assert stored_codes(db) == ["M-0103", "M-0104"]


def test_a_referral_typed_with_other_digits_finds_the_member(db, admin):
    first = members.create_member(db, admin, MemberInput(name="김하나"))
    assert first.code == "M-0001"
    second = members.create_member(db, admin, MemberInput(name="이은비",
                                                          referred_by_code="m-٠٠٠١"))
    assert second.referred_by_code == "M-0001"


def test_a_huge_code_is_refused_and_the_counter_does_not_move(db, admin):
    result = imported(db, admin, "M-9223372036854775807,김하나,,female,1988,active,"
                                 "2024-05-01,,")
    assert not result.ok
    (problem,) = result.problems
    assert (problem.line, problem.column) == (2, "code") and "M-999999" in problem.reason
    assert counter(db) == 0
    assert members.create_member(db, admin, MemberInput(name="이은비")).code == "M-0001"


def test_a_referral_beyond_the_highest_code_is_refused_by_the_form(db, admin):
    with pytest.raises((ValidationError, ValidationErrors), match="M-999999"):
        members.create_member(db, admin, MemberInput(
            name="김하나", referred_by_code="M-9223372036854775807"))


def test_the_counter_at_its_end_refuses_a_new_member_plainly(db, admin):
    imported(db, admin, "M-999999,김하나,,female,1988,active,2024-05-01,,")
    assert counter(db) == 999_999
    with pytest.raises(ConflictError, match="M-999999"):
        members.create_member(db, admin, MemberInput(name="이은비"))
    assert counter(db) == 999_999


def test_a_counter_pushed_past_the_end_by_an_old_program_is_reported(db, admin):
    end = 9223372036854775807 if db.is_sqlite else 2147483647  # the column's limit
    with db.transaction() as s:
        s.add(Counter(name=members.CODE_COUNTER, value=end))
    with pytest.raises(ConflictError, match="M-999999"):
        members.create_member(db, admin, MemberInput(name="김하나"))
    message = {line.name: line.message for line in check.run_checks(db, admin).lines
               if not line.ok}["member codes"]
    assert str(end) in message and "M-999999" in message


def test_check_finds_look_alike_codes_stored_by_an_old_program(db, admin):
    with db.transaction() as s:
        s.add_all([Member(code=code, name=f"테스트{n}", status="enquiry")
                   for n, code in enumerate(["M-0102", "M-00102", "M-٠١٠٣"])])
        s.add(Counter(name=members.CODE_COUNTER, value=103))
    message = {line.name: line.message for line in check.run_checks(db, admin).lines
               if not line.ok}["member codes"]
    assert "used twice" in message and "M-0102" in message
    assert "M-00102" in message and "\\u0660" in message  # not like M-0001


def test_a_code_not_given_is_not_found_whatever_its_form(db, admin):
    with pytest.raises(NotFound):
        members.find_member(db, admin, "M-٠٠٠٩", purpose=Read.REFRESH)


# --- migration 0004 ---------------------------------------------------------------------


@pytest.fixture
def old_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = Database(make_url(f"sqlite+pysqlite:///{tmp_path / 'old.db'}"),
                        key=secrets.token_bytes(32))
    cfg = migrate._config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
    yield database
    database.dispose()


def test_the_migration_rewrites_look_alikes_unless_two_come_to_one(old_file):
    old = ["M-0001", "M-00002", "M-٠٠٠٣", "Ｍ－０００４", "M-0005", "M-000005", "M-0006",
           "M-9223372036854775807", "guest"]
    with old_file.engine.begin() as conn:
        for n, code in enumerate(old, start=1):
            conn.execute(text("INSERT INTO members (id, code, name, alias, phone, status, "
                              "notes) VALUES (:id, :code, 'x', '', '', 'enquiry', '')"),
                         {"id": n, "code": code})
        conn.execute(text("INSERT INTO counters (name, value) VALUES ('member_code', 3)"))
    migrate.upgrade(old_file)
    with old_file.engine.connect() as conn:
        codes = dict(conn.execute(text("SELECT id, code FROM members")).all())
        value = conn.execute(text("SELECT value FROM counters")).scalar()
    assert [codes[n] for n in range(1, 10)] == [
        "M-0001", "M-0002", "M-0003", "M-0004",
        "M-0005", "M-000005",  # M-0005 is taken: left for a person to decide (check)
        "M-0006", "M-9223372036854775807", "guest"]
    assert value == 6  # moved up past the highest code, never down


def test_the_migration_never_moves_the_counter_back(old_file):
    with old_file.engine.begin() as conn:
        conn.execute(text("INSERT INTO members (id, code, name, alias, phone, status, "
                          "notes) VALUES (1, 'M-00007', 'x', '', '', 'enquiry', '')"))
        conn.execute(text("INSERT INTO counters (name, value) VALUES ('member_code', 40)"))
    migrate.upgrade(old_file)
    with old_file.engine.connect() as conn:
        assert conn.execute(text("SELECT code FROM members")).scalar() == "M-0007"
        assert conn.execute(text("SELECT value FROM counters")).scalar() == 40


def test_a_counter_reset_behind_the_codes_is_still_reported(db, admin):
    members.create_member(db, admin, MemberInput(name="김하나"))
    with db.transaction() as s:
        s.execute(update(Counter).values(value=0))
    assert "below the highest" in {
        line.name: line.message for line in check.run_checks(db, admin).lines
        if not line.ok}["member codes"]
