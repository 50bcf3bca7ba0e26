"""The Care plan tab: a member's goals by area, each with its target date and status
(overdue marked by colour, icon and word), and the updates of the chosen goal.

The notes of updates are confidential: the plan is read only while the tab is on screen,
the first reading after the user chose a member is an opening (``Read.OPEN``, audited
once when the notes are shown), later ones a refresh (see
:mod:`safehouse.ui.members.confidential_tab`). A role that may not read the notes sees the goals,
their statuses and the dates of their updates.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.labels import label
from safehouse.models import CareArea, GoalStatus
from safehouse.services import care_plans
from safehouse.services.dto.care_plans import AREAS, STATUSES, CareGoalInfo, GoalUpdateInfo
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.members.care_plan_dialogs import CareGoalDialog, CareUpdateDialog
from safehouse.ui.members.confidential_tab import ConfidentialTab
from safehouse.ui.members.tabs import MemberTabEntry, MemberTabView, button_row
from safehouse.ui.single_dialog import DialogSlot
from safehouse.ui.table_model import ID_ROLE, Column, RowTableModel, setup_view, sorting_proxy

OVERDUE_COLOUR = QColor("#b00020")
_GOALS = "CarePlanGoals"
_UPDATES = "CarePlanUpdates"


def target_text(g: CareGoalInfo) -> str:
    if g.target_on is None:
        return ""
    if g.overdue:
        return QCoreApplication.translate("CarePlanGoals", "{day} · overdue").format(
            day=g.target_on.isoformat())
    return g.target_on.isoformat()


def _area_order(g: CareGoalInfo) -> str:
    index = AREAS.index(g.area) if g.area in AREAS else len(AREAS)
    return f"{index:02d} {g.target_on.isoformat() if g.target_on else '9999'} {g.id:09d}"


class GoalsModel(RowTableModel[CareGoalInfo]):
    """The goals; an overdue goal's target date and status in red, with a warning icon
    and the word "overdue" (never the colour alone)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_GOALS, (
            Column(QT_TRANSLATE_NOOP("CarePlanGoals", "Area"),
                   lambda g: label(g.area, CareArea), _area_order),
            Column(QT_TRANSLATE_NOOP("CarePlanGoals", "Status"),
                   lambda g: label(g.status, GoalStatus),
                   lambda g: STATUSES.index(g.status) if g.status in STATUSES else 9),
            Column(QT_TRANSLATE_NOOP("CarePlanGoals", "Target date"), target_text,
                   lambda g: g.target_on.isoformat() if g.target_on else "9999"),
            Column(QT_TRANSLATE_NOOP("CarePlanGoals", "Last update"),
                   lambda g: g.last_update_on.isoformat() if g.last_update_on else "",
                   lambda g: g.last_update_on.isoformat() if g.last_update_on else ""),
            Column(QT_TRANSLATE_NOOP("CarePlanGoals", "Goal"), lambda g: g.text,
                   tooltip=lambda g: g.text),
        ), parent)
        self._warning = QStyle.StandardPixmap.SP_MessageBoxWarning

    def key_of(self, row: CareGoalInfo) -> int:
        return row.id

    def extra_data(self, row: CareGoalInfo, col: int, role: int) -> Any:
        if not row.overdue or col not in (1, 2):
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and col == 2:
            return QApplication.style().standardIcon(self._warning)
        return None


def _status_change(u: GoalUpdateInfo) -> str:
    if u.changed_status:
        return f"{label(u.status_before, GoalStatus)} → {label(u.status, GoalStatus)}"
    return label(u.status, GoalStatus)


class UpdatesModel(RowTableModel[GoalUpdateInfo]):
    def __init__(self, notes_hidden_text: str, parent: QObject | None = None) -> None:
        self.notes_shown = True
        self._hidden = notes_hidden_text
        super().__init__(_UPDATES, (
            Column(QT_TRANSLATE_NOOP("CarePlanUpdates", "Date"),
                   lambda u: u.day.isoformat(), lambda u: f"{u.day.isoformat()} {u.id:09d}"),
            Column(QT_TRANSLATE_NOOP("CarePlanUpdates", "Status"), _status_change),
            Column(QT_TRANSLATE_NOOP("CarePlanUpdates", "By"), lambda u: u.author),
            Column(QT_TRANSLATE_NOOP("CarePlanUpdates", "Note"), self._note,
                   tooltip=self._note),
        ), parent)

    def _note(self, u: GoalUpdateInfo) -> str:
        return u.note.replace("\n", " ") if self.notes_shown else self._hidden

    def key_of(self, row: GoalUpdateInfo) -> int:
        return row.id


