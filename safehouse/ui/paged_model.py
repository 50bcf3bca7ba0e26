"""A table model for lists that can grow: rows are read a page at a time, as the view
scrolls, and sorted by the database.

Why Qt's ``canFetchMore``/``fetchMore`` rather than a model that pretends to hold every
row and reads them when painted: the views ask for more only when the user scrolls near
the end of what is loaded, from the event loop, never in the middle of painting; a read
that fails is reported once, not once per cell; and a reload reads as many rows as were
on screen, whatever their number. The cost: the scroll bar grows as pages arrive (the
count label says how many there are in all).

A subclass says how to count the rows, read a page, and (optionally) read some rows
again by their keys; the view's header sorts through :meth:`sort`, which asks the
database again. After a change, :meth:`reload_keys` reads only the rows changed when
that is enough (they are loaded, still shown, and sort as before), else everything on
screen again.

Why the cells are Qt's own items (a ``QStandardItemModel``), written once when the rows
are read, rather than a Python ``data()``: a view asks seven roles of every cell it
paints, and each question answered in Python crosses from C++ into Python; on the
Members page that was some 1,900 crossings for a screen, most of the time a search
keystroke took to paint (issue 12). The items answer in C++; the rows themselves stay
here in Python (:meth:`row_at`). The cells hold the display text, the row's key
(:data:`ID_ROLE`), the tooltip and the alignment of their column and the subclass's
``EXTRA_ROLES``; not :data:`SORT_ROLE`, which the database's order makes useless.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from safehouse.errors import SafehouseError
from safehouse.ui.table_model import ID_ROLE, Column, RowLookup, header_text

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

PAGE_SIZE = 64  # two screens of a tall window: a keystroke reads no more than that
MAX_READ = 1000  # at most this many rows in one reading (a jump far down reads several)

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
# every cell is the same: enabled and selectable, never editable
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PagedTableModel(RowLookup[T], QStandardItemModel):
    """Rows of ``T`` under fixed columns, ``page_size`` at a time.

    ``sig_failed(SafehouseError)``: a read was refused (the owner shows it).
    ``sig_reloaded()``: the rows were replaced (the owner chooses again what was chosen).
    """

    sig_failed = Signal(object)
    sig_reloaded = Signal()

    # the roles beyond display, id, tooltip and alignment that ``extra_data`` answers
    # (written into every cell when its row is read)
    EXTRA_ROLES: frozenset[int] = frozenset()

    def __init__(self, context: str, columns: Sequence[Column[T]], parent: QObject | None = None,
                 *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(0, len(columns), parent)
        self.invisibleRootItem().setFlags(Qt.ItemFlag.NoItemFlags)
        cell = QStandardItem()
        cell.setFlags(_ROW_FLAGS)
        self.setItemPrototype(cell)
        self._context = context
        self._columns = tuple(columns)
        self._rows: list[T] = []
        self.page_size = page_size
        self._total = 0
        self._active = False  # False until the first reload, and after clear()
        self._keys: dict[int, int] = {}
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    # --- what a subclass says -------------------------------------------------------------

    def fetch_count(self) -> int:
        raise NotImplementedError

    def fetch_page(self, offset: int, limit: int) -> list[T]:
        raise NotImplementedError

    def fetch_first(self, limit: int) -> tuple[int, list[T]]:
        """How many rows there are, and the first ``limit``; by default
        :meth:`fetch_count` and then :meth:`fetch_page` (one reading is quicker)."""
        total = self.fetch_count()
        return total, self.fetch_page(0, min(limit, total)) if total else []

    def fetch_keys(self, keys: Sequence[int]) -> list[T]:
        """The rows of ``keys`` that are still shown; by default nothing is read again
        by key (every change reloads what is on screen)."""
        raise NotImplementedError

    # --- loading --------------------------------------------------------------------------

    def total(self) -> int:
        """How many rows there are in all (loaded or not)."""
        return self._total

    def is_active(self) -> bool:
        return self._active

    def reload(self, *, at_least: int = 0, first: int | None = None) -> bool:
        """Read again as many rows as are loaded (a page at least, ``at_least`` if more);
        ``first``: a new list (another search or filter), of which only so many rows are
        read, whatever was loaded before (the view shows its top; more are read as it
        scrolls). False when the read was refused (the rows stay as they were)."""
        if first is not None:
            wanted = max(1, first, at_least)
        else:
            wanted = max(self.page_size, len(self._rows), at_least)
        try:
            total, rows = self.fetch_first(wanted)
        except SafehouseError as exc:
            self.sig_failed.emit(exc)
            return False
        self._active = True
        self._replace(rows, total)
        self.sig_reloaded.emit()
        return True

    def clear(self) -> None:
        """Forget every row; nothing is read until the next :meth:`reload`."""
        self._active = False
        self._replace([], 0)

    def set_rows(self, rows: Sequence[T]) -> None:
        self._replace(list(rows), len(rows))

    def _replace(self, rows: list[T], total: int) -> None:
        self.beginResetModel()
        quiet = self.blockSignals(True)  # the reset says it all
        try:
            self.setRowCount(0)
            self.setRowCount(len(rows))
            for at, row in enumerate(rows):
                self._write(at, row)
        finally:
            self.blockSignals(quiet)
            self._rows = rows
            self._total = max(total, len(rows))
            self._index_keys()
            self.endResetModel()

    def _write(self, at: int, row: T) -> None:
        """Write ``row`` into the cells of row ``at``, whose items are new or cleared
        (the model makes each from its prototype, enabled and selectable, as it is first
        written to; what is None is left out)."""
        key = self.key_of(row)
        write, index = self.setData, self.index  # some 20 calls a row: kept short
        for col, column in enumerate(self._columns):
            cell = index(at, col)
            write(cell, column.display(row), _DISPLAY)
            if key is not None:
                write(cell, key, ID_ROLE)
            if column.tooltip is not None and (tip := column.tooltip(row)) is not None:
                write(cell, tip, _TOOLTIP)
            if column.alignment is not None:
                write(cell, column.alignment, _ALIGNMENT)
            for role in self.EXTRA_ROLES:
                if (value := self.extra_data(row, col, role)) is not None:
                    write(cell, value, role)

    def _index_keys(self) -> None:
        self._keys = {}
        for i, row in enumerate(self._rows):
            key = self.key_of(row)
            if key is not None:
                self._keys[key] = i

    def row_of(self, key: int) -> int:
        return self._keys.get(key, -1)

    def load_to(self, row: int) -> bool:
        """Load the rows down to ``row`` (and a page more), in one insertion; False when
        it cannot be loaded."""
        if row < len(self._rows):
            return True
        if not self.canFetchMore(_ROOT) or row >= self._total:
            return False
        self._fetch(min(self._total, row + 1 + self.page_size) - len(self._rows))
        return row < len(self._rows)

    def _fetch(self, count: int) -> None:
        """Read the next ``count`` rows and add them at the end."""
        start = len(self._rows)
        rows: list[T] = []
        try:
            while len(rows) < count:
                part = self.fetch_page(start + len(rows), min(MAX_READ, count - len(rows)))
                if not part:
                    self._total = start + len(rows)  # someone erased some meanwhile
                    break
                rows += part
        except SafehouseError as exc:
            self.sig_failed.emit(exc)
            return
        if not rows:
            return
        self.beginInsertRows(_ROOT, start, start + len(rows) - 1)
        quiet = self.blockSignals(True)  # the one insertion says it all
        try:
            self.setRowCount(start + len(rows))
            for at, row in enumerate(rows, start):
                self._write(at, row)
        finally:
            self.blockSignals(quiet)
        self._rows.extend(rows)
        for i, row in enumerate(rows, start):
            key = self.key_of(row)
            if key is not None:
                self._keys[key] = i
        self.endInsertRows()

    def reload_keys(self, keys: Sequence[int]) -> None:
        """After the rows ``keys`` changed: read only them when they stay where they
        are, else everything on screen again."""
        if not self._active:
            return
        if not keys or len(keys) > self.page_size:  # none named, or many: all again
            self.reload()
            return
        try:
            fresh = {self.key_of(r): r for r in self.fetch_keys(keys)}
        except NotImplementedError:
            self.reload()
            return
        except SafehouseError as exc:
            self.sig_failed.emit(exc)
            return
        column = self._columns[self.sort_column] if self._columns else None
        in_place: list[tuple[int, T]] = []
        for key in keys:
            at, row = self._keys.get(key), fresh.get(key)
            if at is None and row is None:
                continue  # neither on screen before nor shown now: the count may change
            if at is None or row is None or column is None or \
                    column.sort_value(row) != column.sort_value(self._rows[at]):
                self.reload()
                return
            in_place.append((at, row))
        try:
            total = self.fetch_count()
        except SafehouseError as exc:
            self.sig_failed.emit(exc)
            return
        if total != self._total:
            self.reload()
            return
        last = len(self._columns) - 1
        for at, row in in_place:
            self._rows[at] = row
            quiet = self.blockSignals(True)  # one dataChanged for the row
            try:
                for col in range(len(self._columns)):
                    self.clearItemData(self.index(at, col))
                self._write(at, row)
            finally:
                self.blockSignals(quiet)
            self.dataChanged.emit(self.index(at, 0), self.index(at, last))

    # --- the model ------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._active and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or not self.canFetchMore(parent):
            return
        self._fetch(min(self.page_size, self._total - len(self._rows)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` in the database (the header's click)."""
        if not 0 <= column < len(self._columns):
            return
        if (column, order) == (self.sort_column, self.sort_order):
            return
        self.sort_column, self.sort_order = column, order
        if self._active:
            self.reload()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        return header_text(self._context, self._columns, section, orientation, role)

    def extra_data(self, row: T, col: int, role: int) -> Any:
        """The value of one of ``EXTRA_ROLES`` in a cell; None: none."""
        return None
