"""Two workstations, one record: each reads a member, a room, a care-plan goal or a
session; the first save goes through, the second (based on the version read before
it) is refused with what changed, and nothing of it is written. Reading again (or
putting one's own changes over the new version) saves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from safehouse.errors import ConflictError, FieldChange, StaleRecord
from safehouse.services import care_plans, members, rooms, session_edits, sessions
from safehouse.services.dto.care_plans import GoalInput
from safehouse.services.dto.counseling import SessionChange
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from tests.services.counseling_fixtures import house

HANA = MemberInput(name="김하나", alias="Hana", status="active", joined_on=date(2024, 3, 1),
                   phone="010-0000-0000")


def test_the_second_save_of_a_member_is_refused_with_what_changed(db, admin):
    made = members.create_member(db, admin, HANA)
    assert made.version == 1
    mine = members.get_member(db, admin, made.id, purpose=Read.REFRESH)
    theirs = members.get_member(db, admin, made.id, purpose=Read.REFRESH)
    saved = members.update_member(db, admin, made.id,
                                  replace(theirs.to_input(), alias="하나", birth_year=1990),
                                  read=theirs)
    assert saved.version == 2
    with pytest.raises(StaleRecord) as refused:
        members.update_member(db, admin, made.id, replace(mine.to_input(), phone="010-1"),
                              read=mine)
    assert refused.value.changes == (FieldChange("alias", "하나"),
                                     FieldChange("birth_year", 1990))
    assert "alias" in refused.value.message and "birth year" in refused.value.message
    assert refused.value.current == saved
    now = members.get_member(db, admin, made.id, purpose=Read.REFRESH)
    assert now == saved  # nothing of the refused save
    # my change put over theirs, based on the new version: saved
    again = members.update_member(db, admin, made.id, replace(now.to_input(), phone="010-1"),
                                  read=refused.value.current)
    assert (again.alias, again.phone, again.version) == ("하나", "010-1", 3)


def test_a_change_of_the_periods_only_counts_as_a_new_version(db, admin):
    made = members.create_member(db, admin, HANA)
    read = members.get_member(db, admin, made.id, purpose=Read.REFRESH)
    moved = members.update_member(db, admin, made.id,
                                  replace(read.to_input(), joined_on=date(2024, 4, 1)),
                                  read=read)
    assert moved.version == 2
    with pytest.raises(StaleRecord) as refused:
        members.update_member(db, admin, made.id, replace(read.to_input(), alias="H"),
                              read=read)
    assert refused.value.fields == ("joined_on",)


def test_a_save_without_a_read_version_is_not_checked(db, admin):
    made = members.create_member(db, admin, HANA)
    members.update_member(db, admin, made.id, replace(HANA, alias="A"))
    after = members.update_member(db, admin, made.id, replace(HANA, alias="B"))
    assert (after.alias, after.version) == ("B", 3)


def test_fields_the_role_may_not_see_are_never_listed(db, admin):
    from safehouse.services.dto.accounts import Actor
    from safehouse.services.members import _seen

    made = members.create_member(db, admin, HANA)
    staff = Actor(id=admin.id, username="s", display_name="s", role="staff")
    assert "phone" not in _seen(made, staff) and "notes" not in _seen(made, staff)
    assert {"phone", "notes"} <= set(_seen(made, admin))


def test_the_second_save_of_a_room_is_refused(db, admin):
    room = rooms.create_room(db, admin, name="Room 1", floor=1, capacity=2)
    saved = rooms.update_room(db, admin, room.id, name="Room 1", floor=2, capacity=3,
                              active=True, read=room)
    assert saved.version == 2
    with pytest.raises(StaleRecord) as refused:
        rooms.update_room(db, admin, room.id, name="Blue room", floor=1, capacity=2,
                          active=True, read=room)
    assert refused.value.changes == (FieldChange("floor", 2), FieldChange("capacity", 3))
    assert refused.value.current == saved
    assert rooms.list_rooms(db, admin) == [saved]
    again = rooms.update_room(db, admin, room.id, name="Blue room", floor=2, capacity=3,
                              active=True, read=refused.value.current)
    assert (again.name, again.version) == ("Blue room", 3)


def test_the_second_save_of_a_care_plan_goal_is_refused(db, admin):
    member = members.create_member(db, admin, HANA)
    goal = care_plans.add_goal(db, admin, member.id, GoalInput(area="work", text="일자리"))
    saved = care_plans.edit_goal(db, admin, goal.id,
                                 GoalInput(area="work", text="일자리 찾기"), read=goal)
    with pytest.raises(StaleRecord) as refused:
        care_plans.edit_goal(db, admin, goal.id,
                             GoalInput(area="education", text="일자리"), read=goal)
    assert refused.value.changes == (FieldChange("text", "일자리 찾기"),)
    plan = care_plans.member_plan(db, admin, member.id, purpose=Read.REFRESH)
    assert plan.goals == (saved,)
    assert saved.version == 2


def test_an_update_of_a_goal_makes_a_new_version_of_it(db, admin):
    from safehouse.services.dto.care_plans import UpdateInput

    member = members.create_member(db, admin, HANA)
    goal = care_plans.add_goal(db, admin, member.id, GoalInput(area="work", text="일자리"))
    care_plans.add_update(db, admin, goal.id, UpdateInput(day=goal.created_on,
                                                          status="in_progress"))
    with pytest.raises(StaleRecord) as refused:
        care_plans.edit_goal(db, admin, goal.id, GoalInput(area="work", text="일"),
                             read=goal)
    assert refused.value.changes == (FieldChange("status", "in_progress"),)


def test_the_second_change_of_a_session_is_refused(db, admin, on_day):
    on_day(date(2026, 3, 2))
    h = house(db, admin)
    booked = sessions.book(db, admin, h.session(datetime(2026, 3, 3, 10))).sessions[0]
    first = session_edits.change(db, admin, booked.id,
                                 SessionChange(member_ids=(h.hana, h.somang)),
                                 read=booked)
    assert first[0].version == 2  # participants only: a new version all the same
    with pytest.raises(StaleRecord) as refused:
        session_edits.change(db, admin, booked.id, SessionChange(duration_minutes=90),
                             read=booked)
    assert refused.value.fields == ("participants",)
    assert sessions.session(db, admin, booked.id) == first[0]
    with pytest.raises(StaleRecord):
        session_edits.move(db, admin, booked.id, datetime(2026, 3, 3, 14), read=booked)


def test_a_save_that_slips_past_the_check_is_still_refused(db, admin):
    """The row changed between the read and the write (the check bypassed): the
    UPDATE finds no row of the version read, and the save is refused whole."""
    from safehouse.models import Room

    room = rooms.create_room(db, admin, name="Room 1", floor=1, capacity=2)
    with pytest.raises(ConflictError, match="at the same moment"), db.transaction() as s:
        mine = s.get(Room, room.id)
        assert mine is not None
        rooms.update_room(db, admin, room.id, name="Room 1", floor=3, capacity=2,
                          active=True)
        mine.floor = 2
    assert rooms.list_rooms(db, admin)[0].floor == 3
