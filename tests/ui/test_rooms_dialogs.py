"""The rooms dialogs as a person uses them: messages shown whole and gone once put
right, a chosen member never swapped, planned move-outs changed or cancelled, the date
checked before the question, room cards that show the whole stay."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from safehouse.services import members, rooms
from safehouse.services.dto.housing import RoomInfo
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.rooms.assign_dialog import AssignDialog
from safehouse.ui.rooms.fields import to_qdate
from safehouse.ui.rooms.history_dialog import HistoryDialog
from safehouse.ui.rooms.move_dialog import MoveDialog
from safehouse.ui.rooms.move_out_dialog import MoveOutDialog
from safehouse.ui.rooms.page import RoomsPage
from safehouse.ui.rooms.room_card import RoomCard
from tests.conftest import OnDay

TODAY = date(2026, 11, 20)
TOMORROW = date(2026, 11, 21)

pytestmark = [pytest.mark.usefixtures("shown_errors"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture(autouse=True)
def _on_a_fixed_day(on_day: OnDay) -> None:
    on_day(TODAY)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Questions asked (answered Yes)."""
    questions: list[str] = []

    def yes(_parent: QWidget | None, _title: str, text: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(messages, "confirm", yes)
    yield questions


def _member(ctx: AppContext, name: str) -> MemberDetail:
    return members.create_member(ctx.db, ctx.actor, MemberInput(
        name=name, status="active", joined_on=date(2024, 1, 1)))


def _room(ctx: AppContext, name: str, capacity: int = 2) -> RoomInfo:
    return rooms.create_room(ctx.db, ctx.actor, name=name, floor=1, capacity=capacity)


def _shown(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def _set_date(qtbot, edit, day: date) -> None:  # type: ignore[no-untyped-def]
    """Type a date into a date field as a person would: the year selected, then the
    digits (the field moves on to the month and the day by itself)."""
    edit.setFocus()
    edit.setCurrentSectionIndex(0)
    edit.lineEdit().setSelection(0, 4)
    qtbot.keyClicks(edit, day.strftime("%Y%m%d"))
    assert edit.date() == to_qdate(day)


def _whole(label: QLabel, dialog: QDialog) -> bool:
    """The label is on screen inside the dialog, with room for all its lines."""
    if not label.isVisible():
        return False
    top_left = label.mapTo(dialog, label.rect().topLeft())
    bottom = top_left.y() + label.height()
    need = label.heightForWidth(label.width()) if label.wordWrap() else \
        label.sizeHint().height()
    return label.height() >= need and bottom <= dialog.height()


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(20)


# --- 5: messages shown whole, and gone once the date is put right ----------------------


def test_move_shows_its_whole_message_and_drops_it_when_the_date_is_right(
        qtbot, sqlite_ctx, asked):
    hana, somang = _member(sqlite_ctx, "김하나"), _member(sqlite_ctx, "박소망")
    r101, r102 = _room(sqlite_ctx, "101"), _room(sqlite_ctx, "102", capacity=1)
    stay = rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, r101.id, date(2026, 1, 1))
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, somang.id, r102.id, date(2026, 12, 1))
    dialog = MoveDialog(sqlite_ctx, stay, date(2026, 12, 5))
    _shown(qtbot, dialog)
    dialog.room_combo.select_room(r102.id)
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    _settle(qtbot)
    assert "Room 102 is full on 2026-12-05" in dialog.error_text()
    assert _whole(dialog.error, dialog)

    _set_date(qtbot, dialog.date_edit, date(2026, 11, 25))  # before her bed is taken
    _settle(qtbot)
    assert dialog.error_text() == ""
    assert dialog.error_text("on") == ""


def test_move_out_shows_a_wrong_date_next_to_it_before_asking(qtbot, sqlite_ctx, asked):
    hana = _member(sqlite_ctx, "김하나")
    r101 = _room(sqlite_ctx, "101")
    stay = rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, r101.id, date(2026, 3, 1))
    dialog = MoveOutDialog(sqlite_ctx, stay, TODAY)
    _shown(qtbot, dialog)
    _set_date(qtbot, dialog.date_edit, date(2026, 1, 1))
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    _settle(qtbot)
    message = dialog.error_text("end_on")
    assert "2026-01-01" in message and "2026-03-01" in message
    assert asked == []  # 11: nothing asked about a date that cannot be
    assert _whole(dialog.errors["end_on"], dialog)
    assert not dialog.ok_button.isEnabled()

    _set_date(qtbot, dialog.date_edit, date(2026, 12, 1))
    assert dialog.error_text("end_on") == ""
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert asked == ["Move M-0001 out of room 101 on 2026-12-01? Her stay there is kept "
                     "in the history."]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert rooms.room_history(sqlite_ctx.db, sqlite_ctx.actor, hana.id)[0].end_on == \
        date(2026, 12, 1)


