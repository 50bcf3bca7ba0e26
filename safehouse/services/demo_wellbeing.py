"""The demo's wellbeing records (fictional): a yearly check-in for each member in most
of the last five years she was in the network — from her arrival in Korea, since the
organisation asks residents and not (a few answered twice in a year, the later answer
counting), and PHQ-9, GAD-7 and PCL-5 screenings for some of them, every
few months. Every alert the answers raise is recorded; those older than a month are
acknowledged with a note, the rest are open on the dashboard. Its own random stream, so
the rest of the demo stays as it was for a seed."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta

from safehouse import clock
from safehouse.models.wellbeing import Alert, InstrumentCode, Response
from safehouse.services.demo_rows import DemoMember, Rows
from safehouse.services.instruments import INSTRUMENTS, Instrument

NOTES = (
    "상담사가 전화로 안부를 확인하고 다음 상담을 잡았습니다.",
    "Met with her the same day; safety plan reviewed.",
    "Referred to the partner clinic; follow-up next week.",
)


def _answers(rng: random.Random, inst: Instrument, mood: float) -> tuple[int, ...]:
    """Answers leaning low or high with ``mood`` (0 well … 1 struggling)."""
    found = []
    for values in _VALUES[inst.code]:
        pick = min(len(values) - 1, int(rng.random() ** (1.6 - mood) * len(values)))
        found.append(values[pick])
    return tuple(found)


_VALUES = {code: tuple(item.values for item in inst.items)
           for code, inst in INSTRUMENTS.items()}


def _member_days(m: DemoMember, first: date, last: date) -> tuple[date, date] | None:
    days = [p.start_on for p in m.memberships]
    if not days:
        return None
    # the network reaches people before they join: from their arrival in Korea
    start = max(min([*days, m.arrived_on or min(days)]), first)
    ends = [p.end_on for p in m.memberships]
    end = last if any(e is None for e in ends) else min(last, max(e for e in ends if e))
    return (start, end) if start <= end else None


def _alert_entry(kind: str, note: str | None) -> str:
    fields = {"kind": kind} if note is None else {"kind": kind, "note": note}
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)


def add_wellbeing(rows: Rows, members: list[DemoMember], today: date, seed: int,
                  recorder_id: int | None, *, network: bool = False) -> tuple[int, int]:
    """Add the check-ins, screenings and their alerts; (responses, alerts). A network's
    counselors screen more of their people, and more often."""
    rng = random.Random(seed * 53 + 5)
    first = date(today.year - 4, 1, 1)
    screened, gaps = (0.95, (28, 64)) if network else (0.45, (60, 150))
    made: list[tuple[int, str, date, int | None, bool | None, tuple[int, ...]]] = []
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
                threat = rng.random() < 0.2 + 0.5 * mood
                made.append((m.id, InstrumentCode.YEARLY.value, day, health, threat,
                             (health, 1 if threat else 0)))
        if rng.random() < screened and span[1] >= today - timedelta(days=60):
            joined = min(p.start_on for p in m.memberships)
            day = max(joined, today - timedelta(days=rng.randint(400, 700)))
            while day <= span[1]:
                code = rng.choice((InstrumentCode.PHQ9, InstrumentCode.PHQ9,
                                   InstrumentCode.GAD7, InstrumentCode.PCL5))
                made.append((m.id, code.value, day, None, None,
                             _answers(rng, INSTRUMENTS[code], mood)))
                day += timedelta(days=rng.randint(*gaps))
                mood = max(0.0, mood - rng.uniform(0, 0.15))  # counseling helps, mostly
    alerts = 0
    for member_id, instrument, taken_on, plain_health, plain_threat, answers in made:
        at = datetime.combine(taken_on, time(15), clock.zone()).astimezone(UTC)
        inst = INSTRUMENTS[InstrumentCode(instrument)]
        result = inst.score_valid(answers)  # made from the items' values
        response_id = rows.new_id(Response)
        screening = "" if plain_health is not None else json.dumps(
            {"answers": list(answers), "score": result.score,
             "band": result.band.code if result.band else ""}, sort_keys=True)
        rows.add(Response, {
            "id": response_id, "member_id": member_id, "instrument": instrument,
            "taken_on": taken_on, "health": plain_health,
            "repatriation_threat": plain_threat,
            "screening": rows.seal(Response, "screening", response_id, screening),
            "recorded_at": at, "recorded_by_id": recorder_id})
        for kind in result.alerts:
            alert_id = rows.new_id(Alert)
            old = taken_on < today - timedelta(days=30)
            entry = _alert_entry(kind.value, rng.choice(NOTES) if old else None)
            rows.add(Alert, {
                "id": alert_id, "response_id": response_id, "member_id": member_id,
                "raised_at": at,
                "acknowledged_at": at + timedelta(days=1) if old else None,
                "acknowledged_by_id": recorder_id if old else None,
                "entry": rows.seal(Alert, "entry", alert_id, entry)})
            alerts += 1
    return len(made), alerts
