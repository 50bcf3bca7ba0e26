"""The demo database: a fictional community that looks real and keeps every rule."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from safehouse.errors import ConflictError, PermissionDenied
from safehouse.services import (
    auth,
    check,
    demo,
    households,
    keep_away,
    members,
    membership,
    rooms,
)
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.storage import migrate
from safehouse.storage.db import Database
from tests.conftest import TEST_PASSWORD, make_admin

TODAY = date(2026, 3, 1)
HANGUL = re.compile(r"^[\uac00-\ud7a3]{2,4}$")
ROMAN = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+$")


def community(db: Database, actor: Actor) -> list[tuple[object, ...]]:
    return [
        (d.code, d.name, d.alias, d.sex, d.birth_year, d.status, d.joined_on, d.left_on,
         d.referred_by_code)
        for d in (members.get_member(db, actor, m.id, purpose=Read.REFRESH)
                  for m in members.list_members(db, actor))
    ]


def test_demo_builds_a_believable_community(db, admin):
    summary = demo.build_demo(db, admin, members=12, seed=3, today=TODAY)
    listed = members.list_members(db, admin, on=TODAY)
    assert summary.members == len(listed) == 12
    details = [members.get_member(db, admin, m.id, purpose=Read.REFRESH) for m in listed]
    assert [d.code for d in details] == [f"M-{i:04d}" for i in range(1, 13)]
    for d in details:
        assert HANGUL.match(d.name), d.name
        assert ROMAN.match(d.alias), d.alias
        assert d.joined_on is None or TODAY - timedelta(days=731) <= d.joined_on <= TODAY
        if d.left_on:
            assert d.status in ("alumni", "exited") and d.joined_on and d.joined_on < d.left_on
    adults = [d for d in details if d.birth_year and d.birth_year < 2010]
    assert all(d.sex == "female" for d in adults)
    assert all(re.fullmatch(r"010-0000-\d{4}", d.phone) for d in adults)
    # first joining dates follow the order of the codes: the community grew over time
    joined = [d.periods[0].start_on for d in details if d.periods]
    assert joined == sorted(joined)
    assert check.run_checks(db, admin).ok


def test_children_are_members_in_their_mothers_household(db, admin):
    demo.build_demo(db, admin, members=40, seed=5, today=TODAY)
    found = households.list_households(db, admin)
    assert found
    children = [hm for h in found for hm in h.members if hm.relation == "child"]
    assert children
    for child in children:
        detail = members.get_member(db, admin, child.member_id, purpose=Read.REFRESH)
        assert 2012 <= (detail.birth_year or 0) <= 2022
        assert detail.referred_by_code is None
    assert all(h.members[0].relation == "head" for h in found)


def test_referrals_and_leavers_and_keep_aways_are_there_without_real_names(db, admin):
    summary = demo.build_demo(db, admin, members=60, seed=11, today=TODAY)
    details = [members.get_member(db, admin, m.id, purpose=Read.REFRESH)
               for m in members.list_members(db, admin)]
    by_code = {d.code: d for d in details}
    referred = [d for d in details if d.referred_by_code]
    adults = [d for d in details if (d.birth_year or 0) < 2010]
    assert summary.referrals == len(referred)
    assert 0.15 <= len(referred) / len(adults) <= 0.6
    for d in referred:  # the referrer was there first
        referrer = by_code[d.referred_by_code or ""]
        assert referrer.code < d.code
    assert {d.status for d in details} >= {"active", "alumni"}
    entries = [e for d in details
               for e in keep_away.list_keep_aways(db, admin, d.id, purpose=Read.REFRESH)]
    assert len(entries) == summary.keep_aways > 0
    # no one named, and written in Korean as the demo's care plans and events are (they
    # were in English, the one English text on a Korean demo's screens)
    assert all("(이름 비공개)" in e.person_name for e in entries)
    assert all(e.description.startswith("가상 인물.") for e in entries)
    assert {e.relation for e in entries} <= {"former_partner", "broker", "family"}


def test_rooms_and_their_history_keep_the_rules(db, admin):
    summary = demo.build_demo(db, admin, members=24, seed=7, today=TODAY)
    all_rooms = rooms.list_rooms(db, admin)
    assert 6 <= len(all_rooms) <= 8 and {r.floor for r in all_rooms} == {1, 2}
    assert all(1 <= r.capacity <= 4 for r in all_rooms)
    assert summary.assignments > 0
    for day in (TODAY - timedelta(days=d) for d in range(0, 730, 30)):
        for occupancy in rooms.board(db, admin, day):
            assert len(occupancy.occupants) <= occupancy.room.capacity
            beds = [o.bed_label for o in occupancy.occupants]
            assert len(set(beds)) == len(beds)
            assert set(beds) <= set("ABCD"[: occupancy.room.capacity])
    board = rooms.board(db, admin, TODAY)
    assert sum(len(o.occupants) for o in board) == summary.residents_today
    listed = members.list_members(db, admin, on=TODAY)
    assert all(m.room == "" for m in listed if m.status != "active")
    histories = {m.code: rooms.room_history(db, admin, m.id) for m in listed}
    assert any(len(h) >= 2 for h in histories.values()), "someone moved rooms"
    assert any(h and h[0].end_on is not None
               for m in listed if m.status == "active"
               for h in [histories[m.code]]), "someone moved out and stayed a member"


def test_the_same_seed_gives_the_same_community(db, admin, tmp_path: Path):
    demo.build_demo(db, admin, members=12, seed=9, today=TODAY)
    other = Database(make_url(f"sqlite+pysqlite:///{tmp_path / 'other.db'}"))
    try:
        migrate.upgrade(other)
        other_admin = make_admin(other)
        demo.build_demo(other, other_admin, members=12, seed=9, today=TODAY)
        assert community(other, other_admin) == community(db, admin)
        third = Database(make_url(f"sqlite+pysqlite:///{tmp_path / 'third.db'}"))
        migrate.upgrade(third)
        third_admin = make_admin(third)
        demo.build_demo(third, third_admin, members=12, seed=10, today=TODAY)
        assert community(third, third_admin) != community(db, admin)
        third.dispose()
    finally:
        other.dispose()


def test_a_large_demo_fits_and_not_everyone_needs_a_room(db, admin):
    summary = demo.build_demo(db, admin, members=200, seed=7, today=TODAY)
    assert summary.members == 200
    assert summary.residents_today <= summary.beds
    assert check.run_checks(db, admin).ok


def test_demo_refuses_a_database_that_has_members(db, admin):
    members.create_member(db, admin, MemberInput(name="김하나"))
    with pytest.raises(ConflictError):
        demo.build_demo(db, admin, members=12, today=TODAY)
    assert len(members.list_members(db, admin)) == 1


def test_staff_cannot_build_a_demo(db, admin):
    info = auth.create_user(db, admin, username="staff1", display_name="Staff",
                            role="staff", password=TEST_PASSWORD)
    staff = Actor(id=info.id, username="staff1", display_name="Staff", role="staff")
    with pytest.raises(PermissionDenied):
        demo.build_demo(db, staff, members=12, today=TODAY)
    assert members.list_members(db, admin) == []


def test_some_left_and_came_back_and_are_counted_only_while_in(db, admin):
    demo.build_demo(db, admin, members=60, seed=11, today=TODAY)
    details = [members.get_member(db, admin, m.id, purpose=Read.REFRESH)
               for m in members.list_members(db, admin)]
    returned = [d for d in details if len(d.periods) == 2]
    assert returned, "someone left and came back"
    for d in returned:
        first, second = d.periods
        assert d.status == "active" and first.ended_as in ("alumni", "exited")
        assert first.end_on is not None and first.end_on < second.start_on
        assert second.end_on is None and d.joined_on == second.start_on
        between = first.end_on + timedelta(days=1)
        assert not membership.is_active_on(db, admin, d.id, between)
        assert membership.is_active_on(db, admin, d.id, first.end_on)
        assert membership.is_active_on(db, admin, d.id, second.start_on)
    assert check.run_checks(db, admin).ok


def test_the_demo_has_a_goal_and_events_with_attendance(db, admin):
    from safehouse.services import community, events, referrals

    demo.build_demo(db, admin, members=24, today=date(2026, 3, 1))
    goal = community.current_goal(db, admin)
    assert goal is not None and (goal.target_low, goal.target_high) == (15, 20)
    assert goal.note == "2년 안에 15~20명의 든든한 공동체"
    listed = events.list_events(db, admin)
    assert len(listed) >= 10
    assert all(e.members > 0 for e in listed if e.kind == "retreat")
    assert events.largest_retreat(db, admin, 2025) is not None
    assert referrals.referral_tree(db, admin)


def test_a_larger_demos_goal_is_in_proportion_to_its_community(db, admin):
    from safehouse.services import community

    demo.build_demo(db, admin, members=200, today=date(2026, 3, 1))
    goal = community.current_goal(db, admin)
    size = len([m for m in members.list_members(db, admin) if m.status == "active"])
    # it was 15 to 20, beside a community of about 170
    assert goal is not None and goal.target_low <= size
    assert goal.target_high >= size * 0.8
    assert goal.note == f"2년 안에 {goal.target_low}~{goal.target_high}명의 든든한 공동체"


def test_the_demo_has_counselors_series_and_attendance(db, admin, on_day):
    from safehouse.services import counselors, session_marks, sessions

    auth.create_user(db, admin, username="counselor", display_name="Demo counselor",
                     role="counselor", password=TEST_PASSWORD)
    on_day(TODAY)
    demo.build_demo(db, admin, members=24, today=TODAY)
    listed = counselors.list_counselors(db, admin)
    assert len(listed) == 3 and sum(1 for c in listed if c.outside) == 2
    assert len(counselors.list_places(db, admin)) == 3
    week = sessions.week(db, admin, TODAY - timedelta(days=TODAY.weekday()))
    assert len(week) >= 5 and any(v.series_id for v in week)
    past = sessions.week(db, admin, TODAY - timedelta(weeks=8), days=28)
    assert {v.status for v in past} >= {"completed"}
    assert session_marks.counselor_hours(db, admin, TODAY - timedelta(days=90), TODAY)
    every = sessions.week(db, admin, TODAY - timedelta(weeks=13), days=7 * 22)
    for key in ("counselor_id", "place_id"):
        by: dict[object, list[object]] = {}
        for v in every:
            by.setdefault(getattr(v, key), []).append(v)
        for held in by.values():
            held.sort(key=lambda v: v.starts_at)  # type: ignore[attr-defined]
            assert all(a.ends_at <= b.starts_at  # type: ignore[attr-defined]
                       for a, b in zip(held, held[1:], strict=False))


def test_a_network_demo_has_proportionate_history_written_in_bulk(db, admin, on_day):
    """Over 800 members the demo is a network of houses: about 20 counseling sessions
    and 10 wellbeing responses a member, written in bulk. The bulk rows keep every rule:
    nobody booked twice at once, every series' rows what its rule says, confidential
    values sealed so that they open, and the ids past the demo's for the next record."""
    from sqlalchemy import text

    from safehouse.models import SessionSeries
    from safehouse.services import session_notes, session_series, wellbeing
    from safehouse.services.dto.wellbeing import ResponseInput
    from safehouse.services.session_store import to_db

    on_day(TODAY)
    summary = demo.build_demo(db, admin, members=800, seed=3, today=TODAY)
    assert summary.members == 800 and summary.rooms > 8
    with db.engine.connect() as conn:
        def count(sql: str) -> int:
            return int(conn.execute(text(sql)).scalar_one())

        sessions = count("SELECT count(*) FROM counseling_sessions")
        assert 15 * 800 <= sessions <= 25 * 800
        assert 8 * 800 <= count("SELECT count(*) FROM wellbeing_responses") <= 13 * 800
        for key in ("s.counselor_id", "s.place_id", "p.member_id"):
            clashes = count(f"""
                SELECT count(*) FROM (
                    SELECT s.starts_at, lag(s.ends_at) OVER (
                        PARTITION BY {key} ORDER BY s.starts_at) AS before_ends
                    FROM counseling_sessions s
                    JOIN session_participants p ON p.session_id = s.id) AS ordered
                WHERE before_ends > starts_at""")
            assert clashes == 0, key
        noted = count("SELECT min(session_id) FROM session_notes")
        screened = conn.execute(text(
            "SELECT member_id FROM wellbeing_responses WHERE instrument = 'phq9' "
            "ORDER BY id LIMIT 1")).scalar_one()
        series_ids = [r[0] for r in conn.execute(text(
            "SELECT id FROM session_series ORDER BY id DESC LIMIT 3"))]
        sealed_values = conn.execute(text(
            "SELECT screening FROM wellbeing_responses WHERE screening <> '' LIMIT 5")).all()
    assert all(v[0].startswith("sealed:v2:") for v in sealed_values)
    with db.transaction() as s:
        for series_id in series_ids:
            series = s.get(SessionSeries, series_id)
            assert series is not None
            starts = session_series.starts_of(series)
            rows = session_series.rows_of(s, series_id)
            assert sorted(r.starts_at for r in rows) == sorted(
                to_db(v) for v in starts.values())
    assert session_notes.open_notes(db, admin, noted, purpose=Read.REFRESH).text
    found = wellbeing.list_responses(db, admin, screened, purpose=Read.REFRESH)
    assert any(r.instrument == "phq9" and r.score is not None for r in found)
    # the next records get fresh ids (PostgreSQL: the sequences moved past the demo's)
    new = members.create_member(db, admin, MemberInput(name="김하나"))
    wellbeing.record_response(db, admin, ResponseInput(new.id, "phq9", TODAY, (0,) * 9))
    assert check.run_checks(db, admin).ok
