"""A small read-only table model for the member page's tabs (household, keep-away,
room history): fixed headers, rows of display text, each row keyed by an id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from safehouse.ui.members.member_table_model import ID_ROLE, SORT_ROLE
from safehouse.ui.table_state import remember_layout

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Row:
    """One line of a tab's table: what is shown, how it sorts, and whose it is."""

    key: int
    cells: tuple[str, ...]
    sort_values: tuple[str, ...] | None = None


class RowsModel(QAbstractTableModel):
    """Headers are source strings (marked with QT_TRANSLATE_NOOP in ``context``)."""

    def __init__(
        self, context: str, headers: Sequence[object], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._headers = tuple(str(h) for h in headers)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def key_at(self, row: int) -> int | None:
        return self._rows[row].key if 0 <= row < len(self._rows) else None

    def row_of(self, key: int) -> int:
        for i, r in enumerate(self._rows):
            if r.key == key:
                return i
        return -1

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return QCoreApplication.translate(self._context, self._headers[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if not 0 <= col < len(row.cells):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[col]
        if role == SORT_ROLE:
            values = row.sort_values or row.cells
            return values[col].casefold()
        if role == ID_ROLE:
            return row.key
        return None


def make_view(model: QAbstractTableModel, layout_key: str, parent: QWidget) -> QTableView:
    """A sortable, row-selecting table over ``model`` that remembers its layout."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setTabKeyNavigation(False)
    remember_layout(view, layout_key)
    return view


def selected_key(view: QTableView) -> int | None:
    """The key (id) of the row selected in ``view``, or None."""
    rows = view.selectionModel().selectedRows()
    if not rows:
        return None
    key = rows[0].data(ID_ROLE)
    return key if isinstance(key, int) else None


def select_key(view: QTableView, key: int) -> bool:
    """Select the row whose key is ``key``; False when there is none."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) == key:
            view.selectRow(row)
            view.setCurrentIndex(index)
            return True
    return False
