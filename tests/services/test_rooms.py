"""Rooms and the history of who stayed where: assign, move, move out, past dates, and
every rule that keeps the board true (capacity, overlaps, beds, closed rooms)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from safehouse.errors import ConflictError, NotFound, ValidationError
from safehouse.models import AuditEntry
from safehouse.services import members, rooms
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.housing import RoomInfo
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.storage.db import Database
from tests.conftest import OnDay

JAN1, FEB1, MAR1, APR1 = date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1), date(2025, 4, 1)
TODAY = date(2025, 6, 10)
DAYS = [date(2024, 12, 15), JAN1, date(2025, 1, 15), FEB1, date(2025, 2, 15), MAR1,
        date(2025, 3, 15), APR1, TODAY]


@pytest.fixture(autouse=True)
def _on_a_fixed_day(on_day: OnDay) -> None:
    on_day(TODAY)


def member(db: Database, admin: Actor, name: str) -> MemberDetail:
    return members.create_member(db, admin, MemberInput(
        name=name, status="active", joined_on=date(2024, 1, 1)))


def room(db: Database, admin: Actor, name: str, capacity: int = 2, floor: int = 1
         ) -> RoomInfo:
    return rooms.create_room(db, admin, name=name, floor=floor, capacity=capacity)


def who_is_where(db: Database, admin: Actor, on: date) -> dict[str, list[str]]:
    return {occ.room.name: [a.member_name for a in occ.occupants]
            for occ in rooms.board(db, admin, on)}


def snapshot(db: Database, admin: Actor) -> tuple[object, ...]:
    """The board on many days, every member's history, the rooms, the audit length."""
    people = members.list_members(db, admin)
    with db.transaction() as s:
        audit_len = len(list(s.scalars(select(AuditEntry.id))))
    return (
        [rooms.board(db, admin, day) for day in DAYS],
        [rooms.room_history(db, admin, p.id) for p in people],
        rooms.list_rooms(db, admin),
        audit_len,
    )


@pytest.fixture
def hana(db, admin):
    return member(db, admin, "김하나")


@pytest.fixture
def somang(db, admin):
    return member(db, admin, "Park Somang")


# --- rooms ------------------------------------------------------------------------------


def test_rooms_are_listed_by_floor_then_name(db, admin):
    room(db, admin, "201", floor=2)
    room(db, admin, "102")
    room(db, admin, "101")
    assert [r.name for r in rooms.list_rooms(db, admin)] == ["101", "102", "201"]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": " ", "floor": 1, "capacity": 2}, "name"),
        ({"name": "101", "floor": 1, "capacity": 0}, "capacity"),
        ({"name": "101", "floor": 1, "capacity": 51}, "capacity"),
        ({"name": "101", "floor": 200, "capacity": 1}, "floor"),
    ],
)
def test_a_bad_room_names_its_field(db, admin, kwargs, field):
    with pytest.raises(ValidationError) as info:
        rooms.create_room(db, admin, **kwargs)
    assert info.value.field == field
    assert rooms.list_rooms(db, admin) == []


def test_two_rooms_cannot_share_a_name(db, admin):
    room(db, admin, "101")
    other = room(db, admin, "102")
    with pytest.raises(ConflictError, match="101"):
        rooms.create_room(db, admin, name=" 101 ", floor=1, capacity=1)
    with pytest.raises(ConflictError, match="101"):
        rooms.update_room(db, admin, other.id, name="101", floor=1, capacity=2, active=True)
    assert [r.name for r in rooms.list_rooms(db, admin)] == ["101", "102"]


# --- assign, move, move out ------------------------------------------------------------


