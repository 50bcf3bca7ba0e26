"""A small read-only table model for the member page's tabs (household, keep-away,
room history): fixed headers, rows of display text, each row keyed by an id."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QObject, Qt
from PySide6.QtWidgets import QTableView, QWidget

from safehouse.ui.table_model import ID_ROLE, Column, RowTableModel, setup_view, sorting_proxy


@dataclass(frozen=True)
class Row:
    """One line of a tab's table: what is shown, how it sorts, and whose it is."""

    key: int
    cells: tuple[str, ...]
    sort_values: tuple[str, ...] | None = None


def _cell(col: int) -> Callable[[Row], str | None]:
    return lambda r: r.cells[col] if col < len(r.cells) else None


def _sort_value(col: int) -> Callable[[Row], str | None]:
    def value(r: Row) -> str | None:
        values = r.sort_values or r.cells
        return values[col].casefold() if col < len(r.cells) else None
    return value


class RowsModel(RowTableModel[Row]):
    """Headers are source strings (marked with QT_TRANSLATE_NOOP in ``context``); each
    cell shows its text, as its tooltip too."""

    def __init__(
        self, context: str, headers: Sequence[object], parent: QObject | None = None
    ) -> None:
        columns = [Column(h, _cell(i), _sort_value(i), tooltip=_cell(i))
                   for i, h in enumerate(headers)]
        super().__init__(context, columns, parent)

    def key_of(self, row: Row) -> int:
        return row.key


def make_view(model: QAbstractTableModel, layout_key: str, parent: QWidget, *,
              sort_by: tuple[int, Qt.SortOrder]) -> QTableView:
    """A sortable, row-selecting table over ``model`` that remembers its layout; it
    first sorts by ``sort_by`` (column, order), until the user sorts otherwise."""
    view = QTableView(parent)
    view.setModel(sorting_proxy(model, parent))
    setup_view(view, layout_key, sort_by=sort_by)
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
