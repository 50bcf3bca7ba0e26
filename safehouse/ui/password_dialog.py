"""Password dialogs: changing one's own password (also the forced change after an
administrator's reset), and an administrator's temporary password for someone else.

Both check as you type: long enough, typed twice alike, and (for one's own) not the
same as the current one. Passwords are never logged and never kept after the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehouse.errors import SafehouseError, ValidationError
from safehouse.services import auth, users
from safehouse.services.dto.accounts import AccountInfo, Actor
from safehouse.storage.db import Database
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.members.member_form import error_label, set_error


def password_edit(parent: QWidget | None = None) -> QLineEdit:
    """A line edit that hides what is typed."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def field_row(form: QFormLayout, text: str, widget: QWidget, error: QLabel) -> None:
    """A form row with a red line under the field for what is wrong with it."""
    holder = QWidget(widget.parentWidget())
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    holder.setFocusProxy(widget)
    form.addRow(text, holder)


def password_problems(password: str, repeat: str, current: str | None = None) -> dict[str, str]:
    """What is wrong with a new password and its repetition, by field."""
    found: dict[str, str] = {}
    if len(password) < auth.MIN_PASSWORD_LENGTH:
        found["password"] = QCoreApplication.translate(
            "PasswordFields", "The password must have at least {length} characters."
        ).format(length=auth.MIN_PASSWORD_LENGTH)
    elif current is not None and current and password == current:
        found["password"] = QCoreApplication.translate(
            "PasswordFields", "The new password must differ from the current one.")
    if repeat != password:
        found["repeat"] = QCoreApplication.translate(
            "PasswordFields", "The two passwords are not the same.")
    return found


class PasswordForm(QDialog):
    """Fields, their error lines, checking as you type, OK enabled only when all is
    well. Subclasses add the fields and save."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def cancel_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def _row(self, form: QFormLayout, field: str, text: str, edit: QLineEdit) -> None:
        self.errors[field] = error_label(self)
        field_row(form, text, edit, self.errors[field])
        edit.textEdited.connect(lambda _t: self._on_field_edited(field))

    def problems(self) -> dict[str, str]:
        raise NotImplementedError

    def _check(self) -> bool:
        found = self.problems()
        for field, lab in self.errors.items():
            set_error(lab, found.get(field, "") if field in self._touched else "")
        self.ok_button.setEnabled(not found)
        return not found

    def _on_field_edited(self, field: str) -> None:
        self._touched.add(field)
        self._check()

    def show_error(self, exc: SafehouseError) -> None:
        """A service's refusal: next to its field when it names one, else in a box."""
        field = exc.field if isinstance(exc, ValidationError) else None
        if field in self.errors:
            assert field is not None
            self._touched.add(field)
            set_error(self.errors[field], exc.message)
            self.ok_button.setEnabled(False)
        else:
            messages.show_error(self, exc)


class ChangePasswordDialog(PasswordForm):
    """The person logged in chooses a new password; the current one is needed.

    ``forced``: an administrator has reset her password, so she must choose one before
    anything else; Cancel then means log out (:attr:`logout_requested`). On success
    :attr:`actor` is the actor as she is now (no forced change pending).

    ``sig_changed``: the password was changed.
    """

    sig_changed = Signal()

    def __init__(self, db: Database, actor: Actor, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.forced = forced
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Choose a new password") if forced
                            else self.tr("Change my password"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        if forced:
            self.intro.setText(self.tr(
                "Your password was set by an administrator. Choose your own before you "
                "go on: at least {length} characters that only you know."
            ).format(length=auth.MIN_PASSWORD_LENGTH))
        else:
            self.intro.setText(self.tr("Your new password: at least {length} characters.")
                               .format(length=auth.MIN_PASSWORD_LENGTH))
        self.current = password_edit(self)
        self.password = password_edit(self)
        self.repeat = password_edit(self)
        form = QFormLayout()
        self._row(form, "old_password", self.tr("&Current password:"), self.current)
        self._row(form, "password", self.tr("&New password:"), self.password)
        self._row(form, "repeat", self.tr("&Repeat it:"), self.repeat)
        self.ok_button.setText(self.tr("&Change password"))
        if forced:
            self.cancel_button.setText(self.tr("&Log out"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    @property
    def logout_requested(self) -> bool:
        """True when a forced change was cancelled: the caller logs her out."""
        return (self.forced and self.actor is None
                and self.result() == QDialog.DialogCode.Rejected)

    def problems(self) -> dict[str, str]:
        found = password_problems(self.password.text(), self.repeat.text(),
                                  self.current.text())
        if not self.current.text():
            found["old_password"] = self.tr("Enter your current password.")
        return found

    def accept(self) -> None:
        self._touched.update(self.errors)
        if not self._check():
            return
        try:
            self.actor = auth.change_password(
                self._db, self._actor, self.current.text(), self.password.text(),
                self.repeat.text())
        except SafehouseError as exc:
            self.show_error(exc)
            return
        self._forget()
        self.sig_changed.emit()
        super().accept()

    def reject(self) -> None:
        self._forget()
        super().reject()

    def _forget(self) -> None:
        for edit in (self.current, self.password, self.repeat):
            edit.clear()


class TemporaryPasswordDialog(PasswordForm):
    """An administrator gives someone a temporary password: a reset (``enable`` False)
    or enabling a disabled account (``enable`` True). She must choose her own password
    at her next login.

    ``sig_saved(int)``: done (the account's id); :attr:`saved` holds the account.
    """

    sig_saved = Signal(int)

    def __init__(self, ctx: AppContext, account: AccountInfo, enable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._account = account
        self._enable = enable
        self.saved: AccountInfo | None = None
        if enable:
            self.setWindowTitle(self.tr("Enable {user}").format(user=account.username))
            intro = self.tr(
                "{name} can log in again with this temporary password. She must choose a new "
                "password of her own at her next login.")
            self.ok_button.setText(self.tr("&Enable"))
        else:
            self.setWindowTitle(self.tr("Reset the password of {user}")
                                .format(user=account.username))
            intro = self.tr(
                "{name}'s password is replaced by this temporary one, which you tell her in "
                "person. She must choose a new password of her own at her next login. "
                "Her old password will no longer open the database.")
            self.ok_button.setText(self.tr("&Reset password"))
        self.intro = QLabel(intro.format(name=account.display_name), self)
        self.intro.setWordWrap(True)
        self.password = password_edit(self)
        self.repeat = password_edit(self)
        form = QFormLayout()
        self._row(form, "password", self.tr("&Temporary password:"), self.password)
        self._row(form, "repeat", self.tr("&Repeat it:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def problems(self) -> dict[str, str]:
        return password_problems(self.password.text(), self.repeat.text())

    def accept(self) -> None:
        self._touched.update(self.errors)
        if not self._check():
            return
        call = users.enable if self._enable else users.reset_password
        try:
            self.saved = call(self._ctx.db, self._ctx.actor, self._account.id,
                              self.password.text(), self.repeat.text())
        except SafehouseError as exc:
            self.show_error(exc)
            return
        self.password.clear()
        self.repeat.clear()
        self.sig_saved.emit(self.saved.id)
        super().accept()

    def reject(self) -> None:
        self.password.clear()
        self.repeat.clear()
        super().reject()
