"""The Community page's figures on a large history: 10,000 members over ten years, who
joined, left and came back, most of them reached by an earlier member. Targets: the
growth chart's data under 100 ms, the referral tree under 200 ms."""

from __future__ import annotations

import random
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.engine import make_url

from safehouse import clock
from safehouse.models import CommunityGoal, Member, Membership
from safehouse.services import access, community, referrals
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault
from tests.benchmarks.bench import PASSWORD, report, timed

MEMBERS = 10_000
TODAY = date(2026, 11, 1)
START = TODAY - timedelta(days=3652)


def fill(db: Database, rng: random.Random) -> None:
    members: list[dict[str, object]] = []
    periods: list[dict[str, object]] = []
    for i in range(1, MEMBERS + 1):
        joined = START + timedelta(days=int(3650 * (i / MEMBERS) ** 0.7))
        by = rng.randint(max(1, i - 400), i - 1) if i > 1 and rng.random() < 0.7 else None
        members.append({"id": i, "code": f"M-{i:06d}", "name": f"가상인물 {i}", "alias": "",
                        "phone": "", "status": "active", "notes": "", "referred_by_id": by})
        if rng.random() < 0.3:  # left, and some came back
            left = joined + timedelta(days=rng.randint(30, 900))
            if left < TODAY:
                periods.append({"member_id": i, "start_on": joined, "end_on": left,
                                "ended_as": "alumni"})
                back = left + timedelta(days=rng.randint(30, 400))
                if back < TODAY and rng.random() < 0.4:
                    periods.append({"member_id": i, "start_on": back, "end_on": None,
                                    "ended_as": None})
                continue
        periods.append({"member_id": i, "start_on": joined, "end_on": None, "ended_as": None})
    with db.transaction() as s:
        s.execute(insert(Member), members)
        s.execute(insert(Membership), periods)
        s.add(CommunityGoal(target_low=15, target_high=20, start_on=START,
                            due_on=START + timedelta(days=730), note=""))


def main() -> None:
    clock.set_now(None)
    with tempfile.TemporaryDirectory(prefix="safehouse-bench-community-") as folder:
        vault = Vault(make_url(f"sqlite+pysqlite:///{Path(folder) / 'community.db'}"))
        opened = access.set_up(vault, organisation="Bench", username="admin",
                               display_name="Bench Admin", password=PASSWORD)
        db, admin = opened.db, opened.actor
        clock.set_now(datetime(TODAY.year, TODAY.month, TODAY.day, 12))
        fill(db, random.Random(11))
        print(f"database: {MEMBERS} members over ten years (SQLCipher)")
        chart = timed(lambda: community.growth(db, admin,
                                               start=START, end=TODAY))
        report("community chart data (10 years, trend of 6 months)", chart)
        tree = timed(lambda: referrals.referral_tree(db, admin))
        report("referral tree (every generation)", tree)
        report("referral figures for a year",
               timed(lambda: referrals.referral_figures(db, admin, date(2025, 1, 1),
                                                        date(2025, 12, 31))))
        print(f"targets: chart < 100 ms {'met' if chart < 100 else 'MISSED'}; "
              f"tree < 200 ms {'met' if tree < 200 else 'MISSED'}")
        db.dispose()
        clock.set_now(None)


if __name__ == "__main__":
    main()
