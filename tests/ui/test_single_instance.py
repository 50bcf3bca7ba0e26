"""One window per database and user (safehouse.ui.single_instance): a second start for
the same database asks the first to come forward and exits; another database, or a
guard left by a crash, does not stop a start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from safehouse.ui.single_instance import (
    InstanceGuard,
    bring_forward,
    instance_name,
    runtime_folder,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A short private folder: a Unix socket's path has room for about 100 bytes."""
    path = tmp_path_factory.mktemp("rt")
    path.chmod(0o700)
    return str(path)


def test_the_name_is_a_hash_of_the_database_and_the_user() -> None:
    name = instance_name("/home/kim/Safehouse/safehouse.db", "kim")
    assert name == instance_name("/home/kim/Safehouse/safehouse.db", "kim")
    assert name.startswith("safehouse-") and len(name) == len("safehouse-") + 32
    assert "kim" not in name and "home" not in name
    assert name != instance_name("/home/kim/Safehouse/other.db", "kim")
    assert name != instance_name("/home/kim/Safehouse/safehouse.db", "lee")
    assert instance_name("x") == instance_name("x")  # the computer's user by default


def test_a_second_claim_for_the_same_database_raises_the_first(qtbot, folder) -> None:
    name = instance_name("/data/safehouse.db", "kim")
    first = InstanceGuard(name, folder)
    assert first.claim() and first.listening
    assert oct(os.stat(os.path.join(folder, name)).st_mode & 0o777) == "0o700"
    # the second's question and the first's answer, both in this thread's event loop
    with qtbot.waitSignal(first.sig_raise_requested, timeout=10_000):
        assert not InstanceGuard(name, folder).claim()  # answered: it exits
    first.release()
    assert InstanceGuard(name, folder).claim()  # free again once the first has closed


def test_another_database_is_not_stopped(qtbot, folder) -> None:
    first = InstanceGuard(instance_name("/data/one.db", "kim"), folder)
    assert first.claim()
    with qtbot.assertNotEmitted(first.sig_raise_requested, wait=200):
        other = InstanceGuard(instance_name("/data/two.db", "kim"), folder)
        assert other.claim() and other.listening
    other.release()
    first.release()


CRASHING = """
import os, sys
from PySide6.QtCore import QCoreApplication
from safehouse.ui.single_instance import InstanceGuard
app = QCoreApplication([])
guard = InstanceGuard(sys.argv[1], sys.argv[2])
print(guard.claim() and guard.listening, flush=True)
sys.stdin.readline()
"""


def test_a_guard_left_by_a_crash_is_taken_over(qtbot, folder) -> None:
    name = instance_name("/data/safehouse.db", "kim")
    with subprocess.Popen([sys.executable, "-c", CRASHING, name, folder], cwd=ROOT,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as crashed:
        try:
            assert crashed.stdout is not None
            assert crashed.stdout.readline().strip() == "True"
        finally:
            crashed.send_signal(signal.SIGKILL)
            crashed.wait(timeout=30)
    assert os.path.exists(os.path.join(folder, name))  # its socket and lock are left
    assert os.path.exists(os.path.join(folder, name + ".lock"))
    started = time.monotonic()
    again = InstanceGuard(name, folder)
    assert again.claim() and again.listening  # no one to answer: the lock was stale
    assert time.monotonic() - started < 2
    with qtbot.waitSignal(again.sig_raise_requested, timeout=10_000):
        assert not InstanceGuard(name, folder).claim()
    again.release()


def _wait_for(path: str, process: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not os.path.exists(path):
        assert process.poll() is None, "the program stopped"
        assert time.monotonic() < deadline, "the program did not start its guard"
        time.sleep(0.1)


def test_the_program_started_twice_brings_the_first_forward(tmp_path, folder) -> None:
    """The real program, offscreen, on a new database (it waits at its setup dialog): a
    second start for it exits at once saying so; a start for another database opens."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=folder)
    program = [sys.executable, "-m", "safehouse.cli", "--lang", "en", "--db"]
    first_db, other_db = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    running = []
    try:
        first = subprocess.Popen([*program, first_db], cwd=ROOT, env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        running.append(first)
        _wait_for(os.path.join(folder, instance_name(first_db)), first, 120)

        started = time.monotonic()
        second = subprocess.run([*program, first_db], cwd=ROOT, env=env, text=True,
                                capture_output=True, timeout=120, check=False)
        took = time.monotonic() - started
        assert second.returncode == 0, second.stderr[-2000:]
        assert "Safehouse is already open for this database" in second.stderr
        assert first.poll() is None  # the first goes on, brought forward
        assert took < 30  # no login, no database opened: only the start of Python and Qt

        other = subprocess.Popen([*program, other_db], cwd=ROOT, env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        running.append(other)
        _wait_for(os.path.join(folder, instance_name(other_db)), other, 120)
        time.sleep(0.5)
        assert other.poll() is None  # at its own setup dialog
    finally:
        for process in running:
            process.kill()
            process.wait(timeout=30)


# The program's start as ``safehouse`` runs it, then what it had loaded when it stopped.
SECOND_START = """
import sys
from safehouse.cli import main
code = main(sys.argv[1:])
loaded = [m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")
          or m.startswith(("safehouse.services", "safehouse.models", "safehouse.storage.db",
                           "safehouse.cli.commands", "safehouse.ui.login_flow"))]
print("loaded:", *sorted(loaded))
sys.exit(code)
"""


def test_a_second_start_stops_before_it_loads_the_database_code(qtbot, tmp_path, folder):
    """The guard is asked first: a second start loads no SQLAlchemy, no services or
    models, no commands and no window before it stops (they take seconds on a busy
    computer, while the user waits for the window to come forward)."""
    database = str(tmp_path / "one.db")
    first = InstanceGuard(instance_name(database), folder)
    assert first.claim()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=folder)
    second = subprocess.Popen(
        [sys.executable, "-c", SECOND_START, "--lang", "en", "--db", database], cwd=ROOT,
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        with qtbot.waitSignal(first.sig_raise_requested, timeout=60_000):
            pass  # this test's event loop answers the second start
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        out, err = second.communicate(timeout=30)
    finally:
        if second.poll() is None:
            second.kill()
            second.wait(timeout=30)
        first.release()
    assert second.returncode == 0, err[-2000:]
    assert "Safehouse is already open for this database" in err
    assert out.strip() == "loaded:"


def test_bring_forward_restores_a_minimised_window(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_forward(window)
    assert window.isVisible() and not window.isMinimized()


def test_without_a_runtime_folder_one_of_the_users_own_is_made(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    folder = runtime_folder()
    assert folder == str(tmp_path / f"safehouse-{os.getuid()}")
    assert os.stat(folder).st_mode & 0o777 == 0o700
    os.chmod(folder, 0o755)  # opened to others (by someone else): not used
    assert runtime_folder() == ""
