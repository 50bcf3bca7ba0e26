"""The member list as an item model: searched, filtered and sorted by the database, read a
page at a time (:mod:`safehouse.ui.paged_model`)."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from safehouse.errors import SafehouseError
from safehouse.labels import label
from safehouse.models import MemberStatus
from safehouse.services import member_list
from safehouse.services.dto.member_list import MemberQuery, MemberSort
from safehouse.services.dto.people import MemberSummary
from safehouse.services.member_rules import STATUSES, code_number
from safehouse.ui.context import AppContext
from safehouse.ui.paged_model import PagedTableModel
from safehouse.ui.table_model import Column

_CONTEXT = "MemberTableModel"

COL_CODE = 0
COL_NAME = 1
COL_ALIAS = 2
COL_STATUS = 3
COL_ROOM = 4
COL_JOINED = 5

STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
"""The stored status value (not its translated label), in the Status column."""

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


# the database's order for each column
SORTS = (MemberSort.CODE, MemberSort.NAME, MemberSort.ALIAS, MemberSort.STATUS,
         MemberSort.ROOM, MemberSort.JOINED)


class MemberTableModel(PagedTableModel[MemberSummary]):
    """The members a search and a status filter show, a page at a time, sorted by the
    database (:mod:`safehouse.services.member_list`). Without a context (a test of the
    model alone) it shows what :meth:`set_members` gives it."""

    EXTRA_ROLES = frozenset({STATUS_ROLE})

    def __init__(self, ctx: AppContext | None = None, parent: QObject | None = None) -> None:
        super().__init__(_CONTEXT, COLUMNS, parent)
        self._ctx = ctx
        self._search = ""
        self._status: str | None = None
        self._all = 0

    def query(self) -> MemberQuery:
        return MemberQuery(search=self._search, status=self._status,
                           sort=SORTS[self.sort_column],
                           descending=self.sort_order == Qt.SortOrder.DescendingOrder)

    def set_search_text(self, text: str) -> bool:
        """Search for ``text``; True when that changed what is asked."""
        text = text.strip()
        if text == self._search:
            return False
        self._search = text
        return True

    def set_status(self, status: str | None) -> bool:
        if status == self._status:
            return False
        self._status = status
        return True

    def status(self) -> str | None:
        return self._status

    def is_filtered(self) -> bool:
        return bool(self._search) or self._status is not None

    def position_of(self, member_id: int) -> int | None:
        """Where the member stands in the list as searched and sorted (None: not shown)."""
        at = self.row_of(member_id)
        if at >= 0:
            return at
        if self._ctx is None or not self.is_active() or not self.canFetchMore():
            return None  # not shown, or every member shown is loaded and she is not
        return member_list.position(self._ctx.db, self._ctx.actor, self.query(), member_id)

    def prepare_search(self) -> None:
        """Have the database ready for a first search in this order and filter (see
        :func:`member_list.prepare_search`); a refusal is told by the search itself."""
        if self._ctx is None or not self.is_active():
            return
        with contextlib.suppress(SafehouseError):
            member_list.prepare_search(self._ctx.db, self._ctx.actor, self.query())

    # --- reading --------------------------------------------------------------------------

    def fetch_count(self) -> int:
        if self._ctx is None:
            return len(self._rows)
        counted = member_list.count(self._ctx.db, self._ctx.actor, self.query())
        self._all = counted.total
        return counted.shown

    def fetch_first(self, limit: int) -> tuple[int, list[MemberSummary]]:
        if self._ctx is None:
            return super().fetch_first(limit)
        first = member_list.first_page(self._ctx.db, self._ctx.actor, self.query(),
                                       limit=limit)
        self._all = first.count.total
        return first.count.shown, list(first.rows)

    def fetch_page(self, offset: int, limit: int) -> list[MemberSummary]:
        if self._ctx is None:
            return self._rows[offset:offset + limit]
        return member_list.page(self._ctx.db, self._ctx.actor, self.query(),
                                offset=offset, limit=limit)

    def fetch_keys(self, keys: Sequence[int]) -> list[MemberSummary]:
        if self._ctx is None:
            raise NotImplementedError
        return member_list.rows(self._ctx.db, self._ctx.actor, self.query(), keys)

    def all_members(self) -> int:
        """How many members there are, whatever the search and the filter."""
        return self._all if self._ctx is not None else self.total()

    # --- rows -----------------------------------------------------------------------------

    def set_members(self, members: list[MemberSummary]) -> None:
        self.set_rows(members)

    def member_at(self, row: int) -> MemberSummary | None:
        return self.row_at(row)

    def members(self) -> list[MemberSummary]:
        return self.rows()

    def key_of(self, row: MemberSummary) -> int:
        return row.id

    def extra_data(self, row: MemberSummary, col: int, role: int) -> object:
        return row.status if role == STATUS_ROLE and col == COL_STATUS else None
