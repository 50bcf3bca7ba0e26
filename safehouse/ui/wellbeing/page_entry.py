"""The Wellbeing page's entry in the navigation (``PAGE``).

The page itself (:mod:`safehouse.ui.wellbeing.page`: the yearly figures and trends
(QtCharts)) is imported when it is first shown: the first window imports and builds only
what it shows (``tests/ui/test_startup.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.pages import PageEntry, PageView


def _make(ctx: AppContext) -> PageView:
    from safehouse.ui.wellbeing.page import WellbeingPage  # on first use (see above)

    return WellbeingPage(ctx).as_page()


PAGE = PageEntry(
    "wellbeing",
    str(QT_TRANSLATE_NOOP("MainWindow", "Wellbeing")),
    _make,
    rights=(Action.WELLBEING_VIEW,),
)
