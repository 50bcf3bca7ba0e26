"""The paged table model on its own: the cells written when their rows are read (Qt's
items), more rows as the view scrolls, a row changed in place, a new list from its top."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from safehouse.ui.paged_model import PagedTableModel
from safehouse.ui.table_model import ID_ROLE, Column

NOTE_ROLE = Qt.ItemDataRole.UserRole + 9


@dataclass(frozen=True)
class Thing:
    id: int
    name: str
    note: str | None = None


COLUMNS: tuple[Column[Thing], ...] = (
    Column(QT_TRANSLATE_NOOP("TestPagedModel", "Name"), lambda t: t.name),
    Column(QT_TRANSLATE_NOOP("TestPagedModel", "Note"), lambda t: t.note or "",
           tooltip=lambda t: t.note, alignment=Qt.AlignmentFlag.AlignRight),
)


class Things(PagedTableModel[Thing]):
    EXTRA_ROLES = frozenset({NOTE_ROLE})

    def __init__(self, things: list[Thing]) -> None:
        super().__init__("TestPagedModel", COLUMNS, page_size=3)
        self.things = things
        self.asked: list[int] = []  # the limits of the first pages read

    def fetch_count(self) -> int:
        return len(self.things)

    def fetch_first(self, limit: int) -> tuple[int, list[Thing]]:
        self.asked.append(limit)
        return len(self.things), self.things[:limit]

    def fetch_page(self, offset: int, limit: int) -> list[Thing]:
        return self.things[offset:offset + limit]

    def fetch_keys(self, keys: Sequence[int]) -> list[Thing]:
        return [t for t in self.things if t.id in keys]

    def key_of(self, row: Thing) -> int:
        return row.id

    def extra_data(self, row: Thing, col: int, role: int) -> object:
        return row.note if col == 1 else None


def _things(n: int) -> list[Thing]:
    return [Thing(i, f"thing {i:02d}", "noted" if i % 2 else None) for i in range(1, n + 1)]


def test_each_cell_shows_its_row_and_carries_its_key(qtbot) -> None:
    model = Things(_things(5))
    assert model.reload() and (model.rowCount(), model.total()) == (3, 5)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Note"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    first, note = model.index(0, 0), model.index(0, 1)
    assert first.data() == "thing 01" and note.data() == "noted"
    assert first.data(ID_ROLE) == note.data(ID_ROLE) == 1
    assert note.data(Qt.ItemDataRole.ToolTipRole) == "noted"
    assert first.data(Qt.ItemDataRole.ToolTipRole) is None
    assert Qt.AlignmentFlag(note.data(Qt.ItemDataRole.TextAlignmentRole)) == \
        Qt.AlignmentFlag.AlignRight
    assert note.data(NOTE_ROLE) == "noted" and first.data(NOTE_ROLE) is None
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) is None  # no note
    flags = model.flags(first)
    assert flags & Qt.ItemFlag.ItemIsSelectable and flags & Qt.ItemFlag.ItemIsEnabled
    assert not flags & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
                        | Qt.ItemFlag.ItemIsDropEnabled)
    assert model.row_of(3) == 2 and model.row_at(first) == model.things[0]


def test_scrolling_adds_rows_in_one_insertion(qtbot) -> None:
    model = Things(_things(5))
    model.reload()
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    assert model.canFetchMore()
    model.fetchMore()
    assert inserted == [(3, 4)] and not model.canFetchMore()
    assert [model.index(r, 0).data(ID_ROLE) for r in range(5)] == [1, 2, 3, 4, 5]
    assert model.index(4, 1).data(Qt.ItemDataRole.ToolTipRole) == "noted"


def test_a_row_changed_is_written_again_in_place(qtbot) -> None:
    model = Things(_things(4))
    model.reload()
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda a, b, _roles: changed.append((a.row(), b.column())))
    model.things[0] = Thing(1, "thing 01", None)  # its note erased
    model.reload_keys([1])
    assert not resets and changed == [(0, 1)]
    note = model.index(0, 1)
    assert note.data() == "" and note.data(Qt.ItemDataRole.ToolTipRole) is None
    assert note.data(NOTE_ROLE) is None and note.data(ID_ROLE) == 1
    model.things[0] = Thing(1, "thing 99", None)  # sorts elsewhere: read again
    model.reload_keys([1])
    assert resets


def test_a_new_list_reads_only_its_first_rows(qtbot) -> None:
    model = Things(_things(10))
    model.reload()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 9
    model.reload()  # the same list again: as many as were loaded
    assert model.asked[-1] == 9 and model.rowCount() == 9
    model.reload(first=2)  # another search: its first rows
    assert model.asked[-1] == 2 and model.rowCount() == 2 and model.total() == 10
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore()
