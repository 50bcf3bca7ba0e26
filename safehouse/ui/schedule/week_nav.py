"""Stepping through weeks: previous, today, next, a date to jump to, and which week is
shown. Alt+Left / Alt+Right (or Ctrl+PgUp / Ctrl+PgDown) step a week and Alt+Home comes
back to today, anywhere on the page that holds it (``shortcut_owner``).

Signals:
    sig_step(int): a week back (-1) or on (1).
    sig_today(): back to today.
    sig_date_chosen(date): a date typed or picked.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from safehouse.ui.rooms.fields import make_date_edit, to_date, to_qdate
from safehouse.ui.schedule.week_layout import monday_of


class WeekNav(QWidget):
    """See the module's description."""

    sig_step = Signal(int)
    sig_today = Signal()
    sig_date_chosen = Signal(object)

    def __init__(self, day: date, shortcut_owner: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = QPushButton("◀", self)
        self.previous_button.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.today_button = QPushButton(self.tr("Toda&y"), self)
        self.today_button.setToolTip(self.tr("This week, today (Alt+Home)"))
        self.next_button = QPushButton("▶", self)
        self.next_button.setToolTip(self.tr("Next week (Alt+Right)"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.date_edit = make_date_edit(day, self)
        self.date_edit.setToolTip(self.tr("Go to a date"))
        self.week_label = QLabel(self)
        self.week_label.setObjectName("summaryLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.today_button, self.next_button,
                       self.date_edit):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.week_label, 1)
        self._shortcuts: list[QShortcut] = []
        for keys, slot in ((("Alt+Left", "Ctrl+PgUp"), self._on_previous),
                           (("Alt+Right", "Ctrl+PgDown"), self._on_next),
                           (("Alt+Home",), self.sig_today.emit)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), shortcut_owner)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
                self._shortcuts.append(shortcut)
        self.previous_button.clicked.connect(self._on_previous)
        self.next_button.clicked.connect(self._on_next)
        self.today_button.clicked.connect(self.sig_today)
        self.date_edit.dateChanged.connect(self._on_date_edit_changed)
        self.set_day(day)

    def set_day(self, day: date) -> None:
        """Show ``day`` and its week (without saying it was chosen)."""
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(to_qdate(day))
        self.date_edit.blockSignals(False)
        monday = monday_of(day)
        self.week_label.setText(self.tr("Week of {first} to {last}").format(
            first=f"{monday:%Y-%m-%d}", last=f"{monday + timedelta(days=6):%Y-%m-%d}"))

    def _on_previous(self) -> None:
        self.sig_step.emit(-1)

    def _on_next(self) -> None:
        self.sig_step.emit(1)

    def _on_date_edit_changed(self) -> None:
        self.sig_date_chosen.emit(to_date(self.date_edit.date()))
