"""One start-up, timed by the process that runs it (``scale_bench``): ``bare`` shows an
empty PySide6 main window; ``app`` does what ``safehouse`` does after the login dialog
(the language, the fonts, the style, the login itself, the main window, the daily
backup) on the database given. Prints ``ready <hashing seconds>`` once the window is
shown and its first events are handled, then ``heavy`` and the modules of
:data:`HEAVY` imported when the window appeared; the hashing (Argon2id, of the key slot and of
the account's password) is timed apart, so that it can be left out. The window is usable
then: the dashboard's figures are read off the GUI thread and come after it; ``loaded
<seconds> <longest wait>`` says when they had all come (after ``ready``) and the longest the
event loop waited meanwhile (a 10 ms timer's longest lateness: what a click would wait).

Run: ``python -m tests.benchmarks.startup_probe bare|app [DB PASSWORD]``.
"""

from __future__ import annotations

import sys
import time

# What the first window must not import: reports, charts, PDF, calendars (see
# tests/ui/test_startup.py); they load on first use.
HEAVY = ("PySide6.QtCharts", "PySide6.QtPdf", "reportlab", "icalendar", "dateutil.rrule")


_seen: list[str] = []
_shown: list[object] = []  # the main window, once shown


def _watched() -> list[str]:
    import os

    watched = os.environ.get("SAFEHOUSE_PROBE_MODULES", ",".join(HEAVY)).split(",")
    return [m for m in watched if m in sys.modules]


def bare() -> float:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Safehouse"))
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    return 0.0


def app(db_path: str, password: str) -> float:
    from PySide6.QtWidgets import QApplication

    from safehouse.services import auth
    from safehouse.storage import keys

    hashing = [0.0]

    def timed(fn):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                hashing[0] += time.perf_counter() - start
        return wrapper

    keys.hash_secret_raw = timed(keys.hash_secret_raw)  # type: ignore[attr-defined]
    class Hasher:
        def __init__(self, inner: object) -> None:
            self._inner = inner

        def __getattr__(self, name: str) -> object:
            value = getattr(self._inner, name)
            return timed(value) if name == "verify" else value

    auth._hasher = Hasher(auth._hasher)  # type: ignore[assignment]

    from safehouse.services import access, settings
    from safehouse.storage.vault import Vault
    from safehouse.ui import login_flow as application
    from safehouse.ui import style
    from safehouse.ui.context import AppContext, ChangeHub
    from safehouse.ui.fonts import register_fonts
    from safehouse.ui.i18n import install_translators

    qapp = QApplication(sys.argv[:1])
    qapp.setOrganizationName("Safehouse")
    qapp.setApplicationName("Safehouse")
    register_fonts(qapp)
    style.apply(qapp)
    install_translators(qapp, "en")
    vault = Vault.open(db_path)
    opened = access.log_in(vault, "admin", password)
    settings.apply_time_zone(opened.db)
    organisation = settings.organisation_name(opened.db)
    ctx = AppContext(db=opened.db, actor=opened.actor, hub=ChangeHub(opened.db))
    window = application.MainWindow(ctx, organisation)
    window.show()
    _shown.append(window)
    qapp.processEvents()
    _seen.extend(_watched())  # before the daily backup starts (in the background)
    application.start_daily_backup(opened.db, opened.actor)
    qapp.processEvents()
    return hashing[0]


def _until_loaded(limit: float = 120.0) -> tuple[float, float]:
    """(seconds until the dashboard's figures have all come, the longest a 10 ms timer
    was late meanwhile)."""
    from PySide6.QtCore import QEventLoop, QTimer

    window = _shown[0]
    page = window.pages["dashboard"]  # type: ignore[attr-defined]
    start = last = time.perf_counter()
    late = [0.0]
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        nonlocal last
        now = time.perf_counter()
        late[0] = max(late[0], now - last - 0.010)
        last = now
        if not page.loading() or now - start > limit:
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    return time.perf_counter() - start, max(late[0], 0.0)


def main() -> None:
    mode = sys.argv[1]
    hashing = bare() if mode == "bare" else app(sys.argv[2], sys.argv[3])
    print(f"ready {hashing:.6f}", flush=True)
    import os

    print("heavy " + ",".join(_seen if mode == "app" else _watched()), flush=True)
    if mode == "app":
        loaded, late = _until_loaded()
        print(f"loaded {loaded:.6f} {late:.6f}", flush=True)

    os._exit(0)  # the benchmark times the start, not the way out


if __name__ == "__main__":
    main()
