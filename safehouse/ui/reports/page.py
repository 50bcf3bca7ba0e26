"""The Reports page's entry in the navigation.

The page itself (:mod:`safehouse.ui.reports.reports_page`) is imported when it is first
shown: it brings the PDF viewer and the report builders, which the first window must not
load (``tests/ui/test_startup.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.pages import PageEntry, PageView


def _make(ctx: AppContext) -> PageView:
    from safehouse.ui.reports.reports_page import ReportsPage

    return ReportsPage(ctx).as_page()


PAGE = PageEntry("reports", str(QT_TRANSLATE_NOOP("MainWindow", "Reports")), _make,
                 (Action.MEMBER_VIEW, Action.ROOM_VIEW, Action.COMMUNITY_VIEW,
                  Action.SESSION_VIEW))