def test_assign_keeps_its_fields_whole_when_a_message_appears(qtbot, sqlite_ctx):
    hana = members.create_member(sqlite_ctx.db, sqlite_ctx.actor, MemberInput(
        name="김하나 Kim Hana-Long Familyname", alias="Hana of the Long Name",
        status="active", joined_on=date(2024, 1, 1)))
    somang = _member(sqlite_ctx, "박소망")
    r101 = _room(sqlite_ctx, "101", capacity=1)
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, somang.id, r101.id, date(2026, 1, 1))
    dialog = AssignDialog(sqlite_ctx, TODAY, r101.id)
    _shown(qtbot, dialog)
    qtbot.keyClicks(dialog.member_combo.lineEdit(), "Hana of the Long")
    assert dialog.member_combo.member_id() == hana.id
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    _settle(qtbot)
    assert "Room 101 is full" in dialog.error_text()
    assert _whole(dialog.error, dialog)
    for field in (dialog.member_combo, dialog.room_combo, dialog.bed_edit, dialog.start_edit):
        assert field.height() >= field.minimumSizeHint().height(), field
    line = dialog.member_combo.lineEdit()
    assert line.width() >= line.fontMetrics().horizontalAdvance(
        dialog.member_combo.currentText())


# --- 6: a member chosen stays chosen ------------------------------------------------------


def test_changing_from_never_swaps_the_chosen_member(qtbot, sqlite_ctx):
    r101, r102 = _room(sqlite_ctx, "101"), _room(sqlite_ctx, "102")
    first = _member(sqlite_ctx, "이가람")
    second = _member(sqlite_ctx, "박소망")
    chosen = _member(sqlite_ctx, "김하나")
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, chosen.id, r102.id, date(2026, 12, 1))
    dialog = AssignDialog(sqlite_ctx, TODAY, r101.id)
    _shown(qtbot, dialog)
    assert first.id and second.id
    qtbot.keyClicks(dialog.member_combo.lineEdit(), "M-0003")
    assert dialog.member_combo.member_id() == chosen.id

    _set_date(qtbot, dialog.start_edit, date(2026, 12, 5))  # she has a room then
    _settle(qtbot)
    assert dialog.member_combo.currentText() == "M-0003"  # what she typed, untouched
    assert dialog.member_combo.member_id() != first.id
    assert dialog.member_combo.member_id() != second.id
    assert "M-0003" in dialog.error_text("member") and "2026-12-05" in \
        dialog.error_text("member")
    assert not dialog.ok_button.isEnabled()

    _set_date(qtbot, dialog.start_edit, date(2026, 11, 22))  # free again
    _settle(qtbot)
    assert dialog.member_combo.member_id() == chosen.id
    assert dialog.error_text("member") == ""
    assert dialog.ok_button.isEnabled()

    # chosen from the list this time: her whole entry stays
    combo = dialog.member_combo
    combo.setCurrentIndex(combo.findData(chosen.id))
    assert combo.currentText() == "M-0003 김하나"
    _set_date(qtbot, dialog.start_edit, date(2026, 12, 6))
    assert combo.currentText() == "M-0003 김하나" and combo.member_id() is None
    assert "M-0003 already has a room on 2026-12-06" in dialog.error_text("member")
    _set_date(qtbot, dialog.start_edit, date(2026, 11, 23))
    assert combo.member_id() == chosen.id and dialog.error_text("member") == ""


# --- 7: a planned move-out date -----------------------------------------------------------


def _page(qtbot, ctx: AppContext) -> RoomsPage:  # type: ignore[no-untyped-def]
    page = RoomsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    return page


def _line_of(page: RoomsPage, code: str):  # type: ignore[no-untyped-def]
    return next(line for line in page.board.lines()
                if line.occupant is not None and line.occupant.member_code == code)


