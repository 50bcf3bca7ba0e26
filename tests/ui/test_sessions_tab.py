"""A member's Sessions tab (issue 8, items 3 and 5): her coming and past sessions, her
attendance over a period, and a double-click that opens the Schedule page on the
session. All data fictional."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView

from safehouse.services import session_marks, sessions
from safehouse.services.dto.counseling import Frequency, Recurrence
from safehouse.ui.context import AppContext
from safehouse.ui.main_window import MainWindow
from safehouse.ui.members import MembersPage
from safehouse.ui.members.tabs import MemberTarget
from safehouse.ui.schedule.sessions_tab import SessionsTab
from tests.conftest import OnDay
from tests.services.counseling_fixtures import House, house

WEDNESDAY = date(2026, 3, 4)

pytestmark = [pytest.mark.usefixtures("shown_errors", "no_confirmations"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture(autouse=True)
def _noon(on_day: OnDay) -> None:
    on_day(WEDNESDAY)


@pytest.fixture
def h(sqlite_ctx: AppContext) -> House:
    return house(sqlite_ctx.db, sqlite_ctx.actor)


def cells(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_her_sessions_past_and_coming_with_her_attendance(qtbot, sqlite_ctx, h):
    # a weekly series from four weeks ago to three weeks ahead: 8 sessions
    series = sessions.book(h.db, h.admin, h.session(datetime(2026, 2, 9, 10)),
                           Recurrence(Frequency.WEEKLY, count=8))
    held = {v.starts_at.date(): v.id for v in series.sessions}
    session_marks.mark(h.db, h.admin, held[date(2026, 2, 9)], "completed")
    session_marks.mark(h.db, h.admin, held[date(2026, 2, 16)], "no_show")
    session_marks.mark(h.db, h.admin, held[date(2026, 2, 23)], "cancelled",
                       cancelled_by="counselor")
    session_marks.mark(h.db, h.admin, held[date(2026, 3, 2)], "completed")
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 4, 15), counselor=h.other_counselor,
                                           member_ids=(h.hana, h.somang), kind="couple",
                                           place="Cafe Haneul"))
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 5, 9), member_ids=(h.somang,)))
    tab = SessionsTab(sqlite_ctx)
    qtbot.addWidget(tab)
    tab.set_member(h.hana)
    assert tab.coming_label.text() == "Coming sessions: 5"
    assert cells(tab.coming_view)[:2] == [
        ["2026-03-04", "15:00–16:00", "Scheduled", "Couple", "Jang Counselor",
         "Cafe Haneul (outside)"],
        ["2026-03-09", "10:00–11:00", "Scheduled", "Individual", "Yoon Counselor",
         "Counseling room"]]
    assert tab.past_label.text() == "Past sessions: 4"
    assert [r[0] + " " + r[2] for r in cells(tab.past_view)] == [
        "2026-03-02 Completed", "2026-02-23 Cancelled (by the counselor)",
        "2026-02-16 No-show", "2026-02-09 Completed"]
    # the last twelve months by default; then a shorter period
    assert tab.attendance_label.text() == (
        "Attended 2 · missed 1 · cancelled 1 (by the counselor 1) · not marked yet 1")
    tab.from_edit.setDate(QDate(2026, 2, 20))
    tab.to_edit.setDate(QDate(2026, 3, 1))
    assert tab.attendance_label.text() == "Attended 0 · missed 0 · cancelled 1 (by the counselor 1)"
    tab.to_edit.setDate(QDate(2026, 2, 1))
    assert tab.attendance_label.text() == "The period ends before it starts."
    # another member's are hers
    tab.set_member(h.somang)
    assert (len(cells(tab.coming_view)), len(cells(tab.past_view))) == (2, 0)
    assert tab.past_label.text() == "Past sessions: none yet."
    # a mark made elsewhere shows at once
    tab.set_member(h.hana)
    session_marks.mark(h.db, h.admin, held[date(2026, 3, 9)], "cancelled",
                       cancelled_by="member")
    assert cells(tab.coming_view)[1][2] == "Cancelled (by the member)"


def test_a_double_click_opens_the_schedule_on_the_session(qtbot, sqlite_ctx, h):
    booked = sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 6, 10))).sessions[0].id
    win = MainWindow(sqlite_ctx, "Test House")
    qtbot.addWidget(win)
    win.show()
    win.show_page("members")
    page = win.pages["members"]
    assert isinstance(page, MembersPage)
    page.go_to(MemberTarget(h.hana, "sessions"))
    tab = page.member_tab("sessions")
    assert isinstance(tab, SessionsTab) and page.tabs.currentWidget() is tab
    view = tab.coming_view
    rect = view.visualRect(view.model().index(0, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.sig_go) as went:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert went.args == ["schedule", booked]
    assert win.current_page() is win.pages["schedule"]
    # Enter on a line does the same
    win.show_page("members")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.waitSignal(page.sig_go) as went:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert went.args == ["schedule", booked]
