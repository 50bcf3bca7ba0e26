"""What the Schedule page's tests share: a house with counselors, members and a
meeting place; the page, shown and read; booking through the dialog as a person would."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog

from safehouse.services import auth
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.schedule.booking_dialog import BookingDialog
from safehouse.ui.schedule.page import SchedulePage
from tests.conftest import TEST_PASSWORD

TODAY = date(2026, 4, 15)  # a Wednesday
MONDAY = date(2026, 4, 13)


def open_page(qtbot, ctx: AppContext) -> SchedulePage:  # type: ignore[no-untyped-def]
    page = SchedulePage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 850)
    page.show()
    qtbot.waitExposed(page)
    wait_read(qtbot, page)
    return page


def wait_read(qtbot, page: SchedulePage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.loading(), timeout=5000)


def login_as(ctx: AppContext, role: str, name: str | None = None) -> AppContext:
    username = name or role
    auth.create_user(ctx.db, ctx.actor, username=username, display_name=f"Test {username}",
                     role=role, password=TEST_PASSWORD)
    return AppContext(ctx.db, auth.login(ctx.db, username, TEST_PASSWORD), ChangeHub(ctx.db))


def fill_booking(dialog: BookingDialog, *, member: str, counselor: int,
                 place: int | None = None, repeat: str = "", times: int = 0,
                 start: time | None = None, minutes: int = 60) -> None:
    """Type a member and choose the rest as a person would."""
    dialog.members_field.picker.setEditText(member)
    assert dialog.members_field.add_typed(), f"no member matches {member}"
    dialog.counselor_combo.setCurrentIndex(dialog.counselor_combo.findData(counselor))
    if place is not None:
        dialog.place_field.combo.setCurrentIndex(dialog.place_field.combo.findData(place))
    if start is not None:
        dialog.start_edit.setTime(QTime(start.hour, start.minute))
    dialog.length_spin.setValue(minutes)
    if repeat:
        dialog.repeat_field.combo.setCurrentIndex(dialog.repeat_field.combo.findData(repeat))
        dialog.repeat_field.count_radio.setChecked(True)
        dialog.repeat_field.count_spin.setValue(times)


def book_through(qtbot, page: SchedulePage, day: date, start: time,  # type: ignore[no-untyped-def]
                 **fields: object) -> BookingDialog:
    """Click the empty slot, fill the form and book; the dialog (closed when booked)."""
    page.week_view.ensure_visible(None)
    page.week_view.scroll_to_hour(max(0, start.hour - 1))
    qtbot.mouseClick(page.week_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.week_view.slot_point(day, start))
    dialog = page.active_dialog()
    assert isinstance(dialog, BookingDialog)
    assert dialog.starts_at().date() == day and dialog.starts_at().time() == start
    fill_booking(dialog, **fields)  # type: ignore[arg-type]
    dialog.accept()
    if dialog.result() == QDialog.DialogCode.Accepted.value:
        wait_read(qtbot, page)
    return dialog
