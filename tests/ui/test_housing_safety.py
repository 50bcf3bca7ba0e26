"""Issue 13, items 1–3, through the widgets with real dialogs and real keys: keep-away
pairs never housed together (and marked on the board, and said when linked), children
not left alone without a word, and searching never opens a member's keep-away list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from safehouse.audit_actions import AuditAction
from safehouse.models import AuditEntry
from safehouse.services import auth, households, keep_away, members, rooms
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.housing import RoomInfo
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.storage.db import Database
from safehouse.ui.context import AppContext
from safehouse.ui.members import MembersPage
from safehouse.ui.members.keep_away_tab import KeepAwayDialog
from safehouse.ui.rooms.assign_dialog import AssignDialog
from safehouse.ui.rooms.move_out_dialog import MoveOutDialog
from safehouse.ui.rooms.page import RoomsPage
from tests.conftest import TEST_PASSWORD, OnDay

TODAY = date(2026, 4, 15)

pytestmark = [pytest.mark.usefixtures("shown_errors"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture(autouse=True)
def _on_a_fixed_day(on_day: OnDay) -> None:
    on_day(TODAY)


def admit(ctx: AppContext, name: str, birth_year: int | None = None) -> MemberDetail:
    return members.create_member(ctx.db, ctx.actor, MemberInput(
        name=name, status="active", joined_on=date(2025, 1, 1), birth_year=birth_year))


def room(ctx: AppContext, name: str, floor: int = 1) -> RoomInfo:
    return rooms.create_room(ctx.db, ctx.actor, name=name, floor=floor, capacity=3)


def audited(db: Database, action: AuditAction) -> list[AuditEntry]:
    with db.transaction() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.action == action.value)))
        s.expunge_all()
        return rows


class Boxes:
    """Answers the message boxes that open, one by one, as a person would: Escape for
    no, Space on the button that goes ahead for yes; keeps what each box said."""

    def __init__(self, qtbot, answers: list[bool]) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.answers, self.seen = qtbot, list(answers), []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._answer)
        self._tries = 0
        self._timer.start()

    def _answer(self) -> None:
        self._tries += 1
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            if self._tries > 500:  # bounded: ten seconds without a box
                self._timer.stop()
            return
        self.seen.append(f"{box.text()}\n{box.informativeText()}")
        if self.answers.pop(0):
            go = next(b for b in box.buttons()
                      if box.buttonRole(b) in (QMessageBox.ButtonRole.AcceptRole,
                                               QMessageBox.ButtonRole.YesRole))
            self.qtbot.keyClick(go, Qt.Key.Key_Space)
        else:
            self.qtbot.keyClick(box, Qt.Key.Key_Escape)
        if not self.answers:
            self._timer.stop()


@pytest.fixture
def boxes(qtbot) -> Iterator[type[Boxes]]:  # type: ignore[no-untyped-def]
    made: list[Boxes] = []

    def make(answers: list[bool]) -> Boxes:
        made.append(Boxes(qtbot, answers))
        return made[-1]

    yield make  # type: ignore[misc]
    for b in made:
        b._timer.stop()


def open_assign(qtbot, ctx: AppContext, room_id: int) -> AssignDialog:  # type: ignore[no-untyped-def]
    dialog = AssignDialog(ctx, TODAY, room_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_member_and_press_enter(qtbot, dialog: AssignDialog, code: str) -> None:  # type: ignore[no-untyped-def]
    line = dialog.member_combo.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, code)
    qtbot.keyClick(dialog.start_edit, Qt.Key.Key_Return)


def link(ctx: AppContext, who: MemberDetail, other: MemberDetail) -> None:
    keep_away.save_keep_away(ctx.db, ctx.actor, who.id, person_name="박철수",
                             relation="former_partner", linked_member_code=other.code)


# --- item 1 ------------------------------------------------------------------------------


def test_assigning_a_keep_away_pair_to_one_room_is_refused_naming_room_and_dates(
        qtbot, sqlite_ctx):
    hana, chulsu = admit(sqlite_ctx, "김하나"), admit(sqlite_ctx, "Park Chulsu")
    link(sqlite_ctx, hana, chulsu)
    r103 = room(sqlite_ctx, "103")
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, r103.id, date(2026, 1, 1))
    dialog = open_assign(qtbot, sqlite_ctx, r103.id)
    type_member_and_press_enter(qtbot, dialog, chulsu.code)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    message = dialog.error_text()
    assert "room 103" in message and "2026-04-15 – open" in message
    assert rooms.room_of(sqlite_ctx.db, sqlite_ctx.actor, chulsu.id) is None


def test_the_same_floor_asks_first_and_going_ahead_is_audited(qtbot, sqlite_ctx, boxes):
    hana, chulsu = admit(sqlite_ctx, "김하나"), admit(sqlite_ctx, "Park Chulsu")
    link(sqlite_ctx, chulsu, hana)
    r101, r102 = room(sqlite_ctx, "101"), room(sqlite_ctx, "102")
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, r101.id, date(2026, 1, 1))
    dialog = open_assign(qtbot, sqlite_ctx, r102.id)
    answered = boxes([False])
    type_member_and_press_enter(qtbot, dialog, chulsu.code)
    assert "same floor" in answered.seen[0] and hana.code in answered.seen[0]
    assert dialog.isVisible()  # Escape: nothing done, her choices kept
    assert rooms.room_of(sqlite_ctx.db, sqlite_ctx.actor, chulsu.id) is None
    answered = boxes([True])
    qtbot.keyClick(dialog.start_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert rooms.room_of(sqlite_ctx.db, sqlite_ctx.actor, chulsu.id).room_name == "102"
    [entry] = audited(sqlite_ctx.db, AuditAction.ASSIGNMENT_WARNING_ACCEPTED)
    assert entry.detail == "keep_away_floor" and entry.member_id == chulsu.id


def test_the_board_marks_a_pair_for_roles_that_may_see_keep_away(qtbot, sqlite_ctx):
    hana, chulsu = admit(sqlite_ctx, "김하나"), admit(sqlite_ctx, "Park Chulsu")
    bom = admit(sqlite_ctx, "Lee Bom")
    r103 = room(sqlite_ctx, "103")
    for who in (hana, chulsu, bom):
        rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, who.id, r103.id, date(2026, 1, 1))
    link(sqlite_ctx, hana, chulsu)  # linked after they were housed together
    page = RoomsPage(sqlite_ctx)
    qtbot.addWidget(page)
    marked = {line.occupant.member_id: line.keep_apart_mark
              for line in page.board.lines() if line.occupant is not None}
    assert marked[bom.id] is None
    assert chulsu.code in marked[hana.id].toolTip()
    assert "this room" in marked[hana.id].toolTip()
    assert hana.code in marked[chulsu.id].toolTip()

    made = auth.create_user(sqlite_ctx.db, sqlite_ctx.actor, username="staff1",
                            display_name="Staff One", role="staff", password=TEST_PASSWORD)
    staff = Actor(id=made.id, username="staff1", display_name="Staff One", role="staff")
    staff_page = RoomsPage(AppContext(sqlite_ctx.db, staff, sqlite_ctx.hub))
    qtbot.addWidget(staff_page)
    assert all(line.keep_apart_mark is None for line in staff_page.board.lines())


def test_linking_a_member_who_shares_her_room_is_said_in_the_dialog_and_the_tab(
        qtbot, sqlite_ctx):
    hana, chulsu = admit(sqlite_ctx, "김하나"), admit(sqlite_ctx, "Park Chulsu")
    r103 = room(sqlite_ctx, "103")
    for who in (hana, chulsu):
        rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, who.id, r103.id, date(2026, 1, 1))
    page = MembersPage(sqlite_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.select_member(hana.id)
    tab = page.member_tab("keep_away")
    page.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in tab.findChildren(KeepAwayDialog) if d.isVisible()]
    assert not dialog.housing_warning.isVisible()
    qtbot.keyClicks(dialog.person_name, "Park Chulsu")
    line = dialog.linked_member.lineEdit()
    qtbot.keyClicks(line, chulsu.code)
    assert dialog.housing_warning.isVisible()
    assert "same room (103)" in dialog.housing_warning.text()
    qtbot.keyClick(dialog.person_name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert tab.housing_warning.isVisible()
    assert chulsu.code in tab.housing_warning.text()


# --- item 2 ------------------------------------------------------------------------------


def test_housing_a_child_without_an_adult_of_her_household_asks_first(
        qtbot, sqlite_ctx, boxes):
    girl = admit(sqlite_ctx, "Lee Bom", birth_year=TODAY.year - 15)
    r201 = room(sqlite_ctx, "201", floor=2)
    dialog = open_assign(qtbot, sqlite_ctx, r201.id)
    answered = boxes([False])
    type_member_and_press_enter(qtbot, dialog, girl.code)
    assert f"{girl.code} is a child" in answered.seen[0]
    assert dialog.isVisible()
    assert rooms.room_of(sqlite_ctx.db, sqlite_ctx.actor, girl.id) is None
    assert audited(sqlite_ctx.db, AuditAction.ASSIGNMENT_WARNING_ACCEPTED) == []
    boxes([True])
    qtbot.keyClick(dialog.start_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert rooms.room_of(sqlite_ctx.db, sqlite_ctx.actor, girl.id).room_name == "201"
    [entry] = audited(sqlite_ctx.db, AuditAction.ASSIGNMENT_WARNING_ACCEPTED)
    assert entry.detail == "child_alone"


def test_moving_the_last_adult_out_while_her_child_stays_asks_first(
        qtbot, sqlite_ctx, boxes):
    mother, son = admit(sqlite_ctx, "김순희", 1985), admit(sqlite_ctx, "김하늘")
    house = households.create_household(sqlite_ctx.db, sqlite_ctx.actor, mother.id)
    households.add_to_household(sqlite_ctx.db, sqlite_ctx.actor, house.id, son.id, "child")
    r101 = room(sqlite_ctx, "101")
    stay = rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, mother.id, r101.id,
                        date(2026, 1, 1))
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, son.id, r101.id, date(2026, 1, 1))
    dialog = MoveOutDialog(sqlite_ctx, stay, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    # "Move her out?" yes; then the warning: no
    answered = boxes([True, False])
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert len(answered.seen) == 2
    assert son.code in answered.seen[1] and "no adult of her household" in answered.seen[1]
    assert dialog.isVisible()
    assert rooms.room_of(sqlite_ctx.db, sqlite_ctx.actor, mother.id, date(2026, 5, 1))


# --- item 3 ------------------------------------------------------------------------------


def keep_away_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    reads: list[int] = []
    real = keep_away.list_keep_aways

    def counting(db, actor, member_id, *, purpose):  # type: ignore[no-untyped-def]
        reads.append(member_id)
        return real(db, actor, member_id, purpose=purpose)

    monkeypatch.setattr(keep_away, "list_keep_aways", counting)
    return reads


def test_typing_in_the_search_never_chooses_a_member_nor_opens_her_keep_away_list(
        qtbot, sqlite_ctx, monkeypatch):
    hana, bom, mirae = (admit(sqlite_ctx, n) for n in ("Kim Hana", "Lee Bom", "Park Mirae"))
    reads = keep_away_reads(monkeypatch)
    page = MembersPage(sqlite_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    view = page.member_list.view
    # she clicks Kim Hana's row, then the Keep-away tab: her list is opened, once
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(0, 1)).center())
    assert page.current_member_id() == hana.id
    page.tabs.setCurrentWidget(page.member_tab("keep_away"))
    assert reads == [hana.id]

    # typing hides Kim Hana: nobody is chosen, nobody else's list is read
    search = page.member_list.search
    qtbot.keyClicks(search, "Lee")
    assert page.current_member_id() is None
    assert page.member_list.current_member_id() is None
    assert page.stack.currentWidget() is page.empty_label
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.keyClicks(search, "a")  # all three match: still nobody chosen
    assert page.current_member_id() is None
    assert reads == [hana.id]
    assert [e.member_id for e in audited(sqlite_ctx.db, AuditAction.KEEPAWAY_VIEW)] == [
        hana.id]

    # an arrow key on the list chooses: that is a person's choice, read once
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    chosen = page.current_member_id()
    assert chosen in {hana.id, bom.id, mirae.id}
    assert reads == [hana.id, chosen]
    assert len(audited(sqlite_ctx.db, AuditAction.KEEPAWAY_VIEW)) == 2


def test_a_filter_that_keeps_the_chosen_member_keeps_her(qtbot, sqlite_ctx, monkeypatch):
    hana = admit(sqlite_ctx, "Kim Hana")
    admit(sqlite_ctx, "Lee Bom")
    reads = keep_away_reads(monkeypatch)
    page = MembersPage(sqlite_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.select_member(hana.id)
    page.tabs.setCurrentWidget(page.member_tab("keep_away"))
    qtbot.keyClicks(page.member_list.search, "Kim")
    assert page.current_member_id() == hana.id
    assert reads == [hana.id]  # not read again, not audited again
    assert len(audited(sqlite_ctx.db, AuditAction.KEEPAWAY_VIEW)) == 1
