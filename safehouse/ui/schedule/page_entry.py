"""The Schedule page's entry in the navigation (``PAGE``).

The page itself (:mod:`safehouse.ui.schedule.page`) is imported when it is first made:
its services expand RFC 5545 rules with ``dateutil.rrule``, which the window does not
load at start-up (``tests/ui/test_startup.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.pages import PageEntry, PageView


def _make(ctx: AppContext) -> PageView:
    from safehouse.ui.schedule.page import SchedulePage  # on first use (see above)

    return SchedulePage(ctx).as_page()


PAGE = PageEntry("schedule", str(QT_TRANSLATE_NOOP("MainWindow", "Schedule")), _make,
                 rights=(Action.SESSION_VIEW,))
