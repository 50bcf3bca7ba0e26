"""Wellbeing on a large history: 10,000 members and 100,000 responses over ten years
(yearly check-ins, and PHQ-9, GAD-7 and PCL-5 screenings sealed as the program seals
them). Targets: the yearly table under 100 ms and at most twice a hand-written SQL
aggregate of the same rule in the same run; one member's trend under 20 ms."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, text
from sqlalchemy.engine import make_url

from safehouse import clock
from safehouse.models import Member, Membership
from safehouse.models.wellbeing import Response
from safehouse.services import access, wellbeing, wellbeing_figures
from safehouse.services.instruments import INSTRUMENTS, InstrumentCode
from safehouse.services.reading import Read
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault
from tests.benchmarks.bench import PASSWORD, report, timed

MEMBERS = 10_000
YEARLY = 70_000
SCREENINGS = 30_000
TODAY = date(2026, 11, 1)
START = TODAY - timedelta(days=3652)

HAND_WRITTEN = """
SELECT year, count(*), sum(health), sum(CASE WHEN threatened THEN 1 ELSE 0 END)
FROM (SELECT substr(taken_on, 1, 4) AS year, health, repatriation_threat AS threatened,
             lead(taken_on) OVER (PARTITION BY member_id ORDER BY taken_on, id) AS next_on
      FROM wellbeing_responses WHERE instrument = 'yearly') AS ordered
WHERE next_on IS NULL OR substr(next_on, 1, 4) <> year GROUP BY year ORDER BY year
"""

def fill(db: Database, rng: random.Random) -> None:
    now = clock.utcnow()
    with db.transaction() as s:
        s.execute(insert(Member), [
            {"id": i, "code": f"M-{i:06d}", "name": f"가상인물 {i}", "alias": "", "phone": "",
             "status": "active", "notes": ""} for i in range(1, MEMBERS + 1)])
        s.execute(insert(Membership), [
            {"member_id": i, "start_on": START, "end_on": None, "ended_as": None}
            for i in range(1, MEMBERS + 1)])
        s.execute(insert(Response), [
            {"member_id": rng.randint(1, MEMBERS), "instrument": "yearly",
             "taken_on": START + timedelta(days=rng.randint(0, 3650)),
             "health": rng.randint(1, 5), "repatriation_threat": rng.random() < 0.4,
             "screening": "", "recorded_at": now} for _ in range(YEARLY)])
    screenings = [INSTRUMENTS[c] for c in (InstrumentCode.PHQ9, InstrumentCode.GAD7,
                                           InstrumentCode.PCL5)]
    for chunk in range(0, SCREENINGS, 5000):  # sealed one by one, as the program does
        with db.transaction() as s:
            for _ in range(chunk, min(chunk + 5000, SCREENINGS)):
                inst = rng.choice(screenings)
                answers = tuple(rng.choice(i.values) for i in inst.items)
                result = inst.score(answers)
                r = Response(member_id=rng.randint(1, MEMBERS), instrument=inst.code.value,
                             taken_on=START + timedelta(days=rng.randint(0, 3650)),
                             recorded_at=now)
                r.set_screening(answers, result.score, result.band.code if result.band else "")
                s.add(r)


def cpu(fn: Callable[[], object], runs: int = 7) -> float:
    """The median processor time of ``fn`` in this process (SQLite runs in it), in ms."""
    samples = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        samples.append((time.process_time() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    clock.set_now(None)
    with tempfile.TemporaryDirectory(prefix="safehouse-bench-wellbeing-") as folder:
        vault = Vault(make_url(f"sqlite+pysqlite:///{Path(folder) / 'wellbeing.db'}"))
        opened = access.set_up(vault, organisation="Bench", username="admin",
                               display_name="Bench Admin", password=PASSWORD)
        db, admin = opened.db, opened.actor
        clock.set_now(datetime(TODAY.year, TODAY.month, TODAY.day, 12))
        fill(db, random.Random(17))
        print(f"database: {MEMBERS} members, {YEARLY + SCREENINGS} responses "
              f"({SCREENINGS} sealed screenings; SQLCipher)")
        table = timed(lambda: wellbeing_figures.yearly_figures(db, admin), 7)

        def hand() -> object:
            with db.engine.connect() as conn:
                return conn.execute(text(HAND_WRITTEN)).all()

        raw = timed(hand, 7)
        report("yearly table (one response per member per year)", table)
        report("hand-written SQL aggregate of the same rule", raw)
        ratio = table / raw
        cpu_table = cpu(lambda: wellbeing_figures.yearly_figures(db, admin))
        cpu_raw = cpu(hand)
        report("yearly table, processor time (less the machine's load)", cpu_table)
        report("hand-written SQL, processor time", cpu_raw)
        check = wellbeing_figures.yearly_figures(db, admin)
        assert [int(r[0]) for r in hand()] == [f.year for f in check]
        assert [r[1] for r in hand()] == [f.respondents for f in check]
        print(f"{'ratio yearly table / hand-written SQL':<58} {ratio:9.2f}")
        member = 4242
        trend = timed(lambda: wellbeing.trends(db, admin, member, purpose=Read.REFRESH), 7)
        report("one member's trends (every instrument)", trend)
        listed = timed(lambda: wellbeing.list_responses(db, admin, member,
                                                        purpose=Read.REFRESH), 7)
        report("one member's responses (the Check-ins tab's table)", listed)
        due = timed(lambda: wellbeing_figures.due_check_ins(db, admin), 3)
        report("check-ins due (10,000 active members)", due)
        print(f"targets: yearly table < 100 ms {'met' if table < 100 else 'MISSED'} "
              f"(processor time {'met' if cpu_table < 100 else 'MISSED'}); "
              f"≤ 2× hand-written {'met' if ratio <= 2 else 'MISSED'}; "
              f"trend < 20 ms {'met' if trend < 20 else 'MISSED'}")
        db.dispose()
        clock.set_now(None)


if __name__ == "__main__":
    main()
