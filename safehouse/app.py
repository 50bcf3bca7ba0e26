"""main(): the application, the login, the main window."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from safehouse.errors import SafehouseError
from safehouse.services import auth, settings
from safehouse.storage import migrate
from safehouse.storage.db import Database
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.fonts import register_fonts
from safehouse.ui.i18n import chosen_language, install_translators
from safehouse.ui.login_dialog import LoginDialog
from safehouse.ui.main_window import MainWindow
from safehouse.ui.setup_dialog import SetupDialog

log = logging.getLogger(__name__)


def _excepthook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    """A bug: log its type and place only (its text may hold personal data), tell the user."""
    where = ""
    while tb is not None:
        where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    log.error("unexpected %s at %s", kind.__name__, where)
    QMessageBox.critical(
        None, "Safehouse",
        QApplication.translate(
            "app", "Something went wrong that the program did not expect. Your last "
            "change may not have been saved. If it happens again, tell the administrator."))


class Session(QObject):
    """Logs a user in, shows the main window, and logs in again after a log-out."""

    def __init__(self, app: QApplication, db: Database) -> None:
        super().__init__()
        self._app = app
        self._db = db
        self.window: MainWindow | None = None

    def start(self) -> bool:
        """Ask who is there; False when they cancelled."""
        organisation = settings.organisation_name(self._db)
        if auth.needs_setup(self._db):
            setup = SetupDialog(self._db)
            if setup.exec() != SetupDialog.DialogCode.Accepted or setup.actor is None:
                return False
            actor = setup.actor
            organisation = settings.organisation_name(self._db)
        else:
            login = LoginDialog(self._db, organisation)
            if login.exec() != LoginDialog.DialogCode.Accepted or login.actor is None:
                return False
            actor = login.actor
        ctx = AppContext(db=self._db, actor=actor, hub=ChangeHub(self._db))
        self.window = MainWindow(ctx, organisation)
        self.window.sig_closed.connect(self._on_window_closed)
        self.window.show()
        return True

    def _on_window_closed(self, logout: bool) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        if logout:
            QTimer.singleShot(0, self._login_again)
        else:
            self._app.quit()

    def _login_again(self) -> None:
        if not self.start():
            self._app.quit()


def run_app(db_target: str | None = None, lang: str | None = None) -> int:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("Safehouse")
    app.setApplicationName("Safehouse")
    app.setQuitOnLastWindowClosed(False)
    register_fonts(app)
    install_translators(app, chosen_language(lang))
    sys.excepthook = _excepthook
    try:
        db = Database.open(db_target)
        migrate.upgrade(db)
    except SafehouseError as exc:
        QMessageBox.critical(None, "Safehouse", exc.message)
        return 1
    session = Session(app, db)
    if not session.start():
        db.dispose()
        return 0
    code = app.exec()
    db.dispose()
    return int(code)


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    sys.exit(run_app())
