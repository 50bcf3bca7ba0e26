"""The demo's counseling: the counselor accounts and two counselors from outside, three
meeting places, weekly and fortnightly series and single sessions of the members in the
community today, from twelve weeks ago to eight weeks ahead, with attendance marked on
those past and a few (fictional) notes. Each counselor keeps her own hours and place,
each series its own member, so nothing clashes. Its own random stream."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.models import (
    CancelledBy,
    CounselingSession,
    Counselor,
    MeetingPlace,
    Member,
    Role,
    SessionKind,
    SessionNote,
    SessionSeries,
    SessionStatus,
    User,
)
from safehouse.services import membership, recurrence
from safehouse.services import session_series as store
from safehouse.services.dto.counseling import Frequency, Recurrence
from safehouse.services.session_store import to_db

PLACES = ("상담실 1", "상담실 2", "가족 상담실")
OUTSIDE = (("한미경", "하나센터 심리지원팀", "ko"), ("Grace Lee", "Seoul Trauma Clinic", "en, ko"))
NOTES = ("수면이 조금 나아졌다고 함. 다음 주에 취업 상담 이어가기로.",
         "가족 연락 문제로 불안감 호소. 호흡 연습 함께 함.",
         "자녀 학교 적응 이야기. 담임 면담 준비 도움.")


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def add_counseling(s: Session, members: list[Member], today: date, seed: int) -> int:
    """Add counselors, places and sessions; returns how many sessions."""
    rng = random.Random(seed * 53 + 5)
    zone = clock.zone()
    counselors = [Counselor(user_id=u.id, name=u.display_name) for u in s.scalars(
        select(User).where(User.role == Role.COUNSELOR.value).order_by(User.id))]
    counselors += [Counselor(name=n, organisation=o, languages=lang)
                   for n, o, lang in OUTSIDE]
    places = [MeetingPlace(name=n) for n in PLACES]
    s.add_all([*counselors, *places])
    s.flush()
    here = [m for m in members
            if any(membership.covers(p.start_on, p.end_on, today) for p in m.memberships)]
    first_monday = _monday(today) - timedelta(weeks=12)
    made: list[CounselingSession] = []
    for i, member in enumerate(here[: len(counselors) * 4]):
        c_index, slot = i % len(counselors), i // len(counselors)
        counselor = counselors[c_index]
        place = places[c_index % len(places)]
        weekday, hour = slot % 4, 10 + 2 * c_index + (slot // 4)
        start = datetime.combine(first_monday + timedelta(days=weekday), time(hour, 0))
        rec = Recurrence(Frequency.WEEKLY, interval=1 if slot % 2 == 0 else 2,
                         until=today + timedelta(weeks=8))
        series = SessionSeries(
            rrule=recurrence.rule_text(rec, start, zone), dtstart=start, tzid=zone.key,
            exdates="", kind=SessionKind.INDIVIDUAL.value, duration_minutes=50,
            counselor_id=counselor.id, place_id=place.id, place_text="")
        s.add(series)
        s.flush()
        store.set_series_members(s, series, [member.id])
        s.flush()
        made += store.regenerate(s, series, members_changed=True)
    # a family session on Fridays for the first household with two members here
    for i, member in enumerate(here[len(counselors) * 4:][:3]):
        day = _monday(today) + timedelta(days=4, weeks=i - 1)
        start = datetime.combine(day, time(15, 0), tzinfo=zone)
        row = CounselingSession(
            kind=SessionKind.FAMILY.value, counselor_id=counselors[-1].id,
            starts_at=to_db(start), ends_at=to_db(start + timedelta(minutes=90)),
            place_id=places[2].id, place_text="")
        s.add(row)
        s.flush()
        store.set_participants(s, row, [member.id])
        made.append(row)
    now = to_db(datetime.combine(today, time(12), tzinfo=zone))  # the demo's today
    for row in made:
        if row.ends_at >= now:
            continue
        roll = rng.random()
        if roll < 0.78:
            row.status = SessionStatus.COMPLETED.value
            if rng.random() < 0.2:
                s.add(SessionNote(session_id=row.id, text=rng.choice(NOTES),
                                  written_at=clock.utcnow(), written_by=None))
        elif roll < 0.88:
            row.status = SessionStatus.NO_SHOW.value
        else:
            row.status = SessionStatus.CANCELLED.value
            row.cancelled_by = rng.choice(tuple(CancelledBy)).value
    s.flush()
    return len(made)