def test_assign_move_and_move_out_keep_the_whole_history(db, admin, hana):
    r101, r102 = room(db, admin, "101"), room(db, admin, "102")
    first = rooms.assign(db, admin, hana.id, r101.id, JAN1, bed_label="A")
    assert (first.room_name, first.bed_label, first.end_on) == ("101", "A", None)
    moved = rooms.move(db, admin, hana.id, r102.id, FEB1, bed_label="B")
    assert (moved.room_name, moved.start_on) == ("102", FEB1)
    ended = rooms.move_out(db, admin, hana.id, MAR1)
    assert ended.end_on == MAR1

    history = rooms.room_history(db, admin, hana.id)
    assert [(a.room_name, a.bed_label, a.start_on, a.end_on) for a in history] == [
        ("102", "B", FEB1, MAR1), ("101", "A", JAN1, FEB1)]
    # who was where on any past day
    assert who_is_where(db, admin, date(2024, 12, 31)) == {"101": [], "102": []}
    assert who_is_where(db, admin, JAN1) == {"101": ["김하나"], "102": []}
    assert who_is_where(db, admin, date(2025, 1, 31)) == {"101": ["김하나"], "102": []}
    assert who_is_where(db, admin, FEB1) == {"101": [], "102": ["김하나"]}
    assert who_is_where(db, admin, MAR1) == {"101": [], "102": []}
    assert rooms.room_of(db, admin, hana.id, date(2025, 2, 10)).room_name == "102"
    assert rooms.room_of(db, admin, hana.id, MAR1) is None


def test_a_stay_can_be_recorded_in_the_past_between_others(db, admin, hana, somang):
    r101 = room(db, admin, "101", capacity=1)
    rooms.assign(db, admin, somang.id, r101.id, MAR1)
    rooms.assign(db, admin, hana.id, r101.id, JAN1, end_on=MAR1)  # handover on MAR1
    assert who_is_where(db, admin, date(2025, 2, 28)) == {"101": ["김하나"]}
    assert who_is_where(db, admin, MAR1) == {"101": ["Park Somang"]}


def test_the_board_shows_free_beds(db, admin, hana):
    r101 = room(db, admin, "101", capacity=3)
    rooms.assign(db, admin, hana.id, r101.id, JAN1)
    [occ] = rooms.board(db, admin, FEB1)
    assert occ.free_beds == 2
    [occ] = rooms.board(db, admin, date(2024, 12, 31))
    assert occ.free_beds == 3


def test_members_without_a_room_are_offered_for_a_bed(db, admin, hana, somang):
    r101 = room(db, admin, "101")
    gone = members.create_member(db, admin, MemberInput(
        name="이가람", status="exited", joined_on=date(2024, 1, 1), left_on=date(2024, 6, 1)))
    rooms.assign(db, admin, hana.id, r101.id, JAN1)
    free = [m.code for m in rooms.members_without_room(db, admin, FEB1)]
    assert free == [somang.code]
    assert gone.code not in free
    before = [m.code for m in rooms.members_without_room(db, admin, date(2024, 12, 1))]
    assert before == [hana.code, somang.code]


def test_move_must_be_after_she_moved_in(db, admin, hana):
    r101, r102 = room(db, admin, "101"), room(db, admin, "102")
    rooms.assign(db, admin, hana.id, r101.id, FEB1)
    before = snapshot(db, admin)
    with pytest.raises(ValidationError) as info:
        rooms.move(db, admin, hana.id, r102.id, FEB1)
    assert info.value.field == "on"
    assert "2025-02-01" in info.value.message
    assert snapshot(db, admin) == before


def test_move_into_the_same_bed_is_refused(db, admin, hana):
    r101 = room(db, admin, "101")
    rooms.assign(db, admin, hana.id, r101.id, JAN1, bed_label="A")
    with pytest.raises(ConflictError, match="101"):
        rooms.move(db, admin, hana.id, r101.id, FEB1, bed_label="A")
    # another bed in the same room is a move
    assert rooms.move(db, admin, hana.id, r101.id, FEB1, bed_label="B").bed_label == "B"


def test_move_or_move_out_without_a_room_says_so(db, admin, hana):
    r101 = room(db, admin, "101")
    with pytest.raises(ConflictError, match=hana.code):
        rooms.move(db, admin, hana.id, r101.id, FEB1)
    with pytest.raises(ConflictError, match=hana.code):
        rooms.move_out(db, admin, hana.id, FEB1)


def test_unknown_room_or_member_is_not_found(db, admin, hana):
    r101 = room(db, admin, "101")
    with pytest.raises(NotFound):
        rooms.assign(db, admin, hana.id, 999, JAN1)
    with pytest.raises(NotFound):
        rooms.assign(db, admin, 999, r101.id, JAN1)


