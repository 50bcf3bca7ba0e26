"""Hours of counseling per counselor and month through the window (issue 8, item 5).
All data fictional."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from safehouse.services import counselors, session_marks, sessions
from safehouse.services.dto.counseling import CounselorInput
from safehouse.ui.context import AppContext
from safehouse.ui.schedule import hours_dialog
from safehouse.ui.schedule.hours_dialog import HoursDialog, months
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


def held(h: House, start: datetime, minutes: int, counselor: int | None = None,
         status: str = "completed") -> None:
    booked = sessions.book(h.db, h.admin, h.session(start, minutes=minutes,
                                                    counselor=counselor))
    if status:
        session_marks.mark(h.db, h.admin, booked.sessions[0].id, status)


def table(dialog: HoursDialog) -> list[list[str]]:
    model = dialog.view.model()
    rows = [[str(model.headerData(c, Qt.Orientation.Horizontal))
             for c in range(model.columnCount())]]
    rows += [[str(model.index(r, c).data()) for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    return rows


def test_hours_per_counselor_and_month(qtbot, sqlite_ctx, h):
    held(h, datetime(2026, 1, 12, 10), 60)
    held(h, datetime(2026, 1, 19, 10), 90)
    held(h, datetime(2026, 2, 2, 10), 45, h.other_counselor)
    held(h, datetime(2026, 2, 9, 10), 60, status="no_show")  # not held: not counted
    held(h, datetime(2026, 3, 9, 10), 60, status="")  # still to come
    held(h, datetime(2025, 1, 12, 10), 60)  # before the range
    # an inactive counselor shows only where she held sessions
    counselors.save_counselor(sqlite_ctx.db, sqlite_ctx.actor,
                              CounselorInput(name="Ahn Retired", active=False))
    dialog = HoursDialog(sqlite_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    header, *rows = table(dialog)
    assert header[:2] == ["Counselor", "Total"]
    assert header[2:] == [f"{m:%Y-%m}" for m in months(date(2025, 4, 1), date(2026, 3, 1))]
    jan = header.index("2026-01")
    assert [(r[0], r[jan], r[jan + 1], r[1]) for r in rows] == [
        ("Jang Counselor", "–", "0.75", "0.75"), ("Yoon Counselor", "2.5", "–", "2.5")]
    assert dialog.total_label.text() == (
        "In all: 3.25 hours in 3 sessions held, 2025-04-01 to 2026-03-31.")
    tip = dialog.view.model().index(1, jan).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "2 sessions held"
    # sorted by the total, most first
    dialog.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [r[0] for r in table(dialog)[1:]] == ["Yoon Counselor", "Jang Counselor"]
    # a shorter range; a session marked meanwhile shows at once
    dialog.from_edit.setDate(QDate(2026, 2, 1))
    dialog.to_edit.setDate(QDate(2026, 3, 1))
    held(h, datetime(2026, 3, 2, 10), 30)
    header, *rows = table(dialog)
    assert header == ["Counselor", "Total", "2026-02", "2026-03"]
    assert sorted(rows) == [["Jang Counselor", "0.75", "0.75", "–"],
                            ["Yoon Counselor", "0.5", "–", "0.5"]]
    dialog.to_edit.setDate(QDate(2026, 1, 1))
    assert dialog.total_label.text() == "The last month is before the first."
    assert table(dialog)[1:] == []


def test_the_entry_point_opens_the_dialog(qtbot, sqlite_ctx, h):
    parent = QWidget()
    qtbot.addWidget(parent)
    hours_dialog.show_hours(parent, sqlite_ctx)
    dialog = parent.findChild(HoursDialog)
    assert dialog is not None and dialog.isVisible()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_year_of_months_shows_without_scrolling(qtbot, sqlite_ctx, h, monkeypatch,
                                                   request, language):
    """Its December was cut off at the right, in both languages (the window's 1120 px
    were some 25 px short of the twelve months, the total and a counselor's name)."""
    if language == "ko":
        request.getfixturevalue("korean")
    monkeypatch.setattr(hours_dialog, "available_width", lambda _widget: 1920, raising=False)
    counselors.save_counselor(sqlite_ctx.db, sqlite_ctx.actor,
                              CounselorInput(name="Demo counselor of the house"))
    held(h, datetime(2026, 1, 12, 10), 60)
    dialog = HoursDialog(sqlite_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.view
    qtbot.waitUntil(lambda: view.horizontalHeader().length() > 0)
    qtbot.wait(50)
    assert view.model().columnCount() == 14  # the name, the total, twelve months
    assert view.horizontalHeader().length() <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    # never wider than the screen: there it scrolls
    monkeypatch.setattr(hours_dialog, "available_width", lambda _widget: 700, raising=False)
    narrow = HoursDialog(sqlite_ctx)
    qtbot.addWidget(narrow)
    assert narrow.width() <= 700
