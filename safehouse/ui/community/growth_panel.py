"""The goal and growth: the goal in one line, the chart with the projection in words,
and who joined and left in a chosen period."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehouse import clock
from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.labels import label
from safehouse.models import MembershipEnd
from safehouse.services import community
from safehouse.services.dto.community import Growth, Movement, TargetProjection
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.community.goal_dialog import GoalDialog
from safehouse.ui.community.growth_chart import GrowthChart
from safehouse.ui.context import AppContext
from safehouse.ui.rooms.fields import make_date_edit, to_date
from safehouse.ui.table_model import Column, RowTableModel, setup_view, sorting_proxy

_CONTEXT = "MovementsModel"
WINDOWS = (3, 6, 12, 24)


class MovementsModel(RowTableModel[Movement]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_CONTEXT, (
            Column(QT_TRANSLATE_NOOP("MovementsModel", "Day"), lambda m: m.day.isoformat()),
            Column(QT_TRANSLATE_NOOP("MovementsModel", "Code"), lambda m: m.code),
            Column(QT_TRANSLATE_NOOP("MovementsModel", "Name"), lambda m: m.name),
            Column(QT_TRANSLATE_NOOP("MovementsModel", "What"), _what),
        ), parent)

    def key_of(self, row: Movement) -> int:
        return row.member_id


def _what(m: Movement) -> str:
    if m.joined and m.came_back:
        return QCoreApplication.translate("MovementsModel", "came back")
    if m.joined:
        return QCoreApplication.translate("MovementsModel", "joined")
    if m.ended_as:
        return QCoreApplication.translate("MovementsModel", "left ({how})").format(
            how=label(m.ended_as, MembershipEnd))
    return QCoreApplication.translate("MovementsModel", "left")


class GrowthPanel(QWidget):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.GOAL, ChangeKind.MEMBER})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._growth: Growth | None = None
        self.goal_label = QLabel(self)
        self.goal_label.setWordWrap(True)
        self.goal_label.setStyleSheet("font-weight: bold;")
        self.goal_button = QPushButton(self.tr("Set goa&l…"), self)
        self.goal_button.setVisible(ctx.can(Action.GOAL_EDIT))
        self.correct_button = QPushButton(self.tr("&Correct goal…"), self)
        self.correct_button.setToolTip(self.tr("Correct the current goal (a new goal keeps "
                                               "the earlier ones; a correction changes it)"))
        self.correct_button.setVisible(False)
        self.window_combo = QComboBox(self)
        for months in WINDOWS:
            self.window_combo.addItem(self.tr("last {months} months").format(months=months),
                                      months)
        self.window_combo.setCurrentIndex(WINDOWS.index(community.DEFAULT_WINDOW_MONTHS))
        self.chart = GrowthChart(self)
        self.projection_label = QLabel(self)
        self.projection_label.setWordWrap(True)
        self.projection_label.setObjectName("projectionText")
        today = clock.today()
        self.from_edit = make_date_edit(date(today.year, 1, 1), self)
        self.to_edit = make_date_edit(today, self)
        self.movements = MovementsModel(self)
        self.movements_view = QTableView(self)
        self.movements_view.setModel(sorting_proxy(self.movements, self))
        setup_view(self.movements_view, "community_movements", widths_in_chars=(12, 9, 16),
                   sort_by=(0, Qt.SortOrder.AscendingOrder))
        self.movements_label = QLabel(self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.goal_label, 1)
        top.addWidget(QLabel(self.tr("Trend over the"), self))
        top.addWidget(self.window_combo)
        top.addWidget(self.goal_button)
        top.addWidget(self.correct_button)
        chart_part = QWidget(self)
        chart_layout = QVBoxLayout(chart_part)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addLayout(top)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(self.projection_label)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Joined and left from"), self))
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.to_edit)
        period.addWidget(self.movements_label, 1)
        list_part = QWidget(self)
        list_layout = QVBoxLayout(list_part)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(period)
        list_layout.addWidget(self.movements_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(chart_part)
        splitter.addWidget(list_part)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect_signals(self) -> None:
        self.goal_button.clicked.connect(self.open_goal_dialog)
        self.correct_button.clicked.connect(self.open_correction_dialog)
        self.window_combo.currentIndexChanged.connect(self.reload)
        self.from_edit.dateChanged.connect(self._reload_movements)
        self.to_edit.dateChanged.connect(self._reload_movements)
        self._ctx.hub.sig_changed.connect(self._on_hub_changed)

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and self.isEnabled():
            self.reload()

    # --- reading ---------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self._growth = community.growth(self._ctx.db, self._ctx.actor,
                                            window_months=int(self.window_combo.currentData()))
        except SafehouseError as exc:
            self._growth = None
            self.projection_label.setText("" if messages.account_revoked(exc) else exc.message)
        self.chart.show_growth(self._growth)
        self.correct_button.setVisible(self._ctx.can(Action.GOAL_EDIT) and self._growth
                                       is not None and self._growth.goal is not None)
        if self._growth is not None:
            self.goal_label.setText(self.goal_text(self._growth))
            self.projection_label.setText(self.projection_text(self._growth))
        self._reload_movements()

    def _reload_movements(self) -> None:
        start, end = to_date(self.from_edit.date()), to_date(self.to_edit.date())
        if end < start:
            self.movements.clear()
            self.movements_label.setText(self.tr("The period ends before it starts."))
            return
        try:
            rows = community.joins_and_leaves(self._ctx.db, self._ctx.actor, start, end)
        except SafehouseError as exc:
            self.movements.clear()
            self.movements_label.setText("" if messages.account_revoked(exc) else exc.message)
            return
        self.movements.set_rows(rows)
        joined = sum(1 for m in rows if m.joined)
        self.movements_label.setText(self.tr("{joined} joined or came back, {left} left")
                                     .format(joined=joined, left=len(rows) - joined))

    def goal_text(self, g: Growth) -> str:
        if g.goal is None:
            return self.tr("{size} members today. No goal is set yet.").format(
                size=g.size_today)
        return self.tr("{size} members today; the goal: {low} to {high} members by {due} "
                       "(from {start}).").format(
            size=g.size_today, low=g.goal.target_low, high=g.goal.target_high,
            due=g.goal.due_on.isoformat(), start=g.goal.start_on.isoformat())

    def projection_text(self, g: Growth) -> str:
        p = g.projection
        method = self.tr("Trend from {start} to {end} (a least-squares line through the "
                         "size on each day): {rate} members a month.").format(
            start=p.window_start.isoformat(), end=p.window_end.isoformat(),
            rate=f"{p.per_month:+.1f}")
        return " ".join((method, self._reach_text(p.low), self._reach_text(p.high)))

    def _reach_text(self, t: TargetProjection) -> str:
        if t.reached:
            return self.tr("{target} members: reached.").format(target=t.target)
        if t.on is None:
            return self.tr("{target} members: not reached at this rate.").format(
                target=t.target)
        return self.tr("{target} members: about {day}.").format(target=t.target,
                                                                 day=t.on.isoformat())

    def clear(self) -> None:
        self._growth = None
        self.chart.show_growth(None)
        self.movements.clear()
        for lbl in (self.goal_label, self.projection_label, self.movements_label):
            lbl.clear()

    # --- the goal --------------------------------------------------------------------

    def open_goal_dialog(self) -> QDialog:
        dialog = GoalDialog(self._ctx, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_correction_dialog(self) -> QDialog | None:
        """Correct the current goal (its start, band, due date or note)."""
        goal = self._growth.goal if self._growth is not None else None
        if goal is None or not self._ctx.can(Action.GOAL_EDIT):
            return None
        dialog = GoalDialog(self._ctx, goal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
