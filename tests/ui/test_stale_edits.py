"""Two workstations, one record, in the window: each opens the same member, room or
care-plan goal; the other one saves first; this one's Save then shows "Someone else
changed this record" with what changed, and Reload (theirs, mine thrown away) or
Reapply (mine over theirs, saved only when Save is pressed again) does what it says.
Nothing is overwritten unseen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from safehouse.services import care_plans, members, rooms
from safehouse.services.dto.care_plans import GoalInput
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.ui.members.care_plan_dialogs import CareGoalDialog
from safehouse.ui.members.member_form import MemberForm
from safehouse.ui.rooms.room_dialog import RoomDialog
from safehouse.ui.stale_dialog import StaleDialog

pytestmark = [pytest.mark.usefixtures("shown_errors", "no_confirmations"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]

HANA = MemberInput(name="김하나", alias="Hana", status="active", joined_on=date(2024, 3, 1))


class Answer:
    """Waits for the "someone else changed" dialog, keeps what it lists, and presses
    one of its buttons (``"reload"``, ``"reapply"``) or Escape."""

    def __init__(self, qtbot, button: str) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.button, self.rows, self.title = qtbot, button, [], ""
        self._tries = 0
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        self._tries += 1
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, StaleDialog) or not dialog.isVisible():
            if self._tries > 500:  # bounded: ten seconds without the dialog
                self._timer.stop()
            return
        self._timer.stop()
        self.title = dialog.windowTitle()
        self.rows = [label.text() for label in dialog.findChildren(QLabel)]
        if self.button == "escape":
            self.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            button = (dialog.reload_button if self.button == "reload"
                      else dialog.reapply_button)
            self.qtbot.keyClick(button, Qt.Key.Key_Space)


def test_a_member_saved_elsewhere_is_reloaded_and_mine_thrown_away(ctx, other, qtbot):
    made = members.create_member(ctx.db, ctx.actor, HANA)
    form = MemberForm(ctx, members.get_member(ctx.db, ctx.actor, made.id,
                                              purpose=Read.REFRESH))
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.phone, "010-1234-5678")  # mine
    members.update_member(other, ctx.actor, made.id, replace(HANA, alias="하나"))
    answer = Answer(qtbot, "reload")
    form.accept()
    assert answer.title == "Someone else changed this record"
    assert answer.rows[answer.rows.index("Alias"):][:3] == ["Alias", "하나", "Hana"]
    assert form.isVisible() and not form.dirty
    assert (form.alias.text(), form.phone.text()) == ("하나", "")
    form.accept()  # saving what was reloaded: nothing of mine, theirs kept as it is
    assert not form.isVisible()
    saved = members.get_member(ctx.db, ctx.actor, made.id, purpose=Read.REFRESH)
    assert (saved.alias, saved.phone, saved.version) == ("하나", "", 2)


def test_a_member_saved_elsewhere_takes_my_changes_over_theirs(ctx, other, qtbot):
    made = members.create_member(ctx.db, ctx.actor, HANA)
    form = MemberForm(ctx, made)
    qtbot.addWidget(form)
    form.show()
    form.phone.setText("010-1234-5678")  # mine
    form.alias.setText("Hani")  # mine, and theirs too: mine wins when reapplied
    members.update_member(other, ctx.actor, made.id,
                          replace(HANA, alias="하나", birth_year=1990))
    answer = Answer(qtbot, "reapply")
    form.accept()
    assert {"Alias", "Birth year", "1990", "Hani"} <= set(answer.rows)
    assert form.isVisible()
    assert (form.alias.text(), form.birth_year.text(), form.phone.text()) == (
        "Hani", "1990", "010-1234-5678")
    assert "Check them, then save again" in form.error_text()
    now = members.get_member(ctx.db, ctx.actor, made.id, purpose=Read.REFRESH)
    assert (now.alias, now.phone) == ("하나", "")  # nothing saved until Save again
    form.accept()
    assert not form.isVisible()
    saved = members.get_member(ctx.db, ctx.actor, made.id, purpose=Read.REFRESH)
    assert (saved.alias, saved.birth_year, saved.phone) == ("Hani", 1990, "010-1234-5678")


def test_escape_keeps_the_form_and_saves_nothing(ctx, other, qtbot):
    room = rooms.create_room(ctx.db, ctx.actor, name="Room 1", floor=1, capacity=2)
    dialog = RoomDialog(ctx, room)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.capacity_spin.setValue(4)
    rooms.update_room(other, ctx.actor, room.id, name="Room 1", floor=2, capacity=2,
                      active=True)
    answer = Answer(qtbot, "escape")
    dialog.accept()
    assert {"Floor", "2", "1"} <= set(answer.rows)
    assert dialog.isVisible() and dialog.capacity_spin.value() == 4
    assert rooms.list_rooms(ctx.db, ctx.actor)[0].capacity == 2


def test_a_room_reapplied_keeps_their_floor_and_my_capacity(ctx, other, qtbot):
    room = rooms.create_room(ctx.db, ctx.actor, name="Room 1", floor=1, capacity=2)
    dialog = RoomDialog(ctx, room)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.capacity_spin.setValue(4)
    rooms.update_room(other, ctx.actor, room.id, name="Room 1", floor=2, capacity=2,
                      active=True)
    answer = Answer(qtbot, "reapply")
    dialog.accept()
    assert answer.title and (dialog.floor_spin.value(), dialog.capacity_spin.value()) == (2, 4)
    dialog.accept()
    assert not dialog.isVisible()
    saved = rooms.list_rooms(ctx.db, ctx.actor)[0]
    assert (saved.floor, saved.capacity, saved.version) == (2, 4, 3)


def test_a_goal_changed_elsewhere_is_reloaded(ctx, other, qtbot):
    member = members.create_member(ctx.db, ctx.actor, HANA)
    goal = care_plans.add_goal(ctx.db, ctx.actor, member.id,
                               GoalInput(area="work", text="일자리"))
    dialog = CareGoalDialog(ctx, member.id, goal)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setText("일자리 구하기")
    care_plans.edit_goal(other, ctx.actor, goal.id,
                         GoalInput(area="education", text="일자리"))
    answer = Answer(qtbot, "reload")
    dialog.accept()
    assert {"Area", "Education", "Work"} <= set(answer.rows)
    assert (dialog.area.currentData(), dialog.text.text()) == ("education", "일자리")
    dialog.accept()
    plan = care_plans.member_plan(ctx.db, ctx.actor, member.id, purpose=Read.REFRESH)
    assert [(g.area, g.text) for g in plan.goals] == [("education", "일자리")]
