"""The booking dialog's compound fields: the members of a session, its place (a meeting
place of the house, or a place outside typed in) and how it repeats.

Each has ``sig_changed()`` for the form to check itself as you type.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safehouse.services import recurrence
from safehouse.services.dto.counseling import Frequency, PlaceView, Recurrence
from safehouse.services.dto.people import MemberSummary
from safehouse.ui.members.member_picker import MemberPicker, member_text
from safehouse.ui.rooms.fields import make_date_edit, to_date, to_qdate

_CHOICES = {"weekly": (Frequency.WEEKLY, 1), "fortnightly": (Frequency.WEEKLY, 2),
            "monthly_weekday": (Frequency.MONTHLY_WEEKDAY, 1),
            "monthly_date": (Frequency.MONTHLY_DATE, 1)}


class MembersField(QWidget):
    """Type a code or a name and press Enter (or Add); the chosen are listed, each
    removable."""

    sig_changed = Signal()

    def __init__(self, members: Sequence[MemberSummary], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._members = {m.id: m for m in members}
        self.picker = MemberPicker(list(members), self)
        self.add_button = QPushButton(self.tr("A&dd"), self)
        self.chosen_list = QListWidget(self)
        self.chosen_list.setAccessibleName(self.tr("Members of the session"))
        self.chosen_list.setMaximumHeight(self.fontMetrics().height() * 5 + 8)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_button)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.chosen_list, 1)
        below.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(below)
        self.setFocusProxy(self.picker)
        self.add_button.clicked.connect(self.add_typed)
        line = self.picker.lineEdit()
        if line is not None:
            line.installEventFilter(self)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.chosen_list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a typed member adds her and goes no further (not to the dialog's
        OK); Enter on an empty field is the dialog's."""
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.pending_text()):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def match(self) -> MemberSummary | None:
        """The member picked, or the only one whose entry holds what is typed."""
        m = self.picker.chosen()
        typed = self.pending_text().casefold()
        if m is not None or not typed:
            return m
        hits = [m for m in self._members.values() if typed in member_text(m).casefold()]
        return hits[0] if len(hits) == 1 else None

    def add_typed(self) -> bool:
        """Add the member typed or picked; False when the text names nobody (or more
        than one)."""
        m = self.match()
        if m is None:
            return False
        self.add(m.id)
        self.picker.choose_code(None)
        return True

    def add(self, member_id: int) -> None:
        if member_id in self.member_ids() or member_id not in self._members:
            return
        item = QListWidgetItem(member_text(self._members[member_id]))
        item.setData(Qt.ItemDataRole.UserRole, member_id)
        self.chosen_list.addItem(item)
        self._update_buttons()
        self.sig_changed.emit()

    def member_ids(self) -> tuple[int, ...]:
        return tuple(int(self.chosen_list.item(i).data(Qt.ItemDataRole.UserRole))
                     for i in range(self.chosen_list.count()))

    def pending_text(self) -> str:
        """What is typed and not added yet ("" when nothing)."""
        return self.picker.currentText().strip()

    def _on_remove_button_clicked(self) -> None:
        row = self.chosen_list.currentRow()
        if row >= 0:
            self.chosen_list.takeItem(row)
            self._update_buttons()
            self.sig_changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.chosen_list.currentRow() >= 0)


class PlaceField(QWidget):
    """A meeting place of the house, no place, or a place outside (typed in)."""

    sig_changed = Signal()
    OUTSIDE = -1

    def __init__(self, places: Sequence[PlaceView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        for p in places:
            self.combo.addItem(p.name, p.id)
        self.combo.addItem(self.tr("Outside the house…"), self.OUTSIDE)
        self.combo.addItem(self.tr("No place"), None)
        self.outside_edit = QLineEdit(self)
        self.outside_edit.setPlaceholderText(self.tr("Where: e.g. Hope Clinic, Seoul"))
        self.outside_edit.setMaxLength(200)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.outside_edit, 1)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._on_combo_changed)
        self.outside_edit.textChanged.connect(self.sig_changed)
        self._on_combo_changed(0)

    def place_id(self) -> int | None:
        value = self.combo.currentData()
        return value if isinstance(value, int) and value != self.OUTSIDE else None

    def outside(self) -> bool:
        return bool(self.combo.currentData() == self.OUTSIDE)

    def place_text(self) -> str:
        return self.outside_edit.text() if self.outside() else ""

    def set_place(self, place_id: int | None, text: str) -> None:
        if place_id is not None:
            index = self.combo.findData(place_id)
            if index < 0:  # closed since: still shown for what the session has
                self.combo.insertItem(0, text, place_id)
                index = 0
            self.combo.setCurrentIndex(index)
        elif text:
            self.combo.setCurrentIndex(self.combo.findData(self.OUTSIDE))
            self.outside_edit.setText(text)
        else:
            self.combo.setCurrentIndex(self.combo.findData(None))

    def _on_combo_changed(self, _index: int) -> None:
        self.outside_edit.setVisible(self.outside())
        if self.outside():
            self.outside_edit.setFocus()
        self.sig_changed.emit()


