"""The first start's login, shown as soon as Qt is up: the login dialog needs none of
the database code, which loads meanwhile (:mod:`safehouse.ui.preload`) while the user
types. Once someone is in, :mod:`safehouse.ui.login_flow` (loaded by then) shows the
window and keeps the program going.

A database that is not there yet (the setup), or on a server (its state needs a
connection), waits for the loading first and is asked by :mod:`~safehouse.ui.login_flow`.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from safehouse.errors import SafehouseError
from safehouse.storage import location
from safehouse.storage.first_look import VaultState, first_look
from safehouse.ui import messages, smoke_shot, style
from safehouse.ui.fonts import register_fonts
from safehouse.ui.login_dialog import LoginDialog
from safehouse.ui.preload import Preload
from safehouse.ui.single_instance import InstanceGuard


def _excepthook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    """A bug nothing else caught: logged by type and place only (its text may hold
    personal data), and the one message for it shown (see :func:`messages.unexpected`)."""
    QMessageBox.critical(None, "Safehouse", messages.unexpected(exc, tb))


def run(app: QApplication, guard: InstanceGuard, db_target: str | None,
        lang: str | None) -> int:
    """The login and the window, until the program closes; ``guard`` (claimed) brings
    the window forward when the program is started again."""
    register_fonts(app)
    style.apply(app)
    sys.excepthook = _excepthook
    smoke_shot.arm(app)  # only with SAFEHOUSE_SMOKE_SCREENSHOT (make dist-smoke)
    target = location.target(db_target)
    try:
        state = first_look(target)  # a file on a network share is refused here
    except SafehouseError as exc:
        QMessageBox.critical(None, "Safehouse", exc.message)
        return 1
    preload = Preload(target, open_log=True)
    opened = None
    if state in (VaultState.LOCKED, VaultState.PLAIN):
        login = LoginDialog(preload, plain=state is VaultState.PLAIN)
        QTimer.singleShot(0, preload.start)  # once the login shows
        if login.exec() != LoginDialog.DialogCode.Accepted or login.opened is None:
            preload.close()
            return 0
        opened = login.opened
    from safehouse.ui import login_flow  # loaded by the preload by now

    return login_flow.run(app, guard, preload, lang, opened)
