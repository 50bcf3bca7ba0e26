"""The demo's counseling: the counselor accounts and two counselors from outside, three
meeting places, weekly and fortnightly series and single sessions of the members in the
community today, from twelve weeks ago to eight weeks ahead, with attendance marked on
those past and a few (fictional) notes. Each counselor keeps her own hours and place,
each series its own member, so nothing clashes. A demo of a network (more than one house)
also has two years of every house's counseling, with as many outside counselors as its
hours need (about 20 sessions a member). Its own random stream."""

from __future__ import annotations

import heapq
import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from safehouse import clock
from safehouse.models import (
    CancelledBy,
    CounselingSession,
    Counselor,
    MeetingPlace,
    Role,
    SeriesMember,
    SessionKind,
    SessionNote,
    SessionParticipant,
    SessionSeries,
    SessionStatus,
    User,
)
from safehouse.services import demo_names, membership, recurrence
from safehouse.services.demo_rows import DemoMember, Rows
from safehouse.services.dto.counseling import Frequency, Recurrence
from safehouse.services.session_store import to_db

PLACES = ("상담실 1", "상담실 2", "가족 상담실")
OUTSIDE = (("한미경", "하나센터 심리지원팀", "ko"), ("Grace Lee", "Seoul Trauma Clinic", "en, ko"))
NOTES = ("수면이 조금 나아졌다고 함. 다음 주에 취업 상담 이어가기로.",
         "가족 연락 문제로 불안감 호소. 호흡 연습 함께 함.",
         "자녀 학교 적응 이야기. 담임 면담 준비 도움.")


HOURS = (9, 10, 11, 13, 14, 15, 16, 17)  # a network counselor's hours, 50 minutes each
SLOTS = tuple((weekday, hour) for weekday in range(5) for hour in HOURS)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


class _Writer:
    """Series and their sessions as rows, with attendance marked on those past."""

    def __init__(self, rows: Rows, rng: random.Random, today: date) -> None:
        self.rows, self.rng, self.zone = rows, rng, clock.zone()
        self.now = to_db(datetime.combine(today, time(12), tzinfo=self.zone))  # the demo's
        self.written_at = clock.utcnow()
        self.made = 0

    def session(self, start: datetime, minutes: int, kind: str, counselor_id: int,
                place_id: int, member_id: int, series_id: int | None = None) -> None:
        """One session at ``start`` (aware); past ones completed, missed or cancelled."""
        rows = self.rows
        starts, ends = to_db(start), to_db(start + timedelta(minutes=minutes))
        status, cancelled_by, note = SessionStatus.SCHEDULED.value, None, None
        if ends < self.now:
            roll = self.rng.random()
            if roll < 0.78:
                status = SessionStatus.COMPLETED.value
                if self.rng.random() < 0.2:
                    note = self.rng.choice(NOTES)
            elif roll < 0.88:
                status = SessionStatus.NO_SHOW.value
            else:
                status = SessionStatus.CANCELLED.value
                cancelled_by = self.rng.choice(tuple(CancelledBy)).value
        session_id = rows.add(CounselingSession, {
            "series_id": series_id, "original_start": starts if series_id else None,
            "departs": "", "kind": kind, "counselor_id": counselor_id, "starts_at": starts,
            "ends_at": ends, "place_id": place_id, "place_text": "", "status": status,
            "cancelled_by": cancelled_by})
        rows.add(SessionParticipant, {"session_id": session_id, "member_id": member_id})
        if note is not None:
            note_id = rows.new_id(SessionNote)
            rows.add(SessionNote, {"id": note_id, "session_id": session_id,
                                   "text": rows.seal(SessionNote, "text", note_id, note),
                                   "written_at": self.written_at, "written_by": None})
        self.made += 1

    def series(self, start: datetime, rec: Recurrence, counselor_id: int, place_id: int,
               member_id: int) -> None:
        """A weekly or fortnightly series from ``start`` (wall clock), every occurrence
        materialised as the schedule does (``session_series.new_row``)."""
        rule = recurrence.rule_text(rec, start, self.zone)
        series_id = self.rows.add(SessionSeries, {
            "rrule": rule, "dtstart": start, "tzid": self.zone.key, "exdates": "",
            "kind": SessionKind.INDIVIDUAL.value, "duration_minutes": 50,
            "counselor_id": counselor_id, "place_id": place_id, "place_text": ""})
        self.rows.add(SeriesMember, {"series_id": series_id, "member_id": member_id})
        if rec.count is not None and rec.frequency is Frequency.WEEKLY:
            # what the rule gives (the same wall-clock time each week), without parsing it
            first = start.replace(tzinfo=self.zone)
            every = [first + timedelta(weeks=rec.interval * n) for n in range(rec.count)]
        else:
            every = recurrence.occurrences(rule, start, self.zone)
        for occurrence in every:
            self.session(occurrence, 50, SessionKind.INDIVIDUAL.value, counselor_id,
                         place_id, member_id, series_id)


