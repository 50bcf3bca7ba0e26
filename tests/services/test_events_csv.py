"""Events CSV: one row per member who came, a row without a code for guests and
children; every row checked first (line and column), nothing written on a problem;
CP949 read; formulas defused on export; export then import changes nothing."""

from __future__ import annotations

from datetime import date

from safehouse.services import events, events_csv, members
from safehouse.services.dto.people import MemberInput

HEADER = "event,starts_on,ends_on,kind,place,member_code,guests,children"


def csv_bytes(*rows: str, encoding: str = "utf-8") -> bytes:
    return ("\r\n".join((HEADER, *rows)) + "\r\n").encode(encoding)


def two_members(db, admin) -> tuple[str, str]:
    made = [members.create_member(db, admin, MemberInput(
        name=n, status="active", joined_on=date(2024, 1, 1))) for n in ("김하나", "박소망")]
    return made[0].code, made[1].code


def test_a_retreat_is_imported_with_its_members_guests_and_children(db, admin):
    a, b = two_members(db, admin)
    data = csv_bytes(f"여름 수련회,2025-07-25,2025-07-27,retreat,평창,{a},,",
                     f"여름 수련회,2025-07-25,2025-07-27,retreat,평창,{b},,",
                     "여름 수련회,2025-07-25,2025-07-27,retreat,평창,,4,7",
                     "성탄 예배,2025-12-25,,예배,교회,,3,0")
    checked = events_csv.import_events(db, admin, data, dry_run=True)
    assert checked.ok and (checked.created, checked.updated) == (2, 0)
    assert events.list_events(db, admin) == []
    done = events_csv.import_events(db, admin, data)
    assert done.ok and done.created == 2
    retreat, worship = sorted(events.list_events(db, admin), key=lambda e: e.starts_on)
    assert (retreat.members, retreat.guests, retreat.children, retreat.people) == (2, 4, 7, 13)
    assert retreat.ends_on == date(2025, 7, 27)
    assert (worship.kind, worship.ends_on, worship.people) == ("worship", worship.starts_on, 3)


def test_every_bad_row_is_named_by_line_and_column_and_nothing_is_written(db, admin):
    a, _b = two_members(db, admin)
    data = csv_bytes(f"수련회,2025-07-25,,retreat,평창,{a},,",
                     "수련회,2025-13-01,,retreat,평창,,,",
                     "모임,2025-05-01,,picnic,,,,",
                     f"수련회,2025-07-25,,retreat,평창,{a},,",
                     "모임2,2025-05-01,,gathering,,M-9999,-2,",
                     "=cmd,2025-05-01,2025-04-01,gathering,,,,")
    result = events_csv.import_events(db, admin, data)
    found = [(p.line, p.column) for p in result.problems]
    assert (3, "starts_on") in found
    assert (4, "kind") in found
    assert (5, "member_code") in found  # twice for one event
    assert (6, "guests") in found
    assert (7, "ends_on") in found
    assert events.list_events(db, admin) == []
    unknown = events_csv.import_events(db, admin, csv_bytes("모임,2025-05-01,,gathering,,M-9999,,"))
    assert [(p.line, p.column) for p in unknown.problems] == [(2, "member_code")]


def test_a_wrong_header_and_cp949_are_handled_like_the_members_import(db, admin):
    wrong = events_csv.import_events(db, admin, b"name,date\r\nx,2025-01-01\r\n")
    assert wrong.problems and wrong.problems[0].line == 1
    data = csv_bytes("가을 모임,2025-10-03,,gathering,서울,,2,1", encoding="cp949")
    result = events_csv.import_events(db, admin, data)
    assert result.ok
    assert events.list_events(db, admin)[0].name == "가을 모임"


def test_export_then_import_changes_nothing_and_formulas_are_defused(db, admin):
    a, b = two_members(db, admin)
    events_csv.import_events(db, admin, csv_bytes(
        f"=수련회,2025-07-25,2025-07-27,retreat,평창,{a},,",
        f"=수련회,2025-07-25,2025-07-27,retreat,평창,{b},,",
        "=수련회,2025-07-25,2025-07-27,retreat,평창,,4,7"))
    made = events_csv.export_events(db, admin)
    text = made.data.decode("utf-8-sig")
    assert text.splitlines()[0] == HEADER
    assert "'=수련회" in text and made.rows == 3
    before = events.list_events(db, admin)
    again = events_csv.import_events(db, admin, made.data)
    assert again.ok and (again.created, again.updated) == (0, 1)
    assert events.list_events(db, admin) == before
    assert before[0].name == "=수련회"


def test_columns_in_another_order_are_read_by_their_names_like_the_members_import(db, admin):
    a, _b = two_members(db, admin)
    data = ("children,guests,member_code,place,kind,ends_on,starts_on,event\r\n"
            f",,{a},평창,retreat,2025-07-27,2025-07-25,여름 수련회\r\n"
            "7,4,,평창,retreat,2025-07-27,2025-07-25,여름 수련회\r\n").encode()
    result = events_csv.import_events(db, admin, data)
    assert result.ok, result.problems
    (retreat,) = events.list_events(db, admin)
    assert (retreat.name, retreat.members, retreat.guests, retreat.children) == (
        "여름 수련회", 1, 4, 7)
    missing = events_csv.import_events(
        db, admin, b"event,starts_on,kind\r\nx,2025-01-01,retreat\r\n")
    assert {(p.line, p.column) for p in missing.problems} >= {(1, "ends_on"), (1, "guests")}
