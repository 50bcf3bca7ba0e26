"""Changing a member's status (enquiry, active, alumni, exited) as of a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from safehouse import clock
from safehouse.errors import StaleRecord
from safehouse.labels import label
from safehouse.models import MemberStatus
from safehouse.services import members
from safehouse.services.dto.people import MemberDetail
from safehouse.services.member_rules import STATUSES
from safehouse.ui.context import AppContext
from safehouse.ui.date_field import DISPLAY_FORMAT
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.stale_dialog import StaleChoice, note_reapplied, settle, value_text

LEAVING = ("alumni", "exited")
# The status a change most likely goes to, from each: an enquiry joins, a member leaves
# as an alumna, one who left comes back.
LIKELY_NEXT = {"enquiry": "active", "active": "alumni", "alumni": "active",
               "exited": "active"}


class StatusDialog(FormDialog):
    """Choose the new status and the day it takes effect; saving calls
    ``members.set_status``.

    ``sig_saved(int)``: the status was changed (the member's id).
    ``sig_saved_detail(MemberDetail)``: the same, with the member as she is now.
    """

    sig_saved = Signal(int)
    sig_saved_detail = Signal(object)

    def __init__(
        self, ctx: AppContext, detail: MemberDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ok_text=self.tr("&Change status"))
        self._ctx = ctx
        self._detail = detail
        self.saved: MemberDetail | None = None
        self.setWindowTitle(self.tr("Change the status of {code}").format(code=detail.code))

        self.current = QLabel(self)
        self.status = QComboBox(self)
        self._show_detail(detail, None)
        today = clock.today()
        self.on = QDateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(DISPLAY_FORMAT)
        self.on.setDate(QDate(today.year, today.month, today.day))
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        self.add_row(self.tr("Current status:"), self.current)
        self.add_field("status", self.tr("&New status:"), self.status,
                       changed=self.status.currentIndexChanged)
        self.add_field("on", self.tr("&As of:"), self.on, changed=self.on.dateChanged)
        self.add_part(self.hint)
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self._on_status_changed(self.status.currentIndex())
        self.check()

    def _show_detail(self, detail: MemberDetail, chosen: str | None) -> None:
        """The member as ``detail`` says, the new status ``chosen`` if it still is one
        (else the likely next)."""
        self._detail = detail
        self.current.setText(label(detail.status))
        self.status.blockSignals(True)
        self.status.clear()
        for value in STATUSES:
            if value != detail.status:
                self.status.addItem(label(value, MemberStatus), value)
        index = self.status.findData(chosen) if chosen is not None else -1
        self.status.setCurrentIndex(index if index >= 0 else max(0, self.status.findData(
            LIKELY_NEXT.get(detail.status, ""))))
        self.status.blockSignals(False)

    def new_status(self) -> str | None:
        value = self.status.currentData()
        return value if isinstance(value, str) else None

    def set_new_status(self, status: str) -> None:
        index = self.status.findData(status)
        if index >= 0:
            self.status.setCurrentIndex(index)

    def effective_date(self) -> date:
        qd = self.on.date()
        return date(qd.year(), qd.month(), qd.day())

    def set_effective_date(self, d: date) -> None:
        self.on.setDate(QDate(d.year, d.month, d.day))

    def _on_status_changed(self, _index: int) -> None:
        status = self.new_status()
        d = self._detail
        in_community = d.joined_on is not None and d.left_on is None  # an open period
        if status in LEAVING and in_community:
            self.hint.setText(self.tr("She leaves on this date, her last day in the "
                                      "community, and moves out of her room if she has "
                                      "one."))
        elif status in LEAVING and d.left_on is not None:
            self.hint.setText(self.tr("Her leaving date stays {day}; only how her period "
                                      "ended changes.").format(day=d.left_on.isoformat()))
        elif status == "active" and not in_community and d.periods:
            self.hint.setText(self.tr("She comes back: a new period in the community "
                                      "starts on this date. Her earlier periods are kept."))
        elif status == "active" and not in_community:
            self.hint.setText(self.tr("This date becomes her joining date."))
        elif status == "enquiry" and in_community and d.joined_on is not None:
            self.hint.setText(self.tr("Her period in the community since {day} will be "
                                      "removed.").format(day=d.joined_on.isoformat()))
        else:
            self.hint.setText("")

    def ready(self) -> bool:
        return self.new_status() is not None

    def submit(self) -> bool:
        status = self.new_status()
        if status is None:
            return False
        self.saved = members.set_status(self._ctx.db, self._ctx.actor, self._detail.id,
                                        status, self.effective_date(), read=self._detail)
        self.sig_saved.emit(self.saved.id)
        self.sig_saved_detail.emit(self.saved)
        return True

    def show_error(self, exc: BaseException) -> None:
        """Saved by someone else meanwhile: ask to reload or reapply (stale_dialog);
        either way the form then shows her as she is now."""
        if not isinstance(exc, StaleRecord):
            super().show_error(exc)
            return
        current = exc.current
        assert isinstance(current, MemberDetail)
        chosen = self.new_status()
        read = {c.field: getattr(self._detail, c.field, None) for c in exc.changes}
        choice, _edits = settle(self, exc, read=read, mine={"status": chosen},
                                text=_value_text)
        if choice is StaleChoice.CANCEL:
            return
        self._show_detail(current, chosen if choice is StaleChoice.REAPPLY else None)
        self._on_status_changed(self.status.currentIndex())
        self.check()
        if choice is StaleChoice.REAPPLY:
            note_reapplied(self)


def _value_text(field: str, value: object) -> str:
    if field == "status" and isinstance(value, str):
        return label(value, MemberStatus)
    return value_text(value)
