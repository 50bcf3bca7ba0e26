"""The Community page's entry in the navigation (``PAGE``).

The page itself (:mod:`safehouse.ui.community.page`: the growth chart (QtCharts) and the
events) is imported when it is first shown: the first window imports and builds only
what it shows (``tests/ui/test_startup.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.pages import PageEntry, PageView


def _make(ctx: AppContext) -> PageView:
    from safehouse.ui.community.page import CommunityPage  # on first use (see above)

    return CommunityPage(ctx).as_page()


PAGE = PageEntry(
    "community",
    str(QT_TRANSLATE_NOOP("MainWindow", "Community")),
    _make,
    rights=(Action.COMMUNITY_VIEW,),
)
