"""The dashboard's check-ins due: how many members are due a yearly check-in or a
follow-up screening; the list behind it opens a member's Check-ins tab. A section of
the dashboard (:mod:`safehouse.ui.dashboard.sections`)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QWidget

from safehouse.changes import ChangeKind
from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.dashboard.sections import SectionEntry, SectionHost, SectionView
from safehouse.ui.dashboard_parts import Entry, ListDialog, Tile
from safehouse.ui.members.tabs import MemberTarget

if TYPE_CHECKING:  # the DTOs come with the first read (on its worker)
    from safehouse.services.dto.wellbeing import DueCheckIn


class DueSection(Tile):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.WELLBEING_RESPONSE, ChangeKind.MEMBER, ChangeKind.SETTING})

    def __init__(self, ctx: AppContext, host: SectionHost,
                 parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.caption.setText(self.tr("Check-ins due"))
        self.setAccessibleName(self.caption.text())
        self.setToolTip(self.tr("Opens the list of who is due a check-in or a screening"))
        self._ctx, self._host = ctx, host
        self.rows: list[DueCheckIn] = []
        self.sig_clicked.connect(self.open_list)

    def read(self, today: date) -> list[DueCheckIn]:
        from safehouse.services import wellbeing_figures  # on the worker (sections.py)

        return wellbeing_figures.due_check_ins(self._ctx.db, self._ctx.actor, today)

    def show_found(self, rows: list[DueCheckIn]) -> None:
        from safehouse.services.dto.wellbeing import DueReason  # loaded by the read

        self.rows = rows
        yearly = sum(1 for d in self.rows if d.reason == DueReason.YEARLY)
        self.show_figure(len(self.rows), self.tr(
            "yearly check-ins: {yearly} · screenings to repeat: {screenings}").format(
            yearly=yearly, screenings=len(self.rows) - yearly))

    @staticmethod
    def line(d: DueCheckIn) -> str:
        from safehouse.ui.wellbeing.due_list import what_text, why_text  # the list's words

        return f"{d.member_code} {d.member_name} · {what_text(d)} · {why_text(d)}"

    def open_list(self) -> ListDialog:
        dialog = ListDialog(
            self.tr("Check-ins due"),
            self.tr("Open a line to see her check-ins and record one."),
            [Entry(self.line(d), "members", MemberTarget(d.member_id, "checkins"))
             for d in self.rows],
            self.tr("Nobody is due a check-in or a screening."),
            self.tr("&Open her check-ins"), self._host.parent)
        self._host.show_list(dialog)
        return dialog

    def clear_personal_data(self) -> None:
        self.rows = []

    def as_section(self) -> SectionView:
        return SectionView(self, self.read, self.show_found, self.RELOAD_ON,
                           clear_personal_data=self.clear_personal_data)


SECTION = SectionEntry(
    "wellbeing_due", lambda ctx, host: DueSection(ctx, host, host.parent).as_section(),
    rights=(Action.WELLBEING_VIEW,))
