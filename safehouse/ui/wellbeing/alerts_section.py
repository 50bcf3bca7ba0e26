"""The dashboard's open wellbeing alerts (repatriation threat, PHQ-9 question 9, a top
band), for managers, counselors and administrators: each acknowledged with a short
note, or opened on the member's Check-ins tab. A section of the dashboard
(:mod:`safehouse.ui.dashboard.sections`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehouse.changes import ChangeKind
from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.dashboard.sections import SectionEntry, SectionHost, SectionView
from safehouse.ui.members.tabs import MemberTarget
from safehouse.ui.table_model import ID_ROLE, Column, RowTableModel, setup_view
from safehouse.ui.wellbeing.alert_words import alert_reason

if TYPE_CHECKING:
    from safehouse.services.dto.wellbeing import AlertInfo
    from safehouse.ui.wellbeing.acknowledge_dialog import AcknowledgeDialog

CHECKINS_TAB = "checkins"


# "AlertInfo" named, not imported: the DTOs come with the first read (on its worker),
# not with the window's modules.
class AlertsModel(RowTableModel["AlertInfo"]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("AlertsModel", (
            Column(QT_TRANSLATE_NOOP("AlertsModel", "Date"), lambda a: a.taken_on.isoformat()),
            Column(QT_TRANSLATE_NOOP("AlertsModel", "Member"),
                   lambda a: f"{a.member_code} {a.member_name}"),
            Column(QT_TRANSLATE_NOOP("AlertsModel", "Why"), alert_reason,
                   tooltip=alert_reason),
        ), parent)
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def key_of(self, row: AlertInfo) -> int:
        return row.id

    # Sorted here, not by a proxy: a network's thousands of open alerts sorted by
    # QSortFilterProxyModel call data() tens of thousands of times on the GUI thread
    # (a third of a second each time the dashboard reads them); Python's sort asks each
    # row's key once.

    def _sorted(self, rows: Sequence[AlertInfo]) -> list[AlertInfo]:
        column, order = self._order
        if not 0 <= column < len(self._columns):
            return list(rows)
        return sorted(rows, key=self._columns[column].sort_value,
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows: Sequence[AlertInfo]) -> None:
        super().set_rows(self._sorted(rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By a header's click (the view's sorting); the selection stays on its row."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = [(index, self.key_of(row)) for index in self.persistentIndexList()
                  if (row := self.row_at(index)) is not None]
        self._rows = self._sorted(self._rows)
        where = {self.key_of(row): i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            [index for index, _ in before],
            [self.index(where[key], index.column()) for index, key in before])
        self.layoutChanged.emit()


class AlertsSection(QGroupBox):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.WELLBEING_RESPONSE, ChangeKind.WELLBEING_ALERT, ChangeKind.MEMBER})

    def __init__(self, ctx: AppContext, host: SectionHost,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Open alerts"))
        self._ctx, self._host = ctx, host
        self.alerts = AlertsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.alerts)  # it sorts itself (see AlertsModel)
        setup_view(self.view, "dashboard_alerts", widths_in_chars=(11, 18),
                   sort_by=(0, Qt.SortOrder.DescendingOrder), compact_rows=True)
        self.view.setMaximumHeight(self.view.fontMetrics().height() * 10)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.acknowledge_button = QPushButton(self.tr("A&cknowledge…"), self)
        self.open_button = QPushButton(self.tr("Open her chec&k-ins"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.label, 1)
        buttons.addWidget(self.acknowledge_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.view.activated.connect(self.open_selected)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def read(self, _today: date) -> list[AlertInfo]:
        from safehouse.services import wellbeing_alerts  # on the worker (sections.py)

        return wellbeing_alerts.open_alerts(self._ctx.db, self._ctx.actor)

    def show_found(self, rows: list[AlertInfo]) -> None:
        self.alerts.set_rows(rows)
        self.label.setText(self.tr("No open alerts.") if not rows else self.tr(
            "{count} open: each stays here until someone acknowledges it with a note.")
            .format(count=len(rows)))
        self.view.setVisible(bool(rows))
        self._enable()

    def show_loading(self) -> None:
        self.label.setText(self.tr("Loading…"))
        self.view.setVisible(False)

    def clear_personal_data(self) -> None:
        self.alerts.clear()
        self._enable()

    def selected(self) -> AlertInfo | None:
        rows = self.view.selectionModel().selectedRows()
        key = rows[0].data(ID_ROLE) if rows else None
        return self.alerts.row_at(self.alerts.row_of(key)) if isinstance(key, int) else None

    def _enable(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.acknowledge_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

    def acknowledge_selected(self) -> AcknowledgeDialog | None:
        from safehouse.ui.wellbeing.acknowledge_dialog import AcknowledgeDialog  # on use

        alert = self.selected()
        if alert is None:
            return None
        dialog = AcknowledgeDialog(self._ctx, alert, self._host.parent)
        self._host.open_dialog(dialog)
        return dialog

    def open_selected(self, *_args: object) -> None:
        alert = self.selected()
        if alert is not None:
            self._host.go("members", MemberTarget(alert.member_id, CHECKINS_TAB))

    def as_section(self) -> SectionView:
        return SectionView(self, self.read, self.show_found, self.RELOAD_ON, span=3,
                           clear_personal_data=self.clear_personal_data,
                           loading=self.show_loading)


SECTION = SectionEntry(
    "wellbeing_alerts",
    lambda ctx, host: AlertsSection(ctx, host, host.parent).as_section(),
    rights=(Action.WELLBEING_ALERTS,))
