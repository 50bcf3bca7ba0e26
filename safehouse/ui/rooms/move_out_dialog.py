"""Move a member out of her room on a date, after asking; or change or cancel a planned
move-out date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from safehouse.errors import ValidationError
from safehouse.services import rooms
from safehouse.services.dto.housing import AssignmentInfo
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.rooms.fields import describe_stay, make_date_edit, to_date
from safehouse.ui.rooms.warnings import with_warnings


class MoveOutDialog(FormDialog):
    """End the stay ``current`` on the chosen day (the day she leaves the room). A stay
    with a planned move-out date offers to change it, or to cancel it (she stays on).
    The date is checked before anything is asked."""

    def __init__(
        self,
        ctx: AppContext,
        current: AssignmentInfo,
        on: date,
        parent: QWidget | None = None,
    ) -> None:
        planned = current.end_on
        super().__init__(parent, ok_text=self.tr("&Move out") if planned is None
                         else self.tr("&Save"))
        self._ctx = ctx
        self.setWindowTitle(self.tr("Move out") if planned is None
                            else self.tr("Change the move-out date"))
        self.current = current
        self.result_info: AssignmentInfo | None = None

        self.member_label = QLabel(describe_stay(current), self)
        self.since_label = QLabel(
            self.tr("since {date}").format(date=current.start_on.isoformat()), self)
        self.date_edit = make_date_edit(planned or on, self)
        self.stay_on_check = QCheckBox(
            self.tr("She stays on: &no move-out date"), self)
        self.add_row(self.tr("Member:"), self.member_label)
        self.add_row(self.tr("Now:"), self.since_label)
        if planned is not None:
            self.add_row(self.tr("Planned move-out:"), QLabel(planned.isoformat(), self))
        self.add_field("end_on", self.tr("Moves &out on:"), self.date_edit,
                       changed=self.date_edit.dateChanged, also=("on",))
        if planned is not None:
            self.add_part(self.stay_on_check)
            self.stay_on_check.toggled.connect(self._on_stay_on_toggled)
        else:
            self.stay_on_check.hide()
        self.date_edit.setFocus()

    def _on_stay_on_toggled(self, stays_on: bool) -> None:
        self.date_edit.setEnabled(not stays_on)
        self.field_changed("end_on")

    def end_on(self) -> date | None:
        """The move-out day chosen; None when the planned move-out is cancelled."""
        return None if self.stay_on_check.isChecked() else to_date(self.date_edit.date())

    def problems(self) -> list[ValidationError]:
        problem = rooms.end_problem(self.current.start_on, self.end_on())
        return [problem] if problem is not None else []

    def _question(self, end: date | None) -> str:
        member, room = self.current.member_code, self.current.room_name
        if end is None:
            return self.tr(
                "Cancel the planned move-out of {member} from room {room}? She then stays "
                "with no move-out date."
            ).format(member=member, room=room)
        if self.current.end_on is not None:
            return self.tr(
                "Change the day {member} moves out of room {room} from {old} to {date}?"
            ).format(member=member, room=room, old=self.current.end_on.isoformat(),
                     date=end.isoformat())
        return self.tr(
            "Move {member} out of room {room} on {date}? Her stay there is kept in the "
            "history."
        ).format(member=member, room=room, date=end.isoformat())

    def submit(self) -> bool:
        end = self.end_on()
        if not messages.confirm(self, self.windowTitle(), self._question(end)):
            return False
        self.result_info = with_warnings(self, self.tr("Move out &anyway"), lambda confirm: (
            rooms.change_end(self._ctx.db, self._ctx.actor, self.current.id, end,
                             confirm_warnings=confirm)))
        return self.result_info is not None
