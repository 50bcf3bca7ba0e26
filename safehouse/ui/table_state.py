"""Tables remember their column widths, order and sort between runs, for each account
(:mod:`safehouse.ui.account_settings`)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView, QTableView

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
        if shiboken6.isValid(header):  # not while the view is being destroyed
            QSettings().setValue(name, header.saveState())

    def resized(logical: int, _old: int, _new: int) -> None:
        # The stretched last column follows the view's width: it widens and narrows as
        # a search brings the scroll bar or takes it away. That is nobody's choice, and
        # saving it wrote the settings file on such a keystroke (≈15 ms on a busy disk).
        if shiboken6.isValid(header) and not (
                header.stretchLastSection() and logical == _last_shown(header)):
            save()

    header.sectionResized.connect(resized)
    header.sectionMoved.connect(save)
    header.sortIndicatorChanged.connect(save)


def _last_shown(header: QHeaderView) -> int:
    """The logical index of the rightmost column shown (-1: none)."""
    for visual in range(header.count() - 1, -1, -1):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical):
            return logical
    return -1
