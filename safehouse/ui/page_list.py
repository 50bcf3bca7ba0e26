"""The main window's pages, in the navigation's order (Ctrl+1, Ctrl+2, … follow it).

Each page is a module with its ``PAGE`` (see :mod:`safehouse.ui.pages`) and is shown to
the roles it names; adding one (the Schedule, say) is that module and one line here.
"""

from __future__ import annotations

from safehouse.services.permissions import Action
from safehouse.ui import dashboard_page
from safehouse.ui.admin import page_entry as admin_page
from safehouse.ui.community import page_entry as community_page
from safehouse.ui.members import page_entry as members_page
from safehouse.ui.pages import Page
from safehouse.ui.reports import page as reports_page
from safehouse.ui.rooms import page_entry as rooms_page
from safehouse.ui.schedule import page_entry as schedule_page
from safehouse.ui.wellbeing import page_entry as wellbeing_page

PAGES: tuple[Page, ...] = (
    dashboard_page.PAGE,
    members_page.PAGE,
    rooms_page.PAGE,
    schedule_page.PAGE,
    wellbeing_page.PAGE,
    community_page.PAGE,
    reports_page.PAGE,
    admin_page.PAGE,
)

# Where Ctrl+F and Ctrl+N go from a page that has no search or "new" of its own; its
# "new" is offered to whoever has FALLBACK_NEW (known without making the page).
FALLBACK = "members"
FALLBACK_NEW = Action.MEMBER_EDIT
