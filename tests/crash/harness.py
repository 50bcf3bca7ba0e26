"""The crash harness: a writer (tests/crash/writer.py) commits changes through the real
services and prints each confirmed commit; the harness kills it with SIGKILL at a random
moment, then checks the database (tests/crash/checks.py), and does that again.

Writers are forked by one launcher (tests/crash/launcher.py) that has imported the
program once; the first writer of a full run is a fresh ``python -m tests.crash.writer``.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from safehouse.services import access, counselors, room_setup
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import CounselorInput
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault
from tests.crash import checks

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long enough secret"
# A writer that uses the launcher's login is killed after a random number (0 to
# MAX_COMMITS) of commits it has confirmed, then a random pause of up to MAX_PAUSE
# seconds (a commit takes about 30 ms on an idle machine: the kill falls anywhere in
# the next service call, its transaction or its commit). One in LOGIN_SHARE logs in
# itself and is killed within LOGIN_WINDOW seconds of its start: in its login (which
# writes too: its audit line, the key file's records) or its first commits.
MAX_COMMITS = 6
MAX_PAUSE = 0.08
LOGIN_SHARE = 0.15
LOGIN_WINDOW = 1.0
READY_TIMEOUT = 30.0
FULL_CHECK_EVERY = 10


@dataclass
class Result:
    seed: int
    kills: int = 0
    early_kills: int = 0
    confirmed: int = 0
    seconds: float = 0.0
    peak_bytes: int = 0
    writing: float = 0.0  # seconds from starting writers to their kills
    checking: float = 0.0  # seconds checking after the kills
    problems: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.kills} kills ({self.early_kills} of writers logging in), "
                f"{self.confirmed} confirmed commits, {len(self.problems)} problems, "
                f"{self.seconds:.1f} s ({self.writing:.1f} s writing, "
                f"{self.checking:.1f} s checking), peak disk {self.peak_bytes / 1e6:.1f} MB "
                f"(seed {self.seed})")


@dataclass
class Target:
    """Where the writers write: an SQLite file (``schema`` None) or a PostgreSQL schema."""

    url: URL
    schema: str | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.schema is None

    def vault(self) -> Vault:
        return Vault(self.url, schema=self.schema)

    def command_line(self) -> list[str]:
        url = str(self.url.database) if self.is_sqlite else self.url.render_as_string(
            hide_password=False)
        return [url] + ([self.schema] if self.schema else [])


def sqlite_target(folder: Path) -> Target:
    return Target(make_url(f"sqlite+pysqlite:///{folder / 'crash.db'}"))


def prepare(target: Target) -> bytes | None:
    """A new database with its administrator, a counselor and two rooms; returns the
    database key (SQLite), for the file checks."""
    vault = target.vault()
    opened = access.set_up(vault, organisation="Crash Test House",
                           username="admin", display_name="Crash Admin", password=PASSWORD)
    try:
        counselors.save_counselor(opened.db, opened.actor,
                                  CounselorInput(name="Yoon Counselor", languages="ko"))
        for n in (1, 2):
            room_setup.create_room(opened.db, opened.actor, name=f"Room {n}", floor=1,
                                   capacity=6)
        return opened.db.key
    finally:
        opened.db.dispose()
        vault.close()


def disk_use(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


class Launcher:
    """The launcher process and its pipe."""

    def __init__(self, target: Target, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.launcher", *target.command_line()],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def start(self, seed: int, output: Path, mode: str) -> int:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(f"go {seed} {output} {mode}\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline().split()
        assert answer[:1] == ["pid"], answer
        return int(answer[1])

    def ended(self) -> bool:
        """Whether the writer has already ended (its exit line is waiting)."""
        assert self.proc.stdout
        return bool(select.select([self.proc.stdout], [], [], 0)[0])

    def exit_code(self) -> int:
        assert self.proc.stdout
        return int(self.proc.stdout.readline().split()[2])

    def close(self) -> None:
        assert self.proc.stdin
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        finally:
            assert self.proc.stdout
            self.proc.stdout.close()


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []


def _wait_lines(output: Path, count: int, deadline: float) -> bool:
    """Wait until the writer has said it is ready and confirmed ``count`` commits."""
    while time.monotonic() < deadline:
        lines = _read_lines(output)
        if lines[:1] == ["ready"] and len(lines) > count:
            return True
        time.sleep(0.002)
    return False


def check_after_kill(target: Target, key: bytes | None, db: Database, actor: Actor,
                     lines: list[str], *, full: bool) -> list[str]:
    """Everything :mod:`tests.crash.checks` asks, on the database as the kill left it.
    ``db`` holds no connection while a writer runs: the checks open new ones, the first
    after the kill (each writer logs in afresh as the program does). ``full``: the whole
    of ``safehouse check`` (its schema check reads every migration: not after each
    kill), else the audit trail and the data rules."""
    problems = []
    if target.is_sqlite:
        assert key is not None and target.url.database
        problems += checks.file_problems(Path(target.url.database), key)
    problems += checks.program_problems(db, actor, full=full)
    problems += checks.half_done(db)
    problems += checks.missing(db, lines)
    db.engine.dispose()
    return problems


def _fresh_writer(target: Target, env: dict[str, str], seed: int, output: Path
                  ) -> subprocess.Popen[bytes]:
    """A writer from the command line, as a user's program would start."""
    errors = output.with_name(output.name + ".err")
    with output.open("w") as out, errors.open("w") as err:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.crash.writer", "--db", target.command_line()[0],
             "--seed", str(seed), *(["--schema", target.schema] if target.schema else [])],
            cwd=ROOT, env=env, stdout=out, stderr=err)


