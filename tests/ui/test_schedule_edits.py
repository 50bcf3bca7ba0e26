"""Changing booked sessions from the Schedule page: one occurrence or the whole series
(the scope asked), deleting one, marking attendance from the menu, the week's keys."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool

from safehouse.services import sessions
from safehouse.services.dto.counseling import Frequency, Recurrence, Scope
from safehouse.ui import messages
from safehouse.ui.schedule import scope_dialog, week_pdf
from safehouse.ui.schedule.counselors_dialog import CounselorsDialog
from safehouse.ui.schedule.edit_dialog import EditSessionDialog
from safehouse.ui.schedule.export_dialog import ExportSessionsDialog
from safehouse.ui.schedule.hours_dialog import HoursDialog
from tests.conftest import OnDay
from tests.services.counseling_fixtures import House, house
from tests.ui.schedule_helpers import MONDAY, TODAY, open_page, wait_read

pytestmark = [pytest.mark.usefixtures("shown_errors", "no_confirmations"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture(autouse=True)
def _on_a_wednesday(on_day: OnDay) -> None:
    on_day(datetime(2026, 4, 15, 9, 30))


@pytest.fixture
def h(ctx) -> Iterator[House]:  # type: ignore[no-untyped-def]
    """On SQLite, and on PostgreSQL where the fixture offers it."""
    yield house(ctx.db, ctx.actor)
    # the page's reads run in the background: done before the database closes
    QThreadPool.globalInstance().waitForDone(10_000)


def _series(h: House, times: int = 4) -> list[int]:
    booked = sessions.book(h.db, h.admin, h.session(datetime(2026, 4, 15, 10, 0)),
                           Recurrence(Frequency.WEEKLY, count=times))
    return [v.id for v in booked.sessions]


def _answer_scope(monkeypatch: pytest.MonkeyPatch, scope: Scope) -> list[bool]:
    asked: list[bool] = []

    def answer(*_args: object, allow_one: bool = True) -> Scope:
        asked.append(allow_one)
        return scope

    monkeypatch.setattr(scope_dialog, "ask_scope", answer)
    return asked


def _edit(page, session_id: int) -> EditSessionDialog:  # type: ignore[no-untyped-def]
    page.session_actions.open(session_id)
    dialog = page.active_dialog()
    assert isinstance(dialog, EditSessionDialog)
    return dialog


def test_one_occurrence_changed_alone_says_it_departs(qtbot, ctx, h, monkeypatch):
    ids = _series(h)
    asked = _answer_scope(monkeypatch, Scope.ONE)
    page = open_page(qtbot, ctx)
    dialog = _edit(page, ids[0])
    assert dialog.series_label.text() == "Part of a repeating series"
    dialog.length_spin.setValue(90)
    dialog.accept()
    assert not dialog.isVisible() and asked == [True]
    wait_read(qtbot, page)
    first = page.shown_sessions()[0]
    assert first.duration_minutes == 90 and first.departs == ("duration",)
    again = _edit(page, ids[0])
    assert again.series_label.text().startswith("Changed on its own")
    again.reject()
    later = sessions.session(ctx.db, ctx.actor, ids[1])
    assert later.duration_minutes == 60, "the others stay as they were"


def test_a_change_for_all_moves_every_occurrence(qtbot, ctx, h, monkeypatch):
    ids = _series(h)
    _answer_scope(monkeypatch, Scope.ALL)
    page = open_page(qtbot, ctx)
    dialog = _edit(page, ids[0])
    dialog.start_edit.setTime(dialog.start_edit.time().addSecs(3600))
    dialog.accept()
    assert not dialog.isVisible()
    for session_id in ids:
        assert sessions.session(ctx.db, ctx.actor, session_id).starts_at.hour == 11


def test_a_new_rule_is_not_offered_for_this_one_alone(qtbot, ctx, h, monkeypatch):
    ids = _series(h)
    asked = _answer_scope(monkeypatch, Scope.FOLLOWING)
    page = open_page(qtbot, ctx)
    dialog = _edit(page, ids[1])
    dialog.repeat_field.count_spin.setValue(2)
    dialog.accept()
    assert not dialog.isVisible() and asked == [False]
    left = [v.starts_at.date() for v in sessions.week(ctx.db, ctx.actor, MONDAY, days=42)]
    assert left == [TODAY + timedelta(weeks=w) for w in range(3)]


def test_deleting_one_occurrence_asks_and_keeps_the_others(qtbot, ctx, h, monkeypatch):
    ids = _series(h, times=3)
    _answer_scope(monkeypatch, Scope.ONE)
    page = open_page(qtbot, ctx)
    assert page.session_actions.delete(ids[1]) == [ids[1]]
    left = [v.id for v in sessions.week(ctx.db, ctx.actor, MONDAY, days=28)]
    assert left == [ids[0], ids[2]]


def test_deleting_a_single_session_asks_first(qtbot, ctx, h, monkeypatch):
    booked = sessions.book(ctx.db, ctx.actor, h.session(datetime(2026, 4, 16, 9, 0)))
    page = open_page(qtbot, ctx)
    answers = [False, True]
    monkeypatch.setattr(messages, "confirm", lambda *_a: answers.pop(0))
    assert page.session_actions.delete(booked.sessions[0].id) == []
    assert sessions.week(ctx.db, ctx.actor, MONDAY)
    assert page.session_actions.delete(booked.sessions[0].id) == [booked.sessions[0].id]
    wait_read(qtbot, page)
    assert page.shown_sessions() == []


def test_attendance_is_marked_from_the_menu(qtbot, ctx, h):
    ids = _series(h, times=2)
    page = open_page(qtbot, ctx)
    menu = page.session_actions.menu(page.shown_sessions()[0])
    marks = next(a.menu() for a in menu.actions() if a.text() == "Mark as")
    no_show = next(a for a in marks.actions() if a.text() == "No-show")
    no_show.trigger()
    wait_read(qtbot, page)
    assert page.shown_sessions()[0].status == "no_show"
    assert page.week_view.blocks()[0].muted and not page.week_view.blocks()[0].movable
    assert sessions.session(ctx.db, ctx.actor, ids[1]).status == "scheduled"


def test_alt_arrows_step_a_week_and_alt_home_comes_back(qtbot, ctx, h):
    page = open_page(qtbot, ctx)
    page.week_view.setFocus()
    qtbot.keyClick(page.week_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    wait_read(qtbot, page)
    assert page.day() == TODAY + timedelta(weeks=1)
    qtbot.keyClick(page.week_view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.week_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    wait_read(qtbot, page)
    assert page.day() == TODAY - timedelta(weeks=1)
    qtbot.keyClick(page.week_view, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    wait_read(qtbot, page)
    assert page.day() == TODAY and page.week_view.monday() == MONDAY
    assert page.nav.week_label.text() == "Week of 2026-04-13 to 2026-04-19"


def test_the_counselor_filter_narrows_the_week(qtbot, ctx, h):
    sessions.book(ctx.db, ctx.actor, h.session(datetime(2026, 4, 15, 10, 0)))
    sessions.book(ctx.db, ctx.actor, h.session(datetime(2026, 4, 16, 10, 0),
                                               counselor=h.other_counselor,
                                               member_ids=(h.somang,), place=None))
    page = open_page(qtbot, ctx)
    assert len(page.shown_sessions()) == 2
    page.filters.choose_counselor(h.other_counselor)
    wait_read(qtbot, page)
    assert [v.counselor_id for v in page.shown_sessions()] == [h.other_counselor]
    page.filters.choose_counselor(None)
    page.filters.member_picker.setEditText("M-0001")
    wait_read(qtbot, page)
    assert [p.id for v in page.shown_sessions() for p in v.participants] == [h.hana]
    assert time(10, 0) == page.shown_sessions()[0].starts_at.time()


def test_the_idle_lock_empties_the_page_and_the_unlock_reads_it_again(qtbot, ctx, h):
    _series(h, times=1)
    page = open_page(qtbot, ctx)
    assert page.week_view.blocks() and page.filters.member_picker.count() > 1
    page.clear_personal_data()
    assert page.week_view.blocks() == [] and page.day_list.model.rowCount() == 0
    assert page.filters.member_picker.count() <= 1, "no names left in the member filter"
    page.create_new()
    assert page.active_dialog() is None, "nothing is booked while locked"
    page.refresh()
    wait_read(qtbot, page)
    assert len(page.week_view.blocks()) == 1 and page.filters.member_picker.count() == 3


def test_the_tools_open_the_counselors_the_hours_and_the_export(qtbot, ctx, h):
    page = open_page(qtbot, ctx)
    for button, kind in ((page.tools.counselors_button, CounselorsDialog),
                         (page.tools.hours_button, HoursDialog),
                         (page.tools.export_button, ExportSessionsDialog)):
        assert button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        opened = [d for d in page.findChildren(kind) if d.isVisible()]
        assert len(opened) == 1, kind.__name__
        opened[0].reject()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_the_day_list_is_a_sound_model_sorted_by_time(qtbot, qtmodeltester, ctx, h):
    for hour in (15, 9, 12):
        sessions.book(ctx.db, ctx.actor, h.session(datetime(2026, 4, 15, hour, 0)))
    page = open_page(qtbot, ctx)
    qtmodeltester.check(page.day_list.model)
    assert [v.starts_at.hour for v in page.day_list.sessions()] == [9, 12, 15]
    assert page.day_list.proxy.index(0, 1).data() == "Scheduled"


def test_the_week_is_saved_as_a_pdf_in_the_background(qtbot, ctx, h, tmp_path,
                                                      monkeypatch):
    _series(h, times=1)
    page = open_page(qtbot, ctx)
    target = tmp_path / "week"
    monkeypatch.setattr(week_pdf.QFileDialog, "getSaveFileName",
                        lambda *_a: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(week_pdf.QMessageBox, "information",
                        lambda _p, _t, text: told.append(text))
    qtbot.mouseClick(page.tools.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    written = tmp_path / "week.pdf"
    assert told == [f"The week's schedule was saved to {written}."]
    assert written.read_bytes().startswith(b"%PDF")
    assert oct(written.stat().st_mode & 0o777) == "0o600"
    assert page.tools.pdf_button.isEnabled()
