"""Printed reports: a member's progress summary on the demo database (target: under
150 ms, and at most 1.5 times the same flowables laid out by bare ReportLab — no data
read, no frame — in the same run), and the impact report over ten years of 10,000
members with 70,000 yearly check-ins (target: under 1 s)."""

from __future__ import annotations

import random
import tempfile
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path

from reportlab.platypus import SimpleDocTemplate
from sqlalchemy import insert, select
from sqlalchemy.engine import make_url

from safehouse import clock
from safehouse.models import Member
from safehouse.models.wellbeing import Response
from safehouse.services import access, demo
from safehouse.services.reports import fonts, produce, progress
from safehouse.services.reports.progress_data import progress_data
from safehouse.services.reports.requests import ReportRequest
from safehouse.storage.vault import Vault
from tests.benchmarks import community_bench
from tests.benchmarks.bench import PASSWORD, report, timed

TODAY = date(2026, 11, 1)


def _progress(folder: Path) -> tuple[float, float]:
    vault = Vault(make_url(f"sqlite+pysqlite:///{folder / 'progress.db'}"))
    opened = access.set_up(vault, organisation="Bench", username="admin",
                           display_name="Bench Admin", password=PASSWORD)
    db, admin = opened.db, opened.actor
    demo.build_demo(db, admin, members=40, seed=5, today=TODAY)
    with db.transaction() as s:
        member_id = s.scalar(select(Member.id).order_by(Member.id))
    assert member_id is not None
    request = ReportRequest("progress", member_ids=(member_id,), start=date(2025, 11, 1),
                            end=TODAY)
    fonts.register()
    produce.produce(db, admin, request)  # warm: fonts parsed, modules loaded
    ours = timed(lambda: produce.produce(db, admin, request), 9)
    data = progress_data(db, admin, member_id, start=request.start, end=request.end)

    def bare() -> None:
        SimpleDocTemplate(BytesIO()).build(
            progress.story(data, "en", "A4", lambda: False))

    plain = timed(bare, 9)
    db.dispose()
    return ours, plain


def _impact(folder: Path) -> float:
    vault = Vault(make_url(f"sqlite+pysqlite:///{folder / 'impact.db'}"))
    opened = access.set_up(vault, organisation="Bench", username="admin",
                           display_name="Bench Admin", password=PASSWORD)
    db, admin = opened.db, opened.actor
    rng = random.Random(17)
    community_bench.fill(db, rng)
    now = clock.utcnow()
    start = community_bench.START
    with db.transaction() as s:
        s.execute(insert(Response), [
            {"member_id": rng.randint(1, community_bench.MEMBERS), "instrument": "yearly",
             "taken_on": start + timedelta(days=rng.randint(0, 3650)),
             "health": rng.randint(1, 5), "repatriation_threat": rng.random() < 0.4,
             "screening": "", "recorded_at": now} for _ in range(70_000)])
    request = ReportRequest("impact", first_year=TODAY.year - 9, last_year=TODAY.year)
    produce.produce(db, admin, request)
    took = timed(lambda: produce.produce(db, admin, request), 3)
    db.dispose()
    return took


def main() -> None:
    clock.set_now(datetime(TODAY.year, TODAY.month, TODAY.day, 12))
    try:
        with tempfile.TemporaryDirectory(prefix="safehouse-bench-reports-") as folder:
            ours, plain = _progress(Path(folder))
            report("progress summary (data, layout, frame, page N of M)", ours)
            report("the same flowables in bare ReportLab", plain)
            ratio = ours / plain
            print(f"  ratio {ratio:.2f}")
            impact = _impact(Path(folder))
            report("impact report, 10 years, 10,000 members", impact)
            print(f"targets: progress < 150 ms {'met' if ours < 150 else 'MISSED'}; "
                  f"ratio <= 1.5 {'met' if ratio <= 1.5 else 'MISSED'}; "
                  f"impact < 1 s {'met' if impact < 1000 else 'MISSED'}")
    finally:
        clock.set_now(None)


if __name__ == "__main__":
    main()
