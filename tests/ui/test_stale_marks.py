"""Two workstations, one record, for the changes that are not a form's save: an
attendance mark from the Schedule's menu, cancelling a session, a member's status, an
update of a care-plan goal. The other workstation changes the record first; this one's
change is refused with what changed, nothing of it is written, and what is shown is
the record as it is now."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QThreadPool

from safehouse.errors import NotFound
from safehouse.services import care_plans, members, session_edits, session_marks, sessions
from safehouse.services.dto.care_plans import GoalInput, UpdateInput
from safehouse.services.reading import Read
from safehouse.ui import messages
from safehouse.ui.members.care_plan_dialogs import CareUpdateDialog
from safehouse.ui.members.status_dialog import StatusDialog
from safehouse.ui.schedule.scope_dialog import CancelDialog
from tests.conftest import OnDay
from tests.services.counseling_fixtures import House, house
from tests.ui.schedule_helpers import open_page, wait_read
from tests.ui.test_stale_edits import HANA, Answer

pytestmark = [pytest.mark.usefixtures("shown_errors", "no_confirmations"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture(autouse=True)
def _on_a_wednesday(on_day: OnDay) -> None:
    on_day(datetime(2026, 4, 15, 9, 30))


@pytest.fixture
def h(ctx) -> Iterator[House]:  # type: ignore[no-untyped-def]
    yield house(ctx.db, ctx.actor)
    QThreadPool.globalInstance().waitForDone(10_000)  # the page's reads


def test_a_mark_on_a_session_changed_elsewhere_is_refused_and_said(qtbot, ctx, h, other,
                                                                   shown_errors):
    booked = sessions.book(h.db, h.admin, h.session(datetime(2026, 4, 15, 10, 0)))
    sid = booked.sessions[0].id
    page = open_page(qtbot, ctx)
    shown = page.shown_sessions()[0]
    assert shown.status == "scheduled"
    session_marks.mark(other, ctx.actor, sid, "completed")  # the other workstation
    menu = page.session_actions.menu(shown)
    marks = next(a.menu() for a in menu.actions() if a.text() == "Mark as")
    next(a for a in marks.actions() if a.text() == "No-show").trigger()
    assert shown_errors == [
        "Someone else changed this session after it was shown here (status: Completed), "
        "so it was not marked. The schedule now shows it as it is: mark it again if you "
        "still mean to."]
    shown_errors.clear()
    assert sessions.session(ctx.db, ctx.actor, sid).status == "completed"
    qtbot.waitUntil(lambda: page.shown_sessions()[0].status == "completed", timeout=5000)
    wait_read(qtbot, page)
    # marked again, based on what is shown now: done
    menu = page.session_actions.menu(page.shown_sessions()[0])
    marks = next(a.menu() for a in menu.actions() if a.text() == "Mark as")
    next(a for a in marks.actions() if a.text() == "No-show").trigger()
    assert sessions.session(ctx.db, ctx.actor, sid).status == "no_show"


def test_cancelling_a_session_marked_elsewhere_is_refused_and_shown_anew(qtbot, ctx, h,
                                                                         other):
    booked = sessions.book(h.db, h.admin, h.session(datetime(2026, 4, 15, 10, 0)))
    session = booked.sessions[0]
    dialog = CancelDialog(ctx, session)
    qtbot.addWidget(dialog)
    dialog.show()
    session_marks.mark(other, ctx.actor, session.id, "completed")
    dialog.accept()
    assert dialog.isVisible() and dialog.cancelled == []
    assert "so it was not cancelled" in dialog.error_text()
    assert "status: Completed" in dialog.error_text()
    assert sessions.session(ctx.db, ctx.actor, session.id).status == "completed"
    dialog.accept()  # again, based on the session as it is now
    assert not dialog.isVisible() and dialog.cancelled == [session.id]


def test_a_status_change_over_a_status_changed_elsewhere_is_reapplied(qtbot, ctx, other):
    made = members.create_member(ctx.db, ctx.actor, HANA)
    dialog = StatusDialog(ctx, made)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_new_status("exited")
    members.set_status(other, ctx.actor, made.id, "alumni", date(2026, 4, 1))
    answer = Answer(qtbot, "reapply")
    dialog.accept()
    assert {"New status", "Alumni", "Exited"} <= set(answer.rows)
    assert dialog.isVisible() and dialog.current.text() == "Alumni"
    assert dialog.new_status() == "exited"
    assert members.get_member(ctx.db, ctx.actor, made.id,
                              purpose=Read.REFRESH).status == "alumni"
    dialog.accept()
    assert not dialog.isVisible()
    assert members.get_member(ctx.db, ctx.actor, made.id,
                              purpose=Read.REFRESH).status == "exited"


def test_an_update_of_a_goal_changed_elsewhere_is_reloaded(qtbot, ctx, other):
    member = members.create_member(ctx.db, ctx.actor, HANA)
    goal = care_plans.add_goal(ctx.db, ctx.actor, member.id,
                               GoalInput(area="work", text="일자리"))
    dialog = CareUpdateDialog(ctx, goal)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData("set_aside"))
    care_plans.add_update(other, ctx.actor, goal.id,
                          UpdateInput(day=goal.created_on, status="in_progress"))
    answer = Answer(qtbot, "reload")
    dialog.accept()
    assert {"Status", "In progress", "Set aside"} <= set(answer.rows)
    assert dialog.isVisible() and dialog.status.currentData() == "in_progress"
    plan = care_plans.member_plan(ctx.db, ctx.actor, member.id, purpose=Read.REFRESH)
    assert [u.status for u in plan.goals[0].updates] == ["in_progress"]


def test_a_drag_of_a_session_changed_elsewhere_is_refused_and_said(qtbot, ctx, h, other,
                                                                   shown_errors):
    booked = sessions.book(h.db, h.admin, h.session(datetime(2026, 4, 15, 10, 0)))
    sid = booked.sessions[0].id
    page = open_page(qtbot, ctx)
    session_marks.mark(other, ctx.actor, sid, "completed")  # the other workstation
    page._on_week_view_move_requested(sid, date(2026, 4, 16), time(11, 0))  # the drop
    assert shown_errors == [
        "Someone else changed this session after it was shown here (status: Completed), "
        "so it was not moved. The schedule now shows it as it is: move it again if you "
        "still mean to."]
    shown_errors.clear()
    now = sessions.session(ctx.db, ctx.actor, sid)
    assert (now.starts_at.day, now.starts_at.hour, now.status) == (15, 10, "completed")
    qtbot.waitUntil(lambda: page.shown_sessions()[0].status == "completed", timeout=5000)
    wait_read(qtbot, page)


def test_deleting_a_session_moved_elsewhere_is_refused_and_said(qtbot, ctx, h, other,
                                                                shown_errors, monkeypatch):
    booked = sessions.book(h.db, h.admin, h.session(datetime(2026, 4, 15, 10, 0)))
    sid = booked.sessions[0].id
    page = open_page(qtbot, ctx)
    assert page.week_view.select(sid)
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _o, _t, text: asked.append(text) or True)
    session_edits.move(other, ctx.actor, sid, datetime(2026, 4, 15, 14, 0))  # elsewhere
    page.delete_button.click()
    assert len(asked) == 1
    assert len(shown_errors) == 1
    said = shown_errors[0]
    assert said.startswith("Someone else changed this session after it was shown here "
                           "(start: ")
    assert said.endswith("), so it was not deleted. The schedule now shows it as it is: "
                         "delete it again if you still mean to.")
    shown_errors.clear()
    assert sessions.session(ctx.db, ctx.actor, sid).starts_at.hour == 14  # not deleted
    qtbot.waitUntil(lambda: page.shown_sessions()[0].starts_at.hour == 14, timeout=5000)
    wait_read(qtbot, page)
    assert page.week_view.select(sid)
    page.delete_button.click()  # again, based on what is shown now: deleted
    assert len(asked) == 2 and shown_errors == []
    with pytest.raises(NotFound):
        sessions.session(ctx.db, ctx.actor, sid)
