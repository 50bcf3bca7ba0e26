"""The first start's program once the first login is done (or for a database to set
up, or on a server): the main window, and the login again after a log-out.
:mod:`safehouse.ui.first_login` loads this after the login it shows first, while the
user typed (:mod:`safehouse.ui.preload`)."""

from __future__ import annotations

import logging
from contextlib import suppress

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from safehouse import i18n
from safehouse.errors import SafehouseError
from safehouse.services import access, settings
from safehouse.services.access import Opened
from safehouse.services.dto.maintenance import BackupInfo
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault, VaultState
from safehouse.ui import account_settings, heap
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.daily_backup import start_daily_backup
from safehouse.ui.first_paint import FirstPaint
from safehouse.ui.i18n import chosen_language, install_translators
from safehouse.ui.login_dialog import LoginDialog
from safehouse.ui.main_window import MainWindow
from safehouse.ui.password_dialog import ChangePasswordDialog
from safehouse.ui.preload import Preload
from safehouse.ui.recovery_dialogs import RecoveryKeyDialog
from safehouse.ui.setup_dialog import SetupDialog
from safehouse.ui.single_instance import InstanceGuard, bring_forward
from safehouse.ui.worker import run_in_background

log = logging.getLogger(__name__)

# The start's objects are set aside once the window is painted, or after this long.
KEEP_START_AT_LATEST_MS = 5_000


class LoginFlow(QObject):
    """Logs a user in, shows the main window, and logs in again after a log-out."""

    def __init__(self, app: QApplication, vault: Vault, lang: str | None = None) -> None:
        super().__init__()
        self._app = app
        self._vault = vault
        self._lang = lang  # --lang: it wins over every saved choice
        self.window: MainWindow | None = None
        self.db: Database | None = None

    def _who(self) -> Opened | None:
        """The setup, login or encryption dialog, as the database's state asks."""
        state = self._vault.state()
        if state is VaultState.NEW:
            setup = SetupDialog(self._vault)
            if setup.exec() != SetupDialog.DialogCode.Accepted:
                return None
            return setup.opened
        login = LoginDialog(self._vault, plain=state is VaultState.PLAIN)
        if login.exec() != LoginDialog.DialogCode.Accepted:
            return None
        return login.opened

    def start(self, opened: Opened | None = None) -> bool:
        """Ask who is there, unless ``opened`` says it; False when they cancelled."""
        if opened is None:
            opened = self._who()
        if opened is None:
            return False
        settings.apply_time_zone(opened.db)  # today is the organisation's
        organisation = settings.organisation_name(opened.db)
        if opened.recovery_code:
            RecoveryKeyDialog(opened.recovery_code, organisation).exec()
        if opened.users_without_key:
            QMessageBox.information(
                None, "Safehouse",
                self.tr("The database is now encrypted. The other %n account(s) must "
                        "have their passwords reset by an administrator (Admin → Users) "
                        "before they can log in.", "", opened.users_without_key))
        for notice in opened.notices:  # tampering with the key file, for administrators
            QMessageBox.warning(None, "Safehouse", notice)
        actor = opened.actor
        if actor.must_change_password:
            change = ChangePasswordDialog(opened.db, actor, forced=True)
            if change.exec() != ChangePasswordDialog.DialogCode.Accepted or change.actor is None:
                opened.db.dispose()  # "Log out": back to the login
                return self.start()
            actor = change.actor
        self.db = opened.db
        switched = self._speak_their_language(actor.username)
        ctx = AppContext(db=opened.db, actor=actor, hub=ChangeHub(opened.db))
        self.window = MainWindow(ctx, organisation)
        self.window.sig_closed.connect(self._on_window_closed)
        self.window.show()
        # once it is on the screen, the start's objects are set aside from the
        # collector's passes (safehouse.ui.heap); given back when the window closes
        FirstPaint(self.window, heap.keep_start, KEEP_START_AT_LATEST_MS)
        # after the window appears, off the GUI thread; said in the status bar, no dialog
        self.window.statusBar().showMessage(self.tr("Checking the daily backup…"))
        start_daily_backup(opened.db, actor, self._on_daily_backup_done)
        if switched:  # the core's catalogue of this language, read before it is needed
            run_in_background(i18n.prepare, _nothing, _catalogue_unread)
        return True

    def _on_daily_backup_done(self, made: BackupInfo | None) -> None:
        window = self.window
        if window is None or not shiboken6.isValid(window) or window.is_locked():
            return
        if made is not None:
            window.statusBar().showMessage(self.tr("The daily backup is made."), 10_000)
        else:
            window.statusBar().clearMessage()

    def _speak_their_language(self, username: str) -> bool:
        """The window in the language this account chose on this computer (the login
        was in the computer's last choice); True when that is another language.

        The login's preload read the core's catalogue (:mod:`safehouse.i18n`) of the
        login's language only; the window takes its words from Qt's, and the other is
        read off the GUI thread once the window is shown (5-10 ms of parsing)."""
        account_settings.set_account(username)
        lang = chosen_language(self._lang)
        if lang == i18n.language():
            return False
        install_translators(self._app, lang)
        return True

    def _on_window_closed(self, logout: bool) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
            heap.let_go()
        if self.db is not None:
            with suppress(SafehouseError, OSError):
                access.leave(self.db)  # the audit trail's anchor moves on
            self.db.dispose()
            self.db = None
        if logout:
            QTimer.singleShot(0, self._login_again)
        else:
            self._app.quit()

    def _login_again(self) -> None:
        try:
            started = self.start()
        except SafehouseError as exc:
            QMessageBox.critical(None, "Safehouse", exc.message)
            started = False
        if not started:
            self._app.quit()


def _nothing(_result: object) -> None:
    pass


def _catalogue_unread(exc: BaseException) -> None:
    # the first message that needs it reads it again, and says why it cannot
    log.warning("the catalogue was not read ahead: %s", type(exc).__name__)


def run(app: QApplication, guard: InstanceGuard, preload: Preload, lang: str | None,
        opened: Opened | None = None) -> int:
    """The window, until the program closes, for ``opened`` (the first login, made by
    :mod:`safehouse.ui.first_login`) or after asking who is there."""
    try:
        vault = preload.vault()
    except SafehouseError as exc:
        QMessageBox.critical(None, "Safehouse", exc.message)
        return 1
    flow = LoginFlow(app, vault, lang)
    guard.sig_raise_requested.connect(lambda: bring_forward(flow.window))
    return _run_flow(app, vault, flow, opened)


def _run_flow(app: QApplication, vault: Vault, flow: LoginFlow,
              opened: Opened | None = None) -> int:
    try:
        started = flow.start(opened)
    except SafehouseError as exc:
        QMessageBox.critical(None, "Safehouse", exc.message)
        vault.close()
        return 1
    if not started:
        vault.close()
        return 0
    code = app.exec()
    if flow.db is not None:
        flow.db.dispose()
    vault.close()
    return int(code)