def _network(writer: _Writer, members: list[DemoMember], taken: set[int], today: date,
             names: random.Random) -> None:
    """A network's counseling history: most members had a series (weekly or every two
    weeks, 12 to 52 times) from her first weeks, ended by her leaving or eight weeks
    ahead; the house takes on another outside counselor, with her own room, whenever
    every hour of those it has is taken."""
    rng, rows = writer.rng, writer.rows
    horizon = today + timedelta(weeks=8)
    plans: list[tuple[date, int, int, int]] = []  # first day, interval, count, member
    for m in members:
        if m.id in taken or not m.memberships or rng.random() < 0.1:
            continue
        period = m.memberships[0]
        first = period.start_on + timedelta(days=rng.randint(7, 60))
        last = min(period.end_on or horizon, horizon)
        interval = 1 if rng.random() < 0.7 else 2
        count = min(rng.randint(12, 52), (last - first).days // (7 * interval))
        if count >= 4:
            plans.append((first, interval, count, m.id))
    plans.sort()
    free: list[tuple[date, int, int, int]] = []  # free from, counselor, place, slot
    opened = 0
    for first, interval, count, member_id in plans:
        if not free or free[0][0] > first:
            opened += 1
            family = names.choice(demo_names.FAMILY_NAMES)
            given = names.choice(demo_names.WOMEN_GIVEN)
            counselor_id = rows.add(Counselor, {
                "user_id": None, "name": family[0] + given[0],
                "organisation": "하나센터 심리지원팀", "languages": "ko", "phone": "",
                "active": True}) or 0
            place_id = rows.add(MeetingPlace, {"name": f"상담실 N-{opened:03d}",
                                               "active": True}) or 0
            for slot in range(len(SLOTS)):
                heapq.heappush(free, (date.min, counselor_id, place_id, slot))
        _free_from, counselor_id, place_id, slot = heapq.heappop(free)
        weekday, hour = SLOTS[slot]
        day = first + timedelta(days=(weekday - first.weekday()) % 7)
        writer.series(datetime.combine(day, time(hour)),
                      Recurrence(Frequency.WEEKLY, interval=interval, count=count),
                      counselor_id, place_id, member_id)
        ends = day + timedelta(weeks=interval * (count - 1), days=1)
        heapq.heappush(free, (ends, counselor_id, place_id, slot))


def add_counseling(rows: Rows, members: list[DemoMember], today: date, seed: int, *,
                   network: bool = False) -> int:
    """Add counselors, places and sessions; returns how many sessions. A network
    (``network``) also has the history of every house (see :func:`_network`)."""
    rng = random.Random(seed * 53 + 5)
    zone = clock.zone()
    writer = _Writer(rows, rng, today)
    s = rows.s
    counselors = [rows.add(Counselor, {
        "user_id": u.id, "name": u.display_name, "organisation": "", "languages": "",
        "phone": "", "active": True}) or 0
        for u in s.scalars(select(User).where(User.role == Role.COUNSELOR.value)
                           .order_by(User.id))]
    counselors += [rows.add(Counselor, {
        "user_id": None, "name": n, "organisation": o, "languages": lang, "phone": "",
        "active": True}) or 0 for n, o, lang in OUTSIDE]
    places = [rows.add(MeetingPlace, {"name": n, "active": True}) or 0 for n in PLACES]
    here = [m for m in members
            if any(membership.covers(p.start_on, p.end_on, today) for p in m.memberships)]
    first_monday = _monday(today) - timedelta(weeks=12)
    for i, member in enumerate(here[: len(counselors) * 4]):
        c_index, slot = i % len(counselors), i // len(counselors)
        weekday, hour = slot % 4, 10 + 2 * c_index + (slot // 4)
        start = datetime.combine(first_monday + timedelta(days=weekday), time(hour, 0))
        rec = Recurrence(Frequency.WEEKLY, interval=1 if slot % 2 == 0 else 2,
                         until=today + timedelta(weeks=8))
        writer.series(start, rec, counselors[c_index], places[c_index % len(places)],
                      member.id)
    # a family session on Fridays for the first household with two members here
    family = here[len(counselors) * 4:][:3]
    for i, member in enumerate(family):
        day = _monday(today) + timedelta(days=4, weeks=i - 1)
        start = datetime.combine(day, time(15, 0), tzinfo=zone)
        writer.session(start, 90, SessionKind.FAMILY.value, counselors[-1], places[2],
                       member.id)
    if network:
        taken = {m.id for m in here[: len(counselors) * 4]} | {m.id for m in family}
        _network(writer, members, taken, today, random.Random(seed * 59 + 3))
    return writer.made
