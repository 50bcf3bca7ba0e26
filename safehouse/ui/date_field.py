"""A date that may be left empty: a checkbox to say there is one, and a date edit."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from safehouse import clock

DISPLAY_FORMAT = "yyyy-MM-dd"
EARLIEST = QDate(1900, 1, 1)
_EMPTY = EARLIEST.addDays(-1)  # shown as blank while no date is set


class OptionalDateEdit(QWidget):
    """A QDateEdit with a calendar popup whose value can also be "no date".

    ``sig_changed`` is emitted whenever the value (including its emptiness) changes.
    """

    sig_changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, value: datetime.date | None = None
    ) -> None:
        super().__init__(parent)
        today = clock.today()
        self._last = QDate(today.year, today.month, today.day)
        self._check = QCheckBox(self)
        self._check.setToolTip(self.tr("Tick to enter a date; untick to leave it empty"))
        self._check.setAccessibleName(self.tr("Date known"))
        self._edit = QDateEdit(self)
        self._edit.setCalendarPopup(True)
        self._edit.setDisplayFormat(DISPLAY_FORMAT)
        self._edit.setMinimumDate(_EMPTY)
        self._edit.setSpecialValueText(self.tr("(none)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._check)
        layout.addWidget(self._edit, 1)
        self.setFocusProxy(self._edit)
        self.setDate(value)
        self._check.toggled.connect(self._on_check_toggled)
        self._edit.dateChanged.connect(self._on_edit_date_changed)

    # --- the value ---------------------------------------------------------------------

    def date(self) -> datetime.date | None:
        if not self._check.isChecked():
            return None
        qd = self._edit.date()
        if qd < EARLIEST:
            return None
        return datetime.date(qd.year(), qd.month(), qd.day())

    def setDate(self, d: datetime.date | None) -> None:
        before = self.date()
        self._check.blockSignals(True)
        self._edit.blockSignals(True)
        try:
            if d is None:
                self._check.setChecked(False)
                self._edit.setDate(_EMPTY)
                self._edit.setEnabled(False)
            else:
                qd = QDate(d.year, d.month, d.day)
                self._last = qd
                self._check.setChecked(True)
                self._edit.setEnabled(True)
                self._edit.setDate(qd)
        finally:
            self._check.blockSignals(False)
            self._edit.blockSignals(False)
        if self.date() != before:
            self.sig_changed.emit()

    def setMaximumDate(self, d: datetime.date) -> None:
        self._edit.setMaximumDate(QDate(d.year, d.month, d.day))

    def dateEdit(self) -> QDateEdit:
        """The inner date edit (for tests and accessibility)."""
        return self._edit

    def checkBox(self) -> QCheckBox:
        return self._check

    # --- slots -------------------------------------------------------------------------

    def _on_check_toggled(self, checked: bool) -> None:
        self._edit.blockSignals(True)
        try:
            self._edit.setEnabled(checked)
            if checked:
                self._edit.setDate(self._last)
            else:
                if self._edit.date() >= EARLIEST:
                    self._last = self._edit.date()
                self._edit.setDate(_EMPTY)
        finally:
            self._edit.blockSignals(False)
        if checked:
            self._edit.setFocus()
        self.sig_changed.emit()

    def _on_edit_date_changed(self, qd: QDate) -> None:
        if qd >= EARLIEST:
            self._last = qd
        self.sig_changed.emit()
