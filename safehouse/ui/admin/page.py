"""The Admin page: users, the audit log, backups, settings — each tab shown only to
the roles that may use it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from safehouse.services.permissions import Action
from safehouse.ui.admin.audit_tab import AuditTab
from safehouse.ui.admin.backups_tab import BackupsTab
from safehouse.ui.admin.settings_tab import SettingsTab
from safehouse.ui.admin.users_tab import UsersTab
from safehouse.ui.context import AppContext
from safehouse.ui.pages import PageView


class AdminPage(QWidget):
    """``sig_restored(message)``: a backup replaced the database; everyone logs in
    again."""

    sig_restored = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.tabs = QTabWidget(self)
        self.users_tab: UsersTab | None = None
        self.audit_tab: AuditTab | None = None
        self.backups_tab: BackupsTab | None = None
        self.settings_tab: SettingsTab | None = None
        if ctx.can(Action.USER_VIEW):
            self.users_tab = UsersTab(ctx)
            self.tabs.addTab(self.users_tab, self.tr("&Users"))
        if ctx.can(Action.AUDIT_VIEW):
            self.audit_tab = AuditTab(ctx)
            self.tabs.addTab(self.audit_tab, self.tr("&Audit log"))
        if ctx.can(Action.BACKUP_MAKE):
            self.backups_tab = BackupsTab(ctx)
            self.backups_tab.sig_restored.connect(self.sig_restored)
            self.tabs.addTab(self.backups_tab, self.tr("&Backups"))
        if ctx.can(Action.SETTINGS_EDIT):
            self.settings_tab = SettingsTab(ctx)
            self.tabs.addTab(self.settings_tab, self.tr("&Settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    @property
    def is_empty(self) -> bool:
        """True for a role that may use none of the tabs (the page is then hidden)."""
        return self.tabs.count() == 0

    def clear_personal_data(self) -> None:
        for tab in (self.users_tab, self.audit_tab, self.backups_tab, self.settings_tab):
            if tab is not None:
                tab.clear_personal_data()

    def refresh(self) -> None:
        """After an unlock: the users, audit and backups tabs read their lists when they
        come into view (the one on screen does so as the window uncovers it), so only
        the settings are read again here."""
        if self.settings_tab is not None:
            self.settings_tab.refresh()

    def as_page(self) -> PageView:
        return PageView(self, clear_personal_data=self.clear_personal_data,
                        refresh=self.refresh, sig_logout=self.sig_restored)

