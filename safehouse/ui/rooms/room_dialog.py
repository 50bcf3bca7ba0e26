"""Create a room or change one: name, floor, capacity in beds, open or closed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from safehouse.errors import StaleRecord, ValidationError
from safehouse.services import rooms
from safehouse.services.dto.housing import RoomInfo
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.stale_dialog import StaleChoice, note_reapplied, settle, value_text

NAME_MAX = 100


class RoomDialog(FormDialog):
    """A new room when ``room`` is None, else that room to edit."""

    def __init__(
        self, ctx: AppContext, room: RoomInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ok_text=(self.tr("&Add room") if room is None
                                          else self.tr("&Save")))
        self._ctx = ctx
        self.room = room
        self.result_info: RoomInfo | None = None
        self.setWindowTitle(self.tr("New room") if room is None else self.tr("Edit room"))

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX)
        self.floor_spin = QSpinBox(self)
        self.floor_spin.setRange(-5, 100)
        self.capacity_spin = QSpinBox(self)
        self.capacity_spin.setRange(1, rooms.MAX_CAPACITY)
        self.capacity_spin.setSuffix(self.tr(" beds"))
        self.active_check = QCheckBox(self.tr("Open (people can be given beds here)"), self)

        if room is not None:
            self.name_edit.setText(room.name)
            self.floor_spin.setValue(room.floor)
            self.capacity_spin.setValue(room.capacity)
            self.active_check.setChecked(room.active)
        else:
            self.floor_spin.setValue(1)
            self.capacity_spin.setValue(2)
            self.active_check.setChecked(True)
        self.add_field("name", self.tr("&Name:"), self.name_edit,
                       changed=self.name_edit.textChanged)
        self.add_field("floor", self.tr("&Floor:"), self.floor_spin,
                       changed=self.floor_spin.valueChanged)
        self.add_field("capacity", self.tr("&Capacity:"), self.capacity_spin,
                       changed=self.capacity_spin.valueChanged)
        if room is not None:
            self.add_field("active", self.tr("S&tate:"), self.active_check,
                           changed=self.active_check.toggled)
        else:
            self.active_check.setVisible(False)
        # A new, still empty form is not scolded; the OK button says enough.
        self.check()
        self.name_edit.setFocus()

    def problems(self) -> list[ValidationError]:
        if not self.name_edit.text().strip():
            return [ValidationError(self.tr("A room needs a name."), field="name")]
        return []

    def submit(self) -> bool:
        name, floor, capacity = (self.name_edit.text(), self.floor_spin.value(),
                                 self.capacity_spin.value())
        if self.room is None:
            self.result_info = rooms.create_room(
                self._ctx.db, self._ctx.actor, name=name, floor=floor, capacity=capacity)
        else:
            self.result_info = rooms.update_room(
                self._ctx.db, self._ctx.actor, self.room.id, name=name, floor=floor,
                capacity=capacity, active=self.active_check.isChecked(), read=self.room)
        return True

    def _values(self) -> dict[str, object]:
        return {"name": self.name_edit.text().strip(), "floor": self.floor_spin.value(),
                "capacity": self.capacity_spin.value(),
                "active": self.active_check.isChecked()}

    def _fill(self, room: RoomInfo) -> None:
        self.name_edit.setText(room.name)
        self.floor_spin.setValue(room.floor)
        self.capacity_spin.setValue(room.capacity)
        self.active_check.setChecked(room.active)

    def show_error(self, exc: BaseException) -> None:
        """Saved by someone else meanwhile: ask to reload or reapply (stale_dialog)."""
        if not isinstance(exc, StaleRecord) or self.room is None:
            super().show_error(exc)
            return
        current = exc.current
        assert isinstance(current, RoomInfo)
        read = {"name": self.room.name, "floor": self.room.floor,
                "capacity": self.room.capacity, "active": self.room.active}
        choice, edits = settle(self, exc, read=read, mine=self._values(),
                               text=self._value_text)
        if choice is StaleChoice.CANCEL:
            return
        self.room = current
        self._fill(replace(current, **edits) if choice is StaleChoice.REAPPLY else current)
        if choice is StaleChoice.REAPPLY:
            note_reapplied(self)

    def _value_text(self, field: str, value: object) -> str:
        if field == "active" and isinstance(value, bool):
            return self.tr("Open") if value else self.tr("Closed")
        if field == "capacity" and isinstance(value, int):
            return self.tr("%n bed(s)", "", value)
        return value_text(value)
