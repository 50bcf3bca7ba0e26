"""Members CSV: every row checked first, nothing written on any problem; encodings that
Korean Excel writes; formula cells defused; a round trip that changes nothing."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from sqlalchemy import select

from safehouse.errors import PermissionDenied
from safehouse.models import AuditEntry
from safehouse.services import auth, exports, member_csv, members, rooms
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.imports import ImportResult
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.storage.db import Change, Database
from tests.conftest import TEST_PASSWORD

HEADER = "code,name,alias,sex,birth_year,status,joined_on,left_on,referred_by"
TODAY = date(2026, 3, 1)


def csv_bytes(*rows: str, header: str = HEADER, encoding: str = "utf-8") -> bytes:
    return ("\r\n".join((header, *rows)) + "\r\n").encode(encoding)


def run(db: Database, actor: Actor, data: bytes, dry_run: bool = False) -> ImportResult:
    return member_csv.import_members(db, actor, data, dry_run=dry_run, today=TODAY)


def snapshot(db: Database, actor: Actor) -> list[object]:
    listed = members.list_members(db, actor, on=TODAY)
    return [members.get_member(db, actor, m.id, purpose=Read.REFRESH) for m in listed]


def where(result: ImportResult) -> set[tuple[int, str]]:
    return {(p.line, p.column) for p in result.problems}


def make_user(db: Database, admin: Actor, role: str) -> Actor:
    info = auth.create_user(db, admin, username=f"{role}1", display_name=role, role=role,
                            password=TEST_PASSWORD)
    return Actor(id=info.id, username=info.username, display_name=info.display_name,
                 role=info.role)


GOOD = (
    "M-0001,김하나,Kim Hana,female,1988,active,2024-05-01,,",
    "M-0002,이은비,Lee Eunbi,female,1992,alumni,2024-06-10,2025-09-30,M-0001",
    ",박수진,Park Sujin,female,1979,enquiry,,,M-0002",
)


# --- creating and updating --------------------------------------------------------------


def test_import_creates_members_with_their_codes_and_referrals(db, admin):
    result = run(db, admin, csv_bytes(*GOOD))
    assert result.ok and (result.rows, result.created, result.updated) == (3, 3, 0)
    eunbi = members.find_member(db, admin, "M-0002", purpose=Read.REFRESH)
    assert (eunbi.name, eunbi.alias, eunbi.status) == ("이은비", "Lee Eunbi", "alumni")
    assert eunbi.left_on == date(2025, 9, 30)
    assert eunbi.referred_by_code == "M-0001"
    sujin = members.find_member(db, admin, "M-0003", purpose=Read.REFRESH)  # no code: the next one
    assert sujin.referred_by_code == "M-0002"


def test_a_referral_may_point_to_a_member_further_down_the_file(db, admin):
    result = run(db, admin, csv_bytes(
        "M-0001,김하나,,female,1988,active,2024-05-01,,M-0002",
        "M-0002,이은비,,female,1992,active,2024-04-10,,",
    ))
    assert result.ok
    found = members.find_member(db, admin, "M-0001", purpose=Read.REFRESH)
    assert found.referred_by_code == "M-0002"


def test_imported_codes_move_the_counter_so_no_code_is_given_twice(db, admin):
    run(db, admin, csv_bytes("M-0010,김하나,,,,active,2024-05-01,,"))
    made = members.create_member(db, admin, MemberInput(name="최유진"))
    assert made.code == "M-0011"


def test_a_known_code_updates_that_member_and_keeps_what_the_file_does_not_hold(db, admin):
    hana = members.create_member(db, admin, MemberInput(
        name="김하나", phone="010-0000-1234", notes="Prefers mornings.", status="active",
        joined_on=date(2024, 5, 1)))
    result = run(db, admin, csv_bytes(
        f"{hana.code},김하나,Hana K.,female,1988,active,2024-05-01,,"))
    assert (result.created, result.updated) == (0, 1)
    after = members.get_member(db, admin, hana.id, purpose=Read.REFRESH)
    assert (after.alias, after.birth_year) == ("Hana K.", 1988)
    assert (after.phone, after.notes) == ("010-0000-1234", "Prefers mornings.")


def test_a_member_who_leaves_by_import_is_moved_out_of_her_room(db, admin):
    hana = members.create_member(db, admin, MemberInput(
        name="김하나", status="active", joined_on=date(2024, 5, 1)))
    room = rooms.create_room(db, admin, name="101", floor=1, capacity=2)
    rooms.assign(db, admin, hana.id, room.id, date(2024, 5, 1))
    assert run(db, admin, csv_bytes(
        f"{hana.code},김하나,,,,alumni,2024-05-01,2025-01-31,")).ok
    stay = rooms.room_history(db, admin, hana.id)[0]
    assert stay.end_on == date(2025, 1, 31)


def test_a_leaving_date_before_she_moved_in_is_refused(db, admin):
    hana = members.create_member(db, admin, MemberInput(
        name="김하나", status="active", joined_on=date(2024, 5, 1)))
    room = rooms.create_room(db, admin, name="101", floor=1, capacity=2)
    rooms.assign(db, admin, hana.id, room.id, date(2025, 2, 1))
    result = run(db, admin, csv_bytes(f"{hana.code},김하나,,,,alumni,2024-05-01,2025-01-31,"))
    assert where(result) == {(2, "left_on")}
    assert rooms.room_history(db, admin, hana.id)[0].end_on is None


def test_dry_run_counts_what_would_change_and_writes_nothing(db, admin):
    run(db, admin, csv_bytes(GOOD[0]))
    before = snapshot(db, admin)
    changed = GOOD[0].replace("Kim Hana", "Hana")
    result = run(db, admin, csv_bytes(changed, *GOOD[1:]), dry_run=True)
    assert result.ok and result.dry_run
    assert (result.rows, result.created, result.updated) == (3, 2, 1)
    assert snapshot(db, admin) == before


def test_importing_the_same_file_twice_changes_nothing_the_second_time(db, admin):
    run(db, admin, csv_bytes(*GOOD))
    again = run(db, admin, csv_bytes(*GOOD[:2]))
    assert (again.created, again.updated) == (0, 0)


def test_import_is_audited_without_values_and_tells_the_views(db, admin):
    seen: list[Change] = []
    db.add_listener(seen.append)
    run(db, admin, csv_bytes(*GOOD))
    assert any(c.entity == "member" and len(c.ids) == 3 for c in seen)
    with db.transaction() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "member.import")))
    assert len(entries) == 1 and entries[0].detail == ""


# --- problems: all reported, nothing written --------------------------------------------


def test_every_bad_row_is_reported_with_line_and_column_and_nothing_is_written(db, admin):
    run(db, admin, csv_bytes(GOOD[0]))
    before = snapshot(db, admin)
    result = run(db, admin, csv_bytes(
        ",최유진,,female,1990,active,2025-01-05,,",  # good
        ",강소연,,female,19x0,active,2025-01-05,,",  # line 3: birth_year
        ",윤지혜,,female,1990,active,2025/01/05,,",  # line 4: joined_on
        ",장미란,,female,1990,active,2025-01-05,,M-0077",  # line 5: unknown referrer
        "M-0009,오향미,,female,1990,active,2025-01-05,,M-0009",  # line 6: self-referral
        "X-12,한설화,,female,1990,active,2025-01-05,,",  # line 7: code format
        ",서은향,,female,1990,alumni,2025-03-01,2025-02-01,",  # line 8: left before joined
        "M-0020,신옥희,,female,1990,active,2025-01-05,,",
        "M-0020,신옥희,,female,1990,active,2025-01-05,,",  # line 10: duplicate code
        ",,,female,1990,active,2025-01-05,,",  # line 11: no name
        ",권명옥,,woman,1990,active,2025-01-05,,",  # line 12: sex
        ",황금순,,female,1990,active,2025-01-05,,,x",  # line 13: too many cells
    ))
    assert where(result) == {
        (3, "birth_year"), (4, "joined_on"), (5, "referred_by"), (6, "referred_by"),
        (7, "code"), (8, "left_on"), (10, "code"), (11, "name"), (12, "sex"), (13, ""),
    }
    assert [p.line for p in result.problems] == sorted(p.line for p in result.problems)
    assert "also on line 9" in str(next(p for p in result.problems if p.line == 10))
    assert snapshot(db, admin) == before


def test_a_date_that_cannot_be_read_is_reported_once(db, admin):
    result = run(db, admin, csv_bytes(",최유진,,,,active,2025-02-30,,"))
    assert [(p.line, p.column) for p in result.problems] == [(2, "joined_on")]


def test_header_problems_are_reported_on_line_1(db, admin):
    header = "code,name,nickname,sex,birth_year,status,joined_on,left_on"
    result = run(db, admin, csv_bytes(",김하나,,,,enquiry,,", header=header))
    assert where(result) == {(1, "nickname"), (1, "alias"), (1, "referred_by")}
    assert members.list_members(db, admin) == []


def test_a_code_once_given_to_a_removed_member_is_not_taken_again(db, admin):
    members.create_member(db, admin, MemberInput(name="김하나"))
    members.create_member(db, admin, MemberInput(name="이은비"))
    with db.transaction() as s:
        s.delete(members.get_by_code(s, "M-0002"))
    result = run(db, admin, csv_bytes("M-0002,박수진,,,,enquiry,,,"))
    assert where(result) == {(2, "code")}


def test_bytes_that_are_no_known_text_encoding_are_refused(db, admin):
    data = csv_bytes(",김하나,,,,enquiry,,,") + b",\xff\xfe\xfa,,,,enquiry,,,\r\n"
    result = run(db, admin, data)
    assert where(result) == {(3, "")}
    assert members.list_members(db, admin) == []


def test_a_role_without_import_or_export_is_refused(db, admin):
    staff = make_user(db, admin, "staff")
    with pytest.raises(PermissionDenied):
        run(db, staff, csv_bytes(*GOOD))
    with pytest.raises(PermissionDenied):
        member_csv.export_members(db, staff)


# --- encodings ----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp949", "utf-8-sig", "utf-8"])
def test_hangul_reads_right_in_each_encoding_excel_writes(db, admin, encoding):
    data = csv_bytes("M-0001,김하나,Kim Hana,여,1988,active,2024-05-01,,",
                     ",박수진,,female,1979,enquiry,,,", encoding=encoding)
    if encoding == "cp949":
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    assert run(db, admin, data).ok
    names = [m.name for m in members.list_members(db, admin)]
    assert names == ["김하나", "박수진"]
    assert members.find_member(db, admin, "M-0001", purpose=Read.REFRESH).sex == "female"


# --- export -------------------------------------------------------------------------------


def test_export_has_a_bom_the_header_and_every_member(db, admin):
    run(db, admin, csv_bytes(*GOOD))
    export = member_csv.export_members(db, admin)
    data = export.data
    assert export.rows == 3
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == HEADER.split(",")
    assert rows[1] == ["M-0001", "김하나", "Kim Hana", "female", "1988", "active",
                       "2024-05-01", "", ""]
    assert [r[0] for r in rows[1:]] == ["M-0001", "M-0002", "M-0003"]
    assert rows[2][8] == "M-0001"


def test_export_leaves_phone_numbers_out_and_is_audited_once_written(db, admin, tmp_path):
    members.create_member(db, admin, MemberInput(name="김하나", phone="010-0000-4321"))
    export = member_csv.export_members(db, admin)
    assert b"4321" not in export.data
    with db.transaction() as s:
        assert "member.export" not in list(s.scalars(select(AuditEntry.action)))
    exports.save(db, admin, export, tmp_path / "members.csv")
    with db.transaction() as s:
        actions = list(s.scalars(select(AuditEntry.action)))
    assert "member.export" in actions


def test_cells_a_spreadsheet_would_run_are_defused_and_come_back_intact(db, admin):
    for name in ("=HYPERLINK(\"http://x\")", "+82 friend", "-minus", "@sum"):
        members.create_member(db, admin, MemberInput(name=name))
    data = member_csv.export_members(db, admin).data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[1:]
    assert [r[1][:2] for r in rows] == ["'=", "'+", "'-", "'@"]
    before = snapshot(db, admin)
    result = run(db, admin, data)
    assert result.ok and result.updated == 0
    assert snapshot(db, admin) == before


def test_export_then_import_is_a_round_trip(db, admin):
    run(db, admin, csv_bytes(*GOOD))
    before = snapshot(db, admin)
    data = member_csv.export_members(db, admin).data
    result = run(db, admin, data)
    assert (result.rows, result.created, result.updated) == (3, 0, 0)
    assert snapshot(db, admin) == before
    assert member_csv.export_members(db, admin).data == data


def test_empty_trailing_columns_that_excel_adds_are_ignored(db, admin):
    data = csv_bytes(",김하나,,female,1988,enquiry,,,,,", header=HEADER + ",,")
    assert run(db, admin, data).ok
    assert [m.name for m in members.list_members(db, admin)] == ["김하나"]
