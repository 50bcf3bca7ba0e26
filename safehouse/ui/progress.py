"""Long service calls with a progress dialog: the call runs off the GUI thread, the
window waits (modal) and shows how far it is; the result or the error comes back here.

For the changes of accounts that replace the keys (disabling, a lowered role, a new
password): re-encrypting the database and sealing the confidential fields again take a
moment on a large database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from safehouse.ui.worker import run_in_background

T = TypeVar("T")
Progress = Callable[[int, str], None]


class _Carrier(QObject):
    """Carries progress from the worker thread to the GUI thread."""

    sig_progress = Signal(int)


def run_with_progress(parent: QWidget, text: str, work: Callable[[Progress], T]) -> T:
    """``work(progress)`` in the background behind a modal progress dialog; returns its
    result, or raises its error, here on the GUI thread."""
    dialog = QProgressDialog(text, "", 0, 100, parent)
    dialog.setWindowTitle(parent.window().windowTitle())
    dialog.setCancelButton(None)  # a change of keys is not stopped halfway by hand
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    carrier = _Carrier()
    carrier.sig_progress.connect(dialog.setValue)
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def done(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    run_in_background(lambda: work(lambda percent, _step: carrier.sig_progress.emit(percent)),
                      done, failed)
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    return outcome["result"]  # type: ignore[return-value]