# --- the rules, and refused writes changing nothing -------------------------------------


def test_a_full_room_is_refused_naming_the_room_and_the_day(db, admin, hana, somang):
    r101 = room(db, admin, "101", capacity=1)
    rooms.assign(db, admin, hana.id, r101.id, FEB1)
    before = snapshot(db, admin)
    with pytest.raises(ConflictError) as info:
        rooms.assign(db, admin, somang.id, r101.id, JAN1)  # she would still be there on FEB1
    assert "101" in info.value.message and "2025-02-01" in info.value.message
    assert snapshot(db, admin) == before
    # up to the day before is fine
    rooms.assign(db, admin, somang.id, r101.id, JAN1, end_on=FEB1)


def test_a_move_into_a_full_room_is_refused_and_she_stays_where_she_was(
    db, admin, hana, somang
):
    r101, r102 = room(db, admin, "101"), room(db, admin, "102", capacity=1)
    rooms.assign(db, admin, hana.id, r101.id, JAN1)
    rooms.assign(db, admin, somang.id, r102.id, JAN1)
    before = snapshot(db, admin)
    with pytest.raises(ConflictError, match="102.*2025-03-01"):
        rooms.move(db, admin, hana.id, r102.id, MAR1)
    assert snapshot(db, admin) == before
    assert rooms.room_of(db, admin, hana.id, APR1).room_name == "101"


def test_occupancy_counts_each_day_not_the_whole_span(db, admin, hana, somang):
    third = member(db, admin, "최셋")
    r101 = room(db, admin, "101", capacity=2)
    rooms.assign(db, admin, hana.id, r101.id, JAN1, end_on=FEB1)
    rooms.assign(db, admin, somang.id, r101.id, FEB1, end_on=MAR1)
    # two others, never at the same time: room for a third the whole while
    rooms.assign(db, admin, third.id, r101.id, JAN1, end_on=MAR1)
    fourth = member(db, admin, "Lee Bom")
    with pytest.raises(ConflictError, match="2025-01-01"):
        rooms.assign(db, admin, fourth.id, r101.id, date(2024, 12, 1), end_on=date(2025, 1, 2))
    rooms.assign(db, admin, fourth.id, r101.id, MAR1)


def test_overlapping_stays_of_one_member_are_refused_naming_the_dates(
    db, admin, hana
):
    r101, r102 = room(db, admin, "101"), room(db, admin, "102")
    rooms.assign(db, admin, hana.id, r101.id, JAN1, end_on=MAR1)
    before = snapshot(db, admin)
    with pytest.raises(ConflictError) as info:
        rooms.assign(db, admin, hana.id, r102.id, FEB1)
    message = info.value.message
    assert "2025-01-01" in message and "2025-03-01" in message and "2025-02-01" in message
    assert snapshot(db, admin) == before
    # a second open stay is an overlap too
    rooms.assign(db, admin, hana.id, r102.id, MAR1)
    with pytest.raises(ConflictError):
        rooms.assign(db, admin, hana.id, r101.id, APR1)


def test_an_end_before_the_start_is_refused_naming_both_dates(db, admin, hana):
    r101 = room(db, admin, "101")
    with pytest.raises(ValidationError) as info:
        rooms.assign(db, admin, hana.id, r101.id, MAR1, end_on=FEB1)
    assert info.value.field == "end_on"
    assert "2025-03-01" in info.value.message and "2025-02-01" in info.value.message
    with pytest.raises(ValidationError):
        rooms.assign(db, admin, hana.id, r101.id, MAR1, end_on=MAR1)
    rooms.assign(db, admin, hana.id, r101.id, MAR1)
    before = snapshot(db, admin)
    with pytest.raises(ValidationError, match="2025-02-01.*2025-03-01"):
        rooms.move_out(db, admin, hana.id, FEB1)
    assert snapshot(db, admin) == before


def test_one_bed_is_not_given_to_two_people_at_once(db, admin, hana, somang):
    r101 = room(db, admin, "101", capacity=2)
    rooms.assign(db, admin, hana.id, r101.id, JAN1, bed_label="A")
    before = snapshot(db, admin)
    with pytest.raises(ConflictError, match="Bed A.*101"):
        rooms.assign(db, admin, somang.id, r101.id, FEB1, bed_label=" A ")
    assert snapshot(db, admin) == before
    assert rooms.assign(db, admin, somang.id, r101.id, FEB1, bed_label="B").bed_label == "B"