class RepeatField(QWidget):
    """Does not repeat, weekly, every two weeks, monthly (same weekday or same date);
    until a day, or a number of times."""

    sig_changed = Signal()

    def __init__(self, first_day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.until_radio = QRadioButton(self.tr("&Until"), self)
        self.until_edit = make_date_edit(first_day + timedelta(weeks=12), self)
        self.count_radio = QRadioButton(self.tr("&Times:"), self)
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(1, recurrence.MAX_OCCURRENCES)
        self.count_spin.setValue(10)
        self.count_radio.setChecked(True)
        self.end_row = QWidget(self)
        end = QHBoxLayout(self.end_row)
        end.setContentsMargins(0, 0, 0, 0)
        end.addWidget(self.count_radio)
        end.addWidget(self.count_spin)
        end.addSpacing(12)
        end.addWidget(self.until_radio)
        end.addWidget(self.until_edit)
        end.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.end_row)
        self.setFocusProxy(self.combo)
        self.set_first_day(first_day)
        self.combo.currentIndexChanged.connect(self._on_changed)
        for radio in (self.until_radio, self.count_radio):
            radio.toggled.connect(self._on_changed)
        self.until_edit.dateChanged.connect(self._on_changed)
        self.count_spin.valueChanged.connect(self._on_changed)
        self._on_changed()

    def set_first_day(self, day: date) -> None:
        """Name the monthly choices after the first session's day (2nd Tuesday, 14th)."""
        chosen = self.combo.currentIndex()
        nth = int(recurrence.by_day(day)[:-2])
        weekday = self.locale().dayName(day.isoweekday())
        entries = [
            (self.tr("Does not repeat"), ""),
            (self.tr("Weekly"), "weekly"),
            (self.tr("Every two weeks"), "fortnightly"),
            (self.tr("Monthly, on the {nth} {weekday}").format(
                nth=self._nth(nth), weekday=weekday), "monthly_weekday"),
            (self.tr("Monthly, on day {day}").format(day=day.day), "monthly_date"),
        ]
        self.combo.blockSignals(True)
        self.combo.clear()
        for text, data in entries:
            self.combo.addItem(text, data)
        self.combo.setCurrentIndex(max(0, chosen))
        self.combo.blockSignals(False)

    def _nth(self, nth: int) -> str:
        words = {1: self.tr("1st"), 2: self.tr("2nd"), 3: self.tr("3rd"),
                 4: self.tr("4th"), -1: self.tr("last")}
        return words.get(nth, str(nth))

    def recurrence(self) -> Recurrence | None:
        data = _CHOICES.get(str(self.combo.currentData() or ""))
        if data is None:
            return None
        frequency, interval = data
        if self.until_radio.isChecked():
            return Recurrence(frequency, interval, until=to_date(self.until_edit.date()))
        return Recurrence(frequency, interval, count=self.count_spin.value())

    def set_recurrence(self, rec: Recurrence | None) -> None:
        index = 0
        if rec is not None:
            key = next((k for k, v in _CHOICES.items()
                        if v == (rec.frequency, rec.interval)), "")
            index = max(0, self.combo.findData(key))
            if rec.until is not None:
                self.until_radio.setChecked(True)
                self.until_edit.setDate(to_qdate(rec.until))
            elif rec.count is not None:
                self.count_radio.setChecked(True)
                self.count_spin.setValue(rec.count)
        self.combo.setCurrentIndex(index)

    def _on_changed(self, *_args: object) -> None:
        self.end_row.setVisible(bool(self.combo.currentData()))
        self.until_edit.setEnabled(self.until_radio.isChecked())
        self.count_spin.setEnabled(self.count_radio.isChecked())
        self.sig_changed.emit()
