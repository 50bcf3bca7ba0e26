"""Membership periods: a member who leaves and comes back keeps both stays; "active on a
day" and "community size on a day" are answered from the periods, by one rule, wherever
they are asked; periods never overlap; the members CSV carries the latest period."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from safehouse.errors import ValidationError
from safehouse.models import Member
from safehouse.services import dashboard, member_csv, members, membership, purge, rooms
from safehouse.services.dto.people import MemberInput, MembershipPeriod
from safehouse.services.reading import Read
from tests.services.test_members import state

HANA = MemberInput(name="김하나", status="active", joined_on=date(2024, 3, 1))
SOMANG = MemberInput(name="Park Somang", status="active", joined_on=date(2024, 1, 10))


def left_and_came_back(db, admin) -> int:
    """Hana: in the community 2024-03-01 to 2024-08-01, and again from 2025-01-01."""
    m = members.create_member(db, admin, HANA)
    members.set_status(db, admin, m.id, "alumni", on=date(2024, 8, 1))
    members.set_status(db, admin, m.id, "active", on=date(2025, 1, 1))
    return m.id


# --- a member who left and came back ----------------------------------------------------


def test_a_member_who_left_and_came_back_keeps_both_periods(db, admin):
    hana = left_and_came_back(db, admin)
    detail = members.get_member(db, admin, hana, purpose=Read.OPEN)
    assert detail.periods == (
        MembershipPeriod(date(2024, 3, 1), date(2024, 8, 1), "alumni"),
        MembershipPeriod(date(2025, 1, 1), None, None),
    )
    assert (detail.status, detail.joined_on, detail.left_on) == (
        "active", date(2025, 1, 1), None)


@pytest.mark.parametrize(("day", "counted"), [
    (date(2024, 2, 29), False),  # before she first joined
    (date(2024, 3, 1), True),  # her first day
    (date(2024, 5, 15), True),  # inside the first period
    (date(2024, 8, 1), True),  # her last day, included
    (date(2024, 8, 2), False),  # gone
    (date(2024, 11, 20), False),  # between the periods
    (date(2024, 12, 31), False),
    (date(2025, 1, 1), True),  # back
    (date(2025, 6, 1), True),  # inside the open period
])
def test_she_is_counted_on_a_day_inside_each_period_and_not_between(db, admin, day, counted):
    hana = left_and_came_back(db, admin)
    members.create_member(db, admin, SOMANG)  # in the community all along
    assert membership.is_active_on(db, admin, hana, day) is counted
    assert membership.community_size(db, admin, day) == 1 + counted
    assert dashboard.figures(db, admin, on=day).active_members == 1 + counted
    can_have_a_bed = {m.id for m in rooms.members_without_room(db, admin, on=day)}
    assert (hana in can_have_a_bed) is counted


def test_the_sql_rule_and_the_python_rule_agree(db, admin):
    hana = left_and_came_back(db, admin)
    periods = members.get_member(db, admin, hana, purpose=Read.OPEN).periods
    for day in (date(2024, 2, 29), date(2024, 3, 1), date(2024, 8, 1), date(2024, 8, 2),
                date(2025, 1, 1), date(2030, 1, 1)):
        in_hand = any(membership.covers(p.start_on, p.end_on, day) for p in periods)
        with db.transaction() as s:
            in_sql = s.scalar(select(Member.id).where(membership.active_on(day)))
        assert in_hand is (in_sql == hana) is membership.is_active_on(db, admin, hana, day)


# --- overlaps are refused, naming the field ---------------------------------------------


def test_coming_back_within_her_last_period_is_refused_naming_the_field(db, admin):
    m = members.create_member(db, admin, HANA)
    members.set_status(db, admin, m.id, "exited", on=date(2024, 8, 1))
    before = state(db, admin)
    with pytest.raises(ValidationError) as info:
        members.set_status(db, admin, m.id, "active", on=date(2024, 8, 1))
    assert info.value.field == "joined_on"
    assert "2024-03-01" in info.value.message and "2024-08-01" in info.value.message
    assert "2024-08-02" in info.value.message  # the first day she can come back
    assert state(db, admin) == before


def test_moving_the_latest_period_onto_the_earlier_one_is_refused(db, admin):
    hana = left_and_came_back(db, admin)
    before = state(db, admin)
    with pytest.raises(ValidationError) as info:
        members.update_member(db, admin, hana, MemberInput(
            name="김하나", status="active", joined_on=date(2024, 7, 1)))
    assert info.value.field == "joined_on"
    assert "2024-08-01" in info.value.message
    assert state(db, admin) == before


def test_the_form_corrects_the_latest_period_and_leaves_the_earlier_alone(db, admin):
    hana = left_and_came_back(db, admin)
    after = members.update_member(db, admin, hana, MemberInput(
        name="김하나", status="active", joined_on=date(2024, 12, 15)))
    assert after.periods == (
        MembershipPeriod(date(2024, 3, 1), date(2024, 8, 1), "alumni"),
        MembershipPeriod(date(2024, 12, 15)),
    )


def test_undoing_a_leaving_in_the_form_reopens_the_period_rather_than_adding_one(db, admin):
    m = members.create_member(db, admin, HANA)
    members.set_status(db, admin, m.id, "alumni", on=date(2024, 8, 1))
    after = members.update_member(db, admin, m.id, HANA)
    assert after.periods == (MembershipPeriod(date(2024, 3, 1)),)


# --- status changes ---------------------------------------------------------------------


def test_leaving_ends_her_period_and_her_room_stay_on_her_last_day(db, admin):
    m = members.create_member(db, admin, HANA)
    room = rooms.create_room(db, admin, name="101", floor=1, capacity=1)
    rooms.assign(db, admin, m.id, room.id, date(2024, 3, 1))
    after = members.set_status(db, admin, m.id, "exited", on=date(2024, 8, 1))
    assert after.periods == (MembershipPeriod(date(2024, 3, 1), date(2024, 8, 1), "exited"),)
    [stay] = rooms.room_history(db, admin, m.id)
    assert stay.end_on == date(2024, 8, 1)


def test_alumni_to_exited_keeps_her_leaving_date_and_changes_how_it_ended(db, admin):
    m = members.create_member(db, admin, HANA)
    members.set_status(db, admin, m.id, "alumni", on=date(2024, 8, 1))
    after = members.set_status(db, admin, m.id, "exited", on=date(2025, 1, 1))
    assert after.periods == (MembershipPeriod(date(2024, 3, 1), date(2024, 8, 1), "exited"),)


def test_back_to_enquiry_removes_an_open_period_but_keeps_ended_ones(db, admin):
    hana = left_and_came_back(db, admin)
    after = members.set_status(db, admin, hana, "enquiry", on=date(2025, 2, 1))
    assert after.periods == (MembershipPeriod(date(2024, 3, 1), date(2024, 8, 1), "alumni"),)
    assert not membership.is_active_on(db, admin, hana, date(2025, 1, 15))
    again = members.set_status(db, admin, hana, "active", on=date(2025, 3, 1))
    assert len(again.periods) == 2 and again.joined_on == date(2025, 3, 1)


def test_an_enquiry_who_leaves_without_joining_keeps_her_leaving_day(db, admin):
    m = members.create_member(db, admin, MemberInput(name="Park Somang"))
    after = members.set_status(db, admin, m.id, "exited", on=date(2025, 1, 1))
    assert after.periods == (MembershipPeriod(date(2025, 1, 1), date(2025, 1, 1), "exited"),)


def test_an_enquiry_with_an_open_period_is_refused_naming_the_joining_date(db, admin):
    with pytest.raises(ValidationError) as info:
        members.create_member(db, admin, MemberInput(name="Park Somang", status="enquiry",
                                                     joined_on=date(2025, 1, 1)))
    assert info.value.field == "joined_on"


# --- retention, CSV ---------------------------------------------------------------------


def test_retention_counts_from_the_end_of_her_latest_period(db, admin):
    hana = left_and_came_back(db, admin)
    members.set_status(db, admin, hana, "alumni", on=date(2025, 6, 30))
    found = purge.retention_candidates(db, admin, 1, on=date(2026, 7, 1))
    assert [(c.code, c.left_on) for c in found] == [("M-0001", date(2025, 6, 30))]
    assert purge.retention_candidates(db, admin, 1, on=date(2026, 6, 30)) == []


def test_csv_round_trip_keeps_the_latest_period_and_the_earlier_ones(db, admin):
    hana = left_and_came_back(db, admin)
    exported = member_csv.export_members(db, admin).data
    row = exported.decode("utf-8-sig").splitlines()[1]
    assert ",active,2025-01-01,," in row
    result = member_csv.import_members(db, admin, exported)
    assert not result.problems and result.updated == 0
    assert members.get_member(db, admin, hana, purpose=Read.OPEN).periods == (
        MembershipPeriod(date(2024, 3, 1), date(2024, 8, 1), "alumni"),
        MembershipPeriod(date(2025, 1, 1)),
    )
    assert member_csv.export_members(db, admin).data == exported


HEADER = "code,name,alias,sex,birth_year,status,joined_on,left_on,referred_by"


def test_importing_a_come_back_adds_a_period(db, admin):
    m = members.create_member(db, admin, HANA)
    members.set_status(db, admin, m.id, "exited", on=date(2024, 8, 1))
    data = f"{HEADER}\nM-0001,김하나,,,,active,2025-01-01,,\n".encode()
    result = member_csv.import_members(db, admin, data)
    assert not result.problems and result.updated == 1
    assert members.get_member(db, admin, m.id, purpose=Read.OPEN).periods == (
        MembershipPeriod(date(2024, 3, 1), date(2024, 8, 1), "exited"),
        MembershipPeriod(date(2025, 1, 1)),
    )


def test_importing_an_overlap_is_refused_on_its_line_and_column(db, admin):
    left_and_came_back(db, admin)
    before = state(db, admin)
    data = f"{HEADER}\nM-0001,김하나,,,,active,2024-07-01,,\n".encode()
    result = member_csv.import_members(db, admin, data)
    assert [(p.line, p.column) for p in result.problems] == [(2, "joined_on")]
    assert "2024-08-01" in result.problems[0].reason
    assert state(db, admin) == before
