"""Events and attendance: people = members + guests + children; a member's events; the
yearly table; the largest retreat of a year."""

from __future__ import annotations

from datetime import date

import pytest

from safehouse.errors import NotFound, ValidationError, ValidationErrors
from safehouse.services import events, members
from safehouse.services.dto.community import EventInput
from safehouse.services.dto.people import MemberInput


def crowd(db, admin, n: int) -> list[int]:
    return [members.create_member(db, admin, MemberInput(
        name=f"김하나 {i}", status="active", joined_on=date(2024, 1, 1))).id
        for i in range(n)]


RETREAT = EventInput(kind="retreat", name="여름 수련회", starts_on=date(2025, 7, 25),
                     ends_on=date(2025, 7, 27), place="강원도 평창")


def test_a_retreat_with_30_members_4_guests_and_7_children_counts_41(db, admin):
    people = crowd(db, admin, 30)
    made = events.save_event(db, admin, RETREAT)
    detail = events.set_attendance(db, admin, made.summary.id, people, guests=4, children=7)
    assert (detail.summary.members, detail.summary.guests, detail.summary.children) == (
        30, 4, 7)
    assert detail.summary.people == 41
    assert events.list_events(db, admin, year=2025)[0].people == 41
    assert events.largest_retreat(db, admin, 2025) == detail.summary


def test_attendance_is_replaced_and_a_member_sees_the_events_she_came_to(db, admin):
    a, b, c = crowd(db, admin, 3)
    retreat = events.save_event(db, admin, RETREAT).summary.id
    worship = events.save_event(db, admin, EventInput(
        kind="worship", name="성탄 예배", starts_on=date(2025, 12, 25))).summary
    assert worship.ends_on == worship.starts_on  # one day
    events.set_attendance(db, admin, retreat, [a, b], guests=0, children=0)
    events.set_attendance(db, admin, worship.id, [a], guests=2, children=1)
    again = events.set_attendance(db, admin, retreat, [b, c], guests=1, children=0)
    assert {m.id for m in again.attendees} == {b, c}
    assert [e.id for e in events.events_of_member(db, admin, a)] == [worship.id]
    assert [e.name for e in events.events_of_member(db, admin, b)] == ["여름 수련회"]


def test_the_yearly_table_and_the_largest_retreat_of_each_year(db, admin):
    people = crowd(db, admin, 6)
    small = events.save_event(db, admin, RETREAT).summary.id
    big = events.save_event(db, admin, EventInput(
        kind="retreat", name="가을 수련회", starts_on=date(2025, 10, 3))).summary.id
    party = events.save_event(db, admin, EventInput(
        kind="celebration", name="추석 잔치", starts_on=date(2025, 9, 17))).summary.id
    old = events.save_event(db, admin, EventInput(
        kind="retreat", name="2024 수련회", starts_on=date(2024, 8, 1))).summary.id
    events.set_attendance(db, admin, small, people[:2], guests=1, children=0)  # 3
    events.set_attendance(db, admin, big, people[:3], guests=0, children=2)  # 5
    events.set_attendance(db, admin, party, people, guests=10, children=10)  # 26
    events.set_attendance(db, admin, old, people[4:], guests=0, children=0)  # 2
    largest = events.largest_retreat(db, admin, 2025)
    assert largest is not None and largest.id == big and largest.people == 5
    table = events.yearly_table(db, admin)
    assert [(y.year, y.events, y.retreats, y.people, y.members) for y in table] == [
        (2025, 3, 2, 34, 6), (2024, 1, 1, 2, 2)]
    assert table[0].largest_retreat is not None and table[0].largest_retreat.id == big
    assert events.largest_retreat(db, admin, 2023) is None


@pytest.mark.parametrize(("data", "field"), [
    (EventInput(kind="picnic", name="소풍", starts_on=date(2025, 5, 5)), "kind"),
    (EventInput(kind="gathering", name="  ", starts_on=date(2025, 5, 5)), "name"),
    (EventInput(kind="gathering", name="모임", starts_on=date(2025, 5, 5),
                ends_on=date(2025, 5, 4)), "ends_on"),
])
def test_an_event_that_makes_no_sense_is_refused_on_its_field(db, admin, data, field):
    with pytest.raises(ValidationError) as info:
        events.save_event(db, admin, data)
    assert info.value.field == field
    assert events.list_events(db, admin) == []


def test_counts_below_zero_or_a_removed_member_are_refused(db, admin):
    (a,) = crowd(db, admin, 1)
    event = events.save_event(db, admin, RETREAT).summary.id
    with pytest.raises((ValidationError, ValidationErrors)):
        events.set_attendance(db, admin, event, [a], guests=-1, children=0)
    with pytest.raises(NotFound):
        events.set_attendance(db, admin, event, [a, a + 999], guests=0, children=0)
    assert events.get_event(db, admin, event).attendees == ()


def test_removing_an_event_removes_its_attendance(db, admin):
    (a,) = crowd(db, admin, 1)
    event = events.save_event(db, admin, RETREAT).summary.id
    events.set_attendance(db, admin, event, [a], guests=0, children=0)
    events.delete_event(db, admin, event)
    assert events.events_of_member(db, admin, a) == []
    with pytest.raises(NotFound):
        events.get_event(db, admin, event)
