"""A booked session: the booking form again, filled in, plus how it went (attendance)
and, for who may open them, its confidential notes. For an occurrence of a series, Save
asks which sessions the change is for (this one, this and the following, all); a new
rule is for this and the following, or all. An occurrence changed on its own says so.
For who may not change it (staff), the same form shows the session and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from safehouse.changes import ChangeKind
from safehouse.errors import StaleRecord, ValidationError
from safehouse.labels import label
from safehouse.models import CancelledBy, SessionStatus
from safehouse.services import session_edits, session_marks
from safehouse.services.dto.counseling import (
    Scope,
    SeriesView,
    SessionChange,
    SessionInput,
    SessionView,
)
from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.rooms.fields import to_qdate
from safehouse.ui.rooms.warnings import with_warnings
from safehouse.ui.schedule import scope_dialog
from safehouse.ui.schedule.booking_dialog import BookingChoices, BookingDialog
from safehouse.ui.schedule.session_text import series_text


class EditSessionDialog(BookingDialog):
    """``sig_notes_requested()``: the person asked for the notes (the page opens them)."""

    sig_notes_requested = Signal()

    def __init__(self, ctx: AppContext, choices: BookingChoices, session: SessionView,
                 series: SeriesView | None, parent: QWidget | None = None, *,
                 notes: bool = False) -> None:
        self._may_change = ctx.can(Action.SESSION_BOOK)
        super().__init__(ctx, choices, session.starts_at.date(),
                         session.starts_at.time(), parent,
                         ok_text=self.tr("Sa&ve") if self._may_change else self.tr("Close"))
        self.session = session
        self.series = series
        self.changed: list[SessionView] = []
        self.setWindowTitle(self.tr("Session") if not self._may_change
                            else self.tr("Change a session"))
        self._fill(session)
        self.status_combo = QComboBox(self)
        for status in SessionStatus:
            self.status_combo.addItem(label(status), status.value)
        self.by_combo = QComboBox(self)
        for by in CancelledBy:
            self.by_combo.addItem(label(by), by.value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(session.status))
        if session.cancelled_by:
            self.by_combo.setCurrentIndex(self.by_combo.findData(session.cancelled_by))
        went = QHBoxLayout()
        went.setContentsMargins(0, 0, 0, 0)
        went.addWidget(self.status_combo)
        went.addWidget(self.by_combo, 1)
        self.add_field("status", self.tr("&How it went:"), went,
                       changed=self.status_combo.currentIndexChanged,
                       also=("cancelled_by",))
        self.status_combo.currentIndexChanged.connect(self._show_by)
        self._show_by()
        self.series_label = QLabel(series_text(session), self)
        self.series_label.setWordWrap(True)
        self.series_label.setObjectName("seriesLabel")
        self.series_label.setVisible(bool(series_text(session)))
        self.add_part(self.series_label)
        self.notes_button = QPushButton(self.tr("Confidential &notes…"), self)
        self.notes_button.setVisible(notes)
        self.notes_button.clicked.connect(self.sig_notes_requested)
        self.add_part(self.notes_button)
        if not self._may_change:
            for widget in (self.kind_combo, self.members_field, self.counselor_combo,
                           self.day_edit, self.start_edit, self.length_spin,
                           self.place_field, self.repeat_field, self.status_combo,
                           self.by_combo):
                widget.setEnabled(False)
            if self.cancel_button is not None:
                self.cancel_button.setVisible(False)
        self.dirty = False

    def _fill(self, v: SessionView) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(v.kind)))
        for p in v.participants:
            self.members_field.add(p.id)
        index = self.counselor_combo.findData(v.counselor_id)
        if index < 0:  # not active any more: still shown as the session has it
            self.counselor_combo.addItem(v.counselor_name, v.counselor_id)
            index = self.counselor_combo.count() - 1
        self.counselor_combo.setCurrentIndex(index)
        self.day_edit.setDate(to_qdate(v.starts_at.date()))
        self.start_edit.setTime(QTime(v.starts_at.hour, v.starts_at.minute))
        self.length_spin.setValue(v.duration_minutes)
        self.place_field.set_place(v.place_id, v.place_name)
        if self.series is None:
            holder = self._holder_of(self.repeat_field)
            holder.setVisible(False)
            caption = self.form.labelForField(holder)
            if caption is not None:
                caption.setVisible(False)
        else:
            self.repeat_field.set_recurrence(self.series.recurrence)
            model = self.repeat_field.combo.model()
            if isinstance(model, QStandardItemModel):  # "does not repeat": not for a series
                model.item(0).setEnabled(False)

    def _holder_of(self, widget: QWidget) -> QWidget:
        parent = widget.parentWidget()
        return parent if parent is not None else widget

    def _show_by(self, *_args: object) -> None:
        self.by_combo.setVisible(
            self.status_combo.currentData() == SessionStatus.CANCELLED.value)

    # --- what changed ----------------------------------------------------------------

    def change(self) -> SessionChange:
        """The fields that differ from the session (None: unchanged)."""
        v, now = self.session, self.session_input()
        start = v.starts_at.replace(tzinfo=None)
        place: dict[str, object] = {}
        if (now.place_id, now.place_text.strip()) != (
                v.place_id, "" if v.place_id is not None else v.place_name):
            if now.place_id is not None:
                place = {"place_id": now.place_id}
            elif now.place_text.strip():
                place = {"place_text": now.place_text}
            else:
                place = {"clear_place": True}
        rec = self.recurrence()
        return SessionChange(
            kind=now.kind if now.kind != v.kind else None,
            member_ids=(now.member_ids if sorted(now.member_ids)
                        != sorted(p.id for p in v.participants) else None),
            counselor_id=now.counselor_id if now.counselor_id != v.counselor_id else None,
            starts_at=now.starts_at if now.starts_at != start else None,
            duration_minutes=(now.duration_minutes if now.duration_minutes
                              != v.duration_minutes else None),
            recurrence=(rec if self.series is not None and rec is not None
                        and rec != self.series.recurrence else None),
            **place)  # type: ignore[arg-type]

    def status(self) -> tuple[str, str | None]:
        status = str(self.status_combo.currentData())
        by = str(self.by_combo.currentData()) if status == SessionStatus.CANCELLED.value \
            else None
        return status, by

    def clash_query(self) -> tuple[SessionInput, None, tuple[int, ...]]:
        return self.session_input(), None, (self.session.id,)

    def problems(self) -> list[ValidationError]:
        return super().problems() if self._may_change else []

    def _ask_scope(self, change: SessionChange) -> Scope | None:
        if self.session.series_id is None:
            return Scope.ONE
        return scope_dialog.ask_scope(
            self, self.tr("Change a repeating session"),
            self.tr("This session is part of a series. Which sessions should change?"),
            self.tr("&Change"), allow_one=change.recurrence is None)

    def submit(self) -> bool:
        if not self._may_change:
            return True
        self._take_typed_member()
        change = self.change()
        db, actor, sid = self._ctx.db, self._ctx.actor, self.session.id
        if change != SessionChange():
            scope = self._ask_scope(change)
            if scope is None:
                return False
            changed = with_warnings(self, self.tr("Save &anyway"), lambda confirm: (
                session_edits.change(db, actor, sid, change, scope,
                                     confirm_warnings=confirm, read=self.session)))
            if changed is None:
                return False
            self.changed = changed
        status, by = self.status()
        if (status, by) != (self.session.status, self.session.cancelled_by):
            read = next((v for v in self.changed if v.id == sid), self.session)
            self.changed = [*self.changed, session_marks.mark(db, actor, sid, status,
                                                              cancelled_by=by, read=read)]
        return True

    def show_error(self, exc: BaseException) -> None:
        """Changed by someone else since the form opened: nothing was saved; said, and
        the views read it again."""
        super().show_error(exc)
        if isinstance(exc, StaleRecord):
            super().show_error(ValidationError(self.tr(
                "Close this form and open the session again to see it as it is now.")))
            self._ctx.hub.sig_changed.emit(ChangeKind.SESSION, [self.session.id])
