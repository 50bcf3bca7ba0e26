"""The 100,000-row members CSV import: time, processor time and peak memory.

A fictional file (generated Korean and romanised names; one row in ten with a code of
its own, and one in ten referred by an earlier row's code) is written in a temporary
folder, then imported into a fresh encrypted database by a child process, so that the
peak memory measured (``ru_maxrss``) is the import's and not this process's. Budget:
peak memory under 300 MB. Everything is removed at the end.

Run with ``python -m tests.benchmarks.import_bench [ROWS]``; ``make bench`` runs it.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks import peak_memory

ROWS = 100_000
BUDGET_MB = 300
FAMILY = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = "하나은비수진지영미경서연민지혜원유나소희다은예린가람보라"
ROMAN_FAMILY = ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim")
ROMAN_GIVEN = ("Hana", "Eunbi", "Sujin", "Jiyoung", "Mikyung", "Seoyeon", "Minji", "Hyewon")


def write_csv(path: Path, rows: int, seed: int = 7) -> None:
    """``rows`` fictional members; codes M-100001… on every tenth row."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        f.write("code,name,alias,sex,birth_year,status,joined_on,left_on,referred_by\r\n")
        last_code = ""
        for i in range(rows):
            name = rng.choice(FAMILY) + rng.choice(GIVEN) + rng.choice(GIVEN)
            alias = f"{rng.choice(ROMAN_FAMILY)} {rng.choice(ROMAN_GIVEN)}"
            code = f"M-{100001 + i}" if i % 10 == 0 else ""
            status, joined, left = "enquiry", "", ""
            if i % 3 == 1:
                status, joined = "active", f"20{rng.randint(10, 25)}-0{rng.randint(1, 9)}-1{i % 9}"
            elif i % 3 == 2 and i % 2:
                status, joined, left = "alumni", "2015-03-02", "2020-06-30"
            ref = last_code if i % 10 == 5 else ""
            f.write(f"{code},{name},{alias},female,{1960 + i % 45},{status},{joined},{left},"
                    f"{ref}\r\n")
            last_code = code or last_code


def child(csv_path: str, folder: str) -> None:
    """Set up an encrypted database, import the file, print the figures as JSON."""
    from sqlalchemy.engine import make_url

    from safehouse.services import access, member_csv
    from safehouse.storage.vault import Vault

    vault = Vault(make_url(f"sqlite+pysqlite:///{Path(folder) / 'import.db'}"))
    opened = access.set_up(vault, organisation="Bench", username="admin",
                           display_name="Bench Admin", password="benchmark password")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    reset = peak_memory.reset()  # set-up's Argon2 made the peak so far; the import's own from here
    start, cpu = time.perf_counter(), time.process_time()
    result = member_csv.import_members(opened.db, opened.actor, Path(csv_path))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    own = peak_memory.peak_kb() if reset else peak
    opened.db.dispose()
    print(json.dumps({"rows": result.rows, "created": result.created,
                      "problems": len(result.problems), "seconds": elapsed, "cpu": cpu,
                      "before_mb": before / 1024, "peak_mb": peak / 1024,
                      "import_peak_mb": own / 1024}))


def measure(rows: int = ROWS) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="safehouse-import-bench-") as folder:
        csv_path = Path(folder) / "members.csv"
        write_csv(csv_path, rows)
        size = csv_path.stat().st_size
        out = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.import_bench", "--child",
             str(csv_path), folder],
            check=True, capture_output=True, text=True, timeout=1800)
        figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
        figures["file_mb"] = size / 1e6
        figures["db_mb"] = (Path(folder) / "import.db").stat().st_size / 1e6
    return figures


def main(rows: int = ROWS) -> bool:
    """Print the figures; False when the memory budget is missed."""
    f = measure(rows)
    if f["problems"] or f["created"] != rows:
        raise SystemExit(f"the import refused the file: {f}")
    ok = f["import_peak_mb"] < BUDGET_MB
    print(f"CSV import of {rows} rows ({f['file_mb']:.1f} MB file, "
          f"{f['db_mb']:.0f} MB database)")
    print(f"  time {f['seconds']:.1f} s, processor {f['cpu']:.1f} s, "
          f"{rows / f['seconds']:.0f} rows/s")
    print(f"  peak memory during the import {f['import_peak_mb']:.0f} MB (the set-up's "
          f"Argon2 before it: {f['before_mb']:.0f} MB)"
          f"   budget < {BUDGET_MB} MB   {'ok' if ok else 'MISSED'}")
    return ok


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3])
    elif not main(int(sys.argv[1]) if len(sys.argv) > 1 else ROWS):
        raise SystemExit(1)
