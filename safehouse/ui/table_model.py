"""One read-only table model for every list of rows, and the one way its views are set up.

A subclass names its columns (header, display, sort key, tooltip, alignment) and, when
its rows have ids, :meth:`RowTableModel.key_of`. Headers are source strings marked with
``QT_TRANSLATE_NOOP`` in the subclass's own context, so their translations stay where
they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from safehouse.ui.table_state import remember_layout

T = TypeVar("T")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A value that sorts the way a person expects (numbers, ISO dates, case-folded text)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's id, on every cell of its row (for models whose rows have one)."""

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# every cell is the same: enabled and selectable, never editable (asked for each cell painted)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header (a source string) and how a row shows and sorts in it.

    ``sort_key`` defaults to the displayed text, case-folded; give one type per column,
    so the proxy compares like with like.
    """

    header: object  # a source string; QT_TRANSLATE_NOOP is typed as returning object
    display: Callable[[T], Any]
    sort_key: Callable[[T], Any] | None = None
    tooltip: Callable[[T], Any] | None = None
    alignment: Qt.AlignmentFlag | None = None

    def sort_value(self, row: T) -> Any:
        if self.sort_key is not None:
            return self.sort_key(row)
        return str(self.display(row)).casefold()


def header_text(context: str, columns: Sequence[Column[T]], section: int,
                orientation: Qt.Orientation, role: int) -> str | None:
    """A column's header, translated in ``context`` (a model's ``headerData``)."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(columns)
    ):
        return QCoreApplication.translate(context, str(columns[section].header))
    return None


class RowLookup(Generic[T]):
    """What :class:`RowTableModel` and the paged model both answer about their rows, so
    that views and dialogs can take either: the rows, the row at a number or an index,
    and a row's key. The model keeps its rows in ``_rows``."""

    _rows: list[T]

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int | Index) -> T | None:
        """The row at a row number or a (source) index, or None."""
        if not isinstance(row, int):
            if not row.isValid():
                return None
            row = row.row()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def key_of(self, row: T) -> int | None:
        """The id of a row (for :data:`ID_ROLE` and ``row_of``); None by default."""
        return None


class RowTableModel(RowLookup[T], QAbstractTableModel):
    """Rows of ``T`` under fixed columns; replaced as a whole on every reload."""

    def __init__(
        self, context: str, columns: Sequence[Column[T]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._columns = tuple(columns)
        self._rows: list[T] = []

    # --- loading -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_of(self, key: int) -> int:
        """The row whose key is ``key``, or -1."""
        return next((i for i, r in enumerate(self._rows) if self.key_of(r) == key), -1)

    # --- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(self._context, self._columns, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index)
        col = index.column()
        if item is None or not 0 <= col < len(self._columns):
            return None
        column = self._columns[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(item)
        if role == SORT_ROLE:
            return column.sort_value(item)
        if role == ID_ROLE:
            return self.key_of(item)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return column.alignment
        return self.extra_data(item, col, role)

    def extra_data(self, row: T, col: int, role: int) -> Any:
        """Roles beyond display, sort, id, tooltip and alignment; None by default."""
        return None


def sorting_proxy(model: QAbstractTableModel, parent: QObject) -> QSortFilterProxyModel:
    """A proxy over ``model`` that sorts by :data:`SORT_ROLE`."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def setup_view(
    view: QTableView,
    layout_key: str,
    *,
    widths_in_chars: Sequence[int] = (),
    sort_by: tuple[int, Qt.SortOrder] | None = None,
    compact_rows: bool = False,
) -> None:
    """Set up a table view the way every list in the application is: whole rows, one at
    a time, read-only, sortable, striped, no row numbers; first column widths (in average
    characters), first sort and the layout remembered under ``layout_key``."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    if compact_rows:
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    char = view.fontMetrics().averageCharWidth()
    for column, chars in enumerate(widths_in_chars):
        header.resizeSection(column, chars * char + 16)
    if sort_by is not None:
        view.sortByColumn(*sort_by)
    remember_layout(view, layout_key)
