"""Rooms and stays, counselors and meeting places, events and attendance, the
community's goal and the settings, fed hostile input (see tests/services/hostile.py):
each value is stored and read back exactly, or refused naming its field with nothing
written."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safehouse import clock
from safehouse.errors import ConflictError, ValidationError
from safehouse.services import community, counselors, events, members, rooms, settings
from safehouse.services.dto.community import EventInput
from safehouse.services.dto.community import GoalInput as CommunityGoalInput
from safehouse.services.dto.counseling import CounselorInput
from safehouse.services.dto.people import MemberInput
from safehouse.services.settings import KEEP_AWAY_SCOPES
from tests.services.hostile import (
    assert_storable,
    attempt,
    hostile_date,
    hostile_int,
    hostile_text,
    snapshot,
)

TODAY = date(2026, 3, 1)
_unique = itertools.count(1)


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), strategy)


@given(name=hostile_text(), floor=hostile_int(), capacity=hostile_int(),
       active=st.booleans())
def test_a_room_is_stored_exactly_or_refused(db, admin, name, floor, capacity, active):
    name = f"{next(_unique)}{name}"  # the rooms of one database need different names
    made = attempt(db, lambda: rooms.create_room(db, admin, name=name, floor=floor,
                                                 capacity=capacity),
                   fields={"name", "floor", "capacity"})
    if made is None:
        return
    assert (made.name, made.floor, made.capacity) == (name.strip(), floor, capacity)
    assert made in rooms.list_rooms(db, admin)
    assert_storable(made.name)
    changed = attempt(db, lambda: rooms.update_room(db, admin, made.id, name=name + "B",
                                                    floor=floor, capacity=capacity,
                                                    active=active),
                      fields={"name", "floor", "capacity"})
    if changed is not None:
        assert changed in rooms.list_rooms(db, admin)


@given(bed=hostile_text(), start=hostile_date(TODAY), end=maybe(hostile_date(TODAY)),
       moved=hostile_date(TODAY))
def test_a_stay_is_stored_exactly_or_refused(db, admin, on_day, bed, start, end, moved):
    on_day(TODAY)
    n = next(_unique)
    member = members.create_member(db, admin, MemberInput(name="김하나"))
    room = rooms.create_room(db, admin, name=f"A{n}", floor=1, capacity=2)
    other = rooms.create_room(db, admin, name=f"B{n}", floor=1, capacity=2)
    stay = attempt(db, lambda: rooms.assign(db, admin, member.id, room.id, start,
                                            bed_label=bed, end_on=end,
                                            confirm_warnings=True),
                   fields={"bed_label", "start_on", "end_on"})
    if stay is None:
        return
    assert (stay.bed_label, stay.start_on, stay.end_on) == (bed.strip(), start, end)
    assert rooms.room_history(db, admin, member.id) == [stay]
    assert_storable(stay.bed_label)
    before = snapshot(db)
    try:
        attempt(db, lambda: rooms.move(db, admin, member.id, other.id, moved, bed_label=bed,
                                       confirm_warnings=True),
                fields={"bed_label", "on", "start_on", "end_on"})
    except ConflictError:  # she has no room that day (her stay ended): a refusal too
        assert snapshot(db) == before


@given(data=st.builds(CounselorInput, name=hostile_text(), organisation=hostile_text(),
                      languages=hostile_text(), phone=hostile_text()),
       place=hostile_text())
def test_counselors_and_places_are_stored_exactly_or_refused(db, admin, data, place):
    made = attempt(db, lambda: counselors.save_counselor(db, admin, data),
                   fields={"name", "organisation", "languages", "phone", "account"})
    if made is not None:
        assert (made.name, made.organisation, made.languages, made.phone) == (
            data.name.strip(), data.organisation.strip(), data.languages.strip(),
            data.phone.strip())
        assert made in counselors.list_counselors(db, admin)
        for single in (made.name, made.organisation, made.languages, made.phone):
            assert_storable(single)
    place = f"{next(_unique)}{place}"
    saved = attempt(db, lambda: counselors.save_place(db, admin, place), fields={"name"})
    if saved is not None:
        assert saved.name == place.strip()
        assert saved in counselors.list_places(db, admin)
        assert_storable(saved.name)


@given(data=st.builds(EventInput, kind=st.one_of(st.sampled_from(
    ("retreat", "gathering", "training")), hostile_text()), name=hostile_text(),
    starts_on=hostile_date(TODAY), ends_on=maybe(hostile_date(TODAY)),
    place=hostile_text(), notes=hostile_text()),
       guests=hostile_int(), children=hostile_int())
def test_an_event_and_its_counts_are_stored_exactly_or_refused(db, admin, data, guests,
                                                               children):
    made = attempt(db, lambda: events.save_event(db, admin, data),
                   fields={"kind", "name", "starts_on", "ends_on", "place", "notes"})
    if made is None:
        return
    back = events.get_event(db, admin, made.summary.id)
    assert back == made
    assert (back.summary.name, back.summary.place, back.notes) == (
        data.name.strip(), data.place.strip(), data.notes.strip())
    assert_storable(back.summary.name)
    assert_storable(back.summary.place)
    assert_storable(back.notes, multiline=True)
    member = members.create_member(db, admin, MemberInput(name="김하나"))
    counted = attempt(db, lambda: events.set_attendance(
        db, admin, made.summary.id, [member.id], guests=guests, children=children),
        fields={"guests", "children"})
    if counted is not None:
        assert events.get_event(db, admin, made.summary.id) == counted
        assert (counted.summary.guests, counted.summary.children) == (guests, children)


@given(data=st.builds(CommunityGoalInput, start_on=hostile_date(TODAY),
                      target_low=hostile_int(), target_high=hostile_int(),
                      due_on=maybe(hostile_date(TODAY)), note=hostile_text()))
def test_a_community_goal_is_stored_exactly_or_refused(db, admin, data):
    made = attempt(db, lambda: community.save_goal(db, admin, data),
                   fields={"start_on", "target_low", "target_high", "due_on", "note"})
    if made is None:
        return
    assert made in community.list_goals(db, admin)
    assert (made.start_on, made.target_low, made.target_high, made.note) == (
        data.start_on, data.target_low, data.target_high, data.note.strip())
    assert_storable(made.note, multiline=True)


@given(name=hostile_text(), minutes=hostile_int(), years=maybe(hostile_int()),
       zone=st.one_of(st.sampled_from(("Asia/Seoul", "UTC", "Europe/Berlin",
                                       "America/St_Johns")), hostile_text()),
       scope=st.one_of(st.sampled_from(KEEP_AWAY_SCOPES), hostile_text()),
       weeks=hostile_int())
def test_settings_are_stored_exactly_or_refused(db, admin, name, minutes, years, zone,
                                                scope, weeks):
    was = settings.organisation_name(db)
    named = attempt(db, lambda: settings.set_organisation_name(db, admin, name) or True,
                    fields={"organisation"})
    assert settings.organisation_name(db) == (name.strip() if named else was)
    assert_storable(settings.organisation_name(db))
    for setter, value, getter, field in (
        (settings.set_idle_lock_minutes, minutes, settings.idle_lock_minutes,
         "idle_lock_minutes"),
        (settings.set_retention_years, years, settings.retention_years, "retention_years"),
        (settings.set_screening_follow_up_weeks, weeks, settings.screening_follow_up_weeks,
         "screening_follow_up_weeks"),
        (settings.set_keep_away_scope, scope, settings.keep_away_scope, "keep_away_scope"),
        (settings.set_time_zone, zone, settings.time_zone, "time_zone"),
    ):
        before = getter(db)
        done = attempt(db, lambda s=setter, v=value: s(db, admin, v) or True,
                       fields={field})
        after = getter(db)
        if done:
            assert after == (value.strip() if isinstance(value, str) else value)
        else:
            assert after == before
    clock.set_zone(None)


@pytest.mark.parametrize("name", ["\x00", "\x1b", "\ud800", "Haven\u202e", "가" * 201, "  "])
def test_the_organisation_name_refuses_what_no_text_may_hold(db, admin, name):
    """Found by the property test above: the name was stored as given (a NUL or a lone
    surrogate made PostgreSQL fail; 100,000 characters went to the login dialog)."""
    before = snapshot(db)
    with pytest.raises(ValidationError) as excinfo:
        settings.set_organisation_name(db, admin, name)
    assert excinfo.value.field == "organisation"
    assert snapshot(db) == before
    assert settings.organisation_name(db) == "Test House"
    settings.set_organisation_name(db, admin, " 하나의 집 🏠 ")
    assert settings.organisation_name(db) == "하나의 집 🏠"


def test_a_goal_starting_at_the_end_of_time_is_refused_not_a_crash(db, admin):
    """Found by the thorough profile: a start on 9999-12-30 with no due date crashed
    (ValueError: two years later is past the last date) instead of naming the field."""
    before = snapshot(db)
    with pytest.raises(ValidationError) as excinfo:
        community.save_goal(db, admin, CommunityGoalInput(start_on=date(9999, 12, 30)))
    assert excinfo.value.field == "start_on"
    assert snapshot(db) == before
