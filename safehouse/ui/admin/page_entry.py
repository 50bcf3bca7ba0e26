"""The Admin page's entry in the navigation (``PAGE``).

The page itself (:mod:`safehouse.ui.admin.page`: the users, audit, backups and settings
tabs) is imported when it is first shown: the first window imports and builds only what
it shows (``tests/ui/test_startup.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.pages import PageEntry, PageView

# Seen by whoever may do any one of these (each tab asks for its own).
RIGHTS = (Action.USER_VIEW, Action.AUDIT_VIEW, Action.BACKUP_MAKE, Action.SETTINGS_EDIT)


def _make(ctx: AppContext) -> PageView:
    from safehouse.ui.admin.page import AdminPage  # on first use (see above)

    return AdminPage(ctx).as_page()


PAGE = PageEntry("admin", str(QT_TRANSLATE_NOOP("MainWindow", "Admin")), _make, rights=RIGHTS)
