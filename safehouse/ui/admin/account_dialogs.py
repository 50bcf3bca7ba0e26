"""An administrator's dialogs for accounts: a new user, and another role for one.
(Temporary passwords, for a reset or an enabling, are in ``password_dialog``.)"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from safehouse.errors import ValidationError
from safehouse.labels import label
from safehouse.models import Role
from safehouse.services import auth, users
from safehouse.services.dto.accounts import AccountInfo
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog, password_edit
from safehouse.ui.progress import run_with_progress


def role_combo(parent: QWidget, current: str) -> QComboBox:
    combo = QComboBox(parent)
    for value in users.ROLES:
        combo.addItem(label(value, Role), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class NewUserDialog(FormDialog):
    """A new account: user name, full name, role, password twice; checked as you type
    with the services' rules.

    ``sig_saved(int)``: the account was made (its id); :attr:`saved` holds it.
    """

    sig_saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Create account"))
        self._ctx = ctx
        self.saved: AccountInfo | None = None
        self.setWindowTitle(self.tr("New user"))
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.role = role_combo(self, "staff")
        self.password = password_edit(self)
        self.repeat = password_edit(self)
        self.must_change = QCheckBox(
            self.tr("She chooses her own password at her first login"), self)
        self.must_change.setChecked(True)
        self.add_field("username", self.tr("&User name:"), self.username,
                       changed=self.username.textChanged)
        self.add_field("display_name", self.tr("&Full name:"), self.display_name,
                       changed=self.display_name.textChanged)
        self.add_field("role", self.tr("R&ole:"), self.role)
        self.add_field("password", self.tr("&Password:"), self.password,
                       changed=self.password.textChanged)
        self.add_field("repeat", self.tr("&Repeat it:"), self.repeat,
                       changed=self.repeat.textChanged)
        self.add_row("", self.must_change)
        self.forget_on_close(self.password, self.repeat)
        self.check()

    def chosen_role(self) -> str:
        value = self.role.currentData()
        return value if isinstance(value, str) else "staff"

    def problems(self) -> list[ValidationError]:
        found = [p for p in (auth.username_problem(self.username.text().strip()),
                             auth.display_name_problem(self.display_name.text()))
                 if p is not None]
        return found + auth.password_problems(self.password.text(), self.repeat.text())

    def submit(self) -> bool:
        self.saved = users.create_account(
            self._ctx.db, self._ctx.actor, username=self.username.text().strip(),
            display_name=self.display_name.text(), role=self.chosen_role(),
            password=self.password.text(), repeat=self.repeat.text(),
            must_change_password=self.must_change.isChecked())
        self.sig_saved.emit(self.saved.id)
        return True


class RoleDialog(FormDialog):
    """Choose another role for an account. ``sig_saved(int)``: changed (its id)."""

    sig_saved = Signal(int)

    def __init__(self, ctx: AppContext, account: AccountInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Change role"))
        self._ctx = ctx
        self._account = account
        self.saved: AccountInfo | None = None
        self.setWindowTitle(self.tr("Change the role of {user}").format(user=account.username))
        self.role = role_combo(self, account.role)
        hint = self.tr("The new role takes effect at the next login.")
        if account.id == ctx.actor.id:
            hint += " " + self.tr("This is your own account: if you give up the "
                                  "administrator role, you can no longer manage users.")
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.add_field("role", self.tr("R&ole:"), self.role,
                       changed=self.role.currentIndexChanged)
        self.add_part(self.hint)
        self.check()

    def chosen_role(self) -> str:
        value = self.role.currentData()
        return value if isinstance(value, str) else self._account.role

    def set_role(self, role: str) -> None:
        self.role.setCurrentIndex(max(0, self.role.findData(role)))

    def ready(self) -> bool:
        return self.chosen_role() != self._account.role

    def submit(self) -> bool:
        ctx, user_id, role = self._ctx, self._account.id, self.chosen_role()
        self.saved = run_with_progress(
            self, self.tr("Changing the role, and the keys it holds…"),
            lambda progress: users.change_role(ctx.db, ctx.actor, user_id, role,
                                               progress=progress))
        self.sig_saved.emit(self.saved.id)
        return True
