"""The community's size today against the goal, with the projection in one line; it
opens the Community page's goal and growth."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from safehouse.changes import ChangeKind
from safehouse.services.dto.community import Growth, TargetProjection
from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.dashboard.sections import SectionEntry, SectionHost, SectionView
from safehouse.ui.dashboard_parts import Tile


class CommunitySection(Tile):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.GOAL, ChangeKind.MEMBER})

    def __init__(self, ctx: AppContext, host: SectionHost,
                 parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.caption.setText(self.tr("Community size"))
        self.setAccessibleName(self.caption.text())
        self.setToolTip(self.tr("Opens the community's goal and growth"))
        self._ctx, self._host = ctx, host
        self.sig_clicked.connect(self._on_clicked)

    def read(self, _today: date) -> Growth:
        from safehouse.services import community  # on the worker (sections.py)

        return community.growth(self._ctx.db, self._ctx.actor)

    def show_found(self, g: Growth) -> None:
        self.show_figure(g.size_today, self.summary(g))

    def summary(self, g: Growth) -> str:
        goal = (self.tr("Goal: {low} to {high} members by {due}.").format(
            low=g.goal.target_low, high=g.goal.target_high, due=g.goal.due_on.isoformat())
            if g.goal else self.tr("No goal is set yet."))
        p = g.projection
        return " ".join((goal, self.tr("At this rate ({rate} a month): {low}; {high}.").format(
            rate=f"{p.per_month:+.1f}", low=self._reach(p.low), high=self._reach(p.high))))

    def _reach(self, t: TargetProjection) -> str:
        if t.reached:
            return self.tr("{target} reached").format(target=t.target)
        if t.on is None:
            return self.tr("{target} not reached").format(target=t.target)
        return self.tr("{target} about {day}").format(target=t.target, day=t.on.isoformat())

    def _on_clicked(self) -> None:
        self._host.go("community", "growth")

    def as_section(self) -> SectionView:
        return SectionView(self, self.read, self.show_found, self.RELOAD_ON)


SECTION = SectionEntry(
    "community", lambda ctx, host: CommunitySection(ctx, host, host.parent).as_section(),
    rights=(Action.COMMUNITY_VIEW,))
