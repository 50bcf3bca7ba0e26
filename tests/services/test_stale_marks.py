"""Two workstations, one record, for the changes that are not a form's save: a member's
status, a session's attendance mark and its cancelling, a care-plan goal's update.
Each takes the record as the person saw it (``read=``); based on an older version it is
refused (``StaleRecord``) and nothing is written; based on the version now it goes
through. Run on SQLite, and on PostgreSQL when SAFEHOUSE_TEST_PG_URL is set."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from safehouse.errors import FieldChange, NotFound, StaleRecord
from safehouse.services import care_plans, members, session_marks, session_removal, sessions
from safehouse.services.dto.care_plans import GoalInput, UpdateInput
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from tests.services.counseling_fixtures import house

HANA = MemberInput(name="김하나", alias="Hana", status="active", joined_on=date(2024, 3, 1))


def test_a_status_change_based_on_an_older_version_is_refused(db, admin, on_day):
    on_day(date(2026, 3, 2))
    made = members.create_member(db, admin, HANA)
    mine = members.get_member(db, admin, made.id, purpose=Read.REFRESH)
    theirs = members.get_member(db, admin, made.id, purpose=Read.REFRESH)
    left = members.set_status(db, admin, made.id, "alumni", date(2026, 3, 1), read=theirs)
    assert (left.status, left.version) == ("alumni", 2)
    with pytest.raises(StaleRecord) as refused:
        members.set_status(db, admin, made.id, "exited", date(2026, 3, 2), read=mine)
    assert FieldChange("status", "alumni") in refused.value.changes
    assert refused.value.current == left
    assert members.get_member(db, admin, made.id, purpose=Read.REFRESH) == left
    # based on what is saved now: done
    exited = members.set_status(db, admin, made.id, "exited", date(2026, 3, 1),
                                read=refused.value.current)
    assert (exited.status, exited.version) == ("exited", 3)


def test_a_status_change_after_an_edit_of_the_form_is_refused(db, admin):
    made = members.create_member(db, admin, HANA)
    members.update_member(db, admin, made.id, MemberInput(
        name="김하나", alias="하나", status="active", joined_on=date(2024, 3, 1)), read=made)
    with pytest.raises(StaleRecord) as refused:
        members.set_status(db, admin, made.id, "alumni", read=made)
    assert refused.value.fields == ("alias",)
    assert members.get_member(db, admin, made.id, purpose=Read.REFRESH).status == "active"


def test_an_attendance_mark_based_on_an_older_version_is_refused(db, admin, on_day):
    on_day(date(2026, 3, 4))
    h = house(db, admin)
    booked = sessions.book(db, admin, h.session(datetime(2026, 3, 3, 10))).sessions[0]
    held = session_marks.mark(db, admin, booked.id, "completed", read=booked)
    assert (held.status, held.version) == ("completed", 2)
    with pytest.raises(StaleRecord) as refused:
        session_marks.mark(db, admin, booked.id, "no_show", read=booked)
    assert refused.value.changes == (FieldChange("status", "completed"),)
    assert refused.value.current == held
    assert sessions.session(db, admin, booked.id) == held
    again = session_marks.mark(db, admin, booked.id, "no_show", read=held)
    assert (again.status, again.version) == ("no_show", 3)


def test_a_mark_after_the_session_was_moved_is_refused(db, admin, on_day):
    on_day(date(2026, 3, 4))
    h = house(db, admin)
    booked = sessions.book(db, admin, h.session(datetime(2026, 3, 3, 10))).sessions[0]
    from safehouse.services import session_edits

    moved = session_edits.move(db, admin, booked.id, datetime(2026, 3, 3, 14), read=booked)
    with pytest.raises(StaleRecord) as refused:
        session_marks.mark(db, admin, booked.id, "completed", read=booked)
    assert refused.value.fields == ("start",)
    assert sessions.session(db, admin, booked.id) == moved


def test_cancelling_based_on_an_older_version_is_refused(db, admin, on_day):
    on_day(date(2026, 3, 2))
    h = house(db, admin)
    booked = sessions.book(db, admin, h.session(datetime(2026, 3, 3, 10))).sessions[0]
    marked = session_marks.mark(db, admin, booked.id, "completed", read=booked)
    with pytest.raises(StaleRecord) as refused:
        session_removal.cancel(db, admin, booked.id, "member", read=booked)
    assert refused.value.changes == (FieldChange("status", "completed"),)
    assert sessions.session(db, admin, booked.id) == marked
    back = session_marks.mark(db, admin, booked.id, "scheduled", read=marked)
    assert session_removal.cancel(db, admin, booked.id, "member", read=back) == [booked.id]
    assert sessions.session(db, admin, booked.id).status == "cancelled"


def test_a_goal_update_based_on_an_older_version_is_refused(db, admin):
    member = members.create_member(db, admin, HANA)
    goal = care_plans.add_goal(db, admin, member.id, GoalInput(area="work", text="일자리"))
    care_plans.add_update(db, admin, goal.id, UpdateInput(day=goal.created_on,
                                                          status="in_progress"), read=goal)
    after = care_plans.member_plan(db, admin, member.id, purpose=Read.REFRESH).goals[0]
    assert (after.status, after.version, len(after.updates)) == ("in_progress", 2, 1)
    with pytest.raises(StaleRecord) as refused:
        care_plans.add_update(db, admin, goal.id,
                              UpdateInput(day=goal.created_on, status="set_aside"), read=goal)
    assert refused.value.changes == (FieldChange("status", "in_progress"),)
    assert refused.value.current == after
    plan = care_plans.member_plan(db, admin, member.id, purpose=Read.REFRESH)
    assert plan.goals == (after,)  # no second update, the status unchanged
    care_plans.add_update(db, admin, goal.id,
                          UpdateInput(day=goal.created_on, status="set_aside"),
                          read=refused.value.current)
    now = care_plans.member_plan(db, admin, member.id, purpose=Read.REFRESH).goals[0]
    assert (now.status, now.version, len(now.updates)) == ("set_aside", 3, 2)


def test_a_goal_update_after_an_edit_of_the_goal_is_refused(db, admin):
    member = members.create_member(db, admin, HANA)
    goal = care_plans.add_goal(db, admin, member.id, GoalInput(area="work", text="일자리"))
    care_plans.edit_goal(db, admin, goal.id, GoalInput(area="work", text="일자리 찾기"),
                         read=goal)
    with pytest.raises(StaleRecord) as refused:
        care_plans.add_update(db, admin, goal.id,
                              UpdateInput(day=goal.created_on, status="in_progress"),
                              read=goal)
    assert refused.value.fields == ("text",)
    plan = care_plans.member_plan(db, admin, member.id, purpose=Read.REFRESH)
    assert plan.goals[0].updates == () and plan.goals[0].status == "not_started"


def test_deleting_based_on_an_older_version_is_refused(db, admin, on_day):
    on_day(date(2026, 3, 2))
    h = house(db, admin)
    booked = sessions.book(db, admin, h.session(datetime(2026, 3, 3, 10))).sessions[0]
    from safehouse.services import session_edits

    moved = session_edits.move(db, admin, booked.id, datetime(2026, 3, 3, 14), read=booked)
    with pytest.raises(StaleRecord) as refused:
        session_removal.delete(db, admin, booked.id, read=booked)
    assert refused.value.fields == ("start",)
    assert refused.value.current == moved
    assert sessions.session(db, admin, booked.id) == moved  # nothing deleted
    assert session_removal.delete(db, admin, booked.id, read=moved) == [booked.id]
    with pytest.raises(NotFound):
        sessions.session(db, admin, booked.id)
