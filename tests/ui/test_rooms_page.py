"""The Rooms page: the board on any date, assign, move, move out, rooms, roles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from safehouse.changes import ChangeKind
from safehouse.services import auth, members, rooms
from safehouse.services.dto.housing import RoomInfo
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.storage.db import Database
from safehouse.ui import messages
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.rooms.assign_dialog import AssignDialog
from safehouse.ui.rooms.fields import to_qdate
from safehouse.ui.rooms.history_dialog import HistoryDialog
from safehouse.ui.rooms.move_dialog import MoveDialog
from safehouse.ui.rooms.move_out_dialog import MoveOutDialog
from safehouse.ui.rooms.page import RoomsPage
from safehouse.ui.rooms.room_card import RoomCard
from safehouse.ui.rooms.room_dialog import RoomDialog
from tests.conftest import TEST_PASSWORD, OnDay, make_admin

TODAY = date(2026, 4, 15)

# The offscreen platform cannot raise windows or grab the keyboard; it says so.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture(autouse=True)
def _on_a_fixed_day(on_day: OnDay) -> None:
    on_day(TODAY)


@pytest.fixture
def sqlite_ctx(sqlite_db: Database) -> Iterator[AppContext]:
    """An administrator's context on a fresh SQLite database (kept here so these tests
    do not depend on what tests/ui/conftest.py offers)."""
    hub = ChangeHub(sqlite_db)
    yield AppContext(sqlite_db, make_admin(sqlite_db), hub)
    hub.detach()


def _member(ctx: AppContext, name: str, alias: str = "") -> MemberDetail:
    return members.create_member(
        ctx.db, ctx.actor,
        MemberInput(name=name, alias=alias, status="active", joined_on=date(2024, 12, 1)))


def _room(ctx: AppContext, name: str, floor: int = 1, capacity: int = 2) -> RoomInfo:
    return rooms.create_room(ctx.db, ctx.actor, name=name, floor=floor, capacity=capacity)


def _page(qtbot, ctx: AppContext) -> RoomsPage:  # type: ignore[no-untyped-def]
    page = RoomsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    return page


def _card(page: RoomsPage, name: str) -> RoomCard:
    found = [c for c in page.board.cards() if c.room.name == name]
    assert found, f"no card for room {name}"
    return found[0]


def _card_text(page: RoomsPage, name: str) -> list[str]:
    return [line.text() for line in _card(page, name).lines]


def _names_on_board(page: RoomsPage) -> list[str]:
    return [line.name_label.text() for line in page.board.lines() if not line.is_free]


def test_board_shows_rooms_by_floor_with_occupants_and_free_beds(qtbot, sqlite_ctx):
    hana = _member(sqlite_ctx, "김하나")
    r101 = _room(sqlite_ctx, "101", floor=1, capacity=2)
    _room(sqlite_ctx, "201", floor=2, capacity=1)
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, r101.id, date(2025, 3, 1),
                 bed_label="A")

    page = _page(qtbot, sqlite_ctx)

    text = page.board.visible_text()
    assert text.index("Floor 1") < text.index("101") < text.index("Floor 2") < text.index("201")
    assert "M-0001 김하나" in text
    assert "bed A · since 2025-03-01" in text
    assert _card(page, "101").count_label.text() == "1 / 2 beds"
    assert _card(page, "201").count_label.text() == "0 / 1 beds"
    assert _card_text(page, "101") == ["M-0001 김하나 bed A · since 2025-03-01", "Free bed"]
    assert text.count("Free bed") == 2
    assert page.summary_label.text() == f"1 of 3 beds taken on {TODAY.isoformat()}"
    assert page.date_edit.date() == to_qdate(TODAY)
    assert page.date_edit.displayFormat() == "yyyy-MM-dd"


def test_a_past_date_shows_who_was_where_then(qtbot, sqlite_ctx):
    hana, somang = _member(sqlite_ctx, "김하나"), _member(sqlite_ctx, "박소망")
    r101, r201 = _room(sqlite_ctx, "101", capacity=1), _room(sqlite_ctx, "201", floor=2)
    db, actor = sqlite_ctx.db, sqlite_ctx.actor
    rooms.assign(db, actor, hana.id, r101.id, date(2025, 1, 10))
    rooms.move(db, actor, hana.id, r201.id, date(2025, 6, 1))
    rooms.assign(db, actor, somang.id, r101.id, date(2025, 7, 1))
    page = _page(qtbot, sqlite_ctx)
    assert _card_text(page, "101")[0].startswith("M-0002 박소망")
    assert _card_text(page, "201")[0].startswith("M-0001 김하나")

    page.date_edit.setDate(to_qdate(date(2025, 3, 1)))

    assert _card_text(page, "101") == ["M-0001 김하나 since 2025-01-10 · until 2025-06-01"]
    assert "박소망" not in " ".join(page.board.visible_text())
    assert page.summary_label.text() == "1 of 3 beds taken on 2025-03-01"

    page.date_edit.setDate(to_qdate(date(2024, 12, 31)))
    assert _names_on_board(page) == []

    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.date_edit.date() == to_qdate(TODAY)
    assert sorted(_names_on_board(page)) == ["M-0001 김하나", "M-0002 박소망"]


def test_assign_dialog_puts_the_member_on_the_board(qtbot, sqlite_ctx):
    _member(sqlite_ctx, "김하나", alias="Kim Hana")
    room = _room(sqlite_ctx, "101")
    page = _page(qtbot, sqlite_ctx)
    assert _names_on_board(page) == []

    page.create_new()
    dialog = page.active_dialog()
    assert isinstance(dialog, AssignDialog)
    assert dialog.member_combo.itemText(0) == "M-0001 김하나 (Kim Hana)"
    assert "2 free beds" in dialog.room_combo.itemText(0)
    dialog.member_combo.setEditText("kim hana")  # any part of the entry
    dialog.room_combo.select_room(room.id)
    dialog.bed_edit.setText("B")
    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert page.active_dialog() is None
    assert _card_text(page, "101")[0] == f"M-0001 김하나 bed B · since {TODAY.isoformat()}"
    assert page.summary_label.text().startswith("1 of 2 beds taken")
    assert page.board.selected_occupant() is not None
    assert page.move_button.isEnabled() and page.move_out_button.isEnabled()


def test_assigning_into_a_full_room_is_refused_naming_the_room_and_date(qtbot, sqlite_ctx):
    hana, somang = _member(sqlite_ctx, "김하나"), _member(sqlite_ctx, "박소망")
    room = _room(sqlite_ctx, "101", capacity=1)
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, room.id, date(2025, 1, 1))
    page = _page(qtbot, sqlite_ctx)
    before = page.board.visible_text()

    dialog = AssignDialog(sqlite_ctx, date(2025, 5, 1), room.id, page)
    qtbot.addWidget(dialog)
    assert dialog.room_combo.currentText() == "101 · floor 1 · full"
    assert dialog.member_combo.select_member(somang.id)
    dialog.accept()

    message = dialog.error_text()
    assert "Room 101 is full on 2025-05-01" in message
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.member_combo.currentText() == "M-0002 박소망"  # her input is kept
    assert page.board.visible_text() == before
    assert rooms.room_of(sqlite_ctx.db, sqlite_ctx.actor, somang.id, date(2025, 5, 1)) is None


def test_an_end_before_the_start_is_refused_naming_both_dates(qtbot, sqlite_ctx):
    hana = _member(sqlite_ctx, "김하나")
    room = _room(sqlite_ctx, "101")
    dialog = AssignDialog(sqlite_ctx, date(2025, 5, 10), room.id)
    qtbot.addWidget(dialog)
    dialog.member_combo.select_member(hana.id)
    dialog.set_end(date(2025, 5, 1))
    dialog.accept()

    message = dialog.error_text("end_on")
    assert "2025-05-01" in message and "2025-05-10" in message
    assert dialog.error_text() == ""
    assert rooms.room_history(sqlite_ctx.db, sqlite_ctx.actor, hana.id) == []


def test_assign_without_choosing_a_member_says_so(qtbot, sqlite_ctx):
    _member(sqlite_ctx, "김하나")
    _room(sqlite_ctx, "101")
    dialog = AssignDialog(sqlite_ctx, TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.member_combo.lineEdit(), "nobody")
    dialog.accept()
    assert dialog.error_text("member") == "Choose a member from the list."


def test_move_to_another_room(qtbot, sqlite_ctx):
    hana = _member(sqlite_ctx, "김하나")
    r101 = _room(sqlite_ctx, "101")
    r102 = _room(sqlite_ctx, "102")
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, r101.id, date(2025, 1, 1))
    page = _page(qtbot, sqlite_ctx)
    assert not page.move_button.isEnabled()

    line = _card(page, "101").lines[0]
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert line.selected and page.move_button.isEnabled()
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog()
    assert isinstance(dialog, MoveDialog)
    assert dialog.member_label.text() == "M-0001 김하나 — 101"

    dialog.date_edit.setDate(to_qdate(date(2024, 12, 1)))
    dialog.room_combo.select_room(r102.id)
    dialog.accept()
    assert "2024-12-01" in dialog.error_text("on") and "2025-01-01" in dialog.error_text("on")
    assert _card_text(page, "101")[0].startswith("M-0001 김하나")

    dialog.date_edit.setDate(to_qdate(TODAY))
    dialog.bed_edit.setText("window")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _card_text(page, "101") == ["Free bed", "Free bed"]
    assert _card_text(page, "102")[0] == (
        f"M-0001 김하나 bed window · since {TODAY.isoformat()}")


def test_move_out_asks_first_then_frees_the_bed(qtbot, sqlite_ctx, monkeypatch):
    hana = _member(sqlite_ctx, "김하나")
    room = _room(sqlite_ctx, "101", capacity=1)
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, room.id, date(2025, 1, 1))
    page = _page(qtbot, sqlite_ctx)
    assert page.board.select_occupant(_card(page, "101").lines[0].occupant.id)  # type: ignore[union-attr]
    page.move_out_button.click()
    dialog = page.active_dialog()
    assert isinstance(dialog, MoveOutDialog)

    asked: list[str] = []

    def no(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return False

    monkeypatch.setattr(messages, "confirm", no)
    dialog.accept()
    assert asked and "M-0001" in asked[0] and "101" in asked[0] and TODAY.isoformat() in asked[0]
    assert page.active_dialog() is dialog  # still open, nothing changed
    assert _card_text(page, "101")[0].startswith("M-0001 김하나")

    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _card_text(page, "101") == ["Free bed"]
    assert page.summary_label.text().startswith("0 of 1 beds taken")

    history = HistoryDialog(sqlite_ctx, dialog.current)
    qtbot.addWidget(history)
    assert history.rows() == [["101", "", "2025-01-01", TODAY.isoformat()]]


def test_moving_out_before_moving_in_names_both_dates(qtbot, sqlite_ctx, monkeypatch):
    hana = _member(sqlite_ctx, "김하나")
    room = _room(sqlite_ctx, "101")
    stay = rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, room.id, date(2025, 3, 1))
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    dialog = MoveOutDialog(sqlite_ctx, stay, date(2025, 2, 1))
    qtbot.addWidget(dialog)
    dialog.accept()
    message = dialog.error_text("end_on")
    assert "2025-02-01" in message and "2025-03-01" in message
    assert rooms.room_of(sqlite_ctx.db, sqlite_ctx.actor, hana.id) is not None


def test_context_menu_and_double_click(qtbot, sqlite_ctx):
    hana = _member(sqlite_ctx, "김하나")
    r101 = _room(sqlite_ctx, "101")
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, r101.id, date(2025, 1, 1))
    page = _page(qtbot, sqlite_ctx)
    occupant, free = _card(page, "101").lines

    menu = page.occupant_menu(occupant.occupant)  # type: ignore[arg-type]
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels == ["Move…", "Move out…", "Room history…"]
    menu.actions()[0].trigger()
    assert isinstance(page.active_dialog(), MoveDialog)
    page.active_dialog().reject()  # type: ignore[union-attr]

    qtbot.mouseDClick(free, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog()
    assert isinstance(dialog, AssignDialog)
    assert dialog.room_combo.room_id() == r101.id

    qtbot.mouseDClick(occupant, Qt.MouseButton.LeftButton)
    history = page.active_dialog()
    assert isinstance(history, HistoryDialog)
    assert history.rows() == [["101", "", "2025-01-01", "now"]]


def test_filter_shows_matching_rooms_and_highlights_the_member(qtbot, sqlite_ctx):
    hana, somang = _member(sqlite_ctx, "김하나"), _member(sqlite_ctx, "박소망")
    r101, r102 = _room(sqlite_ctx, "101"), _room(sqlite_ctx, "102")
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, r101.id, date(2025, 1, 1))
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, somang.id, r102.id, date(2025, 1, 1))
    page = _page(qtbot, sqlite_ctx)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()

    page.focus_search()
    qtbot.waitUntil(page.filter_edit.hasFocus)
    page.filter_edit.setText("소망")
    assert not _card(page, "101").isVisible()
    assert _card(page, "102").isVisible()
    assert _card(page, "102").lines[0].highlighted

    page.filter_edit.setText("101")
    assert _card(page, "101").isVisible() and not _card(page, "102").isVisible()
    page.filter_edit.clear()
    assert _card(page, "101").isVisible() and _card(page, "102").isVisible()


def test_new_room_and_edit_room(qtbot, sqlite_ctx):
    hana, somang = _member(sqlite_ctx, "김하나"), _member(sqlite_ctx, "박소망")
    page = _page(qtbot, sqlite_ctx)
    assert "There are no rooms yet" in " ".join(page.board.visible_text())

    page.new_room_button.click()
    dialog = page.active_dialog()
    assert isinstance(dialog, RoomDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "x")
    dialog.name_edit.clear()
    assert dialog.error_text("name") == "A room needs a name."
    qtbot.keyClicks(dialog.name_edit, "301")
    assert ok.isEnabled() and dialog.error_text("name") == ""
    dialog.floor_spin.setValue(3)
    dialog.capacity_spin.setValue(2)
    dialog.accept()
    assert "Floor 3" in page.board.visible_text()
    assert _card(page, "301").count_label.text() == "0 / 2 beds"

    room = _card(page, "301").room
    for m in (hana, somang):
        rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, m.id, room.id, date(2025, 1, 1))
    assert page.board.select_room(room.id) and page.edit_room_button.isEnabled()
    page.edit_room_button.click()
    edit = page.active_dialog()
    assert isinstance(edit, RoomDialog) and edit.name_edit.text() == "301"
    edit.capacity_spin.setValue(1)
    edit.accept()
    assert "Room 301 holds 2 people" in edit.error_text()
    assert edit.capacity_spin.value() == 1
    assert _card(page, "301").count_label.text() == "2 / 2 beds"


def test_staff_see_the_board_but_no_editing_controls(qtbot, sqlite_ctx):
    hana = _member(sqlite_ctx, "김하나")
    room = _room(sqlite_ctx, "101")
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, room.id, date(2025, 1, 1))
    auth.create_user(sqlite_ctx.db, sqlite_ctx.actor, username="staff1",
                     display_name="Lee Staff", role="staff", password=TEST_PASSWORD)
    staff = auth.login(sqlite_ctx.db, "staff1", TEST_PASSWORD)
    page = _page(qtbot, AppContext(sqlite_ctx.db, staff, sqlite_ctx.hub))
    page.show()
    qtbot.waitExposed(page)

    assert _card_text(page, "101")[0].startswith("M-0001 김하나")
    for button in (page.assign_button, page.move_button, page.move_out_button,
                   page.new_room_button, page.edit_room_button):
        assert not button.isVisible()
    assert page.history_button.isVisible()
    page.create_new()
    qtbot.mouseDClick(_card(page, "101").lines[1], Qt.MouseButton.LeftButton)
    assert page.active_dialog() is None
    menu = page.occupant_menu(_card(page, "101").lines[0].occupant)  # type: ignore[arg-type]
    assert [a.text() for a in menu.actions()] == ["Room history…"]


def test_changes_elsewhere_refresh_and_clearing_hides_everyone(qtbot, sqlite_ctx):
    hana = _member(sqlite_ctx, "김하나")
    room = _room(sqlite_ctx, "101")
    page = _page(qtbot, sqlite_ctx)
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, room.id, date(2025, 1, 1))
    assert _names_on_board(page) == ["M-0001 김하나"]

    page.create_new()
    dialog = page.active_dialog()
    page.clear_personal_data()
    assert page.board.visible_text() == [] and page.summary_label.text() == ""
    assert dialog is not None and page.active_dialog() is dialog  # left for the window
    somang = _member(sqlite_ctx, "박소망")
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, somang.id, room.id, date(2025, 1, 1))
    assert page.board.visible_text() == []  # nothing comes back while locked

    page.refresh()
    assert sorted(_names_on_board(page)) == ["M-0001 김하나", "M-0002 박소망"]


@pytest.mark.parametrize("kind", [ChangeKind.ROOM, ChangeKind.ASSIGNMENT, ChangeKind.MEMBER])
def test_the_page_reloads_on_each_watched_change(qtbot, sqlite_ctx, kind):
    _room(sqlite_ctx, "101")
    page = _page(qtbot, sqlite_ctx)
    rooms.create_room(sqlite_ctx.db, sqlite_ctx.actor, name="102", floor=1, capacity=1)
    assert [c.room.name for c in page.board.cards()] == ["101", "102"]
    sqlite_ctx.hub.sig_changed.emit(kind, [])
    assert [c.room.name for c in page.board.cards()] == ["101", "102"]


def test_assign_dialog_starts_on_a_room_with_a_free_bed(qtbot, sqlite_ctx):
    hana, somang = _member(sqlite_ctx, "김하나"), _member(sqlite_ctx, "박소망")
    full = _room(sqlite_ctx, "101", capacity=1)
    free = _room(sqlite_ctx, "102", capacity=2)
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, full.id, date(2025, 1, 1))
    page = _page(qtbot, sqlite_ctx)
    page.create_new()
    dialog = page.active_dialog()
    assert isinstance(dialog, AssignDialog)
    assert "full" in dialog.room_combo.itemText(0)
    assert dialog.room_combo.room_id() == free.id
    assert somang.code in dialog.member_combo.itemText(0)
    dialog.reject()