def test_a_bed_label_can_be_reused_after_she_left_it(db, admin, hana, somang):
    r101 = room(db, admin, "101", capacity=2)
    rooms.assign(db, admin, hana.id, r101.id, JAN1, bed_label="A", end_on=FEB1)
    assert rooms.assign(db, admin, somang.id, r101.id, FEB1, bed_label="A").bed_label == "A"


def test_capacity_cannot_go_below_the_people_in_the_room(db, admin, hana, somang):
    r101 = room(db, admin, "101", capacity=3)
    rooms.assign(db, admin, hana.id, r101.id, JAN1)
    rooms.assign(db, admin, somang.id, r101.id, JAN1)
    before = snapshot(db, admin)
    with pytest.raises(ConflictError) as info:
        rooms.update_room(db, admin, r101.id, name="101", floor=1, capacity=1, active=True)
    assert "101" in info.value.message and "2" in info.value.message
    assert snapshot(db, admin) == before
    assert rooms.update_room(db, admin, r101.id, name="101", floor=1, capacity=2,
                             active=True).capacity == 2


def test_capacity_cannot_go_below_people_booked_for_later(db, admin, hana, somang):
    later = TODAY + timedelta(days=30)
    r101 = room(db, admin, "101", capacity=2)
    rooms.assign(db, admin, hana.id, r101.id, later)
    rooms.assign(db, admin, somang.id, r101.id, later)
    with pytest.raises(ConflictError, match=later.isoformat()):
        rooms.update_room(db, admin, r101.id, name="101", floor=1, capacity=1, active=True)


def test_a_room_with_people_cannot_be_closed(db, admin, hana):
    r101 = room(db, admin, "101")
    rooms.assign(db, admin, hana.id, r101.id, JAN1)
    before = snapshot(db, admin)
    with pytest.raises(ConflictError, match="101"):
        rooms.update_room(db, admin, r101.id, name="101", floor=1, capacity=2, active=False)
    assert snapshot(db, admin) == before


def test_a_room_with_someone_staying_until_a_set_day_cannot_be_closed(db, admin, hana):
    r101 = room(db, admin, "101")
    rooms.assign(db, admin, hana.id, r101.id, JAN1,
                 end_on=TODAY + timedelta(days=10))
    with pytest.raises(ConflictError, match="101"):
        rooms.update_room(db, admin, r101.id, name="101", floor=1, capacity=2, active=False)
    assert rooms.list_rooms(db, admin)[0].active is True


def test_a_closed_room_takes_nobody_and_leaves_the_board_but_not_history(
    db, admin, hana, somang
):
    r101, r102 = room(db, admin, "101"), room(db, admin, "102")
    rooms.assign(db, admin, hana.id, r101.id, JAN1, end_on=FEB1)
    closed = rooms.update_room(db, admin, r101.id, name="101", floor=1, capacity=2,
                               active=False)
    assert closed.active is False
    with pytest.raises(ConflictError, match="101"):
        rooms.assign(db, admin, somang.id, r101.id, MAR1)
    assert [o.room.name for o in rooms.board(db, admin, MAR1)] == ["102"]
    assert who_is_where(db, admin, date(2025, 1, 10)) == {"101": ["김하나"], "102": []}
    assert [r.name for r in rooms.list_rooms(db, admin, include_inactive=False)] == ["102"]
    assert r102.active


def test_room_changes_are_audited(db, admin, hana):
    r101, r102 = room(db, admin, "101"), room(db, admin, "102")
    rooms.assign(db, admin, hana.id, r101.id, JAN1)
    rooms.move(db, admin, hana.id, r102.id, FEB1)
    rooms.move_out(db, admin, hana.id, MAR1)
    rooms.update_room(db, admin, r101.id, name="101", floor=3, capacity=2, active=True)
    with db.transaction() as s:
        rows = list(s.scalars(select(AuditEntry).where(
            AuditEntry.entity.in_(["room", "assignment"])).order_by(AuditEntry.id)))
    assert [r.action for r in rows] == ["room.create", "room.create", "assignment.create",
                                        "assignment.move", "assignment.end", "room.update"]
    assert rows[-1].detail == "floor"
    assert all(r.member_id == hana.id for r in rows[2:5])


