"""Events CSV: one row per member who came, a row without a code for guests and
children; every row checked first (line and column), nothing written on a problem;
CP949 read; formulas defused on export; export then import changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import event, func, select

from safehouse.models import AuditEntry
from safehouse.services import events, events_csv, members
from safehouse.services.dto.community import EventInput
from safehouse.services.dto.people import MemberInput
from safehouse.storage.db import Database

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
    assert again.ok and (again.created, again.updated) == (0, 0)
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


def audit_entries(db: Database) -> int:
    with db.transaction() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


@contextmanager
def writes(db: Database) -> Iterator[list[str]]:
    """The INSERT, UPDATE and DELETE statements sent meanwhile."""
    sent: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().split(None, 1)[0].upper() in {"INSERT", "UPDATE", "DELETE"}:
            sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)


def retreat_file(a: str, b: str, *, place: str = "평창", guests: int = 4) -> bytes:
    return csv_bytes(f"여름 수련회,2025-07-25,2025-07-27,retreat,{place},{a},,",
                     f"여름 수련회,2025-07-25,2025-07-27,retreat,{place},{b},,",
                     f"여름 수련회,2025-07-25,2025-07-27,retreat,{place},,{guests},7",
                     "성탄 예배,2025-12-25,,예배,교회,,3,0")


def test_an_unchanged_file_again_corrects_nothing_writes_nothing_and_is_not_audited(
        db, admin):
    a, b = two_members(db, admin)
    assert events_csv.import_events(db, admin, retreat_file(a, b)).created == 2
    before, audited = events.list_events(db, admin), audit_entries(db)
    checked = events_csv.import_events(db, admin, retreat_file(a, b), dry_run=True)
    assert checked.ok and (checked.created, checked.updated) == (0, 0)
    with writes(db) as sent:
        again = events_csv.import_events(db, admin, retreat_file(a, b))
    assert again.ok and (again.rows, again.created, again.updated) == (4, 0, 0)
    assert "0 were corrected" in events_csv.describe(again)
    assert sent == []
    assert audit_entries(db) == audited
    assert events.list_events(db, admin) == before


def test_one_changed_field_or_one_member_more_corrects_that_event_only(db, admin):
    a, b = two_members(db, admin)
    events_csv.import_events(db, admin, retreat_file(a, b))
    audited = audit_entries(db)
    moved = events_csv.import_events(db, admin, retreat_file(a, b, place="강릉"))
    assert moved.ok and (moved.created, moved.updated) == (0, 1)
    assert audit_entries(db) == audited + 1
    retreat, worship = sorted(events.list_events(db, admin), key=lambda e: e.starts_on)
    assert (retreat.place, retreat.members, retreat.guests) == ("강릉", 2, 4)
    assert (worship.place, worship.people) == ("교회", 3)
    counted = events_csv.import_events(db, admin, retreat_file(a, b, place="강릉", guests=5))
    assert (counted.created, counted.updated) == (0, 1)
    fewer = events_csv.import_events(db, admin, csv_bytes(
        f"여름 수련회,2025-07-25,2025-07-27,retreat,강릉,{a},,",
        "여름 수련회,2025-07-25,2025-07-27,retreat,강릉,,5,7"))
    assert (fewer.created, fewer.updated) == (0, 1)
    retreat = min(events.list_events(db, admin), key=lambda e: e.starts_on)
    assert (retreat.members, retreat.guests) == (1, 5)


def test_an_event_edited_in_the_window_is_corrected_back_by_the_file(db, admin):
    a, b = two_members(db, admin)
    events_csv.import_events(db, admin, retreat_file(a, b))
    retreat = min(events.list_events(db, admin), key=lambda e: e.starts_on)
    events.save_event(db, admin, EventInput(
        kind="retreat", name="여름 수련회", starts_on=date(2025, 7, 25),
        ends_on=date(2025, 7, 28), place="평창"), retreat.id)
    again = events_csv.import_events(db, admin, retreat_file(a, b))
    assert (again.created, again.updated) == (0, 1)
    retreat = min(events.list_events(db, admin), key=lambda e: e.starts_on)
    assert retreat.ends_on == date(2025, 7, 27)
