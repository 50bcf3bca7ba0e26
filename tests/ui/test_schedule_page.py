"""The Schedule page as a manager uses it: book a repeating session through the form,
see it in the week, cancel one occurrence and see the rest remain, drag one onto a
clash and see the refusal; staff see no notes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool

from safehouse.audit_actions import AuditAction
from safehouse.services import (
    audit_log,
    counselors,
    keep_away,
    members,
    session_notes,
    sessions,
)
from safehouse.services.dto.counseling import CounselorInput
from safehouse.services.reading import Read
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.schedule.booking_dialog import BookingDialog
from safehouse.ui.schedule.edit_dialog import EditSessionDialog
from safehouse.ui.schedule.notes_dialog import NotesDialog
from safehouse.ui.schedule.scope_dialog import CancelDialog
from tests.conftest import OnDay
from tests.services.counseling_fixtures import House, house
from tests.ui.schedule_helpers import (
    MONDAY,
    TODAY,
    book_through,
    fill_booking,
    login_as,
    open_page,
    wait_read,
)

pytestmark = [pytest.mark.usefixtures("shown_errors", "no_confirmations"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture(autouse=True)
def _on_a_wednesday(on_day: OnDay) -> None:
    on_day(datetime(2026, 4, 15, 9, 30))


@pytest.fixture
def h(sqlite_ctx) -> Iterator[House]:  # type: ignore[no-untyped-def]
    yield house(sqlite_ctx.db, sqlite_ctx.actor)
    # the page's reads run in the background: done before the database closes
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_weekly_series_booked_through_the_form_shows_in_every_week(qtbot, sqlite_ctx, h):
    page = open_page(qtbot, sqlite_ctx)
    assert page.week_view.monday() == MONDAY and page.day() == TODAY
    dialog = book_through(qtbot, page, TODAY, time(10, 0), member="김하나",
                          counselor=h.counselor, place=h.room, repeat="weekly", times=4)
    assert dialog.booked is not None and len(dialog.booked.sessions) == 4
    shown = page.shown_sessions()
    assert [v.starts_at.replace(tzinfo=None) for v in shown] == [datetime(2026, 4, 15, 10)]
    assert [b.key for b in page.week_view.blocks()] == [shown[0].id]
    assert page.selected_id() == shown[0].id, "the new session is selected"
    assert "김하나" in page.week_view.blocks()[0].title
    assert page.day_list.model.rowCount() == 1
    for week in range(1, 4):
        page.step_weeks(1)
        wait_read(qtbot, page)
        assert [v.starts_at.date() for v in page.shown_sessions()] == [
            TODAY + timedelta(weeks=week)]
    page.step_weeks(1)
    wait_read(qtbot, page)
    assert page.shown_sessions() == [], "four times, then no more"


def test_cancelling_one_occurrence_leaves_the_others(qtbot, sqlite_ctx, h):
    page = open_page(qtbot, sqlite_ctx)
    book_through(qtbot, page, TODAY, time(10, 0), member="김하나", counselor=h.counselor,
                 place=h.room, repeat="weekly", times=3)
    first = page.shown_sessions()[0]
    page.session_actions.cancel(first.id)
    dialog = page.active_dialog()
    assert isinstance(dialog, CancelDialog) and dialog.scope_choice is not None
    assert dialog.scope_choice.one.isChecked(), "this one only, unless asked"
    dialog.by_buttons["house"].setChecked(True)
    dialog.accept()
    wait_read(qtbot, page)
    assert [(v.status, v.cancelled_by) for v in page.shown_sessions()] == [
        ("cancelled", "house")]
    assert page.week_view.blocks()[0].muted
    page.step_weeks(1)
    wait_read(qtbot, page)
    later = page.shown_sessions()
    assert [(v.status, v.series_id) for v in later] == [("scheduled", first.series_id)]


def test_dragging_onto_a_clash_is_refused_naming_the_other_and_goes_back(
        qtbot, sqlite_ctx, h, shown_errors):
    page = open_page(qtbot, sqlite_ctx)
    book_through(qtbot, page, TODAY, time(10, 0), member="김하나", counselor=h.counselor,
                 place=h.room, repeat="weekly", times=3)
    thursday = TODAY + timedelta(days=1)
    book_through(qtbot, page, thursday, time(14, 0), member="박소망",
                 counselor=h.counselor)
    moving = next(v for v in page.shown_sessions() if v.starts_at.date() == TODAY)
    view = page.week_view
    view.scroll_to_hour(9)
    before = view.block_rect(moving.id)
    grab = before.topLeft() + QPoint(10, 5)
    target = view.slot_point(thursday, time(14, 0))
    target.setX(target.x() - int(view.grid().column // 2) + 10)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(viewport, (grab + target) / 2)
    qtbot.mouseMove(viewport, target)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    wait_read(qtbot, page)
    assert len(shown_errors) == 1
    refusal = shown_errors.pop()
    assert "2026-04-16" in refusal and "Yoon Counselor already has a session" in refusal
    assert "14:00–15:00" in refusal, "the other session is named by its time"
    assert view.block_rect(moving.id) == before, "the block goes back"
    again = sessions.session(sqlite_ctx.db, sqlite_ctx.actor, moving.id)
    assert again.starts_at == moving.starts_at and not again.departs_from_rule


def test_a_drag_to_a_free_slot_moves_that_occurrence_alone(qtbot, sqlite_ctx, h):
    page = open_page(qtbot, sqlite_ctx)
    book_through(qtbot, page, TODAY, time(10, 0), member="김하나", counselor=h.counselor,
                 place=h.room, repeat="weekly", times=2)
    moving = page.shown_sessions()[0]
    moved = page.session_actions.move(moving.id, TODAY + timedelta(days=2), time(11, 0))
    assert moved is not None and moved.departs_from_rule
    wait_read(qtbot, page)
    assert "*" in page.week_view.blocks()[0].title, "marked as departing from its rule"
    page.step_weeks(1)
    wait_read(qtbot, page)
    assert [v.starts_at.date() for v in page.shown_sessions()] == [TODAY + timedelta(7)]


def test_go_to_a_session_shows_its_week_and_selects_it(qtbot, sqlite_ctx, h):
    booked = sessions.book(sqlite_ctx.db, sqlite_ctx.actor,
                           h.session(datetime(2026, 5, 6, 15, 0)))
    page = open_page(qtbot, sqlite_ctx)
    page.go_to(booked.sessions[0].id)
    wait_read(qtbot, page)
    assert page.week_view.monday() == date(2026, 5, 4)
    assert page.selected_id() == booked.sessions[0].id
    assert page.day_list.selected_id() == booked.sessions[0].id
    page.go_to(date(2026, 4, 17))
    wait_read(qtbot, page)
    assert page.day() == date(2026, 4, 17) and page.week_view.monday() == MONDAY


def test_a_clash_is_shown_as_you_type_and_the_booking_refused(qtbot, sqlite_ctx, h):
    taken = sessions.book(sqlite_ctx.db, sqlite_ctx.actor,
                          h.session(datetime(2026, 4, 22, 10, 0)))
    page = open_page(qtbot, sqlite_ctx)
    page.create_new(TODAY, time(10, 0))
    dialog = page.active_dialog()
    assert isinstance(dialog, BookingDialog)
    fill_booking(dialog, member="박소망", counselor=h.counselor, repeat="weekly", times=3)
    qtbot.waitUntil(lambda: not dialog.checking(), timeout=5000)
    assert {c.other_session_id for c in dialog.clashes} == {taken.sessions[0].id}
    assert {c.what for c in dialog.clashes} == {"counselor", "place"}
    assert "2026-04-22" in dialog.clash_label.text()
    dialog.accept()
    assert dialog.isVisible(), "refused: the form stays with what was typed"
    assert "2026-04-22: Yoon Counselor already has a session" in dialog.error_text()
    assert len(sessions.week(sqlite_ctx.db, sqlite_ctx.actor, MONDAY)) == 0


def test_staff_see_the_week_but_no_notes_and_change_nothing(qtbot, sqlite_ctx, h):
    booked = sessions.book(sqlite_ctx.db, sqlite_ctx.actor,
                           h.session(datetime(2026, 4, 15, 10, 0)))
    session_notes.save_notes(sqlite_ctx.db, sqlite_ctx.actor, booked.sessions[0].id,
                             "She spoke about her sister.")
    staff = login_as(sqlite_ctx, "staff")
    page = open_page(qtbot, staff)
    shown = page.shown_sessions()
    assert [v.id for v in shown] == [booked.sessions[0].id]
    assert not shown[0].has_notes, "staff are not even told that there are notes"
    assert page.notes_button.isHidden() and page.book_button.isHidden()
    assert page.as_page().new is None
    menu = page.session_actions.menu(shown[0])
    words = [a.text() for a in menu.actions()]
    assert not any("notes" in w.lower() for w in words)
    assert not any(w.startswith(("Cancel", "Delete", "Mark")) for w in words)
    assert not page.week_view.blocks()[0].movable
    page.session_actions.open(shown[0].id)
    dialog = page.active_dialog()
    assert isinstance(dialog, EditSessionDialog)
    assert dialog.notes_button.isHidden() and not dialog.kind_combo.isEnabled()
    page.session_actions.notes(shown[0].id)
    assert page.active_dialog() is dialog, "no notes box opens for staff"


def test_the_sessions_counselor_opens_the_notes_once_audited(qtbot, sqlite_ctx, h):
    counselor = login_as(sqlite_ctx, "counselor", "yoon")
    own = counselors.save_counselor(sqlite_ctx.db, sqlite_ctx.actor, CounselorInput(
        user_id=counselor.actor.id))
    mine = sessions.book(sqlite_ctx.db, sqlite_ctx.actor,
                         h.session(datetime(2026, 4, 15, 10, 0), counselor=own.id))
    theirs = sessions.book(sqlite_ctx.db, sqlite_ctx.actor,
                           h.session(datetime(2026, 4, 16, 10, 0), place=None))
    page = open_page(qtbot, counselor)
    movable = {b.key: b.movable for b in page.week_view.blocks()}
    assert movable == {mine.sessions[0].id: True, theirs.sessions[0].id: False}, \
        "a counselor moves only her own sessions"
    by_id = {v.id: v for v in page.shown_sessions()}
    assert not page.session_actions.may_open_notes(by_id[theirs.sessions[0].id])
    assert page.session_actions.may_open_notes(by_id[mine.sessions[0].id])
    before = _audit_lines(sqlite_ctx)
    page.session_actions.notes(mine.sessions[0].id)
    dialog = page.active_dialog()
    assert isinstance(dialog, NotesDialog)
    assert _audit_lines(sqlite_ctx) == before + 1, "one opening, one audit line"
    dialog.edit.setPlainText("Slept better this week.")
    dialog.accept()
    assert not dialog.isVisible()
    again = session_notes.open_notes(sqlite_ctx.db, sqlite_ctx.actor, mine.sessions[0].id,
                                     purpose=Read.REFRESH)
    assert again.text == "Slept better this week."


def _audit_lines(ctx: AppContext) -> int:
    return audit_log.count_entries(ctx.db, ctx.actor,
                                   action=AuditAction.SESSION_NOTES_VIEW.value)


def test_a_keep_away_pair_is_refused_in_the_services_words(qtbot, sqlite_ctx, h):
    somang = members.get_member(sqlite_ctx.db, sqlite_ctx.actor, h.somang,
                                purpose=Read.REFRESH)
    keep_away.save_keep_away(sqlite_ctx.db, sqlite_ctx.actor, h.hana,
                             person_name="Former partner", relation="former_partner",
                             linked_member_code=somang.code)
    page = open_page(qtbot, sqlite_ctx)
    page.create_new(TODAY, time(15, 0))
    dialog = page.active_dialog()
    assert isinstance(dialog, BookingDialog)
    fill_booking(dialog, member="김하나", counselor=h.counselor)
    dialog.members_field.picker.setEditText("박소망")
    assert dialog.members_field.add_typed()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("couple"))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text() == (
        "M-0001 and M-0002 are on each other's keep-away list: they are never booked "
        "into one session.")
    assert sessions.week(sqlite_ctx.db, sqlite_ctx.actor, MONDAY) == []


def test_a_warning_is_asked_and_booking_goes_ahead_only_when_accepted(
        qtbot, sqlite_ctx, h, monkeypatch):
    somang = members.get_member(sqlite_ctx.db, sqlite_ctx.actor, h.somang,
                                purpose=Read.REFRESH)
    keep_away.save_keep_away(sqlite_ctx.db, sqlite_ctx.actor, h.hana,
                             person_name="Former partner", relation="former_partner",
                             linked_member_code=somang.code)
    sessions.book(sqlite_ctx.db, sqlite_ctx.actor, h.session(datetime(2026, 4, 15, 15, 0)))
    other_room = counselors.save_place(sqlite_ctx.db, sqlite_ctx.actor, "Quiet room")
    page = open_page(qtbot, sqlite_ctx)
    answers: list[bool] = [False, True]
    seen: list[str] = []

    def answer(_parent, _title, warnings, _proceed):  # type: ignore[no-untyped-def]
        seen.extend(warnings)
        return answers.pop(0)

    monkeypatch.setattr(messages, "confirm_warnings", answer)
    page.create_new(TODAY, time(15, 0))
    dialog = page.active_dialog()
    assert isinstance(dialog, BookingDialog)
    fill_booking(dialog, member="박소망", counselor=h.other_counselor, place=other_room.id)
    dialog.accept()
    assert dialog.isVisible() and "M-0001" in seen[0] and "2026-04-15" in seen[0]
    dialog.accept()
    assert not dialog.isVisible() and answers == []
    wait_read(qtbot, page)
    assert len(page.shown_sessions()) == 2


def test_enter_on_a_typed_member_adds_her_and_books_nothing_yet(qtbot, sqlite_ctx, h):
    page = open_page(qtbot, sqlite_ctx)
    page.create_new(TODAY, time(10, 0))
    dialog = page.active_dialog()
    assert isinstance(dialog, BookingDialog)
    dialog.counselor_combo.setCurrentIndex(dialog.counselor_combo.findData(h.counselor))
    qtbot.waitExposed(dialog)
    line = dialog.members_field.picker.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "M-0001")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    line.setText("박소")  # Hangul comes through the input method, not key clicks
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter in the member field adds; it does not book"
    assert dialog.members_field.member_ids() == (h.hana, h.somang)
    assert dialog.members_field.pending_text() == ""
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert not dialog.isVisible(), "Enter on the empty field books"
    wait_read(qtbot, page)
    assert [len(v.participants) for v in page.shown_sessions()] == [2]
