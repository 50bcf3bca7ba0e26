"""Changing a member's status (enquiry, active, alumni, exited) as of a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehouse import clock
from safehouse.errors import SafehouseError, ValidationError, ValidationErrors
from safehouse.labels import label
from safehouse.models import MemberStatus
from safehouse.services import members
from safehouse.services.dto.people import MemberDetail
from safehouse.services.member_rules import STATUSES
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.date_field import DISPLAY_FORMAT
from safehouse.ui.members.member_form import error_label, set_error

LEAVING = ("alumni", "exited")


class StatusDialog(QDialog):
    """Choose the new status and the day it takes effect; saving calls
    ``members.set_status``.

    ``sig_saved(int)``: the status was changed (the member's id).
    """

    sig_saved = Signal(int)

    def __init__(
        self, ctx: AppContext, detail: MemberDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._detail = detail
        self.saved: MemberDetail | None = None
        self.setWindowTitle(self.tr("Change the status of {code}").format(code=detail.code))

        self.current = QLabel(label(detail.status), self)
        self.status = QComboBox(self)
        for value in STATUSES:
            if value != detail.status:
                self.status.addItem(label(value, MemberStatus), value)
        self.on = QDateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(DISPLAY_FORMAT)
        today = clock.today()
        self.on.setDate(QDate(today.year, today.month, today.day))
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.error = error_label(self)

        form = QFormLayout()
        form.addRow(self.tr("Current status:"), self.current)
        form.addRow(self.tr("&New status:"), self.status)
        form.addRow(self.tr("&As of:"), self.on)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button.setText(self.tr("&Change status"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.status.currentIndexChanged.connect(self._on_status_changed)
        self.on.dateChanged.connect(self._on_date_changed)
        self._on_status_changed(self.status.currentIndex())

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

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
        set_error(self.error, "")

    def _on_date_changed(self, _d: QDate) -> None:
        set_error(self.error, "")

    def accept(self) -> None:
        status = self.new_status()
        if status is None:
            return
        try:
            saved = members.set_status(self._ctx.db, self._ctx.actor, self._detail.id,
                                       status, self.effective_date())
        except ValidationErrors as exc:
            set_error(self.error, "\n".join(e.message for e in exc.errors))
            return
        except ValidationError as exc:
            set_error(self.error, exc.message)
            return
        except SafehouseError as exc:
            # A conflict (e.g. with the room history) is explained in a message box.
            messages.show_error(self, exc)
            return
        self.saved = saved
        self.sig_saved.emit(saved.id)
        super().accept()
