"""Tables remember their column widths, order and sort between runs, for each account
(:mod:`safehouse.ui.account_settings`)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableView

from safehouse.ui import account_settings


def remember_layout(view: QTableView, key: str) -> None:
    """Restore the header state saved under ``key`` for the account logged in, and save
    it there whenever it changes (under the same account, even after a log-out)."""
    header = view.horizontalHeader()
    name = account_settings.key(f"tables/{key}")
    state = account_settings.load_bytes(f"tables/{key}")
    if state is not None:
        header.restoreState(state)

    def save() -> None:
        QSettings().setValue(name, header.saveState())

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
    header.sortIndicatorChanged.connect(save)
