"""The bundle's smoke test looks at the first window: ``SAFEHOUSE_SMOKE_SCREENSHOT``.

With ``SAFEHOUSE_SMOKE_SCREENSHOT=FILE.png`` in the environment, the program saves a
picture of the first window it shows (the setup or login dialog, before anyone logs in:
no record is ever on it) to that file, prints the window's title, and closes the window,
so the program ends as if the person had cancelled. ``SAFEHOUSE_SMOKE_DELAY_MS`` (500 by
default) is how long the window stays up before it is taken. ``make dist-smoke`` uses
it to see that the bundle's window opens and draws; without the variable nothing here
runs.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

VARIABLE = "SAFEHOUSE_SMOKE_SCREENSHOT"
DELAY = "SAFEHOUSE_SMOKE_DELAY_MS"
_POLL_MS = 25


def arm(app: QApplication) -> None:
    """Take the first window when the variable asks for it (else do nothing)."""
    target = os.environ.get(VARIABLE)
    if not target:
        return
    try:
        delay = max(0, int(os.environ.get(DELAY, "500")))
    except ValueError:
        delay = 500
    timer = QTimer(app)
    timer.setInterval(_POLL_MS)

    def look() -> None:
        window = _first_window(app)
        if window is None:
            return
        timer.stop()
        QTimer.singleShot(delay, lambda: _take(window, target))

    timer.timeout.connect(look)
    timer.start()


def _first_window(app: QApplication) -> QWidget | None:
    modal = app.activeModalWidget()
    if modal is not None and modal.isVisible():
        return modal
    return next((w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()), None)


def _take(window: QWidget, target: str) -> None:
    saved = window.grab().save(target, "PNG")
    print(f"window: {window.windowTitle()}" if saved else "window: not saved", flush=True)
    if isinstance(window, QDialog):
        window.reject()  # as if cancelled: the program ends
    else:
        window.close()
