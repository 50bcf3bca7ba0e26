"""Tables remember their column widths, order and sort between runs."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QTableView


def remember_layout(view: QTableView, key: str) -> None:
    """Restore the header state saved under ``key`` and save it whenever it changes."""
    header = view.horizontalHeader()
    settings = QSettings()
    state = settings.value(f"tables/{key}")
    if isinstance(state, QByteArray) and not state.isEmpty():
        header.restoreState(state)

    def save() -> None:
        QSettings().setValue(f"tables/{key}", header.saveState())

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
    header.sortIndicatorChanged.connect(save)
