"""The chosen day's sessions as a sortable table, beside the week.

Signals:
    sig_selected(session id or None): the selected row changed.
    sig_activated(session id): a row was double-clicked, or Enter pressed on it.
    sig_menu_requested(session id, QPoint): the context menu of a row (global position).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from safehouse.services.dto.counseling import SessionView
from safehouse.ui.schedule.session_text import (
    kind_text,
    people_text,
    place_text,
    series_text,
    status_text,
    time_text,
)
from safehouse.ui.table_model import ID_ROLE, Column, RowTableModel, setup_view, sorting_proxy

_COLUMNS: tuple[Column[SessionView], ...] = (
    Column(QT_TRANSLATE_NOOP("DayModel", "Time"), time_text,
           sort_key=lambda v: v.starts_at.isoformat()),
    Column(QT_TRANSLATE_NOOP("DayModel", "Status"), status_text, tooltip=series_text),
    Column(QT_TRANSLATE_NOOP("DayModel", "Kind"), lambda v: kind_text(v.kind)),
    Column(QT_TRANSLATE_NOOP("DayModel", "Members"), people_text),
    Column(QT_TRANSLATE_NOOP("DayModel", "Counselor"), lambda v: v.counselor_name),
    Column(QT_TRANSLATE_NOOP("DayModel", "Place"), place_text),
)


class DayModel(RowTableModel[SessionView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("DayModel", _COLUMNS, parent)

    def key_of(self, row: SessionView) -> int | None:
        return row.id


class _Table(QTableView):
    sig_enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_enter.emit()
            return
        super().keyPressEvent(event)


class DayList(QWidget):
    """See the module's description."""

    sig_selected = Signal(object)
    sig_activated = Signal(int)
    sig_menu_requested = Signal(int, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("dayHeading")
        self.model = DayModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = _Table(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Sessions of the day"))
        setup_view(self.table, "schedule/day", widths_in_chars=(13, 10, 9, 24, 14),
                   sort_by=(0, Qt.SortOrder.AscendingOrder), compact_rows=True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty = QLabel(self.tr("No sessions on this day."), self)
        self.empty.setObjectName("placeholderText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.sig_enter.connect(self._on_table_enter)
        self.table.customContextMenuRequested.connect(self._on_table_menu)

    def show_day(self, day: date, sessions: Sequence[SessionView]) -> None:
        """The sessions of ``day`` (from those given); the selection stays on the same
        session when it is still there."""
        keep = self.selected_id()
        self.heading.setText(self.tr("Sessions on {day}").format(
            day=f"{day:%Y-%m-%d} ({self.locale().dayName(day.isoweekday())})"))
        self.model.set_rows([v for v in sessions if v.starts_at.date() == day])
        self.empty.setVisible(self.model.rowCount() == 0)
        if keep is not None:
            self.select(keep)

    def clear(self) -> None:
        self.model.clear()
        self.heading.clear()

    def sessions(self) -> list[SessionView]:
        """The rows in the order shown."""
        found = []
        for row in range(self.proxy.rowCount()):
            v = self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)))
            if v is not None:
                found.append(v)
        return found

    def selected_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return value if isinstance(value, int) else None

    def select(self, session_id: int | None) -> None:
        row = -1 if session_id is None else self.model.row_of(session_id)
        selection = self.table.selectionModel()
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index != selection.currentIndex():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _on_table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(ID_ROLE) if current.isValid() else None
        self.sig_selected.emit(value if isinstance(value, int) else None)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if isinstance(value, int):
            self.sig_activated.emit(value)

    def _on_table_enter(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.sig_activated.emit(chosen)

    def _on_table_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        value = index.data(ID_ROLE) if index.isValid() else None
        if isinstance(value, int):
            self.table.selectRow(index.row())
            self.sig_menu_requested.emit(value, self.table.viewport().mapToGlobal(pos))
