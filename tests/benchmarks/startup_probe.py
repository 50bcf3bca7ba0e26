"""One start-up, timed by the process that runs it (``scale_bench``): ``bare`` shows an
empty PySide6 main window and prints ``ready``; ``app`` starts the program as
``safehouse --db DB`` does (``safehouse.app.run_app``) and plays its user:

- ``login [module …]`` once the login dialog is shown (the first window), with those of
  :data:`LOADED_LATER` already imported (none: they load while the user types);
- after THINK seconds (the 4th argument; 2 by default) the user name and password are
  typed and Enter pressed;
- ``ready <hashing> <seconds>`` once the main window is shown and its first events
  handled: the seconds from Enter, less the hashing (Argon2id, of the key slot and of
  the account's password), which is timed apart so that it can be left out;
- ``heavy`` and the modules of :data:`HEAVY` imported when the window appeared;
- ``loaded <seconds> <longest wait>``: when the dashboard's figures (read off the GUI
  thread) had all come, after ``ready``, and the longest the event loop waited
  meanwhile (a 10 ms timer's longest lateness: what a click would wait).

Run: ``python -m tests.benchmarks.startup_probe bare|app [DB PASSWORD [THINK]]``.
"""

from __future__ import annotations

import os
import sys
import time

# What the first window must not import: reports, charts, PDF, calendars (see
# tests/ui/test_startup.py); they load on first use.
HEAVY = ("PySide6.QtCharts", "PySide6.QtPdf", "reportlab", "icalendar", "dateutil.rrule")


# What the login must show without: the database code and the window load while the
# user types (safehouse.ui.preload); ``login`` is printed with those loaded already.
LOADED_LATER = ("sqlalchemy", "safehouse.services.access", "safehouse.models",
                "safehouse.storage.vault", "safehouse.ui.main_window")

# How long the user takes to type the password after the login appears, in seconds;
# the program loads the rest of itself meanwhile (safehouse.ui.preload).
THINK = 2.0

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


class _Watch:
    """Watches the real program (``safehouse.app.run_app``) as a user would meet it: the
    login dialog appears (``login`` is printed: the first window), the user types for
    ``think`` seconds and presses Enter, and the main window appears; the hashing of the
    key slot and of the password (Argon2id) is timed apart.

    The two windows are watched through their own ``showEvent``, not an event filter
    on the whole application: such a filter is called, in Python, for each of the
    thousands of events the start makes, and slowed it by tens of milliseconds."""

    def __init__(self, password: str, think: float) -> None:
        self.password = password
        self.think = think
        self.hashing = [0.0]
        self.entered = 0.0
        self.login_seen = False
        self.at_login: list[str] = []
        self.window_seen = False

    def watch_login(self) -> None:
        """Before the program starts: the login's class is the first window's."""
        from safehouse.ui.login_dialog import LoginDialog

        _on_show(LoginDialog, self._login_showing)

    def _login_showing(self, dialog) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer

        if not self.login_seen:
            self.login_seen = True
            self.at_login = [m for m in LOADED_LATER if m in sys.modules]
            QTimer.singleShot(0, lambda: self._login_shown(dialog))

    def _window_showing(self, window) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer

        if not self.window_seen:
            self.window_seen = True
            _shown.append(window)
            _seen.extend(_watched())  # before the daily backup starts (after show())
            QTimer.singleShot(0, self._window_shown)

    def _login_shown(self, dialog) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer

        print(" ".join(["login", *self.at_login]), flush=True)
        QTimer.singleShot(int(self.think * 1000), lambda: self._enter(dialog))

    def _enter(self, dialog) -> None:  # type: ignore[no-untyped-def]
        self.entered = time.perf_counter()
        self._time_hashing()  # waits for the program's loading when it is not done
        from safehouse.ui.main_window import MainWindow  # loaded with the hashing's

        _on_show(MainWindow, self._window_showing)
        dialog.username.setText("admin")
        dialog.password.setText(self.password)
        dialog.ok_button.click()

    def _time_hashing(self) -> None:
        from safehouse.services import auth
        from safehouse.storage import keys

        hashing = self.hashing

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

    def _window_shown(self) -> None:
        ready = time.perf_counter() - self.entered - self.hashing[0]
        print(f"ready {self.hashing[0]:.6f} {ready:.6f}", flush=True)
        print("heavy " + ",".join(_seen), flush=True)
        loaded, late = _until_loaded()
        print(f"loaded {loaded:.6f} {late:.6f}", flush=True)
        os._exit(0)  # the benchmark times the start, not the way out


def _on_show(cls: type, then) -> None:  # type: ignore[no-untyped-def]
    """``then(widget)`` whenever a ``cls`` is shown (its ``showEvent``)."""
    shown = cls.showEvent  # type: ignore[attr-defined]

    def show_event(widget, event) -> None:  # type: ignore[no-untyped-def]
        shown(widget, event)
        then(widget)

    cls.showEvent = show_event  # type: ignore[attr-defined]


def app(db_path: str, password: str, think: float) -> None:
    """The program as ``safehouse --db DB`` starts it, driven by :class:`_Watch`."""
    from PySide6.QtWidgets import QApplication

    from safehouse.app import run_app

    qapp = QApplication(sys.argv[:1])  # noqa: F841  # held while the program runs
    _Watch(password, think).watch_login()
    run_app(db_path, "en")
    raise SystemExit("the program stopped before its window appeared")


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
    if mode == "bare":
        bare()
        print("ready", flush=True)
        print("heavy " + ",".join(_watched()), flush=True)
        os._exit(0)
    think = float(sys.argv[4]) if len(sys.argv) > 4 else THINK
    app(sys.argv[2], sys.argv[3], think)


if __name__ == "__main__":
    main()