class CarePlanTab(ConfidentialTab):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.CARE_PLAN, ChangeKind.MEMBER})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._dialogs = DialogSlot(self)
        self._can_edit = ctx.can(Action.CARE_PLAN_EDIT)
        self._goals: list[CareGoalInfo] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.privacy = QLabel(self)
        self.privacy.setWordWrap(True)
        self.goals = GoalsModel(self)
        self.goals_view = QTableView(self)
        self.goals_view.setModel(sorting_proxy(self.goals, self))
        setup_view(self.goals_view, "member_care_goals", widths_in_chars=(14, 11, 25, 11),
                   sort_by=(0, Qt.SortOrder.AscendingOrder))
        self.history_label = QLabel(self)
        self.updates = UpdatesModel(self.tr("(not shown for your role)"), self)
        self.updates_view = QTableView(self)
        self.updates_view.setModel(sorting_proxy(self.updates, self))
        setup_view(self.updates_view, "member_care_updates", widths_in_chars=(11, 22, 14),
                   sort_by=(0, Qt.SortOrder.DescendingOrder))
        self.add_goal_button = QPushButton(self.tr("&Add goal…"), self)
        self.edit_goal_button = QPushButton(self.tr("Correc&t goal…"), self)
        self.add_update_button = QPushButton(self.tr("Add &update…"), self)
        self.button_row = button_row(
            self, (self.add_goal_button, self.edit_goal_button, self.add_update_button),
            shown=self._can_edit)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_label)
        lower_layout.addWidget(self.updates_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.goals_view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.privacy)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.button_row)
        self._connect_signals()
        self._show_chosen()

    def _connect_signals(self) -> None:
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.add_update_button.clicked.connect(self.add_update)
        self.goals_view.doubleClicked.connect(self._on_goals_view_double_clicked)
        self.goals_view.selectionModel().selectionChanged.connect(self._show_chosen)

    # --- loading ---------------------------------------------------------------------

    def _let_go(self) -> None:
        self._goals = []
        self.goals.clear()
        self.summary.clear()
        self.privacy.clear()
        self._show_chosen()

    def reload(self) -> None:
        self._stale = False
        if self._member_id is None:
            self.goals.clear()
            self._show_chosen()
            return
        keep = self.chosen_goal()
        try:
            plan = care_plans.member_plan(self._ctx.db, self._ctx.actor, self._member_id,
                                          purpose=self._purpose())
            self._opened()
        except SafehouseError as exc:
            self._goals = []
            self.goals.clear()
            if not messages.account_revoked(exc):
                messages.show_error(self, exc)
            self._show_chosen()
            return
        self._goals = list(plan.goals)
        self.updates.notes_shown = plan.notes_shown
        self.goals.set_rows(self._goals)
        overdue = len(plan.overdue)
        self.summary.setText(
            self.tr("No goals yet.") if not plan.goals else
            self.tr("Goals: {count} · overdue: {overdue}").format(count=len(plan.goals),
                                                                  overdue=overdue))
        self.privacy.setText(
            self.tr("The notes of updates are confidential; opening this plan is recorded.")
            if plan.notes_shown else
            self.tr("The notes of updates are confidential: your role sees the goals, "
                    "their statuses and the dates of their updates."))
        if keep is not None:
            self.choose_goal(keep.id)
        elif self._goals:
            self.goals_view.selectRow(0)
        self._show_chosen()

    # --- the chosen goal -------------------------------------------------------------

    def chosen_goal(self) -> CareGoalInfo | None:
        rows = self.goals_view.selectionModel().selectedRows()
        key = rows[0].data(ID_ROLE) if rows else None
        return next((g for g in self._goals if g.id == key), None)

    def choose_goal(self, goal_id: int) -> bool:
        model = self.goals_view.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == goal_id:
                self.goals_view.selectRow(row)
                return True
        return False

    def _show_chosen(self) -> None:
        goal = self.chosen_goal()
        self.updates.set_rows(list(goal.updates) if goal else [])
        self.history_label.setText(
            self.tr("Updates of “{goal}”: {count}").format(goal=goal.text,
                                                            count=len(goal.updates))
            if goal else self.tr("Choose a goal to see its updates."))
        self.add_goal_button.setEnabled(self._member_id is not None)
        self.edit_goal_button.setEnabled(goal is not None)
        self.add_update_button.setEnabled(goal is not None)

    # --- actions ---------------------------------------------------------------------

    def _open(self, dialog: CareGoalDialog | CareUpdateDialog) -> None:
        self._dialogs.open(dialog)

    def add_goal(self) -> CareGoalDialog | None:
        if self._member_id is None or not self._can_edit:
            return None
        dialog = CareGoalDialog(self._ctx, self._member_id, None, self)
        self._open(dialog)
        return dialog

    def edit_goal(self) -> CareGoalDialog | None:
        goal = self.chosen_goal()
        if goal is None or self._member_id is None or not self._can_edit:
            return None
        dialog = CareGoalDialog(self._ctx, self._member_id, goal, self)
        self._open(dialog)
        return dialog

    def add_update(self) -> CareUpdateDialog | None:
        goal = self.chosen_goal()
        if goal is None or not self._can_edit:
            return None
        dialog = CareUpdateDialog(self._ctx, goal, self)
        self._open(dialog)
        return dialog

    def _on_goals_view_double_clicked(self) -> None:
        self.add_update()

    def as_tab(self) -> MemberTabView:
        return MemberTabView(self, self.set_member)


TAB = MemberTabEntry("care_plan", str(QT_TRANSLATE_NOOP("MembersPage", "&Care plan")),
                     lambda ctx, parent: CarePlanTab(ctx, parent).as_tab(),
                     right=Action.CARE_PLAN_VIEW)