def run(target: Target, key: bytes | None, folder: Path, kills: int, *,
        seed: int | None = None, budget: float = 170.0, fresh_first: bool = True
        ) -> Result:
    """Kill ``kills`` writers (fewer if ``budget`` seconds run out) and check after each.
    ``fresh_first``: the first is a fresh interpreter (seconds to start on a busy
    machine), the others are forked by the launcher."""
    seed = random.randrange(1 << 30) if seed is None else seed
    rng = random.Random(seed)
    result = Result(seed)
    env = dict(os.environ, SAFEHOUSE_PASSWORD=PASSWORD)
    outputs = folder / "writers"
    outputs.mkdir()
    started = time.monotonic()
    launcher = Launcher(target, env)
    vault = target.vault()
    opened = access.log_in(vault, "admin", PASSWORD)
    opened.db.engine.dispose()
    try:
        for n in range(kills):
            if time.monotonic() - started > budget:
                result.problems.append(f"out of time after {n} kills")
                break
            output = outputs / f"{n}.txt"
            begun = time.monotonic()
            fresh = _fresh_writer(target, env, rng.randrange(1 << 30), output) \
                if n == 0 and fresh_first else None
            logging_in = fresh is None and rng.random() < LOGIN_SHARE
            pid = fresh.pid if fresh else launcher.start(
                rng.randrange(1 << 30), output, "login" if logging_in else "session")
            if logging_in:
                time.sleep(rng.uniform(0, LOGIN_WINDOW))
                result.early_kills += 1
            elif _wait_lines(output, rng.randint(0, MAX_COMMITS),
                             time.monotonic() + READY_TIMEOUT):
                time.sleep(rng.uniform(0, MAX_PAUSE))
            result.writing += time.monotonic() - begun
            ended_early = fresh.poll() is not None if fresh else launcher.ended()
            if not ended_early:
                os.kill(pid, signal.SIGKILL)
            code = fresh.wait() if fresh else launcher.exit_code()
            lines = [x for x in _read_lines(output) if x != "ready"]
            if ended_early or code != -signal.SIGKILL:
                errors = output.with_name(output.name + ".err")
                result.problems.append(f"writer {n} ended by itself ({code}): "
                                       f"{errors.read_text(encoding='utf-8')[-2000:]}")
            result.kills += 1
            result.confirmed += len(lines)
            result.lines += lines
            begun = time.monotonic()
            result.problems += [f"after kill {n}: {p}" for p in check_after_kill(
                target, key, opened.db, opened.actor, lines,
                full=n % FULL_CHECK_EVERY == 0 or n == kills - 1)]
            result.peak_bytes = max(result.peak_bytes, disk_use(folder))
            result.checking += time.monotonic() - begun
            if result.problems:
                break
        else:  # every confirmed commit of the run, once more at the end
            result.problems += checks.missing(opened.db, result.lines)
    finally:
        opened.db.dispose()
        vault.close()
        launcher.close()
    result.seconds = time.monotonic() - started
    return result


def pg_target(base: URL) -> Target:
    return Target(base, schema=f"crash_{uuid.uuid4().hex[:12]}")
