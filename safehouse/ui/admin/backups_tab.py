"""Admin tab: Backups and restore. (Being built; the owner replaces this file.)"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from safehouse.ui.context import AppContext


class BackupsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Backups and restore")))

    def refresh(self) -> None:
        pass

    def clear_personal_data(self) -> None:
        pass
