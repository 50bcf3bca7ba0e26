"""Crash safety, proven (issue 12, item 3): a writer committing changes through the real
services is killed with SIGKILL at random moments; after each kill the database is
sound (SQLite's and SQLCipher's integrity checks, foreign keys, ``safehouse check`` with
the audit chain), every commit the writer confirmed is there, and no transaction is
there by half.

The reduced run (20 kills) is part of ``make test``; the full one (200 kills) runs with
``pytest -m crash_full tests/crash`` (``make crash``). ``SAFEHOUSE_CRASH_SEED`` replays a
run's random choices.
"""

from __future__ import annotations

import os
import signal

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import pg_url
from tests.crash import harness
from tests.crash.harness import Result, Target

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"),
                                reason="needs SIGKILL and fork")

DISK_LIMIT = 200 * 1024 * 1024
TIME_LIMIT = 180.0


def _seed() -> int | None:
    seed = os.environ.get("SAFEHOUSE_CRASH_SEED")
    return int(seed) if seed else None


def _prove(target: Target, tmp_path, kills: int, budget: float) -> Result:  # type: ignore[no-untyped-def]
    key = harness.prepare(target)
    # the full run's first writer is a fresh interpreter, as from the command line
    result = harness.run(target, key, tmp_path, kills, seed=_seed(), budget=budget,
                         fresh_first=kills >= 200)
    print(f"\ncrash harness ({'SQLite' if target.is_sqlite else 'PostgreSQL'}): "
          f"{result.summary()}")
    assert result.problems == [], result.summary() + "\n" + "\n".join(result.problems[:20])
    assert result.kills == kills
    assert result.confirmed >= kills  # the kills did come while it was writing
    assert result.peak_bytes < DISK_LIMIT
    return result


def test_a_writer_killed_20_times_loses_no_confirmed_commit(tmp_path):
    _prove(harness.sqlite_target(tmp_path), tmp_path, 20, budget=60.0)


@pytest.mark.crash_full
def test_a_writer_killed_200_times_loses_no_confirmed_commit(tmp_path):
    result = _prove(harness.sqlite_target(tmp_path), tmp_path, 200, budget=TIME_LIMIT - 10)
    assert result.seconds < TIME_LIMIT


def _pg_target(tmp_path):  # type: ignore[no-untyped-def]
    url = pg_url()
    if url is None:
        pytest.skip("PostgreSQL tests need SAFEHOUSE_TEST_PG_URL")
    from safehouse.storage.db import resolve_url

    target = harness.pg_target(resolve_url(url))
    engine = create_engine(target.url)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{target.schema}"'))
    return target, engine


@pytest.mark.postgres
@pytest.mark.parametrize("kills", [
    20, pytest.param(200, marks=pytest.mark.crash_full)])
def test_a_writer_on_postgresql_killed_loses_no_confirmed_commit(tmp_path, kills):
    target, engine = _pg_target(tmp_path)
    try:
        _prove(target, tmp_path, kills, budget=TIME_LIMIT - 10)
    finally:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{target.schema}" CASCADE'))
        engine.dispose()
