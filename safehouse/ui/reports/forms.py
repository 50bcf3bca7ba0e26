"""The options of each report, one small form per kind.

A form's :meth:`values` gives the fields of its ``ReportRequest`` (a dict), or raises
:class:`FormProblem` naming what is wrong and the widget to fix it in.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safehouse import clock
from safehouse.services.dto.counseling import CounselorView
from safehouse.services.dto.people import MemberSummary
from safehouse.ui.members.member_picker import MemberPicker

DISPLAY_FORMAT = "yyyy-MM-dd"
EARLIEST_YEAR = 1990
# the members a batch names by code before "…"
SHOWN_CODES = 6


class FormProblem(Exception):
    """What is wrong with a form (in the user's language) and where."""

    def __init__(self, message: str, widget: QWidget) -> None:
        super().__init__(message)
        self.message = message
        self.widget = widget


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` months earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return datetime.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has a 28th


def _qdate(d: datetime.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> datetime.date:
    return datetime.date(q.year(), q.month(), q.day())


def date_edit(parent: QWidget, day: datetime.date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setDate(_qdate(day))
    return edit


class ProgressForm(QWidget):
    """One member (picked by typing) or a batch given by the Members list; the period
    (the last three months unless changed); whether names are left out."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._batch: tuple[int, ...] = ()
        self._codes: dict[int, str] = {}
        self.picker = MemberPicker([], self)
        self.picker.setAccessibleName(self.tr("Member"))
        self.batch_label = QLabel(self)
        self.batch_label.setWordWrap(True)
        self.batch_label.setTextFormat(Qt.TextFormat.PlainText)
        self.one_button = QPushButton(self.tr("Choose &one member instead"), self)
        batch_row = QWidget(self)
        rows = QVBoxLayout(batch_row)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.batch_label)
        button_row = QHBoxLayout()
        button_row.addWidget(self.one_button)
        button_row.addStretch(1)
        rows.addLayout(button_row)
        self.batch_row = batch_row
        today = clock.today()
        self.start = date_edit(self, months_before(today, 3))
        self.end = date_edit(self, today)
        self.deidentified = QCheckBox(self.tr("&De-identified (code and alias only, no name)"),
                                      self)
        self.deidentified.setToolTip(self.tr(
            "For a copy that leaves the office: the member appears by code and alias."))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Member:"), self.picker)
        form.addRow("", self.batch_row)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow("", self.deidentified)
        self.batch_row.setVisible(False)
        self.one_button.clicked.connect(self._on_one_button_clicked)
        self.picker.sig_changed.connect(self.sig_changed)
        self.start.dateChanged.connect(self.sig_changed)
        self.end.dateChanged.connect(self.sig_changed)
        self.deidentified.toggled.connect(self.sig_changed)

    def set_members(self, found: Sequence[MemberSummary]) -> None:
        """The members to choose from; the one chosen stays chosen."""
        code = self.picker.chosen_code()
        self._codes = {m.id: m.code for m in found}
        self.picker.set_members(list(found))
        self.picker.choose_code(code)
        if self._batch:
            self._show_batch()

    def choose(self, member_ids: Sequence[int]) -> None:
        """Her (one id), or several at once (a batch: one PDF of them all)."""
        ids = tuple(dict.fromkeys(member_ids))
        if len(ids) == 1:
            self._batch = ()
            self.picker.choose_code(self._codes.get(ids[0]))
        else:
            self._batch = ids
        self._show_batch()
        self.sig_changed.emit()

    def batch(self) -> tuple[int, ...]:
        return self._batch

    def _show_batch(self) -> None:
        several = len(self._batch) > 1
        self.batch_row.setVisible(several)
        self.picker.setEnabled(not several)
        if several:
            codes = [self._codes.get(i, "?") for i in self._batch]
            shown = ", ".join(codes[:SHOWN_CODES]) + (" …" if len(codes) > SHOWN_CODES else "")
            self.batch_label.setText(self.tr("%n member(s), one after another: {codes}", "",
                                             len(codes)).format(codes=shown))

    def _on_one_button_clicked(self) -> None:
        self._batch = ()
        self._show_batch()
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_changed.emit()

    def clear(self) -> None:
        """Forget the members (names) and the batch, for the idle lock."""
        self._batch = ()
        self._codes = {}
        self.picker.set_members([])
        self._show_batch()

    def values(self) -> dict[str, object]:
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        if start > end:
            raise FormProblem(self.tr("The period must start on or before its last day."),
                              self.start)
        if self._batch:
            ids = self._batch
        else:
            chosen = self.picker.chosen()
            if chosen is None:
                raise FormProblem(self.tr("Choose a member: type part of her code or name."),
                                  self.picker)
            ids = (chosen.id,)
        return {"member_ids": ids, "start": start, "end": end,
                "deidentified": self.deidentified.isChecked()}


class ImpactForm(QWidget):
    """A range of years (the last five unless changed); always de-identified."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        year = clock.today().year
        self.first_year = QSpinBox(self)
        self.last_year = QSpinBox(self)
        for spin, value in ((self.first_year, year - 4), (self.last_year, year)):
            spin.setRange(EARLIEST_YEAR, year)
            spin.setValue(value)
        note = QLabel(self.tr("Always de-identified: no names, and no figure drawn from "
                              "fewer than 5 people."), self)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("From &year:"), self.first_year)
        form.addRow(self.tr("To y&ear:"), self.last_year)
        form.addRow("", note)
        self.first_year.valueChanged.connect(self.sig_changed)
        self.last_year.valueChanged.connect(self.sig_changed)

    def values(self) -> dict[str, object]:
        first, last = self.first_year.value(), self.last_year.value()
        if first > last:
            raise FormProblem(self.tr("The first year must not come after the last."),
                              self.first_year)
        return {"first_year": first, "last_year": last, "deidentified": True}


class RosterForm(QWidget):
    """The day whose rooms and beds are listed (today unless changed)."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on = date_edit(self, clock.today())
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Date:"), self.on)
        self.on.dateChanged.connect(self.sig_changed)

    def values(self) -> dict[str, object]:
        return {"on": _pydate(self.on.date())}


class ScheduleForm(QWidget):
    """A week (any day of it; this week unless changed) and one counselor or all."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week = date_edit(self, clock.today())
        self.week.setToolTip(self.tr("Any day of the week to print; the week starts on "
                                     "Monday."))
        self.counselor = QComboBox(self)
        self.counselor.setAccessibleName(self.tr("Counselor"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Week of:"), self.week)
        form.addRow(self.tr("&Counselor:"), self.counselor)
        self.set_counselors([])
        self.week.dateChanged.connect(self.sig_changed)
        self.counselor.currentIndexChanged.connect(self.sig_changed)

    def set_counselors(self, found: Sequence[CounselorView]) -> None:
        chosen = self.counselor.currentData()
        self.counselor.clear()
        self.counselor.addItem(self.tr("All counselors"), None)
        for c in found:
            self.counselor.addItem(c.name, c.id)
        self.counselor.setCurrentIndex(max(0, self.counselor.findData(chosen)))

    def choose(self, week: datetime.date, counselor_id: int | None, name: str) -> None:
        """This week, and this counselor (added to the list when it lacks her: one no
        longer active) or everyone (None)."""
        self.week.setDate(_qdate(week))
        index = self.counselor.findData(counselor_id) if counselor_id is not None else 0
        if index < 0:
            self.counselor.addItem(name, counselor_id)
            index = self.counselor.count() - 1
        self.counselor.setCurrentIndex(index)

    def values(self) -> dict[str, object]:
        day = _pydate(self.week.date())
        monday = day - datetime.timedelta(days=day.weekday())
        chosen = self.counselor.currentData()
        return {"week": monday, "counselor_id": chosen if isinstance(chosen, int) else None}
