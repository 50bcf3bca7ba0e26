"""main(): the application. A start for a database whose window is open already (by
the same user of the computer) stops here, before it loads the rest of the program: Qt's
core, its local sockets and the database's location are all it needs to know
(:mod:`safehouse.ui.single_instance`). The login is shown after
(:mod:`safehouse.ui.first_login`), while the services, the database code and the window
load behind it (:mod:`safehouse.ui.preload`)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from safehouse.storage import location
from safehouse.ui.i18n import chosen_language, install_translators
from safehouse.ui.single_instance import InstanceGuard, instance_name


def run_app(db_target: str | None = None, lang: str | None = None) -> int:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("Safehouse")
    app.setApplicationName("Safehouse")  # also the X11 window class (StartupWMClass)
    app.setDesktopFileName("safehouse")  # Wayland's app id: the menu entry's name
    app.setQuitOnLastWindowClosed(False)
    # The widgets' Qt translators, and the same language for the services' messages.
    install_translators(app, chosen_language(lang))
    # before the login: the user here is the computer's, not yet an account
    database = location.without_password(location.target(db_target))
    guard = InstanceGuard(instance_name(database))
    if not guard.claim():
        print(guard.already_open(), file=sys.stderr)
        return 0
    from safehouse.ui import first_login  # the rest of the program: the first start's

    try:
        return first_login.run(app, guard, db_target, lang)
    finally:
        guard.release()


def main() -> None:
    sys.exit(run_app())
