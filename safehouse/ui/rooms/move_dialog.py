"""Move a member from her room to another (or to another bed) on a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from safehouse.errors import ValidationError
from safehouse.services import rooms
from safehouse.services.dto.housing import AssignmentInfo
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.rooms.fields import RoomCombo, describe_stay, make_date_edit, to_date
from safehouse.ui.rooms.warnings import with_warnings


class MoveDialog(FormDialog):
    """Move the member of ``current`` to a new room from ``on``."""

    def __init__(
        self,
        ctx: AppContext,
        current: AssignmentInfo,
        on: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ok_text=self.tr("&Move"))
        self._ctx = ctx
        self.setWindowTitle(self.tr("Move to another room"))
        self.current = current
        self.result_info: AssignmentInfo | None = None

        self.member_label = QLabel(describe_stay(current), self)
        self.since_label = QLabel(
            self.tr("since {date}").format(date=current.start_on.isoformat()), self)
        self.room_combo = RoomCombo(self)
        self.bed_edit = QLineEdit(self)
        self.bed_edit.setMaxLength(20)
        self.bed_edit.setPlaceholderText(self.tr("optional"))
        self.date_edit = make_date_edit(on, self)

        self.add_row(self.tr("Member:"), self.member_label)
        self.add_row(self.tr("Now:"), self.since_label)
        self.add_field("room", self.tr("&New room:"), self.room_combo,
                       changed=self.room_combo.currentIndexChanged, also=("room_id",))
        self.add_field("bed_label", self.tr("&Bed:"), self.bed_edit,
                       changed=self.bed_edit.textChanged)
        self.add_field("on", self.tr("Moves &on:"), self.date_edit,
                       changed=self.date_edit.dateChanged)

        self._load_rooms()
        self.date_edit.dateChanged.connect(self._load_rooms)
        self.room_combo.setFocus()

    def _load_rooms(self) -> None:
        on = to_date(self.date_edit.date())
        self.room_combo.set_rooms(rooms.board(self._ctx.db, self._ctx.actor, on))

    def submit(self) -> bool:
        room_id = self.room_combo.room_id()
        if room_id is None:
            raise ValidationError(self.tr("Choose a room."), field="room")
        self.result_info = with_warnings(self, self.tr("Move &anyway"), lambda confirm: (
            rooms.move(
                self._ctx.db,
                self._ctx.actor,
                self.current.member_id,
                room_id,
                to_date(self.date_edit.date()),
                bed_label=self.bed_edit.text(),
                confirm_warnings=confirm,
            )))
        return self.result_info is not None
