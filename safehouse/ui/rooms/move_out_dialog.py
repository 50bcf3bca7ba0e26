"""Move a member out of her room on a date, after asking."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from safehouse.services import rooms
from safehouse.services.dto.housing import AssignmentInfo
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.rooms.fields import make_date_edit, to_date
from safehouse.ui.rooms.move_dialog import describe_stay
from safehouse.ui.rooms.warnings import with_warnings


class MoveOutDialog(FormDialog):
    """End the stay ``current`` on the chosen day (the day she leaves the room)."""

    def __init__(
        self,
        ctx: AppContext,
        current: AssignmentInfo,
        on: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ok_text=self.tr("Move &out"))
        self._ctx = ctx
        self.setWindowTitle(self.tr("Move out"))
        self.current = current
        self.result_info: AssignmentInfo | None = None

        self.member_label = QLabel(describe_stay(current), self)
        self.since_label = QLabel(
            self.tr("since {date}").format(date=current.start_on.isoformat()), self)
        self.date_edit = make_date_edit(on, self)
        self.add_row(self.tr("Member"), self.member_label)
        self.add_row(self.tr("Now"), self.since_label)
        self.add_field("end_on", self.tr("Moves out on"), self.date_edit,
                       changed=self.date_edit.dateChanged, also=("on",))
        self.date_edit.setFocus()

    def submit(self) -> bool:
        on = to_date(self.date_edit.date())
        question = self.tr(
            "Move {member} out of room {room} on {date}? Her stay there is kept in the "
            "history."
        ).format(member=self.current.member_code, room=self.current.room_name,
                 date=on.isoformat())
        if not messages.confirm(self, self.tr("Move out"), question):
            return False
        self.result_info = with_warnings(self, self.tr("Move out &anyway"), lambda confirm: (
            rooms.move_out(self._ctx.db, self._ctx.actor, self.current.member_id, on,
                           confirm_warnings=confirm)))
        return self.result_info is not None
