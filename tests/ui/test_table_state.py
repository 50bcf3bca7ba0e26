"""Tables remember the layout a person gives them, and nothing else: the stretched last
column following the view's width (a search that brings or takes away the scroll bar)
writes no settings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import QWidget

from safehouse.ui import account_settings
from safehouse.ui.members.rows_model import Row, RowsModel, make_view

HEADERS = (QT_TRANSLATE_NOOP("TestTableState", "Name"),
           QT_TRANSLATE_NOOP("TestTableState", "Since"))
KEY = "tables/test-layout"


def _view(qtbot, rows: list[Row]):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    model = RowsModel("TestTableState", HEADERS)
    model.set_rows(rows)
    view = make_view(model, "test-layout", parent, sort_by=(0, Qt.SortOrder.AscendingOrder))
    view.resize(400, 200)
    parent.resize(400, 200)
    parent.show()
    qtbot.waitExposed(parent)
    return parent, model, view


def test_the_last_column_following_the_scroll_bar_is_not_saved(qtbot) -> None:
    many = [Row(i, (f"Person {i}", "2024")) for i in range(200)]
    parent, model, view = _view(qtbot, many[:2])
    header = view.horizontalHeader()
    resized: list[int] = []
    header.sectionResized.connect(lambda logical, _old, _new: resized.append(logical))

    model.set_rows(many)  # the scroll bar comes: the last column narrows
    qtbot.waitUntil(lambda: bool(resized))
    model.set_rows(many[:2])  # and goes: it widens
    qtbot.waitUntil(lambda: len(resized) >= 2)
    assert set(resized) == {1}
    assert QSettings().value(account_settings.key(KEY)) is None

    header.resizeSection(0, 150)  # a person's choice is kept, and comes back
    saved = QSettings().value(account_settings.key(KEY))
    assert saved is not None and not saved.isEmpty()
    other, _, again = _view(qtbot, many[:2])
    assert other.isVisible() and again.horizontalHeader().sectionSize(0) == 150
