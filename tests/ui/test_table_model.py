"""The shared table model: columns, roles, keys, and Qt's model rules."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from safehouse.ui.members.rows_model import Row, RowsModel
from safehouse.ui.table_model import ID_ROLE, SORT_ROLE

HEADERS = (QT_TRANSLATE_NOOP("TestTableModel", "Name"),
           QT_TRANSLATE_NOOP("TestTableModel", "Since"))


def _model() -> RowsModel:
    model = RowsModel("TestTableModel", HEADERS)
    model.set_rows([Row(7, ("Bom", "2024-01-02")), Row(9, ("ahn", "2023-05-06"), ("Ahn", "x"))])
    return model


def test_rows_show_sort_and_carry_their_key(qtbot) -> None:
    model = _model()
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Since"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    first = model.index(0, 0)
    assert first.data() == "Bom" and first.data(Qt.ItemDataRole.ToolTipRole) == "Bom"
    assert first.data(SORT_ROLE) == "bom" and first.data(ID_ROLE) == 7
    assert model.index(1, 1).data(SORT_ROLE) == "x"  # its own sort value
    assert model.row_of(9) == 1 and model.row_of(8) == -1
    assert model.row_at(1) == model.rows()[1] and model.row_at(5) is None
    model.clear()
    assert model.rowCount() == 0


def test_the_model_is_well_behaved(qtmodeltester) -> None:
    qtmodeltester.check(_model())
