"""Admin tab: users and roles. The accounts with their state; for an administrator,
new accounts, roles, password resets, disabling, enabling and lifting a login lock.

Managers see the list read-only; counselors and staff never see the tab (the Admin
page shows it by role).
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.services import users
from safehouse.services.dto.accounts import AccountInfo
from safehouse.services.permissions import Action, holds_confidential_key
from safehouse.ui import messages
from safehouse.ui.admin.account_dialogs import NewUserDialog, RoleDialog
from safehouse.ui.admin.users_model import COL_USERNAME, UsersTableModel
from safehouse.ui.context import AppContext
from safehouse.ui.password_dialog import TemporaryPasswordDialog
from safehouse.ui.progress import run_with_progress
from safehouse.ui.schedule.counselors_dialog import open_counselors
from safehouse.ui.single_dialog import DialogSlot
from safehouse.ui.table_model import setup_view, sorting_proxy


class UsersTab(QWidget):
    """The accounts; an administrator's buttons to manage them (hidden for others)."""

    # e.g. a password changed from the File menu, or an account made by the setup
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset({ChangeKind.USER})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._dialogs = DialogSlot(self)
        self._can_manage = ctx.can(Action.USER_MANAGE)
        self._done_text = ""
        self.model = UsersTableModel(self)
        self.proxy = sorting_proxy(self.model, self)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        setup_view(self.view, "users", widths_in_chars=(16, 24, 14, 10, 10, 20),
                   sort_by=(COL_USERNAME, Qt.SortOrder.AscendingOrder))

        self.new_button = QPushButton(self.tr("&New user…"), self)
        self.role_button = QPushButton(self.tr("Change &role…"), self)
        self.reset_button = QPushButton(self.tr("Reset &password…"), self)
        self.disable_button = QPushButton(self.tr("&Disable…"), self)
        self.enable_button = QPushButton(self.tr("Enab&le…"), self)
        self.lift_button = QPushButton(self.tr("Lift l&ock"), self)
        self.lift_button.setToolTip(self.tr(
            "Let a person locked out after too many failed logins try again at once"))
        # the counselors' list: accounts with the counselor role and counselors from
        # outside (opened here too, beside the accounts it is made from)
        self.counselors_button = QPushButton(self.tr("&Counselors and meeting places…"), self)
        self.counselors_button.setVisible(ctx.can(Action.SESSION_VIEW))
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in self.manage_buttons():
            button.setVisible(self._can_manage)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.counselors_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        if not self._can_manage:
            self.status_label.setText(self.tr("Only administrators can change accounts."))
        self._connect_signals()
        self._update_buttons()

    def manage_buttons(self) -> list[QPushButton]:
        return [self.new_button, self.role_button, self.reset_button, self.disable_button,
                self.enable_button, self.lift_button]

    def _connect_signals(self) -> None:
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.proxy.modelReset.connect(self._update_buttons)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.role_button.clicked.connect(self._on_role_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.disable_button.clicked.connect(self._on_disable_button_clicked)
        self.enable_button.clicked.connect(self._on_enable_button_clicked)
        self.lift_button.clicked.connect(self._on_lift_button_clicked)
        self.counselors_button.clicked.connect(self._on_counselors_button_clicked)
        self._ctx.hub.sig_changed.connect(self._on_hub_changed)

    def _on_counselors_button_clicked(self) -> None:
        open_counselors(self, self._ctx)

    def showEvent(self, event: Any) -> None:
        """Load when the tab comes into view."""
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        # on screen: read again now; otherwise showEvent reads when the tab is shown
        if kind in self.RELOAD_ON and self.isVisible():
            self.refresh()

    # --- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the accounts, keeping the selected one."""
        keep = self.selected()
        try:
            accounts = users.list_accounts(self._ctx.db, self._ctx.actor)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        self.model.set_rows(accounts)
        if keep is not None:
            self.select(keep.id)

    def clear_personal_data(self) -> None:
        """Forget every row (names of the people who use the program)."""
        self.model.clear()
        if self._can_manage:
            self.status_label.clear()

    def selected(self) -> AccountInfo | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select(self, user_id: int) -> bool:
        row = self.model.row_of(user_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    # --- slots -----------------------------------------------------------------------------

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection
                              ) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        a = self.selected()
        own = a is not None and a.id == self._ctx.actor.id
        self.role_button.setEnabled(a is not None)
        self.reset_button.setEnabled(a is not None and a.active and not own)
        self.disable_button.setEnabled(a is not None and a.active and not own)
        self.enable_button.setEnabled(a is not None and not a.active)
        self.lift_button.setEnabled(a is not None and a.locked)

    def _open(self, dialog: NewUserDialog | RoleDialog | TemporaryPasswordDialog,
              done: str) -> None:
        """Open a dialog (window-modal); ``done`` is shown when it has saved."""
        self._done_text = done
        dialog.sig_saved.connect(self._on_dialog_saved)
        self._dialogs.open(dialog)

    def _on_dialog_saved(self, user_id: int) -> None:
        self._after(user_id, self._done_text)
        a = self.selected()
        if (a is not None and a.has_confidential_key is False and a.active
                and holds_confidential_key(a.role)):
            self.status_label.setText(self._done_text + " " + self.tr(
                "Her password does not open the key to the confidential fields yet: reset "
                "her password to give it."))

    def _after(self, user_id: int, text: str) -> None:
        self.refresh()
        self.select(user_id)
        self.status_label.setText(text)

    def _on_new_button_clicked(self) -> None:
        self._open(NewUserDialog(self._ctx, self), self.tr("The account was created."))

    def _on_role_button_clicked(self) -> None:
        a = self.selected()
        if a is None:
            return
        self._open(RoleDialog(self._ctx, a, self),
                   self.tr("The role was changed; it takes effect at the next login."))

    def _on_reset_button_clicked(self) -> None:
        a = self.selected()
        if a is None:
            return
        self._open(TemporaryPasswordDialog(self._ctx, a, enable=False, parent=self),
                   self.tr("The password was reset; a new one must be chosen at the next "
                           "login."))

    def _on_enable_button_clicked(self) -> None:
        a = self.selected()
        if a is None:
            return
        self._open(TemporaryPasswordDialog(self._ctx, a, enable=True, parent=self),
                   self.tr("The account is enabled; a new password must be chosen at the "
                           "next login."))

    def _on_disable_button_clicked(self) -> None:
        a = self.selected()
        if a is None:
            return
        if not messages.confirm(
            self, self.tr("Disable an account"),
            self.tr("Disable {name}'s account? She can no longer log in, and her password "
                    "no longer opens the database. You can enable the account again "
                    "later with a temporary password.").format(name=a.display_name)):
            return
        ctx = self._ctx
        try:
            run_with_progress(
                self, self.tr("Disabling the account and replacing the keys it held…"),
                lambda progress: users.disable(ctx.db, ctx.actor, a.id, progress=progress))
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        self._after(a.id, self.tr("The account is disabled."))

    def _on_lift_button_clicked(self) -> None:
        a = self.selected()
        if a is None:
            return
        try:
            users.lift_lock(self._ctx.db, self._ctx.actor, a.id)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        self._after(a.id, self.tr("The lock is lifted: the account can log in now."))
