"""What the rooms dialogs share: dates (yyyy-MM-dd, with a calendar), the choice of an
open room with its free beds, and how a stay is described."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from safehouse.services.dto.housing import AssignmentInfo, RoomOccupancy

DATE_FORMAT = "yyyy-MM-dd"


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def describe_stay(info: AssignmentInfo) -> str:
    """Code, name, room and bed of a stay: for dialogs the manager reads, not for logs."""
    bed = f", {info.bed_label}" if info.bed_label else ""
    return f"{info.member_code} {info.member_name} — {info.room_name}{bed}"


def not_over(info: AssignmentInfo, today: date) -> bool:
    """Whether a stay can still be changed (moved, moved out, its move-out date changed
    or cancelled): it has no end, or ends after today."""
    return info.end_on is None or info.end_on > today


def until_text(info: AssignmentInfo, today: date) -> str:
    """When a stay ends, in words: its move-out day; "now" for an open stay that has
    begun; "no move-out date" for one that begins later."""
    if info.end_on is not None:
        return info.end_on.isoformat()
    if info.start_on <= today:
        return QCoreApplication.translate("RoomHistory", "now")
    return QCoreApplication.translate("RoomHistory", "no move-out date")


def make_date_edit(value: date, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar popup, showing dates as yyyy-MM-dd."""
    edit = QDateEdit(to_qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setMaximumDate(QDate(2200, 12, 31))
    return edit


class RoomCombo(QComboBox):
    """Open rooms, each with how many beds are free on the chosen day."""

    def set_rooms(self, rooms: list[RoomOccupancy]) -> None:
        keep = self.room_id()
        self.clear()
        first_free: int | None = None
        for occ in rooms:
            if not occ.room.active:
                continue
            free = occ.free_beds
            state = self.tr("full") if free == 0 else self.tr("%n free bed(s)", "", free)
            text = self.tr("{room} · floor {floor} · {state}").format(
                room=occ.room.name, floor=occ.room.floor, state=state)
            self.addItem(text, occ.room.id)
            if free and first_free is None:
                first_free = occ.room.id
        # What was chosen stays chosen; otherwise start on a room with a free bed.
        if not (keep is not None and self.select_room(keep)) and first_free is not None:
            self.select_room(first_free)

    def room_id(self) -> int | None:
        value = self.currentData()
        return value if isinstance(value, int) else None

    def select_room(self, room_id: int) -> bool:
        index = self.findData(room_id)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0
