"""The member list as an item model, and the proxy that searches and filters it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from safehouse.labels import label
from safehouse.models import MemberStatus
from safehouse.services.dto.people import MemberSummary
from safehouse.services.member_rules import STATUSES, code_number
from safehouse.ui.table_model import SORT_ROLE, Column, Index, RowTableModel

_CONTEXT = "MemberTableModel"

COL_CODE = 0
COL_NAME = 1
COL_ALIAS = 2
COL_STATUS = 3
COL_ROOM = 4
COL_JOINED = 5

STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
"""The stored status value (not its translated label)."""

_STATUS_ORDER = {s: i for i, s in enumerate(STATUSES)}


def _code_sort(m: MemberSummary) -> str:
    number = code_number(m.code)
    return f"{number:012d}" if number is not None else m.code


def _joined(m: MemberSummary) -> str:
    return m.joined_on.isoformat() if m.joined_on else ""


def _room_tooltip(m: MemberSummary) -> str | None:
    return None if m.room else QCoreApplication.translate("MemberTableModel", "No room today")


COLUMNS: tuple[Column[MemberSummary], ...] = (
    Column(QT_TRANSLATE_NOOP("MemberTableModel", "Code"), lambda m: m.code, _code_sort),
    Column(QT_TRANSLATE_NOOP("MemberTableModel", "Name"), lambda m: m.name),
    Column(QT_TRANSLATE_NOOP("MemberTableModel", "Alias"), lambda m: m.alias),
    Column(QT_TRANSLATE_NOOP("MemberTableModel", "Status"), lambda m: label(m.status, MemberStatus),
           lambda m: f"{_STATUS_ORDER.get(m.status, 99):02d}"),
    Column(QT_TRANSLATE_NOOP("MemberTableModel", "Room"), lambda m: m.room,
           tooltip=_room_tooltip),
    Column(QT_TRANSLATE_NOOP("MemberTableModel", "Joined"), _joined, _joined),
)


class MemberTableModel(RowTableModel[MemberSummary]):
    """Rows of :class:`MemberSummary`; replaced as a whole on every reload."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_CONTEXT, COLUMNS, parent)

    def set_members(self, members: list[MemberSummary]) -> None:
        self.set_rows(members)

    def member_at(self, row: int) -> MemberSummary | None:
        return self.row_at(row)

    def members(self) -> list[MemberSummary]:
        return self.rows()

    def key_of(self, row: MemberSummary) -> int:
        return row.id

    def extra_data(self, row: MemberSummary, col: int, role: int) -> object:
        return row.status if role == STATUS_ROLE else None


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
