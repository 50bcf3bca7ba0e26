"""Start-up: the main window appears without importing what it does not show (reports,
charts, PDF, calendars, the other pages load on first use), without making the pages it
does not show, and without waiting for the daily backup or the dashboard's figures
(read off the GUI thread: "Loading…" until they come)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from safehouse.services import access, members
from safehouse.services.dto.people import MemberInput
from safehouse.ui import dashboard_page
from safehouse.ui.context import AppContext
from safehouse.ui.dashboard.sections import SectionEntry, SectionHost, SectionView
from safehouse.ui.dashboard_parts import Tile
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
         str(tmp_path / "test.db"), TEST_PASSWORD, "0"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and lines[:1] == ["login"], done.stderr[-2000:]
    assert lines[1].startswith("ready"), done.stderr[-2000:]
    return [m for m in lines[2].removeprefix("heavy").strip().split(",") if m]


# The pages the first window does not show, and the backups' service (the daily backup
# imports it on its worker, once the window is shown).
OTHER_PAGES = ("safehouse.ui.members.page", "safehouse.ui.rooms.page",
               "safehouse.ui.schedule.page", "safehouse.ui.wellbeing.page",
               "safehouse.ui.community.page", "safehouse.ui.reports.reports_page",
               "safehouse.ui.admin.page", "safehouse.services.backups")

# What the window needs only when a command is chosen: the members' CSV import and
# export (File menu), About Safehouse (Help menu).
ON_USE = ("safehouse.services.member_csv", "safehouse.services.member_import",
          "safehouse.ui.csv_import_dialog", "safehouse.ui.about_dialog",
          "safehouse.services.about")


def test_the_first_window_imports_no_report_chart_pdf_or_calendar(tmp_path):
    # Alembic neither: the database is at the newest revision, which is checked without
    # it; nor the other pages; the window module itself is seen (the check can fail)
    assert _start(tmp_path, (*HEAVY, "alembic", *OTHER_PAGES, *ON_USE,
                             "safehouse.ui.main_window")) == ["safehouse.ui.main_window"]


# What the program's modules (safehouse.ui.login_flow, which brings the main window's)
# leave for later: the key file's lock, to the login (on its worker); the wellbeing
# DTOs and the questionnaires, to the dashboard's first read (on its worker).
LATER = ("filelock", "safehouse.services.dto.wellbeing", "safehouse.services.instruments")


def test_the_window_modules_leave_for_later_what_the_login_and_reads_need():
    code = ("import sys; from safehouse.ui import login_flow; "
            f"print(','.join(m for m in {(*LATER, 'safehouse.ui.main_window')!r} "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr[-2000:]
    # the window module is seen (the check can fail)
    assert done.stdout.strip().split(",") == ["safehouse.ui.main_window"]


def test_only_the_page_shown_is_made(qtbot, sqlite_ctx):
    window = MainWindow(sqlite_ctx, "Test House")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert list(window._views) == ["dashboard"]
    window.show_page("rooms")
    assert list(window._views) == ["dashboard", "rooms"]
    window.close()


def _held_section(release: threading.Event) -> SectionEntry:
    """A section whose read waits (on its worker) until the test lets it go."""
    def make(_ctx: AppContext, host: SectionHost) -> SectionView:
        tile = Tile("Held", "", host.parent)

        def read(_today: date) -> int:
            assert release.wait(timeout=20)
            return 7

        return SectionView(tile, read, lambda n: tile.show_figure(n, "read"))
    return SectionEntry("held", make)


@pytest.mark.qt_log_ignore(r"This plugin does not support")
def test_the_dashboard_says_loading_and_the_window_is_usable_until_its_figures_come(
        qtbot, sqlite_ctx, monkeypatch):
    members.create_member(sqlite_ctx.db, sqlite_ctx.actor, MemberInput(
        name="Kim Hana", status="active", joined_on=date(2025, 1, 1)))
    release = threading.Event()
    monkeypatch.setattr(dashboard_page, "SECTIONS",
                        (*dashboard_page.SECTIONS, _held_section(release)))
    window = MainWindow(sqlite_ctx, "Test House")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages["dashboard"]
    assert isinstance(page, dashboard_page.DashboardPage)
    held = page.section("held")
    assert isinstance(held, Tile)
    try:
        # shown before anything is read
        assert page.members_tile.detail.text() == "Loading…"
        assert not page.start_panel.isVisible()  # not "nothing is recorded yet"
        assert held.detail.text() == "Loading…" and page.loading()
        # the house's own figures come while the held section still reads
        qtbot.waitUntil(lambda: page.members_tile.value.text() == "1", timeout=10_000)
        assert held.detail.text() == "Loading…" and page.loading()
        # the window is usable meanwhile: another page opens and works
        window.show_page("members")
        assert window.current_page() is window.pages["members"]
        window.show_page("dashboard")
    finally:
        release.set()
    qtbot.waitUntil(lambda: not page.loading(), timeout=10_000)
    assert (held.value.text(), held.detail.text()) == ("7", "read")
    assert page.members_tile.detail.text() == "1 member recorded in all"


def _counted_section(reads: list[date]) -> SectionEntry:
    def make(_ctx: AppContext, host: SectionHost) -> SectionView:
        tile = Tile("Counted", "", host.parent)

        def read(today: date) -> int:
            reads.append(today)
            return len(reads)

        return SectionView(tile, read, lambda n: tile.show_figure(n, "read"))
    return SectionEntry("counted", make)


def test_the_dashboard_reads_once_it_is_painted(qtbot, sqlite_ctx, monkeypatch):
    # its seven workers would share the interpreter with the window being shown
    monkeypatch.setattr(dashboard_page, "READ_AT_LATEST_MS", 60_000)  # the paint only
    reads: list[date] = []
    monkeypatch.setattr(dashboard_page, "SECTIONS",
                        (*dashboard_page.SECTIONS, _counted_section(reads)))
    page = dashboard_page.DashboardPage(sqlite_ctx)
    qtbot.addWidget(page)
    qtbot.wait(200)  # the event loop turns, the page is not painted: nothing is read
    assert reads == [] and page.loading()
    assert page.members_tile.detail.text() == "Loading…"
    page.show()
    qtbot.waitUntil(lambda: not page.loading(), timeout=10_000)
    assert len(reads) == 1 and page.members_tile.value.text() == "0"


def test_a_dashboard_not_painted_reads_all_the_same_unless_locked_first(
        qtbot, sqlite_ctx, monkeypatch):
    monkeypatch.setattr(dashboard_page, "READ_AT_LATEST_MS", 50)
    reads: list[date] = []
    monkeypatch.setattr(dashboard_page, "SECTIONS", (_counted_section(reads),))
    page = dashboard_page.DashboardPage(sqlite_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: reads != [] and not page.loading(), timeout=10_000)
    locked = dashboard_page.DashboardPage(sqlite_ctx)
    qtbot.addWidget(locked)
    locked.clear_personal_data()  # the idle lock, before the first read began
    qtbot.wait(300)
    assert len(reads) == 1 and not locked.loading()
