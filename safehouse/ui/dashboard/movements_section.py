"""Who joined, came back or left this month (from the membership periods); the list
behind it opens the member."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from safehouse.changes import ChangeKind
from safehouse.services.dto.community import Movement
from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.dashboard.sections import SectionEntry, SectionHost, SectionView
from safehouse.ui.dashboard_parts import Entry, ListDialog, Tile


def month_of(day: date) -> tuple[date, date]:
    """The first and the last day of ``day``'s month."""
    first = day.replace(day=1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, date.fromordinal(following.toordinal() - 1)


class MovementsSection(Tile):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset({ChangeKind.MEMBER})

    def __init__(self, ctx: AppContext, host: SectionHost,
                 parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.caption.setText(self.tr("Joined or left this month"))
        self.setAccessibleName(self.caption.text())
        self.setToolTip(self.tr("Opens the list of who joined, came back or left"))
        self._ctx, self._host = ctx, host
        self.rows: list[Movement] = []
        self.sig_clicked.connect(self.open_list)

    def read(self, today: date) -> tuple[date, list[Movement]]:
        from safehouse.services import community  # on the worker (sections.py)

        first, _last = month_of(today)
        return first, community.joins_and_leaves(self._ctx.db, self._ctx.actor, first, today)

    def show_found(self, found: tuple[date, list[Movement]]) -> None:
        first, self.rows = found
        joined = sum(1 for m in self.rows if m.joined)
        self.show_figure(len(self.rows), self.tr(
            "joined or came back: {joined} · left: {left} (since {first})").format(
            joined=joined, left=len(self.rows) - joined, first=first.isoformat()))

    def _line(self, m: Movement) -> str:
        what = (self.tr("came back") if m.joined and m.came_back
                else self.tr("joined") if m.joined else self.tr("left"))
        return f"{m.day.isoformat()} · {m.code} {m.name} · {what}"

    def open_list(self) -> None:
        self._host.show_list(ListDialog(
            self.tr("Joined or left this month"),
            self.tr("Open a line to see the member."),
            [Entry(self._line(m), "members", m.member_id) for m in self.rows],
            self.tr("Nobody joined or left this month."), self.tr("&Open the member"),
            self._host.parent))

    def clear_personal_data(self) -> None:
        self.rows = []

    def as_section(self) -> SectionView:
        return SectionView(self, self.read, self.show_found, self.RELOAD_ON,
                           clear_personal_data=self.clear_personal_data)


SECTION = SectionEntry(
    "movements", lambda ctx, host: MovementsSection(ctx, host, host.parent).as_section(),
    rights=(Action.COMMUNITY_VIEW,))
