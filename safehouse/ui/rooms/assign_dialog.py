"""Assign a bed: a member without a room, a room, an optional bed label, from a date
(and, rarely, until a date)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from safehouse.errors import ValidationError
from safehouse.services import rooms
from safehouse.services.dto.housing import AssignmentInfo
from safehouse.services.dto.people import MemberSummary
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.rooms.fields import RoomCombo, make_date_edit, to_date, to_qdate
from safehouse.ui.rooms.warnings import with_warnings


class MemberCombo(QComboBox):
    """A combo to type into: matches any part of a member's code, name or alias."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._missing = ""
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type a code or a name"))

    def set_members(self, members: list[MemberSummary]) -> None:
        """Offer these members. Whoever was chosen stays chosen: when she is not among
        them (not free on a new date), her entry stays typed in and
        :meth:`missing_choice` says who she is; the choice is never moved to someone
        else."""
        keep = self.member_id()
        kept_text = self.currentText() if keep is not None else self._missing
        typed = self.currentText()
        self.blockSignals(True)
        try:
            self.clear()
            for m in members:
                text = f"{m.code} {m.name}"
                if m.alias:
                    text += f" ({m.alias})"
                self.addItem(text, m.id)
            self.setCurrentIndex(-1)
            self._missing = ""
            if keep is not None and self.select_member(keep):
                pass
            elif kept_text:
                self._missing = kept_text
                self.setEditText(kept_text)
            else:
                self.setEditText(typed)
        finally:
            self.blockSignals(False)
        self.currentTextChanged.emit(self.currentText())

    def missing_choice(self) -> str:
        """The entry of a member chosen before who is no longer offered (she has a room
        on the new date), while it is still what the field says; else ""."""
        return self._missing if self._missing and self.currentText() == self._missing else ""

    def member_id(self) -> int | None:
        """The member whose entry is chosen (or the only one the typed text matches);
        None when the text names nobody, or more than one."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0 and text:
            needle = text.casefold()
            hits = [i for i in range(self.count()) if needle in self.itemText(i).casefold()]
            index = hits[0] if len(hits) == 1 else -1
        if index < 0:
            return None
        value = self.itemData(index)
        return value if isinstance(value, int) else None

    def select_member(self, member_id: int) -> bool:
        index = self.findData(member_id)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0


class AssignDialog(FormDialog):
    """Give a member a bed. ``on`` is the first night; ``room_id`` preselects a room."""

    def __init__(
        self,
        ctx: AppContext,
        on: date,
        room_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ok_text=self.tr("&Assign"))
        self._ctx = ctx
        self.setWindowTitle(self.tr("Assign a bed"))
        self.result_info: AssignmentInfo | None = None

        self.member_combo = MemberCombo(self)
        self.room_combo = RoomCombo(self)
        self.bed_edit = QLineEdit(self)
        self.bed_edit.setMaxLength(20)
        self.bed_edit.setPlaceholderText(self.tr("optional, e.g. A or window"))
        self.start_edit = make_date_edit(on, self)
        self.end_check = QCheckBox(self.tr("Moves &out on:"), self)
        self.end_edit = make_date_edit(on + timedelta(days=1), self)
        self.end_edit.setEnabled(False)
        end_row = QWidget(self)
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.end_check)
        end_layout.addWidget(self.end_edit, 1)

        self.add_field("member", self.tr("&Member:"), self.member_combo,
                       changed=self.member_combo.currentTextChanged, also=("member_id",))
        self.add_field("room", self.tr("&Room:"), self.room_combo,
                       changed=self.room_combo.currentIndexChanged, also=("room_id",))
        self.add_field("bed_label", self.tr("&Bed:"), self.bed_edit,
                       changed=self.bed_edit.textChanged)
        self.add_field("start_on", self.tr("Moves &in:"), self.start_edit,
                       changed=self.start_edit.dateChanged)
        # the check box says it: no label of its own ("Moves out: [ ] Until" said it twice)
        self.add_field("end_on", "", end_row, changed=self.end_edit.dateChanged)

        self._load_choices()
        if room_id is not None:
            self.room_combo.select_room(room_id)

        self.start_edit.dateChanged.connect(self._on_start_edit_changed)
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        self.member_combo.setFocus()

    def _load_choices(self) -> None:
        on = to_date(self.start_edit.date())
        self.member_combo.set_members(rooms.members_without_room(self._ctx.db, self._ctx.actor, on))
        self.room_combo.set_rooms(rooms.board(self._ctx.db, self._ctx.actor, on))

    def _on_start_edit_changed(self) -> None:
        self._load_choices()
        if self.member_combo.missing_choice():
            self.touch("member")
        self.check()
        if not self.end_check.isChecked() or self.end_edit.date() <= self.start_edit.date():
            self.end_edit.setDate(self.start_edit.date().addDays(1))

    def problems(self) -> list[ValidationError]:
        missing = self.member_combo.missing_choice()
        if missing:
            code = missing.split(" ", 1)[0]
            return [ValidationError(self.tr(
                "{code} already has a room on {date}. Choose another day, or another "
                "member."
            ).format(code=code, date=to_date(self.start_edit.date()).isoformat()),
                field="member")]
        return []

    def set_end(self, end: date | None) -> None:
        self.end_check.setChecked(end is not None)
        if end is not None:
            self.end_edit.setDate(to_qdate(end))

    def submit(self) -> bool:
        member_id = self.member_combo.member_id()
        if member_id is None:
            raise ValidationError(self.tr("Choose a member from the list."), field="member")
        room_id = self.room_combo.room_id()
        if room_id is None:
            raise ValidationError(self.tr("Choose a room."), field="room")
        end = to_date(self.end_edit.date()) if self.end_check.isChecked() else None
        self.result_info = with_warnings(self, self.tr("Assign &anyway"), lambda confirm: (
            rooms.assign(
                self._ctx.db,
                self._ctx.actor,
                member_id,
                room_id,
                to_date(self.start_edit.date()),
                bed_label=self.bed_edit.text(),
                end_on=end,
                confirm_warnings=confirm,
            )))
        return self.result_info is not None
