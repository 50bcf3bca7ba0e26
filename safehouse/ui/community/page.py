"""The Community page: the goal and growth, who reached whom, events and attendance,
each on its tab. Ctrl+N adds an event, Ctrl+F searches the events."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from safehouse.services.permissions import Action
from safehouse.ui.community.events_panel import EventsPanel
from safehouse.ui.community.growth_panel import GrowthPanel
from safehouse.ui.community.referral_panel import ReferralPanel
from safehouse.ui.context import AppContext
from safehouse.ui.pages import PageView


class CommunityPage(QWidget):
    """Reads what it shows when made and after the idle lock; each tab refreshes itself
    from the change hub (their ``RELOAD_ON``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.growth = GrowthPanel(ctx, self)
        self.referrals = ReferralPanel(ctx, self)
        self.events = EventsPanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.growth, self.tr("&Goal and growth"))
        self.tabs.addTab(self.referrals, self.tr("&Who reached whom"))
        self.tabs.addTab(self.events, self.tr("&Events and attendance"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        self.setEnabled(True)
        self.growth.reload()
        self.referrals.reload()
        self.events.reload()

    def clear_personal_data(self) -> None:
        """The idle lock: nothing of anyone is left on screen or read until refresh."""
        self.setEnabled(False)
        self.growth.clear()
        self.referrals.clear()
        self.events.clear()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.events)
        self.events.search.setFocus()
        self.events.search.selectAll()

    def create_new(self) -> None:
        self.tabs.setCurrentWidget(self.events)
        self.events.create_new()

    def go_to(self, target: object) -> None:
        """Show a tab: "growth", "referrals" or "events"."""
        tab = {"growth": self.growth, "referrals": self.referrals,
               "events": self.events}.get(str(target))
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def as_page(self) -> PageView:
        return PageView(self, find=self.focus_search,
                        new=self.create_new if self._ctx.can(Action.EVENT_EDIT) else None,
                        clear_personal_data=self.clear_personal_data, refresh=self.refresh,
                        go_to=self.go_to)

