"""The schedule on a large history: 20 counselors, 2,000 members and 100,000 sessions
over five years (weekly series of a year, and single sessions), in ten meeting places.
Targets: the week view's data under 50 ms, the conflict check of a 52-week series under
20 ms."""

from __future__ import annotations

import random
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import insert
from sqlalchemy.engine import make_url

from safehouse import clock
from safehouse.models import (
    CounselingSession,
    Counselor,
    MeetingPlace,
    Member,
    SeriesMember,
    SessionParticipant,
    SessionSeries,
)
from safehouse.services import access, recurrence, session_rules, sessions
from safehouse.services.dto.counseling import Frequency, Recurrence, SessionInput
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault
from tests.benchmarks.bench import PASSWORD, report, timed

COUNSELORS, MEMBERS, PLACES, SESSIONS = 20, 2_000, 10, 100_000
FIRST_MONDAY = date(2022, 1, 3)
WEEKS = 260
HOURS = (9, 10, 11, 13, 14, 15, 16, 17)
ZONE = ZoneInfo("Asia/Seoul")


def _utc(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=ZONE).astimezone(UTC).replace(tzinfo=None)


def fill(db: Database, rng: random.Random) -> int:
    """Bulk rows (no services: that would take minutes); returns the number of series."""
    slots = [(c, d, h) for c in range(1, COUNSELORS + 1) for d in range(5) for h in HOURS]
    rng.shuffle(slots)
    taken: set[tuple[int, int, int, int]] = set()  # counselor, week, weekday, hour
    rows: list[dict[str, object]] = []
    people: list[dict[str, object]] = []
    series: list[dict[str, object]] = []
    series_members: list[dict[str, object]] = []
    n_series = 0
    # weekly series of 52 weeks: about 85% of the sessions
    while len(rows) < SESSIONS * 0.85:
        c, d, h = rng.choice(slots)
        week0 = rng.randrange(0, WEEKS - 52)
        if any((c, w, d, h) in taken for w in range(week0, week0 + 52)):
            continue
        n_series += 1
        member = rng.randint(1, MEMBERS)
        place = (c - 1) % PLACES + 1
        start = datetime.combine(FIRST_MONDAY + timedelta(weeks=week0, days=d), time(h))
        series.append({"id": n_series, "rrule": recurrence.rule_text(
            Recurrence(Frequency.WEEKLY, count=52), start, ZONE), "dtstart": start,
            "tzid": ZONE.key, "exdates": "", "kind": "individual", "duration_minutes": 50,
            "counselor_id": c, "place_id": place, "place_text": ""})
        series_members.append({"series_id": n_series, "member_id": member})
        for w in range(week0, week0 + 52):
            taken.add((c, w, d, h))
            day = FIRST_MONDAY + timedelta(weeks=w, days=d)
            rows.append({"series_id": n_series, "original_start": _utc(day, h),
                         "counselor_id": c, "place_id": place, "member": member,
                         "day": day, "hour": h})
    while len(rows) < SESSIONS:
        c, d, h = rng.choice(slots)
        w = rng.randrange(WEEKS)
        if (c, w, d, h) in taken:
            continue
        taken.add((c, w, d, h))
        day = FIRST_MONDAY + timedelta(weeks=w, days=d)
        rows.append({"series_id": None, "original_start": None, "counselor_id": c,
                     "place_id": None, "member": rng.randint(1, MEMBERS), "day": day,
                     "hour": h})
    sessions_rows = []
    for i, r in enumerate(rows, start=1):
        start = _utc(r["day"], r["hour"])  # type: ignore[arg-type]
        sessions_rows.append({
            "id": i, "series_id": r["series_id"], "original_start": r["original_start"],
            "departs": "", "kind": "individual", "counselor_id": r["counselor_id"],
            "starts_at": start, "ends_at": start + timedelta(minutes=50),
            "place_id": r["place_id"], "place_text": "" if r["place_id"] else "Outside",
            "status": "completed" if r["day"] < date(2026, 11, 1) else "scheduled",  # type: ignore[operator]
            "cancelled_by": None})
        people.append({"session_id": i, "member_id": r["member"]})
    with db.transaction() as s:
        s.execute(insert(Member), [{"id": i, "code": f"M-{i:06d}", "name": f"가상인물 {i}",
                                    "alias": "", "phone": "", "status": "active", "notes": ""}
                                   for i in range(1, MEMBERS + 1)])
        s.execute(insert(Counselor), [{"id": i, "name": f"Counselor {i}", "organisation": "",
                                       "languages": "ko", "phone": "", "active": True}
                                      for i in range(1, COUNSELORS + 1)])
        s.execute(insert(MeetingPlace), [{"id": i, "name": f"상담실 {i}", "active": True}
                                         for i in range(1, PLACES + 1)])
        s.execute(insert(SessionSeries), series)
        s.execute(insert(SeriesMember), series_members)
        s.execute(insert(CounselingSession), sessions_rows)
        s.execute(insert(SessionParticipant), people)
    return n_series


