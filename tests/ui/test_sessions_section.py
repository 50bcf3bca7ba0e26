"""The dashboard's "Today's sessions" (issue 8, item 3; issue 10, item 5): how many are
booked today, the next one, and the list behind it, whose lines open the Schedule page
on the session. All data fictional."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from safehouse.services import auth, counselors, session_marks, session_removal, sessions
from safehouse.services.dto.counseling import CounselorInput
from safehouse.ui.context import AppContext
from safehouse.ui.dashboard.sessions_section import SessionsSection
from safehouse.ui.dashboard_page import DashboardPage
from safehouse.ui.dashboard_parts import ListDialog
from safehouse.ui.main_window import MainWindow
from tests.conftest import TEST_PASSWORD, OnDay
from tests.services.counseling_fixtures import House, house
from tests.ui.test_dashboard_page import loaded

WEDNESDAY = date(2026, 3, 4)

pytestmark = [pytest.mark.usefixtures("shown_errors", "no_confirmations"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture(autouse=True)
def _noon(on_day: OnDay) -> None:
    on_day(WEDNESDAY)  # at noon


@pytest.fixture
def h(sqlite_ctx: AppContext) -> House:
    return house(sqlite_ctx.db, sqlite_ctx.actor)


def book(h: House, hour: int, day: date = WEDNESDAY, **kw: object) -> int:
    start = datetime(day.year, day.month, day.day, hour)
    return sessions.book(h.db, h.admin, h.session(start, **kw)).sessions[0].id  # type: ignore[arg-type]


def section_of(page: DashboardPage) -> SessionsSection:
    tile = page.section("sessions")
    assert isinstance(tile, SessionsSection)
    return tile


def test_todays_sessions_are_counted_listed_and_open_the_schedule(qtbot, sqlite_ctx, h):
    morning = book(h, 9)
    afternoon = book(h, 15, member_ids=(h.hana, h.somang), counselor=h.other_counselor,
                     place="Cafe Haneul", kind="couple")
    called_off = book(h, 11, member_ids=(h.somang,), place=None)
    session_marks.mark(h.db, h.admin, called_off, "cancelled", cancelled_by="member")
    book(h, 10, date(2026, 3, 5))  # tomorrow: not today's
    win = MainWindow(sqlite_ctx, "Test House")
    qtbot.addWidget(win)
    win.show()
    page = win.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    tile = section_of(loaded(qtbot, page))
    # the cancelled one is not counted; the next to begin after noon is at 15:00
    assert tile.value.text() == "2"
    assert tile.detail.text() == "next at 15:00 with Jang Counselor"
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    dialog = page.active_dialog()
    assert isinstance(dialog, ListDialog)
    assert [e.text for e in dialog.entries] == [
        "09:00–10:00 · Individual · Yoon Counselor · M-0001 김하나 · Counseling room",
        "11:00–12:00 · Individual · Yoon Counselor · M-0002 박소망 · "
        "Cancelled (by the member)",
        "15:00–16:00 · Couple · Jang Counselor · M-0001 김하나, M-0002 박소망 · "
        "Cafe Haneul (outside)"]
    assert [(e.page, e.target) for e in dialog.entries] == [
        ("schedule", morning), ("schedule", called_off), ("schedule", afternoon)]
    dialog.list.setCurrentRow(2)
    with qtbot.waitSignal(page.sig_go) as went:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert went.args == ["schedule", afternoon]
    assert win.current_page() is win.pages["schedule"]
    # a session booked now is counted at once
    book(h, 17, member_ids=(h.somang,))
    loaded(qtbot, page)
    assert tile.value.text() == "3"


def test_a_quiet_day_says_so_and_staff_see_the_section_too(qtbot, sqlite_ctx, h):
    auth.create_user(sqlite_ctx.db, sqlite_ctx.actor, username="bora", display_name="Bora",
                     role="staff", password=TEST_PASSWORD)
    staff = AppContext(sqlite_ctx.db, auth.login(sqlite_ctx.db, "bora", TEST_PASSWORD),
                       sqlite_ctx.hub)
    book(h, 9)  # held this morning
    page = DashboardPage(staff)
    qtbot.addWidget(page)
    tile = section_of(loaded(qtbot, page))
    assert (tile.value.text(), tile.detail.text()) == ("1", "none left to begin today")
    session_removal.delete(h.db, h.admin, sessions.week(h.db, h.admin, WEDNESDAY, days=1)[0].id)
    loaded(qtbot, page)
    assert (tile.value.text(), tile.detail.text()) == ("0", "no session booked today")


def test_a_counselor_sees_how_many_of_todays_are_hers(qtbot, sqlite_ctx, h):
    auth.create_user(sqlite_ctx.db, sqlite_ctx.actor, username="mirae", display_name="Mirae",
                     role="counselor", password=TEST_PASSWORD)
    mirae = AppContext(sqlite_ctx.db, auth.login(sqlite_ctx.db, "mirae", TEST_PASSWORD),
                       sqlite_ctx.hub)
    hers = counselors.save_counselor(sqlite_ctx.db, sqlite_ctx.actor,
                                     CounselorInput(user_id=mirae.actor.id)).id
    book(h, 14, counselor=hers, member_ids=(h.somang,))
    book(h, 16)
    page = DashboardPage(mirae)
    qtbot.addWidget(page)
    tile = section_of(loaded(qtbot, page))
    assert (tile.value.text(), tile.detail.text()) == (
        "2", "next at 14:00 with Mirae · yours: 1")
