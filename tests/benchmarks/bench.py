"""Figures a user would feel: logging in, opening the member list and the rooms board,
importing a CSV, making a backup on a 200-member demo; then the suite with budgets on a
10,000-member demo (``safehouse demo --members 10000``: 200,000 sessions, 100,000
responses), each figure against its baseline measured in the same run, printed as one
table (``scale_bench``; a budget missed makes the run fail). Run with `make bench`; not
part of `make test`. Before it, the printed reports' figures (``report_bench``: the
progress summary against bare ReportLab) and the 100,000-row members import
(``import_bench``: peak memory under 300 MB). ``community_bench``, ``counseling_bench``
and ``wellbeing_bench`` run alone (``python -m tests.benchmarks.NAME``) on databases
shaped for their worst cases.

Everything happens in a temporary folder that is removed at the end; each figure is the
median of a few runs, printed in milliseconds.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy.engine import make_url

from safehouse.services import access, backups, demo, member_csv, members, rooms
from safehouse.storage.vault import Vault

PASSWORD = "benchmark password"


def timed(fn: Callable[[], object], runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def report(what: str, ms: float) -> None:
    print(f"{what:<58} {ms:9.1f} ms")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="safehouse-bench-") as folder:
        vault = Vault(make_url(f"sqlite+pysqlite:///{Path(folder) / 'bench.db'}"))
        opened = access.set_up(vault, organisation="Bench", username="admin",
                               display_name="Bench Admin", password=PASSWORD)
        db, admin = opened.db, opened.actor
        summary = demo.build_demo(db, admin, members=200, seed=3, today=date(2026, 11, 1))
        print(f"database: {summary.members} members, {summary.rooms} rooms "
              f"(SQLCipher, real Argon2id parameters)")

        def log_in() -> None:
            access.log_in(vault, "admin", PASSWORD).db.dispose()

        report("log in (unwrap the key, open, check the account)", timed(log_in))
        report("member list (all members with today's room)",
               timed(lambda: members.list_members(db, admin)))
        report("rooms board for one day", timed(lambda: rooms.board(db, admin)))

        rows = ["code,name,alias,sex,birth_year,status,joined_on,left_on,referred_by"]
        rows += [f",가상인물{i},Person {i},female,1990,enquiry,,," for i in range(1000)]
        data = ("\n".join(rows) + "\n").encode("utf-8")
        report("CSV import of 1000 rows, dry run (every row checked)",
               timed(lambda: member_csv.import_members(db, admin, data, dry_run=True), 3))
        report("CSV import of 1000 rows, written in one transaction",
               timed(lambda: member_csv.import_members(db, admin, data, dry_run=False), 1))
        report("member list after the import (1200 members)",
               timed(lambda: members.list_members(db, admin)))
        out = Path(folder) / "out"
        out.mkdir()
        report("backup (consistent encrypted copy, checked, rotated)",
               timed(lambda: backups.make_backup(db, admin, out), 3))
        db.dispose()
    from tests.benchmarks import import_bench

    imported = import_bench.main()  # 100,000 rows in a child process: its peak memory
    from tests.benchmarks import report_bench  # it borrows timed()

    report_bench.main()
    from tests.benchmarks import scale_bench

    if not scale_bench.main([]) or not imported:
        raise SystemExit("a budget was missed (see the table above)")


if __name__ == "__main__":
    main()
