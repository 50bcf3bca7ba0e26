"""The Rooms page's entry in the navigation (``PAGE``).

The page itself (:mod:`safehouse.ui.rooms.page`: the rooms board) is imported when it is
first shown: the first window imports and builds only what it shows
(``tests/ui/test_startup.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from safehouse.ui.context import AppContext
from safehouse.ui.pages import PageEntry, PageView


def _make(ctx: AppContext) -> PageView:
    from safehouse.ui.rooms.page import RoomsPage  # on first use (see above)

    return RoomsPage(ctx).as_page()


PAGE = PageEntry("rooms", str(QT_TRANSLATE_NOOP("MainWindow", "Rooms")), _make)
