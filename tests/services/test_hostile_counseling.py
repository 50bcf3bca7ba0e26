"""Sessions (booking and changing, single and repeating), wellbeing check-ins and
screenings, and care-plan goals and updates fed hostile input (see tests/services/
hostile.py): each value is stored and read back exactly, or refused naming its field
with nothing written."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safehouse import clock
from safehouse.errors import ValidationError
from safehouse.services import care_plans, counselors, members, session_edits, sessions, wellbeing
from safehouse.services.dto.care_plans import AREAS, STATUSES, GoalInput, UpdateInput
from safehouse.services.dto.counseling import (
    CounselorInput,
    Frequency,
    Recurrence,
    SessionChange,
    SessionInput,
)
from safehouse.services.dto.people import MemberInput
from safehouse.services.dto.wellbeing import ResponseInput
from safehouse.services.instruments import INSTRUMENTS
from safehouse.services.reading import Read
from safehouse.services.session_store import KINDS
from tests.services.hostile import (
    assert_storable,
    attempt,
    hostile_date,
    hostile_datetime,
    hostile_int,
    hostile_text,
    snapshot,
)

TODAY = date(2026, 3, 2)
SESSION_FIELDS = {"kind", "members", "duration", "starts_at", "place", "interval", "until",
                  "count", "counselor"}


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), strategy)


recurrences = maybe(st.builds(
    Recurrence, frequency=st.sampled_from(Frequency), interval=hostile_int(),
    until=maybe(hostile_date(TODAY)), count=maybe(hostile_int())))


def people(db, admin):
    member = members.create_member(db, admin, MemberInput(name="김하나"))
    counselor = counselors.save_counselor(db, admin, CounselorInput(name="이상담"))
    return member, counselor


@given(kind=st.one_of(st.sampled_from(KINDS), hostile_text()),
       starts_at=hostile_datetime(TODAY), minutes=hostile_int(), place=hostile_text(),
       rec=recurrences)
def test_a_booking_is_stored_exactly_or_refused(db, admin, on_day, kind, starts_at,
                                                minutes, place, rec):
    on_day(TODAY)
    member, counselor = people(db, admin)
    data = SessionInput(kind=kind, member_ids=(member.id,), counselor_id=counselor.id,
                        starts_at=starts_at, duration_minutes=minutes, place_text=place)
    booked = attempt(db, lambda: sessions.book(db, admin, data, rec,
                                               confirm_warnings=True),
                     fields=SESSION_FIELDS)
    if booked is None:
        return
    first = booked.sessions[0]
    assert first.starts_at == starts_at.replace(tzinfo=clock.zone())
    assert (first.kind, first.duration_minutes, first.place_name) == (kind, minutes,
                                                                      place.strip())
    assert_storable(first.place_name)
    listed = sessions.member_sessions(db, admin, member.id)
    assert {v.id for v in booked.sessions} <= {v.id for v in (*listed.coming,
                                                              *listed.past)}


@given(starts_at=maybe(hostile_datetime(TODAY)), minutes=maybe(hostile_int()),
       place=maybe(hostile_text()), kind=maybe(st.one_of(st.sampled_from(KINDS),
                                                        hostile_text())),
       start_time=maybe(st.times()), rec=recurrences, whole=st.booleans())
def test_a_change_of_a_session_is_stored_exactly_or_refused(db, admin, on_day, starts_at,
                                                            minutes, place, kind,
                                                            start_time, rec, whole):
    on_day(TODAY)
    member, counselor = people(db, admin)
    booked = sessions.book(db, admin, SessionInput(
        kind="individual", member_ids=(member.id,), counselor_id=counselor.id,
        starts_at=datetime.combine(TODAY, time(10)), duration_minutes=60),
        Recurrence(count=3) if whole else None)
    changes = SessionChange(kind=kind, starts_at=starts_at, start_time=start_time,
                            duration_minutes=minutes, place_text=place,
                            recurrence=rec if whole else None)
    scope = session_edits.Scope.ALL if whole else session_edits.Scope.ONE
    changed = attempt(db, lambda: session_edits.change(
        db, admin, booked.sessions[0].id, changes, scope, confirm_warnings=True),
        fields=SESSION_FIELDS | {"start_time", "recurrence"})
    if changed is None:
        return
    for view in changed:
        if kind is not None:
            assert view.kind == kind
        if minutes is not None:
            assert view.duration_minutes == minutes
        if place is not None:
            assert view.place_name == place.strip()
            assert_storable(view.place_name)


@given(instrument=st.one_of(st.sampled_from(sorted(INSTRUMENTS)), hostile_text()),
       taken_on=hostile_date(TODAY),
       answers=st.lists(maybe(hostile_int()), max_size=25).map(tuple),
       fit=st.booleans())
def test_a_response_is_stored_exactly_or_refused(db, admin, on_day, instrument, taken_on,
                                                 answers, fit):
    on_day(TODAY)
    member = members.create_member(db, admin, MemberInput(name="김하나"))
    known = INSTRUMENTS.get(instrument)  # type: ignore[call-overload]
    if fit and known is not None:  # the right number of answers, each possibly wrong
        answers = (answers * 25)[:len(known.items)] if answers else (1,) * len(known.items)
    data = ResponseInput(member_id=member.id, instrument=instrument, taken_on=taken_on,
                         answers=answers)
    recorded = attempt(db, lambda: wellbeing.record_response(db, admin, data))
    if recorded is None:
        return
    (back,) = wellbeing.list_responses(db, admin, member.id, purpose=Read.REFRESH)
    assert (back.taken_on, tuple(back.answers)) == (taken_on, answers)


@given(area=st.one_of(st.sampled_from(AREAS), hostile_text()), text=hostile_text(),
       target=maybe(hostile_date(TODAY)),
       status=st.one_of(st.sampled_from(STATUSES), hostile_text()),
       day=hostile_date(TODAY), note=hostile_text(),
       new_status=maybe(st.one_of(st.sampled_from(STATUSES), hostile_text())))
def test_care_plan_goals_and_updates_are_stored_exactly_or_refused(
        db, admin, on_day, area, text, target, status, day, note, new_status):
    on_day(TODAY)
    member = members.create_member(db, admin, MemberInput(name="김하나"))
    goal = attempt(db, lambda: care_plans.add_goal(db, admin, member.id, GoalInput(
        area=area, text=text, target_on=target, status=status)),
        fields={"area", "text", "target_on", "status"})
    if goal is None:
        goal = care_plans.add_goal(db, admin, member.id, GoalInput(area=AREAS[0],
                                                                   text="일자리"))
    else:
        assert (goal.area, goal.text, goal.target_on, goal.status) == (
            area, text.strip(), target, status)
        assert_storable(goal.text)
    update = attempt(db, lambda: care_plans.add_update(db, admin, goal.id, UpdateInput(
        day=day, note=note, status=new_status)), fields={"day", "note", "status"})
    plan = care_plans.member_plan(db, admin, member.id, purpose=Read.REFRESH)
    (stored,) = plan.goals
    if update is not None:
        assert stored.updates[-1] == update
        assert (update.day, update.note) == (day, note.strip())
        assert_storable(update.note, multiline=True)
    else:
        assert stored.updates == ()


@pytest.mark.parametrize(("changes", "field"), [
    (SessionChange(duration_minutes=0), "duration"),
    (SessionChange(kind=""), "kind"),
])
def test_a_change_to_zero_or_empty_is_refused_not_ignored(db, admin, on_day, changes,
                                                          field):
    """Found by the property test above: a duration of 0 or an empty kind was taken for
    "unchanged", and the change reported success having done nothing."""
    on_day(TODAY)
    member, counselor = people(db, admin)
    booked = sessions.book(db, admin, SessionInput(
        kind="individual", member_ids=(member.id,), counselor_id=counselor.id,
        starts_at=datetime.combine(TODAY, time(10)), duration_minutes=60))
    before = snapshot(db)
    with pytest.raises(ValidationError) as excinfo:
        session_edits.change(db, admin, booked.sessions[0].id, changes)
    assert excinfo.value.field == field
    assert snapshot(db) == before
