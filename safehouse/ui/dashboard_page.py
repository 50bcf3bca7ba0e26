"""The dashboard: the community and the house at a glance."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.services import dashboard
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.pages import PageEntry, PageView


class _Tile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(200)
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 24pt; font-weight: bold;")
        self.caption = QLabel(title)
        self.detail = QLabel()
        self.detail.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)


class DashboardPage(QWidget):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.MEMBER, ChangeKind.ROOM, ChangeKind.ASSIGNMENT})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        heading = QLabel(self.tr("Today"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.date_label = QLabel()
        self.members_tile = _Tile(self.tr("Active members"))
        self.beds_tile = _Tile(self.tr("Beds free today"))
        self.residents_tile = _Tile(self.tr("Living in the house"))
        grid = QGridLayout()
        grid.addWidget(self.members_tile, 0, 0)
        grid.addWidget(self.beds_tile, 0, 1)
        grid.addWidget(self.residents_tile, 0, 2)
        later = QLabel(self.tr(
            "The community goal, today's sessions, open alerts and check-ins due will "
            "appear here as those parts of the program arrive."))
        later.setWordWrap(True)
        later.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.date_label)
        layout.addLayout(grid)
        layout.addWidget(later)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        ctx.hub.sig_changed.connect(self._on_hub_changed)
        self.refresh()

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON:
            self.refresh()

    def refresh(self) -> None:
        try:
            f = dashboard.figures(self._ctx.db, self._ctx.actor)
        except SafehouseError as exc:
            messages.account_revoked(exc)
            return
        self.date_label.setText(f.on.isoformat())
        self.members_tile.value.setText(str(f.active_members))
        self.members_tile.detail.setText(
            self.tr("%n member(s) recorded in all", "", f.members_total))
        self.beds_tile.value.setText(str(f.beds_free))
        self.beds_tile.detail.setText(
            self.tr("of {beds} beds in {rooms} rooms").format(beds=f.beds_total, rooms=f.rooms))
        self.residents_tile.value.setText(str(f.residents))
        self.residents_tile.detail.setText(self.tr("people with a bed today"))

    def clear_personal_data(self) -> None:
        """Nothing personal is shown here; figures only."""

    def as_page(self) -> PageView:
        return PageView(self, clear_personal_data=self.clear_personal_data,
                        refresh=self.refresh)


PAGE = PageEntry("dashboard", str(QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
                 lambda ctx: DashboardPage(ctx).as_page())