# --- a planned move-out date ------------------------------------------------------------

JUL1, AUG1 = date(2025, 7, 1), date(2025, 8, 1)  # after TODAY (2025-06-10)


def test_a_stay_with_a_planned_move_out_can_still_be_moved(db, admin, hana):
    r101, r102 = room(db, admin, "101"), room(db, admin, "102")
    rooms.assign(db, admin, hana.id, r101.id, JAN1, end_on=AUG1)
    moved = rooms.move(db, admin, hana.id, r102.id, JUL1)
    assert (moved.room_name, moved.start_on, moved.end_on) == ("102", JUL1, AUG1)
    assert [(a.room_name, a.start_on, a.end_on)
            for a in rooms.room_history(db, admin, hana.id)] == [
        ("102", JUL1, AUG1), ("101", JAN1, JUL1)]
    with pytest.raises(ValidationError) as info:
        rooms.move(db, admin, hana.id, r101.id, AUG1)  # the day she leaves
    assert info.value.field == "on" and "2025-08-01" in info.value.message


def test_a_planned_move_out_can_come_earlier_later_or_be_cancelled(db, admin, hana):
    r101 = room(db, admin, "101")
    stay = rooms.assign(db, admin, hana.id, r101.id, JAN1, end_on=JUL1)
    assert rooms.move_out(db, admin, hana.id, date(2025, 6, 20)).end_on == date(2025, 6, 20)
    assert rooms.change_end(db, admin, stay.id, AUG1).end_on == AUG1
    assert rooms.change_end(db, admin, stay.id, None).end_on is None
    assert rooms.room_of(db, admin, hana.id, date(2026, 1, 1)) is not None
    assert rooms.change_end(db, admin, stay.id, JUL1).end_on == JUL1
    with pytest.raises(ValidationError) as info:
        rooms.change_end(db, admin, stay.id, date(2024, 12, 1))
    assert info.value.field == "end_on"


def test_staying_longer_is_checked_like_a_new_stay(db, admin, hana, somang):
    r101 = room(db, admin, "101", capacity=1)
    stay = rooms.assign(db, admin, hana.id, r101.id, JAN1, end_on=JUL1)
    rooms.assign(db, admin, somang.id, r101.id, JUL1)  # her bed is given on
    before = snapshot(db, admin)
    with pytest.raises(ConflictError, match="Room 101 is full on 2025-07-01"):
        rooms.change_end(db, admin, stay.id, date(2025, 7, 15))
    with pytest.raises(ConflictError, match="Room 101 is full"):
        rooms.change_end(db, admin, stay.id, None)
    assert snapshot(db, admin) == before
    # ending earlier needs no bed
    assert rooms.change_end(db, admin, stay.id, date(2025, 6, 20)).end_on == date(2025, 6, 20)


def test_staying_into_her_next_stay_is_refused(db, admin, hana):
    r101, r102 = room(db, admin, "101"), room(db, admin, "102")
    stay = rooms.assign(db, admin, hana.id, r101.id, JAN1, end_on=JUL1)
    rooms.assign(db, admin, hana.id, r102.id, AUG1)
    with pytest.raises(ConflictError, match="booked into room 102 from 2025-08-01"):
        rooms.change_end(db, admin, stay.id, None)


def test_a_past_stay_is_not_changed(db, admin, hana):
    r101 = room(db, admin, "101")
    stay = rooms.assign(db, admin, hana.id, r101.id, JAN1, end_on=FEB1)
    with pytest.raises(ConflictError, match="2025-02-01"):
        rooms.change_end(db, admin, stay.id, MAR1)
    with pytest.raises(NotFound):
        rooms.change_end(db, admin, 999, MAR1)
    with db.transaction() as s:
        actions = list(s.scalars(select(AuditEntry.action)
                                 .where(AuditEntry.entity == "assignment")))
    assert actions == ["assignment.create"]
