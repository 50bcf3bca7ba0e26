"""The member list as an item model, and the proxy that searches and filters it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from safehouse.services.dto import MemberSummary
from safehouse.services.member_rules import STATUSES, code_number
from safehouse.ui.labels import label

_CONTEXT = "MemberTableModel"

COL_CODE = 0
COL_NAME = 1
COL_ALIAS = 2
COL_STATUS = 3
COL_ROOM = 4
COL_JOINED = 5

HEADERS = (
    QT_TRANSLATE_NOOP("MemberTableModel", "Code"),
    QT_TRANSLATE_NOOP("MemberTableModel", "Name"),
    QT_TRANSLATE_NOOP("MemberTableModel", "Alias"),
    QT_TRANSLATE_NOOP("MemberTableModel", "Status"),
    QT_TRANSLATE_NOOP("MemberTableModel", "Room"),
    QT_TRANSLATE_NOOP("MemberTableModel", "Joined"),
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A value that sorts the way a person expects (numbers, ISO dates, case-folded text)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The member's id, on every cell of her row."""
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
"""The stored status value (not its translated label)."""

_STATUS_ORDER = {s: i for i, s in enumerate(STATUSES)}

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class MemberTableModel(QAbstractTableModel):
    """Rows of :class:`MemberSummary`; replaced as a whole on every reload."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberSummary] = []

    # --- loading -------------------------------------------------------------------------

    def set_members(self, members: list[MemberSummary]) -> None:
        self.beginResetModel()
        self._rows = list(members)
        self.endResetModel()

    def clear(self) -> None:
        self.set_members([])

    def member_at(self, row: int) -> MemberSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, member_id: int) -> int:
        """The row of a member, or -1."""
        for i, m in enumerate(self._rows):
            if m.id == member_id:
                return i
        return -1

    def members(self) -> list[MemberSummary]:
        return list(self._rows)

    # --- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate(_CONTEXT, str(HEADERS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.member_at(index.row())
        if m is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(m, col)
        if role == SORT_ROLE:
            return self._sort_value(m, col)
        if role == ID_ROLE:
            return m.id
        if role == STATUS_ROLE:
            return m.status
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ROOM and not m.room:
            return QCoreApplication.translate("MemberTableModel", "No room today")
        return None

    @staticmethod
    def _display(m: MemberSummary, col: int) -> str:
        if col == COL_CODE:
            return m.code
        if col == COL_NAME:
            return m.name
        if col == COL_ALIAS:
            return m.alias
        if col == COL_STATUS:
            return label(m.status)
        if col == COL_ROOM:
            return m.room
        if col == COL_JOINED:
            return m.joined_on.isoformat() if m.joined_on else ""
        return ""

    @staticmethod
    def _sort_value(m: MemberSummary, col: int) -> Any:
        # One type per column, so the proxy compares like with like.
        if col == COL_CODE:
            number = code_number(m.code)
            return f"{number:012d}" if number is not None else m.code
        if col == COL_NAME:
            return m.name.casefold()
        if col == COL_ALIAS:
            return m.alias.casefold()
        if col == COL_STATUS:
            return f"{_STATUS_ORDER.get(m.status, 99):02d}"
        if col == COL_ROOM:
            return m.room.casefold()
        if col == COL_JOINED:
            return m.joined_on.isoformat() if m.joined_on else ""
        return ""


class MemberFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose code, name or alias contain the search text (any case) and,
    when one is chosen, whose status is the one chosen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def set_search_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._text:
            self._change_filter(lambda: setattr(self, "_text", text))

    def search_text(self) -> str:
        return self._text

    def set_status(self, status: str | None) -> None:
        if status != self._status:
            self._change_filter(lambda: setattr(self, "_status", status))

    def status(self) -> str | None:
        return self._status

    def _change_filter(self, apply: Any) -> None:
        if hasattr(self, "beginFilterChange") and hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt before 6.10
            apply()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, MemberTableModel):
            return True
        m = model.member_at(source_row)
        if m is None:
            return False
        if self._status is not None and m.status != self._status:
            return False
        if not self._text:
            return True
        return any(self._text in value.casefold() for value in (m.code, m.name, m.alias))