def main() -> None:
    clock.set_now(None)
    with tempfile.TemporaryDirectory(prefix="safehouse-bench-counseling-") as folder:
        vault = Vault(make_url(f"sqlite+pysqlite:///{Path(folder) / 'counseling.db'}"))
        opened = access.set_up(vault, organisation="Bench", username="admin",
                               display_name="Bench Admin", password=PASSWORD)
        db, admin = opened.db, opened.actor
        clock.set_now(datetime(2026, 11, 4, 12, tzinfo=ZONE))
        n_series = fill(db, random.Random(11))
        print(f"schedule: {SESSIONS} sessions ({n_series} series of 52 weeks and single "
              f"ones), {COUNSELORS} counselors, {MEMBERS} members, {PLACES} places")
        monday = date(2024, 6, 3)
        shown = sessions.week(db, admin, monday)
        report(f"week view's data (all counselors: {len(shown)} sessions)",
               timed(lambda: sessions.week(db, admin, monday), 7))
        report("week view's data, one counselor",
               timed(lambda: sessions.week(db, admin, monday, counselor_id=3), 7))
        ask = SessionInput(kind="individual", member_ids=(17,), counselor_id=5,
                           starts_at=datetime(2024, 3, 5, 12, 0), duration_minutes=50,
                           place_id=5)
        year = Recurrence(Frequency.WEEKLY, count=52)
        found = sessions.conflicts(db, admin, ask, year)
        report(f"conflict check, 52-week series (service; {len(found)} clashes)",
               timed(lambda: sessions.conflicts(db, admin, ask, year), 7))
        busy = SessionInput(kind="individual", member_ids=(17,), counselor_id=5,
                            starts_at=datetime(2024, 3, 5, 10, 0), duration_minutes=50,
                            place_id=5)
        found = sessions.conflicts(db, admin, busy, year)
        report(f"conflict check, 52-week series at a busy hour ({len(found)} clashes)",
               timed(lambda: sessions.conflicts(db, admin, busy, year), 7))
        starts = sessions.starts_for(ask, year)
        slots = sessions.slots_for(starts, 50)

        def rules_only() -> None:
            with db.transaction() as s:
                session_rules.clashes(s, slots, counselor_id=5, member_ids=(17,), place_id=5)

        report("  of which the three range queries and the sweep", timed(rules_only, 7))
        report("book a 52-week series (checked, written, audited)",
               timed(lambda: sessions.book(db, admin, SessionInput(
                   kind="individual", member_ids=(1999,), counselor_id=7,
                   starts_at=datetime(2027, 3, 6, 7, 0), duration_minutes=30),
                   Recurrence(Frequency.WEEKLY, count=52)), 1))
        db.dispose()
    clock.set_now(None)


if __name__ == "__main__":
    main()
