"""Overdue care-plan goals: for managers every member's; for a counselor those of the
members she counsels (in her sessions of the last year or to come). The list behind it
opens the member's care plan."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from safehouse.changes import ChangeKind
from safehouse.labels import label
from safehouse.models import CareArea
from safehouse.services.dto.care_plans import OverdueGoal, OverdueGoals
from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.dashboard.sections import SectionEntry, SectionHost, SectionView
from safehouse.ui.dashboard_parts import Entry, ListDialog, Tile
from safehouse.ui.members.tabs import MemberTarget


class CarePlanSection(Tile):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.CARE_PLAN, ChangeKind.MEMBER})

    def __init__(self, ctx: AppContext, host: SectionHost,
                 parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.caption.setText(self.tr("Overdue care-plan goals"))
        self.setAccessibleName(self.caption.text())
        self.setToolTip(self.tr("Opens the goals past their target date"))
        self._ctx, self._host = ctx, host
        self.found: OverdueGoals | None = None
        self.sig_clicked.connect(self.open_list)

    def read(self, today: date) -> OverdueGoals:
        from safehouse.services import care_plans  # on the worker (sections.py)

        return care_plans.overdue_goals(self._ctx.db, self._ctx.actor, today)

    def show_found(self, found: OverdueGoals) -> None:
        self.found = found
        if self.found.scope == "unlisted":
            detail = self.tr("none shown: you are not on the counselors' list (ask a "
                             "manager)")
        elif self.found.scope == "mine":
            detail = self.tr("of the members you counsel (sessions in the last year "
                             "or booked)")
        else:
            detail = self.tr("past their target date, neither achieved nor set aside")
        self.show_figure(len(self.found.goals), detail)

    def _line(self, g: OverdueGoal) -> str:
        late = self.tr("due {day}, {days} days ago").format(day=g.target_on.isoformat(),
                                                            days=g.days_overdue)
        return f"{g.member_code} {g.member_name} · {label(g.area, CareArea)} · {g.text} · {late}"

    def open_list(self) -> None:
        goals = self.found.goals if self.found else ()
        self._host.show_list(ListDialog(
            self.tr("Overdue care-plan goals"),
            self.tr("The longest overdue first. Open a line to see the member's care plan."),
            [Entry(self._line(g), "members", MemberTarget(g.member_id, "care_plan"))
             for g in goals],
            self.tr("No goal is overdue."), self.tr("&Open the care plan"),
            self._host.parent))

    def clear_personal_data(self) -> None:
        self.found = None

    def as_section(self) -> SectionView:
        return SectionView(self, self.read, self.show_found, self.RELOAD_ON,
                           clear_personal_data=self.clear_personal_data)


SECTION = SectionEntry(
    "care_plans", lambda ctx, host: CarePlanSection(ctx, host, host.parent).as_section(),
    rights=(Action.CARE_PLAN_EDIT,))
