"""The demo's wellbeing records (fictional): a yearly check-in for each member in most
of the last five years she was in the network — from her arrival in Korea, since the
organisation asks residents and not (a few answered twice in a year, the later answer
counting), and PHQ-9, GAD-7 and PCL-5 screenings for some of them, every
few months. Every alert the answers raise is recorded; those older than a month are
acknowledged with a note, the rest are open on the dashboard. Its own random stream, so
the rest of the demo stays as it was for a seed."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.models import Member
from safehouse.models.wellbeing import Alert, InstrumentCode, Response
from safehouse.services.instruments import INSTRUMENTS, Instrument

NOTES = (
    "상담사가 전화로 안부를 확인하고 다음 상담을 잡았습니다.",
    "Met with her the same day; safety plan reviewed.",
    "Referred to the partner clinic; follow-up next week.",
)


def _answers(rng: random.Random, inst: Instrument, mood: float) -> tuple[int, ...]:
    """Answers leaning low or high with ``mood`` (0 well … 1 struggling)."""
    found = []
    for item in inst.items:
        values = item.values
        pick = min(len(values) - 1, int(rng.random() ** (1.6 - mood) * len(values)))
        found.append(values[pick])
    return tuple(found)


def _member_days(m: Member, first: date, last: date) -> tuple[date, date] | None:
    days = [p.start_on for p in m.memberships]
    if not days:
        return None
    # the network reaches people before they join: from their arrival in Korea
    start = max(min([*days, m.arrived_on or min(days)]), first)
    ends = [p.end_on for p in m.memberships]
    end = last if any(e is None for e in ends) else min(last, max(e for e in ends if e))
    return (start, end) if start <= end else None


def add_wellbeing(s: Session, members: list[Member], today: date, seed: int,
                  recorder_id: int | None) -> tuple[int, int]:
    """Add the check-ins, screenings and their alerts; (responses, alerts)."""
    rng = random.Random(seed * 53 + 5)
    first = date(today.year - 4, 1, 1)
    made: list[Response] = []
    for m in members:
        span = _member_days(m, first, today)
        if span is None:
            continue
        mood = rng.random()
        for year in range(span[0].year, span[1].year + 1):
            low = max(span[0], date(year, 1, 1))
            high = min(span[1], date(year, 12, 31))
            if (high - low).days < 20 or rng.random() < 0.15:
                continue
            for _ in range(2 if rng.random() < 0.1 else 1):
                day = low + timedelta(days=rng.randint(0, (high - low).days))
                health = max(1, min(5, round(1 + (1 - mood) * 3 + rng.uniform(-1, 1)
                                             + (year - first.year) * 0.2)))
                made.append(Response(member_id=m.id, instrument=InstrumentCode.YEARLY.value,
                                     taken_on=day, health=health,
                                     repatriation_threat=rng.random() < 0.2 + 0.5 * mood))
        if rng.random() < 0.45 and span[1] >= today - timedelta(days=60):
            joined = min(p.start_on for p in m.memberships)
            day = max(joined, today - timedelta(days=rng.randint(400, 700)))
            while day <= span[1]:
                code = rng.choice((InstrumentCode.PHQ9, InstrumentCode.PHQ9,
                                   InstrumentCode.GAD7, InstrumentCode.PCL5))
                inst = INSTRUMENTS[code]
                answers = _answers(rng, inst, mood)
                result = inst.score(answers)
                r = Response(member_id=m.id, instrument=code.value, taken_on=day)
                r.set_screening(answers, result.score, result.band.code if result.band else "")
                made.append(r)
                day += timedelta(days=rng.randint(60, 150))
                mood = max(0.0, mood - rng.uniform(0, 0.15))  # counseling helps, mostly
    alerts = 0
    for r in made:
        at = datetime.combine(r.taken_on, time(15), clock.zone()).astimezone(UTC)
        r.recorded_at, r.recorded_by_id = at, recorder_id
        inst = INSTRUMENTS[InstrumentCode(r.instrument)]
        for kind in inst.score(r.answers).alerts:
            alert = Alert(member_id=r.member_id, raised_at=at)
            alert.kind = kind.value
            if r.taken_on < today - timedelta(days=30):
                alert.acknowledged_at = at + timedelta(days=1)
                alert.acknowledged_by_id = recorder_id
                alert.note = rng.choice(NOTES)
            r.alerts.append(alert)
            alerts += 1
        s.add(r)
    return len(made), alerts
