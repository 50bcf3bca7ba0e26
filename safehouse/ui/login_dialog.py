"""Logging in: the password unwraps the database key, then the account is checked.

For a database made before encryption, the same dialog lets an administrator log in
once to encrypt it (with progress shown), and a link leads to the recovery key for
when every password is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from safehouse.errors import DatabaseError, SafehouseError
from safehouse.ui import messages
from safehouse.ui.form_dialog import FormDialog, password_edit
from safehouse.ui.preload import Preload
from safehouse.ui.worker import run_in_background

if TYPE_CHECKING:  # loaded by the preload, while the user types (safehouse.ui.preload)
    from safehouse.services.access import Opened
    from safehouse.storage.vault import Vault

LAST_USER = "login/last_user"


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread."""

    sig_progress = Signal(int)


class LoginDialog(FormDialog):
    """Asks for a user name and password; ``opened`` is set on success."""

    def __init__(self, vault: Vault | Preload, *, plain: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=(self.tr("&Encrypt and log in") if plain
                                          else self.tr("&Log in")))
        # The vault may still be loading (the program's first login): what needs it
        # waits for it, the password's check off the GUI thread.
        self._preload = vault if isinstance(vault, Preload) else Preload.of(vault)
        self._plain = plain
        self.opened: Opened | None = None
        self.setWindowTitle(self.tr("Safehouse — log in"))
        self.setMinimumWidth(420)

        title = QLabel(self.tr("Safehouse"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        # Where the data lies is for whoever asks (a helper on the phone), not for
        # everyone who logs in: behind "Details".
        self.where = QLabel(self.tr("Database: {database}").format(
            database=self._preload.description))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setVisible(False)
        self.notice = QLabel(self.tr(
            "This database was made before Safehouse encrypted its data. Log in as an "
            "administrator to encrypt it now; a copy is kept until it is done."))
        self.notice.setWordWrap(True)
        self.notice.setVisible(plain)
        for part in (title, self.notice):
            self.add_header(part)

        self.username = QLineEdit()
        last = QSettings().value(LAST_USER, "")
        if isinstance(last, str):
            self.username.setText(last)
        self.password = password_edit()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.add_field("username", self.tr("&User name:"), self.username,
                       changed=self.username.textChanged)
        self.add_field("password", self.tr("&Password:"), self.password,
                       changed=self.password.textChanged)
        self.add_part(self.progress)
        self.forget_on_close(self.password)

        self.forgot = QPushButton(self.tr("Every password l&ost?"))
        self.forgot.setFlat(True)
        self.forgot.setVisible(not plain)
        self.forgot.clicked.connect(self._on_forgot_clicked)
        self.restore = QPushButton(self.tr("Restore from a &backup…"))
        self.restore.setFlat(True)
        self.restore.setVisible(False)  # offered when the database does not open
        self.restore.clicked.connect(self._on_restore_clicked)
        self.details = QPushButton(self.tr("&Details"))
        self.details.setFlat(True)
        self.details.setCheckable(True)
        self.details.toggled.connect(self._on_details_toggled)
        self.add_footer(self.forgot)
        self.add_footer(self.restore)
        self.add_footer(self.details)
        self.add_footer(self.where)
        self.check()
        (self.password if self.username.text() else self.username).setFocus()

    def submit(self) -> bool:
        """Unwrapping the key takes a moment (Argon2id): it runs off the GUI thread, and
        the dialog closes when it is done."""
        username = self.username.text().strip()
        password = self.password.text()
        preload = self._preload
        carrier = _Progress(self)
        carrier.sig_progress.connect(self._on_carrier_progress)

        def emit(percent: int, _step: str) -> None:
            carrier.sig_progress.emit(percent)

        if not self._plain:
            # Usually quick; the first administrator login after an upgrade seals the
            # confidential fields, and a change of keys a kill interrupted is finished.
            def log_in() -> Opened:
                vault = preload.vault()  # loaded by now, or soon: this is the worker
                from safehouse.services import access

                return access.log_in(vault, username, password, emit)

            self._run(log_in, percent=False)
            return False
        carrier.sig_progress.connect(self.progress.setValue)

        def encrypt() -> Opened:
            vault = preload.vault()
            from safehouse.services import access

            return access.encrypt(vault, username, password, emit)

        self._run(encrypt, percent=True)
        return False

    def _on_carrier_progress(self, percent: int) -> None:
        if self.progress.maximum() == 0:  # "working" until there is a percentage
            self.progress.setRange(0, 100)
        self.progress.setValue(percent)

    def _run(self, work: Callable[[], Opened], *, percent: bool) -> None:
        self._set_busy(True, percent=percent)

        def success(opened: object) -> None:
            from safehouse.services.access import Opened

            assert isinstance(opened, Opened)
            if not shiboken6.isValid(self):  # the dialog went away meanwhile
                opened.db.dispose()
                return
            self._set_busy(False)
            self.opened = opened
            self._done()

        def failure(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_busy(False)
            if isinstance(exc, DatabaseError):
                self.restore.setVisible(True)  # damaged, or its key file is gone
                self.details.setChecked(True)  # which file: now it matters
            self.password.clear()
            self.password.setFocus()
            if percent and not isinstance(exc, SafehouseError):
                messages.unexpected(exc)  # logged by type and place; said better here
                exc = SafehouseError(self.tr(
                    "The database could not be encrypted; nothing was changed."))
            self.show_error(exc)

        # No owner=self: a dialog gone meanwhile must still get what the work opened,
        # to close it (success above), not have it dropped with the callbacks.
        run_in_background(work, success, failure)

    def _set_busy(self, busy: bool, *, percent: bool = False) -> None:
        self.progress.setRange(0, 100 if percent else 0)  # 0..0: "working", no percentage
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.buttons.setEnabled(not busy)
        self.username.setEnabled(not busy)
        self.password.setEnabled(not busy)

    def _done(self) -> None:
        assert self.opened is not None
        QSettings().setValue(LAST_USER, self.opened.actor.username)
        self.finish()

    def _on_details_toggled(self, shown: bool) -> None:
        self.where.setVisible(shown)
        self._fit()

    def _on_restore_clicked(self) -> None:
        vault = self._loaded_vault()
        if vault is None:
            return
        # on first use: it brings the backups' service, which the window does not need
        from safehouse.ui.restore_dialog import RestoreInPlaceDialog

        dialog = RestoreInPlaceDialog(vault, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.opened is not None:
            self.opened = dialog.opened
            self._done()

    def _loaded_vault(self) -> Vault | None:
        """The vault, waiting (with the busy cursor) for the rest of the program when a
        link is clicked before it has loaded; None, with the reason shown, when it
        cannot be opened."""
        waiting = not self._preload.done()
        if waiting:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            return self._preload.vault()
        except SafehouseError as exc:
            self.show_error(exc)
            return None
        finally:
            if waiting:
                QGuiApplication.restoreOverrideCursor()

    def _on_forgot_clicked(self) -> None:
        vault = self._loaded_vault()
        if vault is None:
            return
        from safehouse.ui.recovery_dialogs import RecoverDialog  # loaded with the vault

        dialog = RecoverDialog(vault, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.opened is not None:
            self.opened = dialog.opened
            self._done()
