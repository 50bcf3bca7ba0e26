"""Start-up: the main window appears without importing what it does not show (reports,
charts, PDF, calendars load on first use), without making the pages it does not show,
and without waiting for the daily backup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from safehouse.services import access
from safehouse.ui.main_window import MainWindow
from tests.benchmarks.startup_probe import HEAVY
from tests.conftest import TEST_PASSWORD, sqlite_vault

ROOT = Path(__file__).resolve().parents[2]


def _start(tmp_path: Path, watched: tuple[str, ...]) -> list[str]:
    """Start the application on a new database in a fresh interpreter, as far as its
    main window shown; the modules of ``watched`` it has imported by then."""
    vault = sqlite_vault(tmp_path)
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    opened.db.dispose()
    vault.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               SAFEHOUSE_PROBE_MODULES=",".join(watched))
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.startup_probe", "app",
         str(tmp_path / "test.db"), TEST_PASSWORD],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and lines and lines[0].startswith("ready"), done.stderr[-2000:]
    return [m for m in lines[1].removeprefix("heavy").strip().split(",") if m]


def test_the_first_window_imports_no_report_chart_pdf_or_calendar(tmp_path):
    # Alembic neither: the database is at the newest revision, which is checked without
    # it; the window module itself is seen (the check can fail)
    assert _start(tmp_path, (*HEAVY, "alembic", "safehouse.ui.main_window")) == [
        "safehouse.ui.main_window"]


def test_only_the_page_shown_is_made(qtbot, sqlite_ctx):
    window = MainWindow(sqlite_ctx, "Test House")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert list(window._views) == ["dashboard"]
    window.show_page("rooms")
    assert list(window._views) == ["dashboard", "rooms"]
    window.close()