def test_a_stay_with_a_planned_move_out_can_be_moved(qtbot, sqlite_ctx):
    hana = _member(sqlite_ctx, "김하나")
    r101, r102 = _room(sqlite_ctx, "101"), _room(sqlite_ctx, "102")
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, r101.id, date(2026, 1, 1),
                 end_on=date(2027, 1, 1))
    page = _page(qtbot, sqlite_ctx)
    qtbot.mouseClick(_line_of(page, "M-0001"), Qt.MouseButton.LeftButton)
    assert page.move_button.isEnabled() and page.move_out_button.isEnabled()
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog()
    assert isinstance(dialog, MoveDialog)
    dialog.room_combo.select_room(r102.id)
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(s.room_name, s.end_on) for s in
            rooms.room_history(sqlite_ctx.db, sqlite_ctx.actor, hana.id)] == [
        ("102", date(2027, 1, 1)), ("101", TODAY)]


def test_a_planned_move_out_comes_later_or_is_cancelled(qtbot, sqlite_ctx, asked):
    hana = _member(sqlite_ctx, "김하나")
    r101 = _room(sqlite_ctx, "101")
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, r101.id, date(2026, 1, 1),
                 end_on=date(2026, 12, 1))
    page = _page(qtbot, sqlite_ctx)
    qtbot.mouseClick(_line_of(page, "M-0001"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.move_out_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog()
    assert isinstance(dialog, MoveOutDialog)
    assert dialog.date_edit.date() == QDate(2026, 12, 1)  # starts on the planned day
    _set_date(qtbot, dialog.date_edit, date(2027, 2, 1))
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    assert asked == ["Change the day M-0001 moves out of room 101 from 2026-12-01 to "
                     "2027-02-01?"]
    assert rooms.room_of(sqlite_ctx.db, sqlite_ctx.actor, hana.id).end_on == \
        date(2027, 2, 1)  # type: ignore[union-attr]

    qtbot.mouseClick(_line_of(page, "M-0001"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.move_out_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog()
    assert isinstance(dialog, MoveOutDialog)
    qtbot.mouseClick(dialog.stay_on_check, Qt.MouseButton.LeftButton)
    assert not dialog.date_edit.isEnabled()
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    assert "Cancel the planned move-out of M-0001 from room 101?" in asked[-1]
    assert rooms.room_of(sqlite_ctx.db, sqlite_ctx.actor, hana.id).end_on is None  # type: ignore[union-attr]


def test_room_history_changes_the_move_out_date_and_says_until_truly(
        qtbot, sqlite_ctx, asked):
    hana = _member(sqlite_ctx, "김하나")
    r101 = _room(sqlite_ctx, "101")
    stay = rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, r101.id, TOMORROW)
    history = HistoryDialog(sqlite_ctx, stay)
    _shown(qtbot, history)
    assert history.rows() == [["101", "", TOMORROW.isoformat(), "no move-out date"]]
    assert history.change_end_button.isEnabled()
    qtbot.mouseClick(history.change_end_button, Qt.MouseButton.LeftButton)
    dialog = history.move_out_dialog
    assert isinstance(dialog, MoveOutDialog)
    _set_date(qtbot, dialog.date_edit, date(2026, 12, 24))
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    assert history.rows() == [["101", "", TOMORROW.isoformat(), "2026-12-24"]]


def test_a_stay_that_has_begun_and_has_no_end_runs_until_now(qtbot, sqlite_ctx):
    hana = _member(sqlite_ctx, "김하나")
    stay = rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, _room(sqlite_ctx, "101").id,
                        date(2026, 1, 1))
    history = HistoryDialog(sqlite_ctx, stay)
    qtbot.addWidget(history)
    assert history.rows() == [["101", "", "2026-01-01", "now"]]


# --- 4: room cards show the whole stay ----------------------------------------------------


def _texts_fit(card: RoomCard) -> list[str]:
    """The texts of the card's labels that are cut (wider or taller than their label)."""
    cut = []
    for label in card.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        fm = label.fontMetrics()
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                cut.append(label.text())
        elif fm.horizontalAdvance(label.text()) > label.contentsRect().width():
            cut.append(label.text())
    return cut


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_room_card_shows_the_whole_stay(qtbot, sqlite_ctx, request, language):
    if language == "ko":
        request.getfixturevalue("korean")
    hana = _member(sqlite_ctx, "김하나")
    room = _room(sqlite_ctx, "101")
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, room.id, date(2026, 11, 1),
                 bed_label="window", end_on=date(2026, 11, 30))
    page = _page(qtbot, sqlite_ctx)
    page.show()
    qtbot.waitExposed(page)
    _settle(qtbot)
    card = next(c for c in page.board.cards() if c.room.name == "101")
    assert _texts_fit(card) == []
    line = card.lines[0]
    assert "2026-11-30" in line.toolTip() and "2026-11-01" in line.toolTip()
    assert "김하나" in line.toolTip()
