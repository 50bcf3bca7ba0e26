"""The dashboard's wellbeing part: open alerts (repatriation threat, PHQ-9 item 9, a top
band) for managers and counselors, each acknowledged with a note or opened on the
member's Check-ins tab, and the check-ins and screenings due.

The dashboard adds it with one line; ``sig_go(page, target)`` asks the window to show
a member's Check-ins tab (target: :class:`~safehouse.ui.members.tabs.MemberTarget`).
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.services import wellbeing_alerts, wellbeing_figures
from safehouse.services.dto.wellbeing import AlertInfo
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.members.tabs import MemberTarget
from safehouse.ui.table_model import ID_ROLE, Column, RowTableModel, setup_view, sorting_proxy
from safehouse.ui.wellbeing.acknowledge_dialog import AcknowledgeDialog
from safehouse.ui.wellbeing.alert_words import alert_reason
from safehouse.ui.wellbeing.due_list import DueModel


class AlertsModel(RowTableModel[AlertInfo]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("AlertsModel", (
            Column(QT_TRANSLATE_NOOP("AlertsModel", "Date"), lambda a: a.taken_on.isoformat()),
            Column(QT_TRANSLATE_NOOP("AlertsModel", "Member"),
                   lambda a: f"{a.member_code} {a.member_name}"),
            Column(QT_TRANSLATE_NOOP("AlertsModel", "Why"), alert_reason,
                   tooltip=alert_reason),
        ), parent)

    def key_of(self, row: AlertInfo) -> int:
        return row.id


class WellbeingPart(QWidget):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.WELLBEING_RESPONSE, ChangeKind.WELLBEING_ALERT, ChangeKind.MEMBER})

    sig_go = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._dialog: QDialog | None = None
        self.sees_alerts = ctx.can(Action.WELLBEING_ALERTS)
        self.alerts = AlertsModel(self)
        self.alerts_view = QTableView(self)
        self.alerts_view.setModel(sorting_proxy(self.alerts, self))
        setup_view(self.alerts_view, "dashboard_alerts", widths_in_chars=(11, 18),
                   sort_by=(0, Qt.SortOrder.DescendingOrder), compact_rows=True)
        self.alerts_label = QLabel(self)
        self.alerts_label.setWordWrap(True)
        self.acknowledge_button = QPushButton(self.tr("A&cknowledge…"), self)
        self.open_button = QPushButton(self.tr("Open her chec&k-ins"), self)
        alerts_box = QGroupBox(self.tr("Open alerts"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.acknowledge_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        box_layout = QVBoxLayout(alerts_box)
        box_layout.addWidget(self.alerts_label)
        box_layout.addWidget(self.alerts_view)
        box_layout.addLayout(buttons)
        alerts_box.setVisible(self.sees_alerts)
        self.due = DueModel(self)
        self.due_view = QTableView(self)
        self.due_view.setModel(sorting_proxy(self.due, self))
        setup_view(self.due_view, "dashboard_due", widths_in_chars=(9, 16, 16),
                   sort_by=(0, Qt.SortOrder.AscendingOrder), compact_rows=True)
        self.due_label = QLabel(self)
        self.due_label.setWordWrap(True)
        due_box = QGroupBox(self.tr("Check-ins due"), self)
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.due_label)
        due_layout.addWidget(self.due_view)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(alerts_box, 1)
        layout.addWidget(due_box, 1)
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.alerts_view.activated.connect(self._on_open_button_clicked)
        self.due_view.activated.connect(self._on_due_view_activated)
        self.alerts_view.selectionModel().selectionChanged.connect(self._enable)
        ctx.hub.sig_changed.connect(self._on_hub_changed)
        self.refresh()

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON:
            self.refresh()

    def refresh(self) -> None:
        if not self._ctx.can(Action.WELLBEING_VIEW):
            return
        db, actor = self._ctx.db, self._ctx.actor
        try:
            alerts = wellbeing_alerts.open_alerts(db, actor) if self.sees_alerts else []
            due = wellbeing_figures.due_check_ins(db, actor)
        except SafehouseError as exc:
            messages.account_revoked(exc)
            return
        self.alerts.set_rows(alerts)
        self.alerts_label.setText(
            self.tr("No open alerts.") if not alerts else self.tr(
                "{count} open: each stays here until someone acknowledges it with a note.")
            .format(count=len(alerts)))
        self.alerts_view.setVisible(bool(alerts))
        self.due.set_rows(due)
        self.due_label.setText(self.tr("Nobody is due.") if not due else self.tr(
            "{count} due. Open a line to see her check-ins.").format(count=len(due)))
        self.due_view.setVisible(bool(due))
        self._enable()

    def clear(self) -> None:
        if self._dialog is not None:
            self._dialog.reject()
        self.alerts.clear()
        self.due.clear()

    def selected_alert(self) -> AlertInfo | None:
        rows = self.alerts_view.selectionModel().selectedRows()
        if not rows:
            return None
        key = rows[0].data(ID_ROLE)
        at = self.alerts.row_of(key) if isinstance(key, int) else -1
        return self.alerts.row_at(at)

    def _enable(self, *_args: object) -> None:
        chosen = self.selected_alert() is not None
        self.acknowledge_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

    def acknowledge_selected(self) -> AcknowledgeDialog | None:
        alert = self.selected_alert()
        if alert is None:
            return None
        dialog = AcknowledgeDialog(self._ctx, alert, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_finished(self, _result: int) -> None:
        self._dialog = None

    def _on_open_button_clicked(self, *_args: object) -> None:
        alert = self.selected_alert()
        if alert is not None:
            self.sig_go.emit("members", MemberTarget(alert.member_id, "checkins"))

    def _on_due_view_activated(self, *_args: object) -> None:
        rows = self.due_view.selectionModel().selectedRows()
        key = rows[0].data(ID_ROLE) if rows else None
        if isinstance(key, int):
            self.sig_go.emit("members", MemberTarget(key, "checkins"))
