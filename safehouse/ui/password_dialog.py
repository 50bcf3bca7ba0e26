"""Password dialogs: changing one's own password (also the forced change after an
administrator's reset), and an administrator's temporary password for someone else.

Both check as you type with the services' own rules (``auth.password_problems``): long
enough, typed twice alike, and (for one's own) not the same as the current one.
Passwords are never logged and never kept after the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from safehouse.errors import ValidationError
from safehouse.services import auth, users
from safehouse.services.dto.accounts import AccountInfo, Actor
from safehouse.storage.db import Database
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog, password_edit
from safehouse.ui.progress import run_with_progress

# A password field shows this many characters: a long passphrase can be checked by eye
# in its length at least, and the dialog's text wraps at a readable width.
FIELD_CHARS = 32
DIALOG_CHARS = 64


def wide_enough(dialog: QWidget, *edits: QLineEdit) -> None:
    """Password fields wide enough for a passphrase, the dialog for its introduction."""
    char = dialog.fontMetrics().averageCharWidth()
    for edit in edits:
        edit.setMinimumWidth(FIELD_CHARS * char)
    dialog.setMinimumWidth(DIALOG_CHARS * char)


class ChangePasswordDialog(FormDialog):
    """The person logged in chooses a new password; the current one is needed.

    ``forced``: an administrator has reset her password, so she must choose one before
    anything else; Cancel then means log out (:attr:`logout_requested`). On success
    :attr:`actor` is the actor as she is now (no forced change pending).

    ``sig_changed``: the password was changed.
    """

    sig_changed = Signal()

    def __init__(self, db: Database, actor: Actor, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Change password"))
        self._db = db
        self._actor = actor
        self.forced = forced
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Choose a new password") if forced
                            else self.tr("Change my password"))
        if forced:
            self.set_intro(self.tr(
                "Your password was set by an administrator. Choose your own before you "
                "go on: at least {length} characters that only you know."
            ).format(length=auth.MIN_PASSWORD_LENGTH))
        else:
            self.set_intro(self.tr("Your new password: at least {length} characters.")
                           .format(length=auth.MIN_PASSWORD_LENGTH))
        self.current = password_edit(self)
        self.password = password_edit(self)
        self.repeat = password_edit(self)
        wide_enough(self, self.current, self.password, self.repeat)
        self.add_field("old_password", self.tr("C&urrent password:"), self.current,
                       changed=self.current.textChanged)
        self.add_field("password", self.tr("&New password:"), self.password,
                       changed=self.password.textChanged)
        self.add_field("repeat", self.tr("&Repeat it:"), self.repeat,
                       changed=self.repeat.textChanged)
        self.forget_on_close(self.current, self.password, self.repeat)
        if forced and self.cancel_button is not None:
            self.cancel_button.setText(self.tr("&Log out"))
        self.check()

    @property
    def logout_requested(self) -> bool:
        """True when a forced change was cancelled: the caller logs her out."""
        return (self.forced and self.actor is None
                and self.result() == QDialog.DialogCode.Rejected)

    def problems(self) -> list[ValidationError]:
        found = auth.password_problems(self.password.text(), self.repeat.text(),
                                       self.current.text())
        if not self.current.text():
            found.append(ValidationError(self.tr("Enter your current password."),
                                         field="old_password"))
        return found

    def submit(self) -> bool:
        db, actor = self._db, self._actor
        current, new, repeat = self.current.text(), self.password.text(), self.repeat.text()
        self.actor = run_with_progress(
            self, self.tr("Changing your password, and the keys it opens…"),
            lambda progress: auth.change_password(db, actor, current, new, repeat,
                                                  progress=progress))
        self.sig_changed.emit()
        return True


class TemporaryPasswordDialog(FormDialog):
    """An administrator gives someone a temporary password: a reset (``enable`` False)
    or enabling a disabled account (``enable`` True). She must choose her own password
    at her next login.

    ``sig_saved(int)``: done (the account's id); :attr:`saved` holds the account.
    """

    sig_saved = Signal(int)

    def __init__(self, ctx: AppContext, account: AccountInfo, enable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=(self.tr("&Enable") if enable
                                          else self.tr("Reset &password")))
        self._ctx = ctx
        self._account = account
        self._enable = enable
        self.saved: AccountInfo | None = None
        if enable:
            self.setWindowTitle(self.tr("Enable {user}").format(user=account.username))
            intro = self.tr(
                "{name} can log in again with this temporary password. She must choose a new "
                "password of her own at her next login.")
        else:
            self.setWindowTitle(self.tr("Reset the password of {user}")
                                .format(user=account.username))
            intro = self.tr(
                "{name}'s password is replaced by this temporary one, which you tell her in "
                "person. She must choose a new password of her own at her next login. "
                "Her old password will no longer open the database.")
        self.set_intro(intro.format(name=account.display_name))
        self.password = password_edit(self)
        self.repeat = password_edit(self)
        wide_enough(self, self.password, self.repeat)
        self.add_field("password", self.tr("&Temporary password:"), self.password,
                       changed=self.password.textChanged)
        self.add_field("repeat", self.tr("&Repeat it:"), self.repeat,
                       changed=self.repeat.textChanged)
        self.forget_on_close(self.password, self.repeat)
        self.check()

    def problems(self) -> list[ValidationError]:
        return auth.password_problems(self.password.text(), self.repeat.text())

    def submit(self) -> bool:
        ctx, user_id = self._ctx, self._account.id
        password, repeat = self.password.text(), self.repeat.text()
        if self._enable:
            self.saved = users.enable(ctx.db, ctx.actor, user_id, password, repeat)
        else:
            self.saved = run_with_progress(
                self, self.tr("Resetting the password, and the keys it opens…"),
                lambda progress: users.reset_password(ctx.db, ctx.actor, user_id,
                                                      password, repeat, progress=progress))
        self.sig_saved.emit(self.saved.id)
        return True
