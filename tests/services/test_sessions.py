"""Booking sessions and series, the week, a member's sessions; the clash rules."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from safehouse import clock
from safehouse.errors import ConflictError, ValidationError, ValidationErrors
from safehouse.models import AuditEntry, CounselingSession
from safehouse.services import sessions
from safehouse.services.dto.counseling import Frequency, Recurrence
from tests.services.counseling_fixtures import House, house

WEEKLY_10 = Recurrence(Frequency.WEEKLY, count=10)


@pytest.fixture
def h(db, admin) -> House:
    return house(db, admin)


def count_sessions(h: House) -> int:
    with h.db.transaction() as s:
        return s.scalar(select(func.count()).select_from(CounselingSession)) or 0


def test_a_single_session_is_booked_and_shown_in_its_week(h, on_day):
    on_day(date(2026, 3, 1))
    booked = sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 0)))
    assert booked.series_id is None and len(booked.sessions) == 1
    got = booked.sessions[0]
    assert got.starts_at == datetime(2026, 3, 3, 10, 0, tzinfo=clock.zone())
    assert got.duration_minutes == 60
    assert got.counselor_name == "Yoon Counselor"
    assert got.place_name == "Counseling room" and not got.place_outside
    assert [p.name for p in got.participants] == ["김하나"]
    assert got.status == "scheduled" and not got.departs_from_rule
    week = sessions.week(h.db, h.admin, date(2026, 3, 2))
    assert [v.id for v in week] == [got.id]
    assert sessions.week(h.db, h.admin, date(2026, 3, 9)) == []
    assert sessions.week(h.db, h.admin, date(2026, 3, 2), counselor_id=h.other_counselor) == []
    assert sessions.week(h.db, h.admin, date(2026, 3, 2), member_id=h.somang) == []
    assert len(sessions.week(h.db, h.admin, date(2026, 3, 2), member_id=h.hana)) == 1
    assert len(sessions.week(h.db, h.admin, date(2026, 3, 2), place_id=h.room)) == 1


def test_stored_in_utc_shown_in_the_organisations_zone(h):
    booked = sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 0)))
    with h.db.transaction() as s:
        row = s.get(CounselingSession, booked.sessions[0].id)
        assert row is not None and row.starts_at == datetime(2026, 3, 3, 1, 0)  # Seoul +9


def test_a_weekly_series_books_every_occurrence_and_audits_once(h):
    booked = sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 0)), WEEKLY_10)
    assert booked.series_id is not None
    starts = [v.starts_at.date() for v in booked.sessions]
    assert starts == [date(2026, 3, 3) + timedelta(weeks=i) for i in range(10)]
    assert all(v.series_id == booked.series_id for v in booked.sessions)
    assert all(v.original_start == v.starts_at for v in booked.sessions)
    shown = sessions.series(h.db, h.admin, booked.series_id)
    assert shown.recurrence == WEEKLY_10 and "FREQ=WEEKLY" in shown.rrule
    with h.db.transaction() as s:
        lines = s.scalar(select(func.count()).select_from(AuditEntry)
                         .where(AuditEntry.action == "session.book"))
    assert lines == 1


@pytest.mark.parametrize(("rec", "expected"), [
    (Recurrence(Frequency.WEEKLY, interval=2, until=date(2026, 4, 14)),
     [date(2026, 3, 3), date(2026, 3, 17), date(2026, 3, 31), date(2026, 4, 14)]),
    # 2026-03-10 is the second Tuesday of March
    (Recurrence(Frequency.MONTHLY_WEEKDAY, count=3),
     [date(2026, 3, 10), date(2026, 4, 14), date(2026, 5, 12)]),
    (Recurrence(Frequency.MONTHLY_DATE, count=3),
     [date(2026, 3, 10), date(2026, 4, 10), date(2026, 5, 10)]),
])
def test_every_two_weeks_and_monthly(h, rec, expected):
    first = expected[0]
    booked = sessions.book(h.db, h.admin, h.session(datetime.combine(first, time(14))), rec)
    assert [v.starts_at.date() for v in booked.sessions] == expected
    assert all(v.starts_at.time() == time(14) for v in booked.sessions)


def test_a_series_keeps_its_wall_clock_time_across_daylight_saving(h):
    clock.set_zone("Europe/Berlin")  # summer time from 2026-03-29
    booked = sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 17, 9, 30)),
                           Recurrence(Frequency.WEEKLY, count=4))
    local = [v.starts_at for v in booked.sessions]
    assert all(t.time() == time(9, 30) for t in local)
    utc_hours = [t.astimezone(clock.zone()).utcoffset() for t in local]
    assert utc_hours[0] == timedelta(hours=1) and utc_hours[-1] == timedelta(hours=2)
    with h.db.transaction() as s:
        stored = list(s.scalars(select(CounselingSession.starts_at)
                                .order_by(CounselingSession.starts_at)))
    assert [t.hour for t in stored] == [8, 8, 7, 7]


def test_a_counselor_is_not_booked_twice(h):
    first = sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 0)))
    with pytest.raises(ConflictError) as info:
        sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 30),
                                               member_ids=(h.somang,), place=None))
    assert "2026-03-03 10:00–11:00" in info.value.message
    assert "Yoon Counselor" in info.value.message
    assert "김하나" not in info.value.message  # no names of the other session's people
    assert count_sessions(h) == 1
    # touching ends do not clash
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 11, 0),
                                           member_ids=(h.somang,)))
    assert first.sessions[0].id


def test_a_member_and_a_place_are_not_booked_twice(h):
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 0)))
    with pytest.raises(ConflictError, match="is already in a session"):
        sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 15),
                                               counselor=h.other_counselor, place="Cafe"))
    with pytest.raises(ConflictError, match="Counseling room is taken"):
        sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 15),
                                               counselor=h.other_counselor,
                                               member_ids=(h.somang,)))
    # outside, with another counselor and member: fine
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 15),
                                           counselor=h.other_counselor,
                                           member_ids=(h.somang,), place="Cafe"))


def test_a_series_lists_each_clashing_occurrence_with_its_day(h):
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 17, 10, 30), place=None))
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 31, 9, 30), place=None))
    with pytest.raises(ConflictError) as info:
        sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 0)), WEEKLY_10)
    message = info.value.message
    assert "2 sessions clash" in message
    assert "2026-03-17:" in message and "2026-03-31:" in message
    assert "2026-03-24" not in message
    assert count_sessions(h) == 2  # nothing of the series booked
    found = sessions.conflicts(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 0)),
                               WEEKLY_10)
    assert sorted({c.starts_at.date() for c in found}) == [date(2026, 3, 17),
                                                         date(2026, 3, 31)]
    assert {c.what for c in found} == {"counselor", "member"}


def test_cancelled_sessions_hold_nothing(h):
    from safehouse.services import session_marks

    first = sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 0)))
    session_marks.mark(h.db, h.admin, first.sessions[0].id, "cancelled", cancelled_by="member")
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 0)))


def test_what_is_asked_is_checked(h):
    with pytest.raises(ValidationError) as info:
        sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10), member_ids=()))
    assert info.value.field == "members"
    with pytest.raises(ValidationErrors):
        sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10), minutes=5,
                                               kind="chat"))
    with pytest.raises(ValidationError) as info:
        sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10)),
                      Recurrence(Frequency.WEEKLY))
    assert info.value.field == "until"
    with pytest.raises(ValidationError):
        sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10)),
                      Recurrence(Frequency.WEEKLY, until=date(2026, 3, 1)))
    assert count_sessions(h) == 0


def test_a_members_past_and_coming_sessions(h, on_day):
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 0)), WEEKLY_10)
    on_day(datetime(2026, 3, 20, 12, 0))
    got = sessions.member_sessions(h.db, h.admin, h.hana)
    assert [v.starts_at.date() for v in got.past] == [date(2026, 3, 17), date(2026, 3, 10),
                                                     date(2026, 3, 3)]
    assert got.coming[0].starts_at.date() == date(2026, 3, 24) and len(got.coming) == 7
    assert sessions.member_sessions(h.db, h.admin, h.somang).coming == ()


def test_the_printed_weeks_data(h):
    from safehouse.services import schedule_data

    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10, 0)), WEEKLY_10)
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 5, 9, 0),
                                           counselor=h.other_counselor,
                                           member_ids=(h.somang,), place="Cafe"))
    week = schedule_data.schedule_week(h.db, h.admin, date(2026, 3, 4))
    assert (week.first_day, week.last_day) == (date(2026, 3, 2), date(2026, 3, 8))
    assert [len(d.entries) for d in week.days] == [0, 1, 0, 1, 0, 0, 0]
    assert week.days[1].entries[0].members == ("M-0001 김하나",)
    mine = schedule_data.schedule_week(h.db, h.admin, date(2026, 3, 4),
                                       counselor_id=h.other_counselor)
    assert mine.counselor == "Jang Counselor"
    assert [e.place for d in mine.days for e in d.entries] == ["Cafe"]
