"""Ctrl+P on the Schedule page: the week shown there (its counselor's sessions, or
everyone's) is made and previewed on the Reports page, as Ctrl+P on a member previews
her progress summary."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QKeySequence

from safehouse.services import sessions
from safehouse.ui.main_window import MainWindow
from safehouse.ui.reports.reports_page import ReportsPage
from safehouse.ui.schedule.page import SchedulePage
from tests.services.counseling_fixtures import House, house
from tests.services.reports.pdf_checks import text

pytestmark = pytest.mark.usefixtures("shown_errors")

TODAY = date(2026, 3, 18)  # a Wednesday
NEXT_MONDAY = date(2026, 3, 23)


@pytest.fixture(autouse=True)
def _on_a_fixed_day(on_day) -> None:  # type: ignore[no-untyped-def]
    on_day(TODAY)


@pytest.fixture
def h(sqlite_ctx) -> Iterator[House]:  # type: ignore[no-untyped-def]
    made = house(sqlite_ctx.db, sqlite_ctx.actor)
    db, admin = made.db, made.admin
    # this week: one session; next week: one with each counselor
    sessions.book(db, admin, made.session(datetime(2026, 3, 17, 9), member_ids=(made.hana,)))
    sessions.book(db, admin, made.session(datetime(2026, 3, 24, 10), member_ids=(made.hana,)))
    sessions.book(db, admin, made.session(datetime(2026, 3, 26, 14),
                                          member_ids=(made.somang,),
                                          counselor=made.other_counselor, place=None))
    yield made
    QThreadPool.globalInstance().waitForDone(10_000)  # the pages' reads, before closing


def test_ctrl_p_previews_the_week_shown_for_the_counselor_chosen(qtbot, sqlite_ctx, h):
    main = MainWindow(sqlite_ctx, "Test House")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.show_page("schedule")
    page = main.current_page()
    assert isinstance(page, SchedulePage)
    qtbot.waitUntil(lambda: not page.loading(), timeout=10000)
    page.step_weeks(1)  # next week, Yoon's sessions only
    combo = page.filters.counselor_combo
    qtbot.waitUntil(lambda: combo.findData(h.counselor) >= 0, timeout=10000)
    combo.setCurrentIndex(combo.findData(h.counselor))
    qtbot.waitUntil(lambda: not page.loading(), timeout=10000)
    # Ctrl+P (the offscreen platform activates no window, so no shortcut reaches it:
    # the action behind it is pressed)
    assert main.action_print.isEnabled()
    assert main.action_print.shortcut() == QKeySequence("Ctrl+P")
    main.action_print.trigger()
    reports = main.current_page()
    assert isinstance(reports, ReportsPage)
    qtbot.waitUntil(lambda: reports.preview.page_count() > 0, timeout=20000)
    assert reports.options.current_kind() == "schedule"
    assert reports.options.schedule.values() == {"week": NEXT_MONDAY,
                                                 "counselor_id": h.counselor}
    found = " ".join(text(reports.preview.pdf_bytes()).split())
    assert "Counseling schedule" in found and "23 Mar 2026" in found
    assert "Yoon Counselor" in found and "김하나" in found
    assert "Jang Counselor" not in found and "박소망" not in found  # not Yoon's
    assert "17 Mar 2026" not in found  # this week's is not the week shown

    # everyone's week, back on the Schedule page
    main.show_page("schedule")
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not page.loading(), timeout=10000)
    main.action_print.trigger()
    qtbot.waitUntil(lambda: not reports.generation.busy()
                    and "박소망" in text(reports.preview.pdf_bytes()), timeout=20000)
    assert reports.options.schedule.values()["counselor_id"] is None
    main.close()
