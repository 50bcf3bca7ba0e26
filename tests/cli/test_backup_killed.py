"""``safehouse backup`` killed (SIGKILL) at random moments, in a real process: what it
leaves is never listed, never the day's backup, never rotated in place of a good one,
never restored, and is cleaned up by the next backup (issue 7, item 3)."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from safehouse import cli, clock, files
from safehouse.services import access, backups
from safehouse.storage import backup as store
from safehouse.storage import sqlcipher
from safehouse.storage.vault import Vault

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

PASSWORD = "a long enough secret"
MEMBERS = 12_000  # about 5 MB: a copy takes a few tenths of a second
KILLS = 8
BUDGET = 40.0  # seconds for all the kills together


def member_count(path: Path, key: bytes) -> int:
    conn = sqlcipher.connect(path, key, read_only=True)
    try:
        return int(conn.execute("SELECT count(*) FROM members").fetchone()[0])
    finally:
        conn.close()


def fill(dbfile: Path) -> None:
    opened = access.log_in(Vault.open(dbfile), "admin", PASSWORD)
    try:
        with opened.db.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO members (code, name, alias, phone, status, notes) "
                     "VALUES (:code, :name, '', '', 'active', :notes)"),
                [{"code": f"M-{n:05d}", "name": f"Fictional Person {n}", "notes": "n" * 300}
                 for n in range(1, MEMBERS + 1)])
    finally:
        opened.db.dispose()


def kill_during_backup(dbfile: Path, folder: Path, delay: float) -> None:
    """Start ``safehouse backup``; once it has put anything in the folder, wait
    ``delay`` seconds and kill it."""
    before = set(folder.iterdir())
    proc = subprocess.Popen(
        [sys.executable, "-m", "safehouse.cli", "--db", str(dbfile), "--user", "admin",
         "backup"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 15
        while proc.poll() is None and time.monotonic() < deadline:
            if set(folder.iterdir()) - before:
                break
            time.sleep(0.002)
        time.sleep(delay)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()


def test_a_backup_killed_at_random_moments_leaves_nothing_that_counts(
        tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", PASSWORD)
    dbfile = tmp_path / "safehouse.db"
    assert cli.main(["--db", str(dbfile), "--user", "admin", "init"]) == 0
    fill(dbfile)
    opened = access.log_in(Vault.open(dbfile), "admin", PASSWORD)
    db, admin = opened.db, opened.actor
    try:
        folder = backups.backup_folder(db)
        assert db.key is not None
        # a good backup from yesterday: the day's automatic one is due
        good = store.make_backup(db, now=clock.now() - timedelta(hours=30))
        seed = random.randrange(1 << 30)
        rng = random.Random(seed)
        # most while copying and checking, the last ones later (placing, rotating)
        delays = [rng.uniform(0, 0.25) for _ in range(KILLS - 2)] + [
            rng.uniform(0.25, 0.4), rng.uniform(0.4, 0.6)]
        started = time.monotonic()
        for delay in delays:
            if time.monotonic() - started > BUDGET:
                break
            kill_during_backup(dbfile, folder, delay)
        why = f"(random seed {seed}, delays {[round(d, 3) for d in delays]})"

        # every file there is private; every name is a backup, its key file or anchor,
        # or a temporary name no listing matches (the key file's and the anchor's own
        # temporary files included: the next backup cleans them up, below)
        for path in folder.iterdir():
            assert stat_mode(path) == 0o600, f"{path.name} {why}"
            companion = re.sub(r"\.(keys|anchor)$", "", path.name)
            assert store.is_backup(path) or store.is_backup(path.with_name(companion)) \
                or files.is_temp(path), f"{path.name} {why}"
        # each listed backup has its key file, opens, and is whole
        listed = backups.list_backups(db, admin)
        assert good in [b.file for b in listed]
        for info in listed:
            assert info.verified, f"{info.file.name}: {info.problem} {why}"
            assert store.keys_path(info.file).exists(), why
            assert member_count(info.file, db.key) == MEMBERS, why

        # the day's backup: made now unless a whole one of today is there
        backups.backup_if_due(db, admin)
        newest = backups.list_backups(db, admin)[0]
        assert newest.verified and clock.now().replace(tzinfo=None) - newest.taken_at \
            < timedelta(hours=24), why

        # a rotation far ahead keeps only good backups, the newest among them
        store.rotate(folder, now=clock.now() + timedelta(days=40))
        kept = backups.list_backups(db, admin)
        assert kept and kept[0].file == newest.file and all(b.verified for b in kept), why

        # the next backup removes the leftovers (those of stopped programs, once stale)
        for path in folder.iterdir():
            if files.is_temp(path):
                then = path.stat().st_mtime - 3600
                os.utime(path, (then, then))
        backups.make_backup(db, admin)
        assert [p.name for p in folder.iterdir() if files.is_temp(p)] == [], why
    finally:
        db.dispose()

    # and the newest restores, whole
    capsys.readouterr()
    assert cli.main(["--db", str(dbfile), "--user", "admin", "restore",
                     str(newest.file), "--yes"]) == 0
    assert member_count(dbfile, db.key) == MEMBERS
    total = sum(p.stat().st_size for p in tmp_path.rglob("*") if p.is_file())
    assert total < 100 * 1024 * 1024


def stat_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777
