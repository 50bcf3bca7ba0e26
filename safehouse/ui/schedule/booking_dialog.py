"""Book a session: kind, members, counselor, day, start, length, place, and how it
repeats. The clashes the service finds are shown as you type (each with its day and
the other session); the booking itself is refused with the service's own words (a
clash, or a keep-away pair), and its warnings are asked before it goes ahead.

:class:`~safehouse.ui.schedule.edit_dialog.EditSessionDialog` is the same form for a
session already booked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QTimeEdit, QWidget

from safehouse.errors import SafehouseError, ValidationError
from safehouse.models import SessionKind
from safehouse.services import counselors, members, sessions
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import (
    Booking,
    Clash,
    CounselorView,
    PlaceView,
    Recurrence,
    SessionInput,
)
from safehouse.services.dto.people import MemberSummary
from safehouse.storage.db import Database
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.rooms.fields import make_date_edit, to_date
from safehouse.ui.rooms.warnings import with_warnings
from safehouse.ui.schedule.booking_fields import MembersField, PlaceField, RepeatField
from safehouse.ui.schedule.session_text import kind_text
from safehouse.ui.worker import run_in_background

CHECK_DELAY_MS = 300
DEFAULT_START = time(10, 0)


@dataclass(frozen=True)
class BookingChoices:
    """What a booking chooses from: the active counselors and meeting places, and the
    members."""

    counselors: tuple[CounselorView, ...]
    places: tuple[PlaceView, ...]
    members: tuple[MemberSummary, ...]


def load_choices(db: Database, actor: Actor) -> BookingChoices:
    """Read the choices (a worker may call it: no widget is touched)."""
    return BookingChoices(tuple(counselors.list_counselors(db, actor)),
                          tuple(counselors.list_places(db, actor)),
                          tuple(members.list_members(db, actor)))


class BookingDialog(FormDialog):
    """Book a session on ``day`` (at ``start``, e.g. the slot clicked)."""

    confirm_discard = True

    def __init__(self, ctx: AppContext, choices: BookingChoices, day: date,
                 start: time | None = None, parent: QWidget | None = None, *,
                 ok_text: str = "") -> None:
        super().__init__(parent, ok_text=ok_text or self.tr("&Book"))
        self._ctx = ctx
        self._choices = choices
        self._ticket = 0
        self._checking = False
        self.booked: Booking | None = None
        self.clashes: list[Clash] = []
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._check_clashes)
        self.setWindowTitle(self.tr("Book a session"))
        self.setMinimumWidth(560)

        self.kind_combo = QComboBox(self)
        for kind in SessionKind:
            self.kind_combo.addItem(kind_text(kind.value), kind.value)
        self.members_field = MembersField(choices.members, self)
        self.counselor_combo = QComboBox(self)
        self.counselor_combo.addItem("", None)
        for c in choices.counselors:
            if c.active:
                self.counselor_combo.addItem(c.name, c.id)
        own = next((c.id for c in choices.counselors if c.user_id == ctx.actor.id), None)
        if own is not None:
            self.counselor_combo.setCurrentIndex(self.counselor_combo.findData(own))
        self.day_edit = make_date_edit(day, self)
        self.start_edit = QTimeEdit(self)
        self.start_edit.setDisplayFormat("HH:mm")
        chosen = start or DEFAULT_START
        self.start_edit.setTime(QTime(chosen.hour, chosen.minute))
        self.length_spin = QSpinBox(self)
        self.length_spin.setRange(sessions.MIN_MINUTES, 8 * 60)
        self.length_spin.setSingleStep(15)
        self.length_spin.setValue(60)
        self.length_spin.setSuffix(self.tr(" min"))
        self.place_field = PlaceField([p for p in choices.places if p.active], self)
        self.repeat_field = RepeatField(day, self)
        self.clash_label = QLabel(self)
        self.clash_label.setObjectName("clashLabel")
        self.clash_label.setWordWrap(True)
        self.clash_label.setStyleSheet("color: #8a4b00;")
        self.clash_label.setVisible(False)

        self.add_field("kind", self.tr("&Kind:"), self.kind_combo,
                       changed=self.kind_combo.currentIndexChanged)
        self.add_field("members", self.tr("M&embers:"), self.members_field,
                       changed=self.members_field.sig_changed, also=("member_ids",))
        self.add_field("counselor", self.tr("&Counselor:"), self.counselor_combo,
                       changed=self.counselor_combo.currentIndexChanged,
                       also=("counselor_id",))
        self.add_field("starts_at", self.tr("Da&y:"), self.day_edit,
                       changed=self.day_edit.dateChanged)
        self.add_field("start", self.tr("&Start:"), self.start_edit,
                       changed=self.start_edit.timeChanged)
        self.add_field("duration", self.tr("&Length:"), self.length_spin,
                       changed=self.length_spin.valueChanged)
        self.add_field("place", self.tr("&Place:"), self.place_field,
                       changed=self.place_field.sig_changed, also=("place_id", "place_text"))
        self.add_field("repeat", self.tr("&Repeats:"), self.repeat_field,
                       changed=self.repeat_field.sig_changed,
                       also=("interval", "until", "count", "recurrence"))
        self.add_part(self.clash_label)

        self.day_edit.dateChanged.connect(self._on_day_edit_changed)
        self.members_field.picker.setFocus()

    # --- what is entered -------------------------------------------------------------

    def starts_at(self) -> datetime:
        t = self.start_edit.time()
        return datetime.combine(to_date(self.day_edit.date()), time(t.hour(), t.minute()))

    def counselor_id(self) -> int | None:
        value = self.counselor_combo.currentData()
        return value if isinstance(value, int) else None

    def session_input(self) -> SessionInput:
        return SessionInput(
            kind=str(self.kind_combo.currentData()), member_ids=self.members_field.member_ids(),
            counselor_id=self.counselor_id() or 0, starts_at=self.starts_at(),
            duration_minutes=self.length_spin.value(), place_id=self.place_field.place_id(),
            place_text=self.place_field.place_text())

    def recurrence(self) -> Recurrence | None:
        return self.repeat_field.recurrence()

    def problems(self) -> list[ValidationError]:
        found = list(sessions.session_problems(self.session_input(), self.recurrence()))
        if self.counselor_id() is None:
            found.append(ValidationError(self.tr("Choose the counselor."), field="counselor"))
        if self.members_field.pending_text() and self.members_field.match() is None:
            found.append(ValidationError(self.tr(
                "No single member matches what is typed: choose one from the list."),
                field="members"))
        return found

    def check(self) -> bool:
        ok = super().check()
        self._check_timer.start()
        return ok

    # --- clashes as you type ---------------------------------------------------------

    def checking(self) -> bool:
        """A clash check is waiting or running."""
        return self._checking or self._check_timer.isActive()

    def clash_query(self) -> tuple[SessionInput, Recurrence | None, tuple[int, ...]]:
        """What the clash check asks about: the session, its rule, sessions to ignore."""
        return self.session_input(), self.recurrence(), ()

    def _check_clashes(self) -> None:
        data, rec, ignore = self.clash_query()
        if not data.member_ids or not data.counselor_id:
            self._show_clashes([])
            return
        self._ticket += 1
        ticket, db, actor = self._ticket, self._ctx.db, self._ctx.actor
        self._checking = True

        def done(found: list[Clash]) -> None:
            if ticket == self._ticket:  # owner=self: never called once it is gone
                self._checking = False
                self._show_clashes(found)

        def failed(_exc: BaseException) -> None:  # the form says what is wrong itself
            if ticket == self._ticket:  # owner=self: never called once it is gone
                self._checking = False
                self._show_clashes([])

        run_in_background(lambda: sessions.conflicts(db, actor, data, rec, ignore=ignore),
                          done, failed, owner=self)

    def _show_clashes(self, found: list[Clash]) -> None:
        self.clashes = found
        if not found:
            self.clash_label.clear()
            self.clash_label.setVisible(False)
            return
        days = len({c.starts_at for c in found})
        head = (self.tr("This would clash with another session:") if days == 1
                else self.tr("%n sessions would clash with others:", "", days))
        lines = [c.message for c in found[:8]]
        if len(found) > 8:
            lines.append(self.tr("… and %n more.", "", len(found) - 8))
        self.clash_label.setText("\n".join([head, *lines]))
        self.clash_label.setVisible(True)
        self._fit()

    def _on_day_edit_changed(self) -> None:
        self.repeat_field.set_first_day(to_date(self.day_edit.date()))

    # --- booking ---------------------------------------------------------------------

    def _take_typed_member(self) -> None:
        if self.members_field.pending_text() and not self.members_field.add_typed():
            raise ValidationError(self.tr(
                "No single member matches what is typed: choose one from the list."),
                field="members")

    def submit(self) -> bool:
        self._take_typed_member()
        data, rec = self.session_input(), self.recurrence()
        db, actor = self._ctx.db, self._ctx.actor
        self.booked = with_warnings(self, self.tr("Book &anyway"), lambda confirm: (
            sessions.book(db, actor, data, rec, confirm_warnings=confirm)))
        return self.booked is not None

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, SafehouseError):
            self._show_clashes([])  # the refusal says it all
        super().show_error(exc)
